"""Overclaiming: a claim that says more than its passage by one word of degree or completion.

Abstractive summaries overstate in a few ways that leave every other word of the passage in
place, so the alignment's share (align.py) holds: a superlative or "record" the passage never
gives ("the country's oldest employer" for "its largest", "a record harvest" for "a good
one"), and "already" for what the passage says is still to happen ("shareholders have
already approved" for "must still approve"). ``overclaim`` finds the first such word of a
claim that its passage does not say: the same word, or for a superlative another superlative
of the same meaning (synonyms.senses: "biggest" for "largest") or "record" ("the highest on
record"), never the plain adjective ("a large employer" says no "largest").
"""

from __future__ import annotations

from newsdesk.summarizer.ranks import ORDINAL, superlative
from newsdesk.summarizer.sentences import QUOTED, normalize, words
from newsdesk.summarizer.synonyms import senses

_COMPLETION = frozenset(["already"])
_RECORD = "record"
_QUANTITY = frozenset(["most", "least"])  # "most of them": a share, not a degree


def _words(text: str) -> list[str]:
    return [w.lower() for w in words(QUOTED.sub(" ", normalize(text)).replace("-", " "))]


def overclaim(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """The claim's first superlative, "record" or "already" that the passage does not say. A
    superlative after an ordinal ("second-largest") is a rank, the numbers rule's to check
    ("the No. 2 grocer"); the passage's "records" ("since records began") says "record"; a
    compound the passage writes closed ("bestselling") holds the claim's open one."""
    theirs = [w for s in passage_sentences for w in _words(s)]
    theirs += [_RECORD] if "records" in theirs else []
    degree = [w for w in theirs if w == _RECORD or superlative(w)]
    closed = {w.replace("-", "") for s in passage_sentences for w in words(normalize(s).lower())}
    mine = _words(claim)
    parts = {
        p
        for w in words(normalize(claim).lower())
        if w.replace("-", "") in closed
        for p in w.split("-")
    }
    for k, w in enumerate(mine):
        if w in theirs or w in _QUANTITY or w in parts or (k and mine[k - 1] in ORDINAL):
            continue
        if w in _COMPLETION:
            return w
        if (w == _RECORD or superlative(w)) and not _same_degree(w, degree):
            return w
    return None


def _same_degree(word: str, degree: list[str]) -> bool:
    """Whether the passage's superlatives or "record" say a claim's: "record" and any
    superlative say each other, two superlatives when they share a sense ("biggest",
    "largest"); a plain "large" says no "largest"."""
    if word == _RECORD or _RECORD in degree:
        return bool(degree)
    return any(senses(word) & senses(d) for d in degree)
