"""Lone articles of one day: a second pass after the single pass (stories/cluster.py) that
joins an article left alone to the one small story of its day that names the same people,
organisations and places.

Outlets of different leanings tell one event in different words ("slams", "defends",
"signs"), so an article can fall short of the similarity threshold against every story of its
day and stay alone, while it names what the others name. Once every row has a story, a row
whose story is itself alone joins a story of its time-window neighbours published within
``SAME_DAY_HOURS`` of it (half a day either way) that has fewer than ``SMALL`` articles,
shares at least ``SHARED_NAMES`` distinct proper names with it (nested names counted once, as
for the anchors) and reaches ``floor_ratio`` x threshold of cosine with its centroid (the
floor every neighbour already clears), when that story is the only one that does: an article
that meets two such stories is a roundup (stories/roundups.py) and joins none. A large story
has shown its vocabulary, so an article its words did not reach is more likely a different
event of the same people; a story of one or two articles has not. Candidates are the rows'
window neighbours (``vectors.candidate_pairs``), so the pass stays linear. Headline-only rows
and rows of an earlier run stay where they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from newsdesk.stories.centroid import Centroid, row_of
from newsdesk.stories.names import shared_anchors
from scipy import sparse

SAME_DAY_HOURS = 12.0  # a lone row looks at stories of rows this close in time
SMALL = 3  # it joins only a story of fewer articles than this
SHARED_NAMES = 1  # proper names it must share with that story (docs/stages.md: why one)


@dataclass(frozen=True)
class LoneInput:
    """What the pass reads: vectors, times, every row's window neighbours and names."""

    matrix: sparse.csr_matrix
    times: np.ndarray
    keys: Sequence[str]
    nbr: np.ndarray  # row i's neighbours are nbr[ptr[i]:ptr[i + 1]]
    ptr: np.ndarray
    names: Sequence[frozenset[str]]
    skip: frozenset[int]  # headline-only rows and rows of an earlier run
    floor: float  # cosine with the story's centroid a lone row needs


def join_lone_rows(
    data: LoneInput, labels: list[str | None], centroids: dict[str, Centroid]
) -> None:
    """Move lone rows into a small story of their day (``labels`` and ``centroids`` updated)."""
    times = data.times
    order = sorted(range(len(labels)), key=lambda i: (times[i], data.keys[i]))
    for i in order:
        own = labels[i]
        if i in data.skip or own is None or centroids[own].size != 1:
            continue
        best = _best_small(data, i, own, labels, centroids)
        if best is not None:
            del centroids[own]
            labels[i] = best
            centroids[best].add(row_of(data.matrix, i), float(times[i]), None, data.names[i])


def _best_small(
    data: LoneInput, i: int, own: str, labels: list[str | None], centroids: dict[str, Centroid]
) -> str | None:
    """The small same-day story lone row ``i`` joins (None: it stays alone)."""
    mine = data.names[i]
    if len(mine) < SHARED_NAMES:
        return None
    t = float(data.times[i])
    near = data.nbr[data.ptr[i] : data.ptr[i + 1]].tolist()
    candidates = {labels[j] for j in near if abs(float(data.times[j]) - t) <= SAME_DAY_HOURS} - {
        own,
        None,
    }
    vec = row_of(data.matrix, i)
    found = []
    for label in sorted(c for c in candidates if c is not None):
        story = centroids[label]
        if story.size >= SMALL or shared_anchors(mine, frozenset(story.names)) < SHARED_NAMES:
            continue
        if story.score(vec)[0] >= data.floor:
            found.append(label)
    return found[0] if len(found) == 1 else None  # several: a roundup, it joins none
