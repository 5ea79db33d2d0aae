"""Roundups and newsletters: an article that matches several stories joins at most one.

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

from collections.abc import Iterable

from newsdesk.stories.centroid import Centroid

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
