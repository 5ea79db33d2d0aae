"""A story's centroid in the single-pass clusterer (stories/cluster.py)."""

from __future__ import annotations

import math
from collections import Counter

from scipy import sparse


class Centroid:
    """The running sum of a story's unit vectors, its time span and its names."""

    __slots__ = ("weights", "norm2", "size", "first", "last", "names", "core")

    def __init__(self) -> None:
        self.weights: dict[int, float] = {}
        self.norm2 = 0.0
        self.size = 0
        self.first = math.inf
        self.last = -math.inf
        self.names: Counter[str] = Counter()
        self.core: frozenset[str] = frozenset()  # names of at least half its articles

    def gap(self, hours: float) -> float:
        """Hours between ``hours`` and the story's span (0 inside it)."""
        return max(0.0, self.first - hours, hours - self.last)

    def since(self, hours: float) -> float:
        """Hours between ``hours`` and the story's first article (0 for an empty story)."""
        return abs(hours - self.first) if self.size else 0.0

    def add(
        self,
        vec: dict[int, float],
        hours: float,
        dot: float | None = None,
        names: frozenset[str] = frozenset(),
    ) -> None:
        """Add a unit vector (and the row's names); ``dot`` (its dot product with the sum so
        far) if already known."""
        self.names.update(names)
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

    def score(self, vec: dict[int, float]) -> tuple[float, float, float, int]:
        """(cosine, cosine without the largest single term contribution, raw dot product, the
        term of that largest contribution)."""
        if self.norm2 <= 0:
            return 0.0, 0.0, 0.0, -1
        weights = self.weights
        parts = [(w * weights[t], t) for t, w in vec.items() if t in weights]
        if not parts:
            return 0.0, 0.0, 0.0, -1
        dot = sum(p for p, _ in parts)
        top, term = max(parts)
        norm = math.sqrt(self.norm2)
        return dot / norm, (dot - top) / norm, dot, term


def row_of(matrix: sparse.csr_matrix, i: int) -> dict[int, float]:
    lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
    return dict(zip(matrix.indices[lo:hi].tolist(), matrix.data[lo:hi].tolist(), strict=True))
