"""The second passes after the single pass (stories/cluster.py): lone articles of one day
(:func:`join_lone_rows`) and headline stories (:func:`merge_headline_stories`).

Lone articles of one day: a second pass that
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
that meets two such stories is a roundup (stories/matching.py) and joins none. A large story
has shown its vocabulary, so an article its words did not reach is more likely a different
event of the same people; a story of one or two articles has not. Candidates are the rows'
window neighbours (``vectors.candidate_pairs``), so the pass stays linear. Headline-only rows
and rows of an earlier run stay where they are.

Headline stories (:func:`merge_headline_stories`): a second pass that merges the fragments of
one story.

A headline has a handful of words, and two headlines about one event often share one or two
of them ("Xbox Live down on Titanfall's launch day", "Titanfall servers struggle"). In the
single pass a headline is compared with a story as it is at that moment, so one event told in
several vocabularies ends up as a few stories. Once every headline has a story, the stories
made mostly of headlines are compared with each other as wholes: two of them published within
the time window merge when their centroids' cosine reaches
``StoriesConfig.headline_merge_threshold`` *and* the match survives the entity guard (the
cosine without the largest single term contribution keeps ``entity_guard`` of the bar), so two
Amazon stories that share only "amazon" stay apart while the Titanfall fragments, sharing
"titanfall", "xbox" and "launch", join. Each story merges at most once a round and the next
round compares the merged centroids, so a merge is always checked against the whole it joins
(merging all candidate pairs at once chained unrelated stories into blobs).

Candidate pairs come from the same time-blocked sparse product as the articles' own
(``vectors.candidate_pairs``), so the pass stays linear in the number of stories. Stories
holding an article from an earlier run are left as they are, so story ids stay stable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from newsdesk.stories.matching import Centroid, row_of
from newsdesk.stories.names import shared_anchors
from newsdesk.stories.vectors import candidate_pairs
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


ROUNDS = 8


def merge_headline_stories(
    matrix: sparse.csr_matrix,
    times: np.ndarray,
    labels: list[str],
    short: frozenset[int],
    fixed: frozenset[int],
    window_hours: float,
    threshold: float,
    guard: float,
) -> list[str]:
    """``labels`` with the headline stories that match as wholes merged (the merged story
    takes the label of the earliest one)."""
    labels = list(labels)
    for _ in range(ROUNDS):
        members: defaultdict[str, list[int]] = defaultdict(list)
        for i, label in enumerate(labels):
            members[label].append(i)
        eligible = [
            label
            for label, rows in members.items()
            if 2 * sum(r in short for r in rows) > len(rows) and not any(r in fixed for r in rows)
        ]
        if len(eligible) < 2:
            break
        renamed = _merge_round(matrix, times, members, eligible, window_hours, threshold, guard)
        if not renamed:
            break
        labels = [renamed.get(label, label) for label in labels]
    return labels


def _merge_round(
    matrix: sparse.csr_matrix,
    times: np.ndarray,
    members: dict[str, list[int]],
    eligible: Sequence[str],
    window_hours: float,
    threshold: float,
    guard: float,
) -> dict[str, str]:
    """{label: the label it merges into} for one round."""
    rows = [r for label in eligible for r in members[label]]
    story = np.repeat(np.arange(len(eligible)), [len(members[label]) for label in eligible])
    a = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (story, rows)),
        shape=(len(eligible), matrix.shape[0]),
    )
    centroids = (a @ matrix).tocsr()
    norms = np.sqrt(np.asarray(centroids.multiply(centroids).sum(axis=1)).ravel())
    centroids = (sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ centroids).tocsr()
    first = np.array([min(times[r] for r in members[label]) for label in eligible])
    mean = np.asarray(a @ times).ravel() / np.array([len(members[x]) for x in eligible])
    pi, pj, cos = candidate_pairs(centroids, mean, window_hours, threshold)
    taken: set[int] = set()
    out: dict[str, str] = {}
    for k in np.argsort(-cos, kind="stable").tolist():
        i, j = int(pi[k]), int(pj[k])
        if i in taken or j in taken:
            continue  # one merge per story and round: the next round sees the merged centroid
        top = centroids[i].multiply(centroids[j]).max()
        if cos[k] - top < guard * threshold:
            continue
        keep, drop = sorted((i, j), key=lambda x: (first[x], eligible[x]))
        taken.update((i, j))
        out[eligible[drop]] = eligible[keep]
    return out
