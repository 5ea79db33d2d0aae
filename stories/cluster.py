"""Story clustering: single-pass centroid clustering in publication order (as in topic
detection and tracking), over TF-IDF vectors, within a publication-time window.

Each article, in (published, id) order, is compared with the centroids of the stories its
time-window neighbours already belong to; it joins the most similar one when the cosine
reaches ``StoriesConfig.similarity_threshold`` *and* the match survives the entity guard, else
it starts a new story. Articles that already had a story (a previous run) keep it and seed the
centroids, so a new crawl adds to stories instead of reshuffling them, and a story's id (from
its first article) never changes.

The entity guard: a shared company or person name is one heavy term. A match must still reach
``entity_guard`` x threshold after removing the single largest term contribution, so "Amazon
cuts 14,000 jobs" and "Amazon launches a Kindle" (same week) do not merge on "amazon" alone.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from newsdesk.stories.centroid import Centroid, row_of
from newsdesk.stories.merge import merge_headline_stories
from newsdesk.stories.names import ANCHORS, NameCores, shared_anchors
from newsdesk.stories.openindex import TERMS_PER_ROW, OpenStories, index_keys, top_terms
from newsdesk.stories.vectors import candidate_pairs
from scipy import sparse


@dataclass(frozen=True)
class ClusterParams:
    threshold: float
    window_hours: float
    entity_guard: float
    time_decay: float = 0.0  # share of the similarity lost at the edge of the window
    floor_ratio: float = 0.5  # neighbours below floor_ratio x threshold are not candidates
    cocite_ratio: float = 0.25  # share of the bar left for a row co-citing a specific URL
    headline_threshold: float | None = None  # for rows without text (None: ``threshold``)
    headline_guard: float | None = None  # entity guard for rows without text
    follow_up_hours: float = 0.0  # how long a story stays open after its latest article
    follow_up_threshold: float = 1.0  # cosine a match beyond the window needs (full text)
    headline_merge: float = 0.0  # centroid cosine at which headline stories merge (0: never)

    def bar(self, short: bool) -> tuple[float, float]:
        """(threshold, entity guard) for a row with text (``short`` False) or a headline."""
        if not short:
            return self.threshold, self.entity_guard
        th = self.threshold if self.headline_threshold is None else self.headline_threshold
        guard = self.entity_guard if self.headline_guard is None else self.headline_guard
        return th, guard


@dataclass(frozen=True)
class Evidence:
    """What else than text says two rows are one story."""

    links: dict[int, list[int]] = field(default_factory=dict)  # row -> rows it links to
    cocited: dict[int, list[tuple[int, float]]] = field(default_factory=dict)  # (row, weight)
    short: frozenset[int] = frozenset()  # rows without text (headline only)
    names: Sequence[frozenset[str]] = ()  # proper names of every row (stories/names.py)


def _match(
    centroid: Centroid,
    vec: dict[int, float],
    t: float,
    params: ClusterParams,
    factor: float,
    short: bool = False,
    unique: Callable[[int], bool] | None = None,
    anchored: Callable[[frozenset[str]], bool] | None = None,
) -> tuple[float, float, bool] | None:
    """(time-decayed cosine, dot product, by the entity anchor) of a match that clears the bar and the entity guard.

    Inside the window the bar is the threshold, the cosine losing up to ``time_decay`` towards
    the window's edge; beyond it, while the story is open, the cosine must reach the (higher)
    follow-up threshold, or, for a row with text ``anchored`` in the story's core names
    (stories/names.py), ``floor_ratio`` x threshold: late follow-ups told in new words. ``factor`` (<= 1) lowers either bar for linked or co-cited
    stories.
    A headline (``short``) passes the guard also when the term it leans on names one open
    story only (``unique``): a headline has too few words to spare its main one."""
    threshold, guard = params.bar(short)
    cos, rest, dot, term = centroid.score(vec)
    gap = centroid.gap(t)
    if gap <= params.window_hours:
        decay = 1.0 - params.time_decay * gap / params.window_hours
        needed = threshold * factor
    elif gap <= params.follow_up_hours:
        decay = 1.0
        needed = params.follow_up_threshold * threshold / params.threshold * factor
        if (
            not short
            and cos < needed
            and cos >= params.floor_ratio * threshold
            and rest >= guard * params.floor_ratio * threshold
            and anchored is not None
            and anchored(centroid.core)
        ):
            return cos, dot, True
    else:
        return None
    cos, rest = cos * decay, rest * decay
    if cos >= needed and (
        rest >= guard * needed or (short and unique is not None and unique(term))
    ):
        return cos, dot, False
    return None


def _neighbours(
    matrix: sparse.csr_matrix, times: np.ndarray, params: ClusterParams, headlines: bool
) -> tuple[np.ndarray, np.ndarray]:
    """(rows, pointers): row i's candidate neighbours inside the window are
    ``rows[ptr[i]:ptr[i + 1]]`` (``headlines``: some rows use the headline bar)."""
    floor = params.threshold * params.floor_ratio
    if headlines and params.headline_threshold is not None:
        floor = min(floor, params.headline_threshold * params.floor_ratio)
    pi, pj, _ = candidate_pairs(matrix, times, params.window_hours, floor)
    src = np.concatenate([pi, pj])
    dst = np.concatenate([pj, pi])
    by_src = np.argsort(src, kind="stable")
    return dst[by_src], np.searchsorted(src[by_src], np.arange(matrix.shape[0] + 1))


def assign(
    matrix: sparse.csr_matrix,
    times: np.ndarray,
    keys: Sequence[str],
    params: ClusterParams,
    fixed: dict[int, str] | None = None,
    links: dict[int, list[int]] | None = None,
    evidence: Evidence | None = None,
) -> list[str]:
    """A story label for every row. ``fixed`` rows keep their label; new labels are the key of
    the story's first row (callers turn it into a stable id).

    ``links`` (row -> rows its body links to) is evidence of its own: a row may join the story
    of an article it links to at ``floor_ratio`` x threshold, and a new single-article story
    whose article is linked from another story joins that story on the same terms (a company
    post or a short link post that the coverage points to). Rows that share a specific linked
    URL (``evidence.cocited``) get the same lower bar, scaled by the URL's weight. A row that
    matches nothing inside the window is checked against the open stories (late coverage).
    """
    n = matrix.shape[0]
    fixed = fixed or {}
    ev = evidence or Evidence()
    if links:
        ev = Evidence(links=links, cocited=ev.cocited, short=ev.short, names=ev.names)
    names = list(ev.names) or [frozenset()] * n
    nbr, nbr_ptr = _neighbours(matrix, times, params, bool(ev.short))
    labels: list[str | None] = [None] * n
    centroids: dict[str, Centroid] = {}
    index = OpenStories(max(params.follow_up_hours, params.window_hours))
    cores = NameCores()
    heavy = index_keys(top_terms(matrix, TERMS_PER_ROW), names, matrix.shape[1])
    for i, label in fixed.items():
        labels[i] = label
        centroids.setdefault(label, Centroid()).add(
            row_of(matrix, i), float(times[i]), names=names[i]
        )
        cores.update(centroids[label])
        index.add(label, heavy[i], float(times[i]))
    order = sorted((i for i in range(n) if labels[i] is None), key=lambda i: (times[i], keys[i]))
    for i in order:
        vec = row_of(matrix, i)
        t = float(times[i])
        factors = _evidence_factors(i, labels, ev, params)
        around = nbr[nbr_ptr[i] : nbr_ptr[i + 1]].tolist()
        near = [labels[j] for j in around]
        row = _Row(vec, t, i in ev.short, frozenset())
        best, best_dot = _best(centroids, row, params, [*near, *factors], factors, index, cores)
        if best is None and params.follow_up_hours > params.window_hours:
            late = index.candidates(heavy[i], t)
            if not any(shared_anchors(names[i], names[j]) >= ANCHORS for j in around):
                row = _Row(vec, t, row.short, names[i])  # alone, not a burst: may anchor
            best, best_dot = _best(centroids, row, params, late, factors, index, cores)
        if best is None:
            best, best_dot = keys[i], 0.0
            centroids[best] = Centroid()
        labels[i] = best
        centroids[best].add(vec, t, best_dot, names[i])
        cores.update(centroids[best])
        index.add(best, heavy[i], t)
    _absorb_linked_singletons(matrix, times, keys, params, labels, centroids, ev.links, fixed)
    out = [label or keys[i] for i, label in enumerate(labels)]
    if ev.short and params.headline_merge > 0:
        _, guard = params.bar(True)
        out = merge_headline_stories(
            matrix, times, out, ev.short, frozenset(fixed), params.window_hours,
            params.headline_merge, guard,
        )  # fmt: skip
    return out


def _evidence_factors(
    i: int, labels: list[str | None], ev: Evidence, params: ClusterParams
) -> dict[str, float]:
    """{story label: factor on its bar} for the stories row ``i`` links to or co-cites with."""
    out: dict[str, float] = {}
    for j in ev.links.get(i, ()):
        label = labels[j]
        if label is not None:
            out[label] = params.floor_ratio
    for j, w in ev.cocited.get(i, ()):
        label = labels[j]
        if label is not None:
            out[label] = min(out.get(label, 1.0), 1.0 - (1.0 - params.cocite_ratio) * w)
    return out


@dataclass(frozen=True)
class _Row:
    vec: dict[int, float]
    t: float
    short: bool
    names: frozenset[str]


def _best(
    centroids: dict[str, Centroid],
    row: _Row,
    params: ClusterParams,
    candidates: Sequence[str | None],
    factors: dict[str, float],
    index: OpenStories,
    cores: NameCores,
) -> tuple[str | None, float]:
    """The candidate story with the highest matching score (ties: the lower label). Matches by
    the entity anchor count only when one story passes that way: an article anchored in two
    open stories (a roundup, a newsletter) joins neither of them by it."""
    matches: list[tuple[float, str, float, bool]] = []
    seen: set[str] = set()
    for label in candidates:
        if label is None or label in seen:
            continue
        seen.add(label)
        factor = factors.get(label, 1.0)
        match = _match(
            centroids[label], row.vec, row.t, params, factor, row.short, index.unique,
            functools.partial(cores.anchored, row.names),
        )  # fmt: skip
        if match is not None:
            matches.append((match[0], label, match[1], match[2]))
    if sum(m[3] for m in matches) > 1:
        matches = [m for m in matches if not m[3]]
    if not matches:
        return None, 0.0
    score, label, dot, _ = min(matches, key=lambda m: (-m[0], m[1]))
    return label, dot


def _absorb_linked_singletons(
    matrix: sparse.csr_matrix,
    times: np.ndarray,
    keys: Sequence[str],
    params: ClusterParams,
    labels: list[str | None],
    centroids: dict[str, Centroid],
    links: dict[int, list[int]],
    fixed: dict[int, str],
) -> None:
    inbound: dict[int, list[int]] = {}
    for i, targets in links.items():
        for j in targets:
            inbound.setdefault(j, []).append(i)
    for j in sorted(inbound, key=lambda j: (times[j], keys[j])):
        own = labels[j]
        if j in fixed or own is None or centroids[own].size != 1:
            continue
        vec = row_of(matrix, j)
        best, best_score = None, -1.0
        for i in inbound[j]:
            label = labels[i]
            if label is None or label == own:
                continue
            match = _match(centroids[label], vec, float(times[j]), params, params.floor_ratio)
            if match is not None and match[0] > best_score:
                best, best_score = label, match[0]
        if best is not None:
            del centroids[own]
            labels[j] = best
            centroids[best].add(vec, float(times[j]))
