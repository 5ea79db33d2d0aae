"""The index of open stories, for late coverage.

A story stays open to new articles for ``StoriesConfig.follow_up_days`` after its latest
article. An article that found no story among its neighbours inside the time window asks this
index which open stories share its heaviest terms; the clusterer then scores only those few
centroids (a strong match is needed that late). This keeps the late check linear: each article
looks up a handful of posting lists and scores at most ``max_candidates`` stories, never every
story nor every earlier article.

The index is an inverted index term -> story labels over the ``TERMS_PER_ROW`` heaviest terms
and the proper names (stories/names.py) of each article of the story. Closed stories are skipped on lookup and pruned from the posting
lists every ``prune_every`` additions, so memory follows the open stories, not the whole run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

TERMS_PER_ROW = 8


def top_terms(matrix: sparse.csr_matrix, k: int) -> list[list[int]]:
    """The ``k`` heaviest term ids of every row (ties: the lower id), computed at once."""
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    order = np.lexsort((matrix.indices, -matrix.data, rows))
    rank = np.arange(len(order)) - matrix.indptr[rows[order]]
    keep = order[rank < k]
    cols = matrix.indices[keep]
    ptr = np.searchsorted(rows[keep], np.arange(matrix.shape[0] + 1))
    return [cols[ptr[i] : ptr[i + 1]].tolist() for i in range(matrix.shape[0])]


def index_keys(
    heavy: list[list[int]], names: Sequence[frozenset[str]], n_terms: int
) -> list[list[int]]:
    """The index keys of every row: its heaviest terms, then its proper names (as ids above
    the ``n_terms`` term ids), so that a follow-up told in new words still finds its story."""
    ids: dict[str, int] = {}
    return [
        [*terms, *(n_terms + ids.setdefault(x, len(ids)) for x in sorted(mine))]
        for terms, mine in zip(heavy, names, strict=True)
    ]


class OpenStories:
    def __init__(
        self,
        horizon_hours: float,
        max_candidates: int = 8,
        prune_every: int = 5000,
    ) -> None:
        self.horizon = horizon_hours
        self.max_candidates = max_candidates
        self.prune_every = prune_every
        self.postings: dict[int, set[str]] = {}
        self.last: dict[str, float] = {}
        self._added = 0

    def add(self, label: str, terms: list[int], hours: float) -> None:
        """Index an article of story ``label`` (its heaviest ``terms``) published at ``hours``."""
        self.last[label] = max(self.last.get(label, hours), hours)
        for t in terms:
            self.postings.setdefault(t, set()).add(label)
        self._added += 1
        if self._added % self.prune_every == 0:
            self.prune(hours)

    def is_open(self, label: str, hours: float) -> bool:
        last = self.last.get(label)
        return last is not None and hours - last <= self.horizon

    def unique(self, term: int) -> bool:
        """True when at most one indexed story has ``term`` among its heaviest terms."""
        return len(self.postings.get(term, ())) <= 1

    def candidates(self, mine: list[int], hours: float) -> list[str]:
        """Open stories sharing at least two of the article's heaviest terms ``mine`` (one, for
        an article with fewer than two terms), most shared terms first."""
        hits: Counter[str] = Counter()
        for t in mine:
            hits.update(self.postings.get(t, ()))
        need = 2 if len(mine) >= 2 else 1
        ranked = sorted(
            (label for label, n in hits.items() if n >= need and self.is_open(label, hours)),
            key=lambda label: (-hits[label], label),
        )
        return ranked[: self.max_candidates]

    def prune(self, hours: float) -> None:
        """Forget the stories closed at ``hours``."""
        closed = {label for label, last in self.last.items() if hours - last > self.horizon}
        if not closed:
            return
        for t in list(self.postings):
            labels = self.postings[t] - closed
            if labels:
                self.postings[t] = labels
            else:
                del self.postings[t]
        for label in closed:
            del self.last[label]
