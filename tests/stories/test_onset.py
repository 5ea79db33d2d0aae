"""Time decay from a story's first article: a running saga's next development does not chain on,
while a reaction anchored in the story's own names still joins (stories/matching.py)."""

from __future__ import annotations

import math

import pytest
from newsdesk.stories.matching import Centroid, ClusterParams, match

PARAMS = ClusterParams(
    threshold=0.24,
    window_hours=96.0,
    entity_guard=0.5,
    time_decay=0.9,
    follow_up_hours=30 * 24.0,
    follow_up_threshold=0.55,
)


def _story(first: float, last: float, core: frozenset[str] = frozenset()) -> Centroid:
    """A two-article story on terms 0-3 (one article at ``first``, one at ``last``)."""
    story = Centroid()
    half = 1 / math.sqrt(4)
    story.add({0: half, 1: half, 2: half, 3: half}, first)
    story.add({0: half, 1: half, 2: half, 3: half}, last)
    story.core = core
    return story


def _row(shared: int, own: int) -> dict[int, float]:
    """A unit vector with ``shared`` of the story's four terms and ``own`` terms of its own:
    its cosine with the story is shared / sqrt(4 * (shared + own))."""
    terms = [*range(shared), *range(100, 100 + own)]
    return {t: 1 / math.sqrt(len(terms)) for t in terms}


ROW = _row(2, 3)  # cosine 2 / sqrt(20) = 0.447: a fair match, not a strong one


def test_a_fair_match_joins_near_the_story_onset() -> None:
    found = match(_story(0.0, 10.0), ROW, 12.0, PARAMS, 1.0)
    assert found is not None and not found[2]


def test_the_decay_counts_from_the_first_article_not_the_latest() -> None:
    # the story began 60 h ago and its latest article is 2 h old: the same fair match is now
    # held to nearly the follow-up bar, so a saga's next-day development does not chain on
    assert match(_story(0.0, 58.0), ROW, 60.0, PARAMS, 1.0) is None
    # a strong match (cosine 0.71) still joins
    assert match(_story(0.0, 58.0), _row(2, 0), 60.0, PARAMS, 1.0) is not None


def test_the_decay_never_raises_the_bar_above_the_follow_up_bar() -> None:
    strong = _row(3, 1)  # cosine 0.75, over the follow-up bar
    assert match(_story(0.0, 90.0), strong, 95.0, PARAMS, 1.0) is not None


@pytest.mark.parametrize("names, joins", [({"Kestrel", "Reno"}, True), ({"Denver"}, False)])
def test_a_reaction_anchored_in_the_story_names_joins_at_the_undecayed_bar(
    names: set[str], joins: bool
) -> None:
    story = _story(0.0, 58.0, core=frozenset({"Kestrel", "Reno"}))

    def anchored(core: frozenset[str]) -> bool:
        return len(frozenset(names) & core) >= 2

    found = match(story, ROW, 60.0, PARAMS, 1.0, anchored=anchored)
    assert (found is not None) is joins
    if found is not None:
        assert found[2]  # joined by the anchor, at the undecayed cosine
        assert found[0] == pytest.approx(2 / math.sqrt(20))
