"""Outcomes: "the board shelved the plan" does not say "the board approved the plan".

The words for how a decision or a venture ends fall into a few groups that exclude one another:
approving and rejecting (or putting off) a plan, opening and closing something, leaving a post
and being put out of it, being punished and being cleared. The antonym table pairs single words
("approve", "reject"), so a claim that takes a word of the other group that the table does not
pair ("shelved" for "approved", "build" for "shut") keeps every other word of its passage and
passes. ``changed_outcome`` finds a claim word of one group when its passage says no word of
that group and a word of the group opposed to it. Words are compared by their stems, not through the
synonym table, whose groups are wider than these ("ended" is read as "stop" there, "clear" as
"approve").
"""

from __future__ import annotations

import re

from newsdesk.summarizer.sentences import normalize, words
from newsdesk.summarizer.synonyms import irregular_base, snowball_stem

_GROUPS = {
    "approve": "approve approval accept adopt endorse ratify",
    "reject": "reject rejection shelve scrap abandon veto block withdraw postpone delay refuse",
    "open": "open reopen launch build add resume expand",
    "close": "close closure shut stop halt suspend scrap cancel",
    "leave": "resign resignation quit retire leave",
    "oust": "fire dismiss sack oust",
    "punish": "convict sentence fine jail",
    "clear": "acquit clear exonerate",
}
_OPPOSED = {
    ("approve", "reject"),
    ("open", "close"),
    ("leave", "oust"),
    ("punish", "clear"),
}
_OPPOSED |= {(b, a) for a, b in _OPPOSED}
# "stepped down", "steps down": leaving a post, read as one word
_STEP_DOWN = re.compile(r"\bst(?:ep|eps|epped|epping) down\b", re.I)


def _key(word: str) -> str:
    low = word.lower()
    return snowball_stem(irregular_base(low) or low)


def _stem_groups() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for group, members in _GROUPS.items():
        for w in members.split():
            out.setdefault(_key(w), set()).add(group)
    return out


_BY_STEM = _stem_groups()


def _groups(text: str) -> list[tuple[str, set[str]]]:
    text = _STEP_DOWN.sub("resigned", normalize(text))
    return [(w, _BY_STEM[_key(w)]) for w in words(text) if _key(w) in _BY_STEM]


def changed_outcome(claim: str, passage_sentences: tuple[str, ...]) -> tuple[str, str] | None:
    """(claim word, passage word) when the claim's word is of a group its passage never says
    and the passage says a word of the opposed group; None otherwise."""
    theirs = [pair for s in passage_sentences for pair in _groups(s)]
    said = set().union(*(g for _, g in theirs))
    for word, groups in _groups(claim):
        if groups & said:
            continue
        for other, their_groups in theirs:
            if any((g, t) in _OPPOSED for g in groups for t in their_groups):
                return word, other
    return None
