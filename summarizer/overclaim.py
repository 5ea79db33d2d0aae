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

import re

from newsdesk.summarizer.ranks import superlative
from newsdesk.summarizer.sentences import normalize, words
from newsdesk.summarizer.synonyms import senses

_QUOTED = re.compile(r'"[^"]*(?:"|$)')
_COMPLETION = frozenset(["already"])
_RECORD = "record"
_QUANTITY = frozenset(["most", "least"])  # "most of them": a share, not a degree


def _words(text: str) -> list[str]:
    return [w.lower() for w in words(_QUOTED.sub(" ", normalize(text)).replace("-", " "))]


def overclaim(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """The claim's first superlative, "record" or "already" that the passage does not say."""
    theirs = [w for s in passage_sentences for w in _words(s)]
    degree = [w for w in theirs if w == _RECORD or superlative(w)]
    for w in _words(claim):
        if w in theirs or w in _QUANTITY:
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
