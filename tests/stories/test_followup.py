"""Late coverage: a story stays open for weeks to a strong match, never to a weak one."""

from __future__ import annotations

import numpy as np
from newsdesk.stories import group_items
from newsdesk.stories.openindex import OpenStories, top_terms
from scipy import sparse

from newsdesk.config import StoriesConfig

from .conftest import item  # noqa: TID252

FIRST = (
    "Harbor Robotics recalled 40,000 of its Kestrel warehouse robots after a battery fault "
    "started fires at two distribution centres in Ohio. The company said the Kestrel units "
    "would be collected and their battery packs replaced free of charge within six weeks."
)
SECOND = (
    "A battery defect in the Kestrel, the warehouse robot sold by Harbor Robotics, caused "
    "fires at two Ohio distribution centres, and the company is now recalling 40,000 units to "
    "replace the packs. Customers were told the swap would take about six weeks."
)
FOLLOW_UP = (
    "Three weeks after Harbor Robotics recalled 40,000 Kestrel warehouse robots over battery "
    "fires in Ohio, regulators opened an inquiry into the battery packs. The Kestrel recall "
    "has so far replaced half of the faulty packs at the distribution centres, the company "
    "said; the remaining robots will get new batteries within six weeks."
)
WEAK = (
    "Harbor Robotics named a new chief financial officer on Monday. The company, which makes "
    "warehouse robots, said the hire would help it prepare for a listing next year, and its "
    "shares in private markets rose on the news."
)


def _story_of(stories, item_id):  # type: ignore[no-untyped-def]
    return next(set(s.item_ids) for s in stories if item_id in s.item_ids)


def _items(late_day: int) -> list:  # type: ignore[type-arg]
    late = f"2026-03-{1 + late_day:02d}T09:00:00Z" if late_day < 31 else "2026-04-10T09:00:00Z"
    return [
        item("first", "https://a.example/2026/03/kestrel-recall", "Harbor Robotics recalls "
             "40,000 Kestrel robots over battery fires", FIRST, "2026-03-01T08:00:00Z"),
        item("second", "https://b.example/news/harbor-kestrel-fires", "Kestrel robot fires "
             "prompt Harbor Robotics recall", SECOND, "2026-03-01T15:00:00Z"),
        item("follow-up", "https://c.example/2026/03/kestrel-inquiry", "Regulators look into "
             "Kestrel robot battery recall", FOLLOW_UP, late),
        item("weak", "https://d.example/2026/03/harbor-cfo", "Harbor Robotics hires a finance "
             "chief", WEAK, late),
    ]  # fmt: skip


def test_a_strong_follow_up_joins_three_weeks_later_and_a_weak_one_does_not() -> None:
    stories = group_items(_items(20), StoriesConfig())
    assert _story_of(stories, "first") == {"first", "second", "follow-up"}
    assert _story_of(stories, "weak") == {"weak"}


def test_without_follow_up_days_the_late_article_starts_a_story_of_its_own() -> None:
    stories = group_items(_items(20), StoriesConfig(follow_up_days=0))
    assert _story_of(stories, "follow-up") == {"follow-up"}


def test_a_story_closes_after_follow_up_days() -> None:
    stories = group_items(_items(40), StoriesConfig(follow_up_days=30))
    assert _story_of(stories, "follow-up") == {"follow-up"}


def test_the_open_story_index_returns_only_open_stories_sharing_heavy_terms() -> None:
    index = OpenStories(horizon_hours=100.0, prune_every=2)
    index.add("old", [1, 2, 3], hours=0.0)
    index.add("new", [1, 2, 4], hours=90.0)
    index.add("other", [5, 6], hours=90.0)
    assert index.candidates([1, 2], hours=95.0) == ["new", "old"]
    assert index.candidates([1, 2], hours=150.0) == ["new"]  # "old" closed at 100
    assert index.candidates([1, 7], hours=95.0) == []  # one shared term is not enough
    assert index.unique(5) and not index.unique(1)
    index.prune(150.0)
    assert "old" not in index.last and all("old" not in p for p in index.postings.values())
    matrix = sparse.csr_matrix(np.array([[0.1, 0.9, 0.5], [0.0, 0.0, 0.0], [0.3, 0.3, 0.0]]))
    assert top_terms(matrix, 2) == [[1, 2], [], [0, 1]]
