"""The bar one article must clear to join one story, in the single-pass clusterer
(stories/cluster.py): the similarity threshold, the entity guard, the time decay inside the
window and the follow-up bar beyond it, lowered for linked and co-cited stories.

``ClusterParams`` holds the numbers (from ``StoriesConfig``, see stories/run.py); ``match``
scores one article against one story's centroid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsdesk.stories.centroid import Centroid


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
