"""The index of open stories, for late coverage.

A story stays open to new articles for ``StoriesConfig.follow_up_days`` after its latest
article. An article that found no story among its neighbours inside the time window asks this
index which open stories share its heaviest terms; the clusterer then scores only those few
centroids (a strong match is needed that late). This keeps the late check linear: each article
looks up a handful of posting lists and scores at most ``max_candidates`` stories, never every
story nor every earlier article.

The index is an inverted index term -> story labels over the ``terms_per_row`` heaviest terms
of each article of the story. Closed stories are skipped on lookup and pruned from the posting
lists every ``prune_every`` additions, so memory follows the open stories, not the whole run.
"""

from __future__ import annotations

from collections import Counter


def top_terms(vec: dict[int, float], k: int) -> list[int]:
    """The ``k`` heaviest term ids of a sparse vector (ties: the lower id)."""
    if len(vec) <= k:
        return list(vec)
    return sorted(vec, key=lambda t: (-vec[t], t))[:k]


class OpenStories:
    def __init__(
        self,
        horizon_hours: float,
        terms_per_row: int = 8,
        max_candidates: int = 8,
        prune_every: int = 5000,
    ) -> None:
        self.horizon = horizon_hours
        self.terms_per_row = terms_per_row
        self.max_candidates = max_candidates
        self.prune_every = prune_every
        self.postings: dict[int, set[str]] = {}
        self.last: dict[str, float] = {}
        self._added = 0

    def add(self, label: str, vec: dict[int, float], hours: float) -> None:
        """Index an article of story ``label`` published at ``hours``."""
        self.last[label] = max(self.last.get(label, hours), hours)
        for t in top_terms(vec, self.terms_per_row):
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

    def candidates(self, vec: dict[int, float], hours: float) -> list[str]:
        """Open stories sharing at least two of the article's heaviest terms (one, for an
        article with fewer than two terms), most shared terms first."""
        mine = top_terms(vec, self.terms_per_row)
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
