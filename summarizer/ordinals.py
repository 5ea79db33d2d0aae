"""An ordinal changed in its place: "Brightforge's first outside the US" for "its third".

"second" to "tenth" are numbers of their own (facts.py: a claim's "fourth" must be in its
sources), but "first" is not (it is also "earliest", and nearly every source has it), so a
claim that puts "first" where its source says "third" kept every number and most of its
words, and the alignment may even settle on another sentence. ``changed_ordinal`` looks at
every sentence of the cited sources: one that has another ordinal between the same two words
as the claim's ("Brightforge's ___ outside"), one of them no stopword, and nowhere the claim's
own ordinal, says a different rank.

Who did something first (``first_actor``) is read in the active ("X first reported the story",
"X, which first reported it") and in the passive ("the story was first reported by X"), in the
claim and in its sources alike; breaking a story ("X broke the news", "the story was broken by
X") is reporting it first.
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


# who did something first: "X first reported the story", "Y, which first reported the decision",
# "the decision was first reported by Z"; breaking a story is reporting it first ("X broke the
# story", "the story was broken by X")
_ORDER = r"(?P<order>first|originally|initially)"
_ACTOR = r"(?P<who>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’&.-]*)*)"
_RELATIVE = r",?\s+(?:which\s+|who\s+|that\s+)?(?:had\s+)?"
_BEEN = r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
_CREDITS = (
    re.compile(rf"{_ACTOR}{_RELATIVE}{_ORDER}\s+(?P<verb>[a-z]+)"),
    re.compile(rf"{_BEEN}{_ORDER}\s+(?P<verb>[a-z]+)\s+by\s+{_ACTOR}"),
    re.compile(
        rf"{_ACTOR}{_RELATIVE}(?:first\s+)?(?:broke|breaks)\s+(?:the|a|this)\s+(?:story|news)"
    ),
    re.compile(rf"\b(?:story|news|scoop)\s+{_BEEN[2:]}(?:first\s+)?broken\s+by\s+{_ACTOR}"),
)


def credits(text: str) -> list[tuple[str, str]]:
    """(who, act) for each first act a text gives someone, active or passive: ("Circuit Report",
    "first reported"); a story broken is "first reported"."""
    out = []
    for pattern in _CREDITS:
        for m in pattern.finditer(normalize(text)):
            found = m.groupdict()
            act = f"{found['order']} {found['verb']}" if found.get("verb") else "first reported"
            out.append((_bare(m["who"]), act))
    return out


def first_actor(prose: str, texts: Sequence[str]) -> str | None:
    """A reason when the claim gives a first act ("Harbor Times first reported the decision",
    "the decision was broken by Harbor Times") to another than the one its sources give it to
    ("Circuit Report, which first reported the decision"): an outlet the sentence cites is read
    past as attribution (recordcheck.without_outlets), so any name of the story passed as the
    one who was first."""
    theirs_all = [c for t in texts for c in credits(t)]
    for who, act in credits(prose):
        theirs = [w for w, a in theirs_all if a == act]
        if theirs and who not in theirs and not any(who in t or t in who for t in theirs):
            return f"it says {who} {act} where the sources say {theirs[0]} did"
    return None


def _bare(name: str) -> str:
    """A name without a leading "The" and a possessive: who it is."""
    return re.sub(r"^The\s+|['’]s$", "", name.strip().removesuffix("."))


def order_reasons(claim: str, texts: Sequence[str], cited: Iterable[str]) -> list[str]:
    """A changed rank against the ``cited`` sentences, and a first act given to another than
    the sources' ``texts`` give it to (these come first: what they change upsets the rest)."""
    reasons = []
    if pair := changed_ordinal(claim, cited):
        reasons.append(f'it says "{pair[0]}" where the cited source says "{pair[1]}"')
    if first := first_actor(claim, texts):
        reasons.append(first)
    return reasons
