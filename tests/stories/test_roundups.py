"""Roundups: a letter that covers several stories (here three) joins none of them, or only the one it is
mostly about; and inside the window the bar never rises above the follow-up bar."""

from __future__ import annotations

from unittest import mock

import newsdesk.stories.matching as roundups
from newsdesk.stories import group_items
from newsdesk.stories.matching import Centroid, ClusterParams, match

from newsdesk.config import StoriesConfig

from .conftest import item  # noqa: TID252

FLOOD_1 = (
    "The river Aldwater burst its banks at Pellham on Monday night, flooding four hundred "
    "homes and the railway station. Pellham council opened two shelters and the army sent "
    "boats to reach families cut off by the water."
)
FLOOD_2 = (
    "Floodwater from the Aldwater filled the streets of Pellham overnight: around four "
    "hundred houses and the station are under water, soldiers are ferrying residents out by "
    "boat and the council has opened shelters in two schools."
)
STRIKE_1 = (
    "Tram drivers in Corvenna walked out on Monday over a pay offer of two percent, leaving "
    "the city's nine tram lines idle. The Corvenna transit union says the strike will last "
    "three days unless the operator raises its offer."
)
STRIKE_2 = (
    "No trams ran in Corvenna on Monday as drivers began a three day strike. Their union "
    "rejected a two percent pay rise and the operator says all nine lines will stay shut "
    "until the walkout ends."
)
MUSEUM_1 = (
    "The Harlow Gallery in Tessingford reopened on Monday after a six year rebuild that cost "
    "ninety million pounds. Its new glass wing holds the Brannigan collection of Dutch "
    "paintings, shown together for the first time since 1962."
)
MUSEUM_2 = (
    "Tessingford's Harlow Gallery is open again. The six year, ninety million pound rebuild "
    "added a glass wing where the Brannigan collection of Dutch paintings now hangs in one "
    "room, reunited for the first time since 1962."
)
ROUNDUP = (
    "Three things today. The Aldwater flooded Pellham, four hundred homes and the station went "
    "under water and soldiers used boats. Corvenna's tram drivers are on a three day strike "
    "over a two percent pay offer, all nine lines shut. And the Harlow Gallery in Tessingford "
    "reopened with the Brannigan Dutch paintings in a new glass wing."
)
MOSTLY_FLOOD = (
    "Most of today is about Pellham. The Aldwater burst its banks and flooded four hundred "
    "homes and the railway station; the army is moving families out by boat and the council "
    "runs two shelters. Residents say the river defences were never finished. Also: "
    "Corvenna's trams are on strike."
)
DAY = "2026-06-01T"


def _items(extra: str) -> list:  # type: ignore[type-arg]
    return [
        item("f1", "https://a.example/2026/06/pellham-floods", "Aldwater floods Pellham, "
             "400 homes under water", FLOOD_1, DAY + "08:00:00Z"),
        item("f2", "https://b.example/2026/06/pellham-flood-boats", "Soldiers ferry Pellham "
             "residents as Aldwater floods", FLOOD_2, DAY + "09:00:00Z"),
        item("s1", "https://c.example/2026/06/corvenna-tram-strike", "Corvenna tram drivers "
             "strike over pay", STRIKE_1, DAY + "08:30:00Z"),
        item("s2", "https://d.example/2026/06/no-trams-corvenna", "Corvenna trams halted by "
             "three day strike", STRIKE_2, DAY + "09:30:00Z"),
        item("m1", "https://e.example/2026/06/harlow-gallery-reopens", "Harlow Gallery "
             "reopens after rebuild", MUSEUM_1, DAY + "07:00:00Z"),
        item("m2", "https://f.example/2026/06/tessingford-gallery-glass-wing", "Tessingford "
             "gallery unveils glass wing", MUSEUM_2, DAY + "10:00:00Z"),
        item("letter", "https://letter.example/2026/06/01/two-things-today", "The evening "
             "letter", extra, DAY + "18:00:00Z"),
    ]  # fmt: skip


