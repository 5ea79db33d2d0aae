"""Headline stories: a second pass that merges the fragments of one story.

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

import numpy as np
from newsdesk.stories.vectors import candidate_pairs
from scipy import sparse

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
