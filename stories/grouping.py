"""From deduplicated docs to groups of docs: the stage's evidence for clustering (text, time,
links, co-citation, names, headline-only rows) handed to the single-pass clusterer
(stories/cluster.py), and the stable ids of the stories it returns.

Co-citation (:func:`cocitations`): two articles that link the same specific URL are likely about
one story.

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

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
from newsdesk.stories.canonical import canonical_url
from newsdesk.stories.cluster import ClusterParams, Evidence, assign
from newsdesk.stories.docs import Doc, fill_times
from newsdesk.stories.names import all_names
from newsdesk.stories.specificity import is_specific  # the one rule, also for sources
from scipy import sparse

from newsdesk.config import StoriesConfig


def story_id_for(seed_id: str) -> str:
    """A story's id, from the id of its first article: the same in every run."""
    return "s-" + hashlib.sha1(seed_id.encode("utf-8")).hexdigest()[:12]


def cluster_docs(
    kept: list[Doc],
    matrix: sparse.csr_matrix,
    dups_of: defaultdict[str, list[Doc]],
    previous: dict[str, str],
    settings: StoriesConfig,
) -> dict[str, list[Doc]]:
    """{story id: its kept docs}: a doc (or one of its duplicates) seen in an earlier run stays
    in that run's story; the others cluster by text, time and the links between them."""
    fixed: dict[int, str] = {}
    for i, d in enumerate(kept):
        for member in (d, *dups_of[d.id]):
            if member.id in previous:
                fixed[i] = previous[member.id]
                break
    times = np.array(fill_times(kept), dtype=np.float64)
    evidence = Evidence(
        links=_links(kept, dups_of),
        cocited=cocitations([_cited(d, dups_of) for d in kept]),
        short=frozenset(i for i, d in enumerate(kept) if is_headline(d)),
        names=all_names([(d.title, d.text) for d in kept], settings.text_words),
    )
    keys = [f"new:{d.id}" for d in kept]
    labels = assign(matrix, times, keys, cluster_params(settings), fixed, evidence=evidence)
    groups: dict[str, list[Doc]] = defaultdict(list)
    for d, label in zip(kept, labels, strict=True):
        sid = story_id_for(label[4:]) if label.startswith("new:") else label
        groups[sid].append(d)
    return groups


HEADLINE_WORDS = 10  # an item with fewer words of text is clustered as a headline


def is_headline(d: Doc) -> bool:
    """True for an item that carries (almost) no text: a feed entry without a page, a title."""
    return len(d.text.split(None, HEADLINE_WORDS)) < HEADLINE_WORDS


def cluster_params(settings: StoriesConfig) -> ClusterParams:
    return ClusterParams(
        threshold=settings.similarity_threshold,
        window_hours=settings.time_window_hours,
        entity_guard=settings.entity_guard,
        time_decay=settings.time_decay,
        headline_threshold=settings.headline_threshold,
        headline_guard=settings.headline_entity_guard,
        follow_up_hours=settings.follow_up_days * 24.0,
        follow_up_threshold=settings.follow_up_threshold,
        headline_merge=settings.headline_merge_threshold,
    )


def _cited(d: Doc, dups_of: defaultdict[str, list[Doc]]) -> set[str]:
    """Canonical URLs a doc (or one of its duplicates) links to, other than its own."""
    own = {x.canonical for x in (d, *dups_of[d.id])}
    return {canonical_url(u) for x in (d, *dups_of[d.id]) for u in x.links} - own


def _links(kept: list[Doc], dups_of: defaultdict[str, list[Doc]]) -> dict[int, list[int]]:
    """{row: the other rows it links to}: a doc's links (and its duplicates') that land on a
    kept doc or on one of its duplicates, by canonical URL."""
    row_of: dict[str, int] = {}
    for i, d in enumerate(kept):
        for x in (d, *dups_of[d.id]):
            row_of.setdefault(x.canonical, i)
    links: dict[int, list[int]] = {}
    for i, d in enumerate(kept):
        rows = (row_of.get(canonical_url(u)) for x in (d, *dups_of[d.id]) for u in x.links)
        targets = {r for r in rows if r is not None and r != i}
        if targets:
            links[i] = sorted(targets)
    return links


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
