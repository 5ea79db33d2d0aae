"""Co-citation: two articles that link the same specific URL are likely about one story.

Both link the FT piece nobody could fetch, or the same company post: that is evidence of one
event even when neither linked page was fetched and the two texts share few words. How much it
counts depends on how specific the URL is:

- a URL that names no particular item weighs nothing: a home page, a section, tag, topic or
  author page, a profile, a reference page such as a Wikipedia article. That is the one rule
  of the stage for "is this URL a specific article" (``is_specific``, stories/specificity.py),
  the same that decides which links may become sources;
- a specific URL weighs ``min(1, SPREAD / n)`` where n is the number of articles that link it
  (an inverse-frequency weight): one story's coverage links its source a few times, while a
  product page or a popular explainer is linked from many unrelated stories. URLs whose weight
  falls under ``MIN_WEIGHT`` are dropped, which also bounds the pairs each URL can produce,
  so the work stays linear in the number of links.

The clusterer lowers the similarity a co-citing article needs to join a story to a quarter of
the usual bar at weight 1 (``ClusterParams.cocite_ratio``), less for lighter URLs. Some shared
words are still needed: a roundup that links five stories' sources joins at most the one whose
text it is closest to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from newsdesk.stories.specificity import is_specific

__all__ = ["cocitations", "is_specific", "weights"]  # is_specific: stories/specificity.py

SPREAD = 10.0
MIN_WEIGHT = 0.05


def weights(link_sets: Sequence[Iterable[str]]) -> dict[str, float]:
    """{url: co-citation weight} for the specific URLs linked by two or more rows."""
    count: defaultdict[str, int] = defaultdict(int)
    for urls in link_sets:
        for u in set(urls):
            count[u] += 1
    out = {}
    for u, n in count.items():
        if n >= 2 and is_specific(u):
            w = min(1.0, SPREAD / n)
            if w >= MIN_WEIGHT:
                out[u] = w
    return out


def cocitations(link_sets: Sequence[Iterable[str]]) -> dict[int, list[tuple[int, float]]]:
    """{row: [(other row, weight)]}: the rows that share a specific linked URL with it, each
    with the weight of the most specific URL they share."""
    sets = [set(urls) for urls in link_sets]
    w = weights(sets)
    rows_of: defaultdict[str, list[int]] = defaultdict(list)
    for i, urls in enumerate(sets):
        for u in urls:
            if u in w:
                rows_of[u].append(i)
    best: defaultdict[int, dict[int, float]] = defaultdict(dict)
    for u, rows in rows_of.items():
        for i in rows:
            mine = best[i]
            for j in rows:
                if j != i and mine.get(j, 0.0) < w[u]:
                    mine[j] = w[u]
    return {i: sorted(others.items()) for i, others in sorted(best.items())}
