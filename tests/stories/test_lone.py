"""Lone articles of one day (stories/second_pass.py): one event told by outlets of different
leanings in different words joins when the lone article names what the story names; it stays
apart when it shares no name with it, when it runs more than half a day apart, and when the
story is already large."""

from __future__ import annotations

from newsdesk.stories import group_items

from newsdesk.config import StoriesConfig

from .conftest import item  # noqa: TID252

DAM_1 = (
    "Governor Alda Renfrew signed the Kessock Dam repair bill on Wednesday, releasing 40 "
    "million dollars to reinforce the spillway before the spring floods. Renfrew said the "
    "Harlow County reservoir had been a risk for a decade and engineers would start in March."
)
DAM_2 = (
    "The Kessock Dam will get a reinforced spillway after Governor Alda Renfrew approved 40 "
    "million dollars of repairs on Wednesday. Harlow County officials welcomed the money and "
    "said engineers will begin work in March, before the spring floods."
)
DAM_LONE = (
    "Critics of Alda Renfrew called the Kessock Dam spillway deal a giveaway to contractors "
    "and accused the governor of rushing public money out the door without open bidding, "
    "saying taxpayers deserve to know who wins the work."
)
DAM_ONE_NAME = (
    "Critics of the governor called the Kessock Dam spillway deal a giveaway to contractors "
    "and accused her of rushing public money out the door without open bidding, saying "
    "taxpayers deserve to know who wins the work."
)
DAM_NO_NAME = (
    "critics called the dam spillway deal a giveaway to contractors and said the repair "
    "money of 40 million dollars went out the door without open bidding, asking who wins "
    "the work."
)  # the words of the event and none of its names (all in lower case: no name is told)


def _story_of(stories, item_id):  # type: ignore[no-untyped-def]
    return next(set(s.item_ids) for s in stories if item_id in s.item_ids)


def _items(lone: str, when: str = "2026-03-04T15:00:00Z") -> list:  # type: ignore[type-arg]
    return [
        item("a", "https://a.example/2026/03/renfrew-signs-dam-bill", "Renfrew signs Kessock "
             "Dam repair bill", DAM_1, "2026-03-04T10:00:00Z"),
        item("b", "https://b.example/news/kessock-spillway", "Kessock Dam spillway to be "
             "reinforced", DAM_2, "2026-03-04T11:00:00Z"),
        item("c", "https://c.example/opinion/dam-giveaway", "A giveaway dressed up as "
             "safety", lone, when),
    ]  # fmt: skip


def test_a_differently_framed_article_of_the_same_day_joins_by_its_names() -> None:
    stories = group_items(_items(DAM_LONE), StoriesConfig())
    assert _story_of(stories, "a") == {"a", "b", "c"}


def test_one_shared_name_is_enough_for_the_only_small_story_of_the_day() -> None:
    stories = group_items(_items(DAM_ONE_NAME), StoriesConfig())
    assert _story_of(stories, "a") == {"a", "b", "c"}


def test_the_same_article_sharing_no_name_stays_apart() -> None:
    stories = group_items(_items(DAM_NO_NAME), StoriesConfig())
    assert _story_of(stories, "c") == {"c"}
    assert _story_of(stories, "a") == {"a", "b"}


def test_the_same_article_a_day_later_stays_apart() -> None:
    stories = group_items(_items(DAM_LONE, "2026-03-05T15:00:00Z"), StoriesConfig())
    assert _story_of(stories, "c") == {"c"}


DAM_3 = (
    "Repairs to the Kessock Dam spillway are funded after the governor, Alda Renfrew, signed "
    "a 40 million dollar bill on Wednesday; Harlow County engineers will start in March so "
    "the reservoir is safe before the spring floods."
)


def test_a_story_that_has_shown_its_words_takes_no_lone_article() -> None:
    """Three articles already agree on the event's words: an article they did not reach is
    left alone (it may be another event of the same people)."""
    third = item("d", "https://d.example/politics/dam-bill-signed", "Kessock Dam repairs "
                 "funded", DAM_3, "2026-03-04T12:00:00Z")  # fmt: skip
    stories = group_items([*_items(DAM_LONE), third], StoriesConfig())
    assert _story_of(stories, "a") == {"a", "b", "d"}
    assert _story_of(stories, "c") == {"c"}
