"""An ordinal changed in its place: "Brightforge's first outside the US" for "its third".

"second" to "tenth" are numbers of their own (facts.py: a claim's "fourth" must be in its
sources), but "first" is not (it is also "earliest", and nearly every source has it), so a
claim that puts "first" where its source says "third" kept every number and most of its
words, and the alignment may even settle on another sentence. ``changed_ordinal`` looks at
every sentence of the cited sources: one that has another ordinal between the same two words
as the claim's ("Brightforge's ___ outside"), one of them no stopword, and nowhere the claim's
own ordinal, says a different rank.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsdesk.summarizer.sentences import STOPWORDS, normalize

_TEXT = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last"
ORDINALS = frozenset(_TEXT.split())


def _tokens(text: str) -> list[str]:
    return [t.strip('.,;:!?"()').removesuffix("'s") for t in normalize(text).lower().split()]


def changed_ordinal(claim: str, cited: Iterable[str]) -> tuple[str, str] | None:
    """(the claim's ordinal, the source's) when a ``cited`` sentence ranks its slot otherwise."""
    mine = _tokens(claim)
    if not ORDINALS.intersection(mine):
        return None
    sentences = [_tokens(s) for s in cited]
    for k, word in enumerate(mine):
        if word not in ORDINALS or k == 0 or k + 1 >= len(mine):
            continue
        around = (mine[k - 1], mine[k + 1])
        if all(w in STOPWORDS or not w for w in around):
            continue
        slots = [
            (toks[j], toks)
            for toks in sentences
            for j in range(1, len(toks) - 1)
            if (toks[j - 1], toks[j + 1]) == around and toks[j] in ORDINALS
        ]
        if any(o == word for o, _ in slots):  # the source ranks it so somewhere
            continue
        if other := next((o for o, toks in slots if word not in toks), None):
            return word, other
    return None


# who did something first: "X first reported the story", "Y, which first reported the decision"
_ORDER = r"(?P<order>first|originally|initially)"
_ACTOR = r"(?P<who>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’&.-]*)*)"
_FIRST_CLAIM = re.compile(rf"{_ACTOR}\s+{_ORDER}\s+(?P<verb>[a-z]+)")
_FIRST_SAID = re.compile(
    rf"{_ACTOR},?\s+(?:which\s+|who\s+|that\s+)?(?:had\s+)?{_ORDER}\s+(?P<verb>[a-z]+)"
)


def first_actor(prose: str, texts: Sequence[str]) -> str | None:
    """A reason when the claim gives a first act ("Harbor Times first reported the decision")
    to another than the one its sources give it to ("Circuit Report, which first reported the
    decision"): an outlet the sentence cites is read past as attribution
    (recordcheck.without_outlets), so any name of the story passed as the one who was first."""
    for m in _FIRST_CLAIM.finditer(normalize(prose)):
        verb, who = m["verb"], _bare(m["who"])
        theirs = [
            _bare(s["who"])
            for t in texts
            for s in _FIRST_SAID.finditer(normalize(t))
            if s["order"] == m["order"] and s["verb"] == verb
        ]
        if theirs and who not in theirs and not any(who in t or t in who for t in theirs):
            return f"it says {who} {m['order']} {verb} where the sources say {theirs[0]} did"
    return None


def _bare(name: str) -> str:
    """A name without a leading "The" and a possessive: who it is."""
    return re.sub(r"^The\s+|['’]s$", "", name.strip())


def order_reasons(claim: str, texts: Sequence[str], cited: Iterable[str]) -> list[str]:
    """A changed rank against the ``cited`` sentences, and a first act given to another than
    the sources' ``texts`` give it to (these come first: what they change upsets the rest)."""
    reasons = []
    if pair := changed_ordinal(claim, cited):
        reasons.append(f'it says "{pair[0]}" where the cited source says "{pair[1]}"')
    if first := first_actor(claim, texts):
        reasons.append(first)
    return reasons