def _story_of(stories, item_id):  # type: ignore[no-untyped-def]
    return next(set(s.item_ids) for s in stories if item_id in s.item_ids)


def test_a_roundup_of_three_stories_joins_none() -> None:
    stories = group_items(_items(ROUNDUP), StoriesConfig())
    assert _story_of(stories, "letter") == {"letter"}
    assert _story_of(stories, "f1") == {"f1", "f2"}
    assert _story_of(stories, "s1") == {"s1", "s2"}
    assert _story_of(stories, "m1") == {"m1", "m2"}


def test_without_the_rule_the_roundup_would_join_one_of_them() -> None:
    """The roundup does clear the bar of a story: the rule is what keeps it apart."""
    with mock.patch.object(roundups, "MOSTLY", 0.0):
        stories = group_items(_items(ROUNDUP), StoriesConfig())
    assert _story_of(stories, "letter") != {"letter"}


def test_a_letter_mostly_about_one_story_joins_that_story() -> None:
    stories = group_items(_items(MOSTLY_FLOOD), StoriesConfig())
    assert _story_of(stories, "letter") == {"f1", "f2", "letter"}
    assert _story_of(stories, "s1") == {"s1", "s2"}


def test_share_is_the_mass_the_best_story_holds_of_all_the_matched_mass() -> None:
    best, other = Centroid(), Centroid()
    best.add({1: 0.6, 2: 0.8}, 0.0)
    other.add({3: 1.0}, 0.0)
    vec = {1: 0.5, 2: 0.5, 3: 0.5, 4: 0.5}  # terms 1 and 2 in best, 3 in other, 4 in neither
    assert roundups.share(vec, best, [other]) == 0.5 / 0.75
    assert roundups.share(vec, best, []) == 1.0
    assert roundups.mostly_about(vec, best, [best, other], floor=0.1, guard=0.0)
    assert not roundups.mostly_about(vec, other, [best, other], floor=0.1, guard=0.0)


def test_inside_the_window_the_bar_never_rises_above_the_follow_up_bar() -> None:
    story = Centroid()
    story.add({1: 0.8, 2: 0.6}, 0.0)
    vec = {1: 0.6, 2: 0.6, 3: 0.529}  # cosine 0.84 with the story, 90 hours later
    params = ClusterParams(threshold=0.25, window_hours=96.0, entity_guard=0.5, time_decay=0.95)
    assert match(story, vec, 90.0, params, 1.0) is None  # decayed to 0.05: far below 0.25
    late = ClusterParams(
        threshold=0.25, window_hours=96.0, entity_guard=0.5, time_decay=0.95,
        follow_up_hours=720.0, follow_up_threshold=0.55,
    )  # fmt: skip
    assert match(story, vec, 200.0, late, 1.0) is not None  # a late match at 0.55 joins
    assert match(story, vec, 90.0, late, 1.0) is not None  # so an earlier one does too


def test_a_headline_is_never_held_apart_as_a_roundup() -> None:
    """A headline is one sentence: the rule looks only at rows with text."""
    import newsdesk.stories.cluster as cluster

    seen: list[int] = []

    def spy(vec, *args):  # type: ignore[no-untyped-def]
        seen.append(len(vec))
        return True

    titles = [
        "Aldwater floods Pellham homes and station",
        "Pellham homes and station under Aldwater floodwater",
        "Corvenna tram drivers strike over pay",
        "Corvenna tram strike over pay shuts all lines",
        "Aldwater floods Pellham station as Corvenna tram drivers strike",
    ]
    headlines = [
        item(f"h{n}", f"https://h{n}.example/2026/06/story-{n}-today", t, "", DAY + f"0{n}:00:00Z")
        for n, t in enumerate(titles)
    ]
    with mock.patch.object(cluster, "mostly_about", spy):
        group_items(headlines, StoriesConfig())
        assert seen == []
        group_items(_items(ROUNDUP), StoriesConfig())
        assert seen  # rows with text are checked
