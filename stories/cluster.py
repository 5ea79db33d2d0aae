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

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from newsdesk.stories.matching import Centroid, ClusterParams, match, mostly_about, row_of
from newsdesk.stories.names import ANCHORS, NameCores, shared_anchors
from newsdesk.stories.openindex import TERMS_PER_ROW, OpenStories, index_keys, top_terms
from newsdesk.stories.second_pass import LoneInput, join_lone_rows, merge_headline_stories
from newsdesk.stories.vectors import candidate_pairs
from scipy import sparse

__all__ = ["ClusterParams", "Evidence", "assign"]  # ClusterParams: stories/matching.py


@dataclass(frozen=True)
class Evidence:
    """What else than text says two rows are one story."""

    links: dict[int, list[int]] = field(default_factory=dict)  # row -> rows it links to
    cocited: dict[int, list[tuple[int, float]]] = field(default_factory=dict)  # (row, weight)
    short: frozenset[int] = frozenset()  # rows without text (headline only)
    names: Sequence[frozenset[str]] = ()  # proper names of every row (stories/names.py)


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
    matches nothing inside the window is checked against the open stories (late coverage). A
    row that matches several stories joins the best one only when it is mostly about it
    (stories/matching.py).
    """
    n = matrix.shape[0]
    fixed = fixed or {}
    ev = evidence or Evidence()
    if links:
        ev = dataclasses.replace(ev, links=links)
    names = list(ev.names) or [frozenset()] * n
    nbr, nbr_ptr = _neighbours(matrix, times, params, bool(ev.short))
    state = _State(
        labels=[None] * n,
        index=OpenStories(max(params.follow_up_hours, params.window_hours)),
        heavy=index_keys(top_terms(matrix, TERMS_PER_ROW), names, matrix.shape[1]),
    )
    for i, label in fixed.items():
        state.put(i, label, row_of(matrix, i), float(times[i]), None, names[i])
    order = sorted(
        (i for i in range(n) if state.labels[i] is None), key=lambda i: (times[i], keys[i])
    )
    for i in order:
        vec = row_of(matrix, i)
        t = float(times[i])
        around = nbr[nbr_ptr[i] : nbr_ptr[i + 1]].tolist()
        best, dot = _place(state, i, _Row(vec, t, i in ev.short, names[i]), around, ev, params)
        if best is None:
            best, dot = keys[i], 0.0
            state.centroids[best] = Centroid()
        state.put(i, best, vec, t, dot, names[i])
    labels, centroids = state.labels, state.centroids
    _absorb_linked_singletons(matrix, times, keys, params, labels, centroids, ev.links, fixed)
    lone = LoneInput(
        matrix, times, keys, nbr, nbr_ptr, names, ev.short | frozenset(fixed),
        params.floor_ratio * params.threshold,
    )  # fmt: skip
    join_lone_rows(lone, labels, centroids)
    out = [label or keys[i] for i, label in enumerate(labels)]
    return _headlines_merged(matrix, times, out, ev, frozenset(fixed), params)


def _headlines_merged(
    matrix: sparse.csr_matrix,
    times: np.ndarray,
    out: list[str],
    ev: Evidence,
    fixed: frozenset[int],
    params: ClusterParams,
) -> list[str]:
    """Headline-only stories of one event merged (stories/second_pass.py), when there are any."""
    if not ev.short or params.headline_merge <= 0:
        return out
    _, guard = params.bar(True)
    return merge_headline_stories(
        matrix, times, out, ev.short, fixed, params.window_hours, params.headline_merge, guard
    )


@dataclass
class _State:
    """The single pass's running state: labels so far, story centroids, open stories."""

    labels: list[str | None]
    index: OpenStories
    heavy: list[list[int]]  # the open-story index keys of every row
    centroids: dict[str, Centroid] = field(default_factory=dict)
    cores: NameCores = field(default_factory=NameCores)

    def put(
        self, i: int, label: str, vec: dict[int, float], t: float, dot: float | None,
        names: frozenset[str],
    ) -> None:  # fmt: skip
        """Row ``i`` joins story ``label``."""
        self.labels[i] = label
        centroid = self.centroids.setdefault(label, Centroid())
        centroid.add(vec, t, dot, names)
        self.cores.update(centroid)
        self.index.add(label, self.heavy[i], t)


def _place(
    state: _State, i: int, row: _Row, around: list[int], ev: Evidence, params: ClusterParams
) -> tuple[str | None, float]:
    """The story row ``i`` joins (None: a new one) and its dot product with that centroid:
    the best match among its neighbours' stories and the stories it links to or co-cites,
    else, for a row alone in its window, the open stories (late coverage)."""
    factors = _evidence_factors(i, state.labels, ev, params)
    near = [state.labels[j] for j in around]
    best, dot, apart = _best(state, row, params, [*near, *factors], factors)
    if best is not None or apart or params.follow_up_hours <= params.window_hours:
        return best, dot
    late = state.index.candidates(state.heavy[i], row.t)
    if any(shared_anchors(row.names, _names_of(ev, j)) >= ANCHORS for j in around):
        row = _Row(row.vec, row.t, row.short, frozenset())  # a burst of its own: no anchoring
    best, dot, _ = _best(state, row, params, late, factors)
    return best, dot


def _names_of(ev: Evidence, j: int) -> frozenset[str]:
    return ev.names[j] if ev.names else frozenset()


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
    state: _State,
    row: _Row,
    params: ClusterParams,
    candidates: Sequence[str | None],
    factors: dict[str, float],
) -> tuple[str | None, float, bool]:
    """(the candidate story with the highest matching score (ties: the lower label), its dot
    product, whether the row was kept apart as a roundup). Matches by the entity anchor count
    only when one story passes that way: an article anchored in two open stories (a roundup,
    a newsletter) joins neither of them by it. A row that matches several stories joins the
    best one only when it is mostly about it (stories/matching.py)."""
    centroids = state.centroids
    matches: list[tuple[float, str, float, bool]] = []
    seen = list(dict.fromkeys(label for label in candidates if label is not None))
    for label in seen:
        found = match(
            centroids[label], row.vec, row.t, params, factors.get(label, 1.0), row.short,
            state.index.unique, functools.partial(state.cores.anchored, row.names),
        )  # fmt: skip
        if found is not None:
            matches.append((found[0], label, found[1], found[2]))
    if sum(m[3] for m in matches) > 1:
        matches = [m for m in matches if not m[3]]
    if not matches:
        return None, 0.0, False
    _, label, dot, _ = min(matches, key=lambda m: (-m[0], m[1]))
    if len(seen) > 1 and not row.short:  # a headline is one sentence: no roundup
        threshold, guard = params.bar(row.short)
        others = (centroids[x] for x in seen)
        floor = params.floor_ratio * threshold
        if not mostly_about(row.vec, centroids[label], others, floor, guard):
            return None, 0.0, True
    return label, dot, False


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
            found = match(centroids[label], vec, float(times[j]), params, params.floor_ratio)
            if found is not None and found[0] > best_score:
                best, best_score = label, found[0]
        if best is not None:
            del centroids[own]
            labels[j] = best
            centroids[best].add(vec, float(times[j]))
