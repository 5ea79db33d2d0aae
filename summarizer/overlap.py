"""The word-overlap rule the verifier started with, kept as the benchmarks' baseline
(``Checker(..., aligned=False)``): a sentence is supported when at least ``MIN_COVERAGE`` of its
content words are anywhere in the cited sources, and, citing several, each holds enough of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from newsdesk.summarizer.facts import SourceText
from newsdesk.summarizer.sentences import content_words, stem

MIN_COVERAGE = 0.7  # the baseline's rule (aligned=False)


def overlap_reasons(
    prose: str,
    sources: Mapping[int, SourceText],
    allowed: set[str],
    supports: Callable[[Sequence[str], int], bool],
    *,
    several: bool,
) -> list[str]:
    """The baseline's reasons: MIN_COVERAGE of the words anywhere in the cited ``sources`` (n ->
    text, those read), and, when the sentence cites ``several`` (read or not), each read one
    relevant (``supports``)."""
    cw = [w for w in content_words(prose) if w not in {stem(a) for a in allowed}]
    if not cw or not sources:
        return []
    reasons = []
    have = set().union(*(s.words for s in sources.values()))
    missing = [w for w in dict.fromkeys(cw) if w not in have]
    coverage = 1 - sum(w not in have for w in cw) / len(cw)
    if coverage < MIN_COVERAGE:
        reasons.append(
            f"only {coverage:.0%} of its words are in the cited sources"
            f" (missing: {', '.join(missing[:6])})"
        )
    for n in sources:
        if several and not supports(cw, n):
            reasons.append(f"source [{n}] does not support it")
    return reasons
