"""Negation: a sentence that says the opposite of its source is not supported by it.

Word overlap cannot see "Brightforge has not scrapped its leaderboard" contradict "Brightforge
has scrapped its leaderboard": every content word is there. So a sentence is compared with the
cited sentence closest to it (by shared content words, at least ``MIN_MATCH`` of the sentence's):
when exactly one of the two is negated (not, no, never, n't, …), it is flagged. A sentence that
draws on several source sentences matches none closely and is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.sentences import content_words, normalize, source_sentences, words

MIN_MATCH = 0.75
NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "without",
        "cannot",
        "nowhere",
    ]
)
_QUOTED = re.compile(r'"[^"]*"')


def negated(text: str) -> bool:
    """Whether a text (quotations left out: those are checked word for word) negates."""
    for w in words(_QUOTED.sub(" ", canonical(normalize(text)))):
        low = w.lower()
        if low in NEGATORS or low.endswith("n't"):
            return True
    return False


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """A source's sentences as (content words, negated)."""
    return tuple(
        (frozenset(content_words(s)), negated(s)) for s in source_sentences(text) if s.strip()
    )


def contradiction(text: str, sources: Iterable[str]) -> str | None:
    """A reason when ``text`` and the closest sentence of the cited ``sources`` differ in
    negation; None when they agree or no sentence is close enough to compare."""
    cw = set(content_words(_QUOTED.sub(" ", normalize(text))))
    if len(cw) < 3:
        return None
    best, best_negated = 0.0, False
    for source in sources:
        for words_there, neg in _sentences(source):
            share = len(cw & words_there) / len(cw)
            if share > best:
                best, best_negated = share, neg
    if best < MIN_MATCH:
        return None
    mine = negated(text)
    if mine == best_negated:
        return None
    if mine:
        return "it negates what the closest cited sentence says"
    return "the closest cited sentence says the opposite (it negates)"
