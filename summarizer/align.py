"""Support by meaning: the passage of a cited source that a sentence says the same thing as.

A sentence is compared with every run of up to ``MAX_SPAN`` consecutive sentences of each cited
source, by the *lemmas* of its content words (synonyms.py: Snowball stems folded through a small
table of interchangeable news words), so word order, inflection and the usual synonyms do not
matter. The passage holding the largest share of the sentence's lemmas is its support; a share
below ``MIN_SUPPORT`` means the sources do not say it (an invented detail, or a claim stitched
together from words of distant sentences, which no short passage holds together).

``MIN_SUPPORT`` was chosen on the tune half of benchmarks/data/verify/pairs.txt
(``benchmarks/verify.py --tune``); the figures reported are on the other half.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.summarizer.polarity import negated
from newsdesk.summarizer.sentences import source_sentences
from newsdesk.summarizer.synonyms import lemmas

MAX_SPAN = 2  # sentences in one supporting passage
MIN_SUPPORT = 0.75  # share of a sentence's lemmas its passage must hold (tuned, see above)
MIN_NEGATION_MATCH = 0.5  # a passage sentence this close is the one a negation is compared with


@dataclass(frozen=True)
class SourceIndex:
    """A source's sentences and their lemma sets, built once per source text."""

    sentences: tuple[str, ...]
    lemma_sets: tuple[frozenset[str], ...]
    all_lemmas: frozenset[str]


@lru_cache(maxsize=512)
def index(text: str) -> SourceIndex:
    sents = tuple(s for s in source_sentences(text) if s.strip())
    sets = tuple(frozenset(lemmas(s)) for s in sents)
    return SourceIndex(sents, sets, frozenset().union(*sets) if sets else frozenset())


@dataclass(frozen=True)
class Passage:
    """The best-supporting passage: source number, sentence range [start, end), its text, and
    the share of the claim's lemmas it holds; ``missing`` are the lemmas it lacks."""

    source: int
    start: int
    end: int
    text: str
    coverage: float
    missing: tuple[str, ...]
    sentences: tuple[str, ...]


def align(claim: str, sources: Mapping[int, SourceIndex]) -> Passage | None:
    """The passage of ``sources`` that best supports ``claim`` (None: no content words)."""
    want = list(dict.fromkeys(lemmas(claim)))
    if not want:
        return None
    best: tuple[float, int, int, int] | None = None  # coverage, -span, source, start
    for n, src in sources.items():
        for start in range(len(src.sentences)):
            have: frozenset[str] = frozenset()
            for end in range(start + 1, min(start + MAX_SPAN, len(src.sentences)) + 1):
                have = have | src.lemma_sets[end - 1]
                cov = sum(w in have for w in want) / len(want)
                key = (cov, -(end - start), -n, -start)
                if best is None or key > best:
                    best = key
    if best is None:
        return None
    cov, neg_span, neg_n, neg_start = best
    n, start, end = -neg_n, -neg_start, -neg_start - neg_span
    src = sources[n]
    have = frozenset().union(*src.lemma_sets[start:end])
    sents = src.sentences[start:end]
    return Passage(
        n, start, end, " ".join(sents), cov, tuple(w for w in want if w not in have), sents
    )


def share_in(claim: str, src: SourceIndex) -> float:
    """The share of the claim's lemmas found anywhere in one source (is the citation relevant)."""
    want = list(dict.fromkeys(lemmas(claim)))
    return sum(w in src.all_lemmas for w in want) / len(want) if want else 1.0


def negation_flip(claim: str, passage: Passage) -> str | None:
    """A reason when the claim and the passage sentence closest to it differ in negation."""
    want = set(lemmas(claim))
    if len(want) < 3:
        return None
    scored = [(len(want & set(lemmas(s))) / len(want), s) for s in passage.sentences]
    share, closest = max(scored, default=(0.0, ""))
    if share < MIN_NEGATION_MATCH or negated(claim) == negated(closest):
        return None
    if negated(claim):
        return "it negates what the supporting passage says"
    return "the supporting passage says the opposite (it negates)"


def passages_text(passages: Iterable[Passage]) -> str:
    return " ".join(p.text for p in passages)
