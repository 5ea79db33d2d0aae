"""How a thing ended, told otherwise by a claim: an outcome put for another (a plan shelved for one
approved), or a state its passage says is over told as holding now.

Outcomes: "the board shelved the plan" does not say "the board approved the plan".

The words for how a decision or a venture ends fall into a few groups that exclude one another:
approving and rejecting (or putting off) a plan, opening and closing something, leaving a post
and being put out of it, being punished and being cleared. The antonym table pairs single words
("approve", "reject"), so a claim that takes a word of the other group that the table does not
pair ("shelved" for "approved", "build" for "shut") keeps every other word of its passage and
passes. ``changed_outcome`` finds a claim word of one group when its passage says no word of
that group and a word of the group opposed to it. Words are compared by their stems, not through the
synonym table, whose groups are wider than these ("ended" is read as "stop" there, "clear" as
"approve").

A state the claim says holds now where its passage says it ended.

"Ebi still manages a platform team" keeps every word of "Ebi, who managed a platform team
until January": the share of words and the relations cannot see that the source's state is
over. ``ended_state`` finds a verb of the claim in the present ("manages", or any verb after
"still", "currently" or "now") whose passage uses the same verb (by lemma) in the past, ended:
followed within a few words by "until" and a time ("until January", "until last year", "until
2024"), or after "formerly", "previously" or "used to". A past claim ("managed … until
January") is the passage's own tense and passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer.sentences import normalize, words
from newsdesk.summarizer.synonyms import irregular_base, lemma, past_forms, snowball_stem

from newsdesk.text import MONTHS, WEEKDAYS

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


_TOKEN = re.compile(r"[^\W\d_][^\W\d_'\-]*|\d+")
_NOW = frozenset(("still", "currently", "now"))
_BEFORE = frozenset(("formerly", "previously", "once"))
_REACH = 8  # words between the passage's verb and its "until", at most
# what an "until" that ends a state is followed by: a month, a day, a year, "last …"
_ENDS = frozenset(m.lower() for m in (*MONTHS, *WEEKDAYS)) | {"last", "recently", "earlier"}
_YEAR = re.compile(r"(?:19|20)\d\d")


def ended_state(claim: str, passage: Sequence[str]) -> str | None:
    """The reason, when a present verb of the claim is, in the passage, a state that ended."""
    toks = _TOKEN.findall(normalize(claim))
    low = [t.lower() for t in toks]
    for k, w in enumerate(low):
        if not _present(low, k):
            continue
        key = lemma(w)
        for sent in passage:
            written = _TOKEN.findall(normalize(sent))
            theirs = [t.lower() for t in written]
            for i, t in enumerate(theirs):
                if t != w and lemma(t) == key and (span := _ended(theirs, i, _past(t))):
                    return (
                        f'it says "{toks[k]}" as if it still held where the supporting passage'
                        f' says it ended ("{" ".join(written[span[0] : span[1]])}")'
                    )
    return None


def _present(low: list[str], k: int) -> bool:
    """A present-tense verb: after "still", "currently" or "now", or a third-person form whose
    base is a word of its own ("manages" of "manage"), not a plural noun ("teams")."""
    w = low[k]
    if not w.isalpha() or len(w) < 3:
        return False
    if k and low[k - 1] in _NOW:
        return True
    if not w.endswith("s") or k == 0 or low[k - 1] in ("the", "a", "an", "its", "their", "of"):
        return False
    base = w[:-2] if w.endswith("es") and lemma(w[:-2]) == lemma(w) else w[:-1]
    return lemma(base) == lemma(w) and low[k - 1][:1].isalpha() and _subject(low, k)


def _subject(low: list[str], k: int) -> bool:
    """The word before a present verb is its subject's (no preposition or article)."""
    return low[k - 1] not in ("to", "in", "on", "at", "for", "with", "by", "from", "and")


def _past(word: str) -> bool:
    return word.endswith("ed") or word in past_forms()


def _ended(theirs: list[str], i: int, past: bool) -> tuple[int, int] | None:
    """Where the passage's words that end the state of its verb at ``i`` are: "used to", or,
    for a verb in the past, "formerly" before it or "until January" after it (None: it did
    not end)."""
    if i >= 2 and theirs[i - 2 : i] == ["used", "to"]:
        return i - 2, i
    if not past:
        return None
    for j in range(max(0, i - 3), i):
        if theirs[j] in _BEFORE:
            return j, j + 1
    for j in range(i + 1, min(i + 1 + _REACH, len(theirs) - 1)):
        nxt = theirs[j + 1]
        if theirs[j] in ("until", "till") and (nxt in _ENDS or _YEAR.fullmatch(nxt)):
            return j, j + 2
    return None
