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

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from newsdesk.stories.vectors import candidate_pairs
from scipy import sparse


@dataclass(frozen=True)
class ClusterParams:
    threshold: float
    window_hours: float
    entity_guard: float
    time_decay: float = 0.0  # share of the similarity lost at the edge of the window
    floor_ratio: float = 0.5  # neighbours below floor_ratio x threshold are not candidates


class _Centroid:
    __slots__ = ("weights", "norm2", "size", "first", "last")

    def __init__(self) -> None:
        self.weights: dict[int, float] = {}
        self.norm2 = 0.0
        self.size = 0
        self.first = math.inf
        self.last = -math.inf

    def gap(self, hours: float) -> float:
        """Hours between ``hours`` and the story's span (0 inside it)."""
        return max(0.0, self.first - hours, hours - self.last)

    def add(self, vec: dict[int, float], hours: float, dot: float | None = None) -> None:
        """Add a unit vector; ``dot`` (its dot product with the sum so far) if already known."""
        self.first = min(self.first, hours)
        self.last = max(self.last, hours)
        weights = self.weights
        get = weights.get
        if dot is None:
            dot = sum(w * get(t, 0.0) for t, w in vec.items())
        self.norm2 += 2 * dot + (1.0 if vec else 0.0)
        for t, w in vec.items():
            weights[t] = get(t, 0.0) + w
        self.size += 1

    def score(self, vec: dict[int, float]) -> tuple[float, float, float]:
        """(cosine, cosine without the largest single term contribution, raw dot product)."""
        if self.norm2 <= 0:
            return 0.0, 0.0, 0.0
        weights = self.weights
        parts = [w * weights[t] for t, w in vec.items() if t in weights]
        if not parts:
            return 0.0, 0.0, 0.0
        dot = sum(parts)
        norm = math.sqrt(self.norm2)
        return dot / norm, (dot - max(parts)) / norm, dot


def _row(matrix: sparse.csr_matrix, i: int) -> dict[int, float]:
    lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
    return dict(zip(matrix.indices[lo:hi].tolist(), matrix.data[lo:hi].tolist(), strict=True))


def _match(
    centroid: _Centroid, vec: dict[int, float], t: float, params: ClusterParams, threshold: float
) -> tuple[float, float] | None:
    """(time-decayed cosine, dot product) of a match that clears ``threshold`` and the entity guard."""
    cos, rest, dot = centroid.score(vec)
    decay = 1.0 - params.time_decay * min(1.0, centroid.gap(t) / params.window_hours)
    cos, rest = cos * decay, rest * decay
    if cos >= threshold and rest >= params.entity_guard * threshold:
        return cos, dot
    return None


def assign(
    matrix: sparse.csr_matrix,
    times: np.ndarray,
    keys: Sequence[str],
    params: ClusterParams,
    fixed: dict[int, str] | None = None,
    links: dict[int, list[int]] | None = None,
) -> list[str]:
    """A story label for every row. ``fixed`` rows keep their label; new labels are the key of
    the story's first row (callers turn it into a stable id).

    ``links`` (row -> rows its body links to) is evidence of its own: a row may join the story
    of an article it links to at ``floor_ratio`` x threshold, and a new single-article story
    whose article is linked from another story joins that story on the same terms (a company
    post or a short link post that the coverage points to).
    """
    n = matrix.shape[0]
    fixed = fixed or {}
    links = links or {}
    floor = params.threshold * params.floor_ratio
    pi, pj, _ = candidate_pairs(matrix, times, params.window_hours, floor)
    src = np.concatenate([pi, pj])
    dst = np.concatenate([pj, pi])
    by_src = np.argsort(src, kind="stable")
    nbr = dst[by_src]
    nbr_ptr = np.searchsorted(src[by_src], np.arange(n + 1))
    labels: list[str | None] = [None] * n
    centroids: dict[str, _Centroid] = {}
    for i, label in fixed.items():
        labels[i] = label
        centroids.setdefault(label, _Centroid()).add(_row(matrix, i), float(times[i]))
    order = sorted((i for i in range(n) if labels[i] is None), key=lambda i: (times[i], keys[i]))
    for i in order:
        vec = _row(matrix, i)
        t = float(times[i])
        linked = {labels[j] for j in links.get(i, ()) if labels[j] is not None}
        best, best_score, best_dot = None, -1.0, 0.0
        seen: set[str] = set()
        for j in [*nbr[nbr_ptr[i] : nbr_ptr[i + 1]].tolist(), *links.get(i, ())]:
            label = labels[j]
            if label is None or label in seen:
                continue
            seen.add(label)
            needed = floor if label in linked else params.threshold
            match = _match(centroids[label], vec, t, params, needed)
            if match is not None and (
                match[0] > best_score
                or (match[0] == best_score and best is not None and label < best)
            ):
                best, best_score, best_dot = label, match[0], match[1]
        if best is None:
            best, best_dot = keys[i], 0.0
            centroids[best] = _Centroid()
        labels[i] = best
        centroids[best].add(vec, t, best_dot)
    _absorb_linked_singletons(matrix, times, keys, params, labels, centroids, links, fixed)
    return [label or keys[i] for i, label in enumerate(labels)]


def _absorb_linked_singletons(
    matrix: sparse.csr_matrix,
    times: np.ndarray,
    keys: Sequence[str],
    params: ClusterParams,
    labels: list[str | None],
    centroids: dict[str, _Centroid],
    links: dict[int, list[int]],
    fixed: dict[int, str],
) -> None:
    floor = params.threshold * params.floor_ratio
    inbound: dict[int, list[int]] = {}
    for i, targets in links.items():
        for j in targets:
            inbound.setdefault(j, []).append(i)
    for j in sorted(inbound, key=lambda j: (times[j], keys[j])):
        own = labels[j]
        if j in fixed or own is None or centroids[own].size != 1:
            continue
        vec = _row(matrix, j)
        best, best_score = None, -1.0
        for i in inbound[j]:
            label = labels[i]
            if label is None or label == own:
                continue
            match = _match(centroids[label], vec, float(times[j]), params, floor)
            if match is not None and match[0] > best_score:
                best, best_score = label, match[0]
        if best is not None:
            del centroids[own]
            labels[j] = best
            centroids[best].add(vec, float(times[j]))
