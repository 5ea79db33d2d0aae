"""Whether one article joins one story in the single-pass clusterer (stories/cluster.py): the
story's :class:`Centroid` (the running sum of its unit vectors, its time span and its names),
the bar the article must clear, and the roundup rule.

The bar: the similarity threshold, the entity guard, the time decay inside the
window and the follow-up bar beyond it, lowered for linked and co-cited stories.

``ClusterParams`` holds the numbers (from ``StoriesConfig``, see stories/run.py); ``match``
scores one article against one story's centroid.

Roundups and newsletters (:func:`mostly_about`): an article that matches several stories joins
at most one.

A weekly letter ("a blackout, a quota and a leaderboard"), a links post or a digest covers
several stories in a few sentences each. Its words are split between them, so it can reach
the similarity bar of one story on a third of its text, and a single-pass clusterer would put
it into whichever story scored a little higher, or merge two stories through it.

The rule: weigh the article's own term mass (the sum of its squared TF-IDF weights) that each
story it matches accounts for, a story's share being the mass of the article's terms found in
that story's centroid. A story *matches* when the plain cosine reaches the candidate floor
(``ClusterParams.floor_ratio`` x threshold) and keeps the entity guard's share of it without
its largest term: more than one shared name. The best story (the one the clusterer chose) is
joined only when it holds more than half (``MOSTLY``) of the mass that all matching stories
account for together; otherwise the article joins none and starts a story of its own.

An ordinary article matches one story, or one story and a few others on background words
that the chosen story also has, so the rule leaves it alone; a letter that is mostly about one
story and mentions another in passing joins that story. Only when two or more stories account
for comparable parts of the text does the article stay apart: it never merges two stories, and
never lands in the wrong one on a coin toss. A letter split evenly between just two stories
is a near coin toss too (a 52/48 split joins the larger one): the rule keeps a roundup from
merging stories, it does not always keep it alone.

Headlines (rows without text) are left out: a headline is one sentence, not a roundup, and
on the UCI headlines the rule split fragments of one story (tune half F1 0.769 -> 0.740).
``MOSTLY`` is the plain majority; on the AllSides tune half 0.5 did best of 0.5, 0.6, 2/3 and
0.75 (F1 0.807, 0.804, 0.793, 0.790).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

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


def match(
    centroid: Centroid,
    vec: dict[int, float],
    t: float,
    params: ClusterParams,
    factor: float,
    short: bool = False,
    unique: Callable[[int], bool] | None = None,
    anchored: Callable[[frozenset[str]], bool] | None = None,
) -> tuple[float, float, bool] | None:
    """(time-decayed cosine, dot product, by the entity anchor) of a match that clears the bar
    and the entity guard.

    Inside the window the bar is the threshold, the cosine losing up to ``time_decay`` as the
    hours since the story's first article reach the window (never so much that the bar rises
    above the follow-up bar): an event's coverage bunches at its onset, so a story that has run
    for days takes a new article only at a stronger match, and the next day's development of a
    running saga does not chain on. Beyond the window, while the story is open, the cosine must
    reach the (higher) follow-up threshold. In both, a row with text ``anchored`` in the
    story's core names (stories/names.py) may join on less: the undecayed bar inside the
    window, ``floor_ratio`` x threshold beyond it (reactions and follow-ups told in new words).
    ``factor`` (<= 1) lowers either bar for linked or co-cited stories. A headline (``short``)
    passes the guard also when the term it leans on names one open story only (``unique``): a
    headline has too few words to spare its main one."""
    threshold, guard = params.bar(short)
    cos, rest, dot, term = centroid.score(vec)
    gap = centroid.gap(t)
    if gap <= params.window_hours:
        decay = _decay(gap if short else centroid.since(t), params)
        needed, floor = threshold * factor, threshold * factor
    elif gap <= params.follow_up_hours:
        decay = 1.0
        needed = params.follow_up_threshold * threshold / params.threshold * factor
        floor = params.floor_ratio * threshold
    else:
        return None
    if cos * decay >= needed and (
        rest * decay >= guard * needed or (short and unique is not None and unique(term))
    ):
        return cos * decay, dot, False
    if (
        not short
        and cos >= floor
        and rest >= guard * floor
        and anchored is not None
        and anchored(centroid.core)
    ):
        return cos, dot, True
    return None


def _decay(since: float, params: ClusterParams) -> float:
    """The share of the cosine kept ``since`` hours after a story's first article."""
    decay = 1.0 - params.time_decay * min(since, params.window_hours) / params.window_hours
    if params.follow_up_hours > params.window_hours:  # never a higher bar than a late one
        decay = max(decay, params.threshold / params.follow_up_threshold)
    return decay


MOSTLY = 0.5  # the chosen story must hold more than this share of the matched mass


def matches(centroid: Centroid, vec: dict[int, float], floor: float, guard: float) -> bool:
    """True when ``centroid`` matches ``vec`` at the candidate floor (plain cosine, no time
    decay) and the match does not rest on a single term."""
    cos, rest, _, _ = centroid.score(vec)
    return cos >= floor and rest >= guard * floor


def share(vec: dict[int, float], best: Centroid, others: Iterable[Centroid]) -> float:
    """The share of the article's matched mass that ``best`` holds: the mass of its terms in
    ``best`` over the mass of its terms in ``best`` or any of ``others`` (1.0 when none)."""
    mine = {t for t in vec if t in best.weights}
    union = set(mine)
    for c in others:
        union.update(t for t in vec if t in c.weights)
    total = sum(vec[t] * vec[t] for t in union)
    if total <= 0.0:
        return 1.0
    return sum(vec[t] * vec[t] for t in mine) / total


def mostly_about(
    vec: dict[int, float],
    best: Centroid,
    candidates: Iterable[Centroid],
    floor: float,
    guard: float,
) -> bool:
    """True unless ``vec`` also matches other ``candidates`` and ``best`` holds no more than
    ``MOSTLY`` of the mass they account for together (a roundup of several stories)."""
    others = [c for c in candidates if c is not best and matches(c, vec, floor, guard)]
    if not others:
        return True
    return share(vec, best, others) > MOSTLY
