"""A story that only mentions the topic in passing is not published as the topic's coverage;
a page that names it in its title, its lede or twice is about it (newsdesk/topic_match.py)."""

from __future__ import annotations

import dataclasses

import pytest
from newsdesk.stories import update_stories
from testkit import config_data

from newsdesk.config import Config, TopicConfig, parse_config
from newsdesk.errors import ConfigError
from newsdesk.store import Store
from newsdesk.story_store import load_stories
from newsdesk.topic_match import TopicMatcher

from .conftest import article, item  # noqa: TID252

TOPIC = TopicConfig(slug="tm", name="Tokenmaxxing", keywords=["tokenmaxxing", "token maxxing"])
FILLER = (
    "The company said the new site would house teams working on its build and review "
    "products, and that most of the roles would be for software engineers. "
) * 4
BOARD_FILLER = (
    "Managers had consulted the ranking in performance reviews, and one engineer said a model "
    "was asked to rewrite the same unit test thousands of times in a single evening. "
) * 4
ASIDE = "The news comes weeks after the tokenmaxxing controversy at the firm. "
OFFICE = (
    "Corvid Labs will open an engineering office in Porto next month and hire 150 people there "
    "over two years, the developer-tools company said on Tuesday. " + FILLER + ASIDE
)
LEADERBOARD = (
    "Engineers at Corvid Labs ran AI agents overnight to climb an internal usage leaderboard, "
    "a practice known as tokenmaxxing, and the company has now switched the leaderboard off. "
    + BOARD_FILLER
)
FOLLOW_UP = (
    "Corvid Labs engineers described how the AI usage leaderboard pushed them to run agents "
    "overnight, and said the company switched the leaderboard off after complaints. "
    + BOARD_FILLER
    + ASIDE
)


def _about(text: str, title: str = "Corvid Labs opens an office", mentions: int = 2) -> bool:
    matcher = TopicMatcher([dataclasses.replace(TOPIC, mentions=mentions)])
    return matcher.about((title,), text) == ("tm",)


def test_a_page_is_about_the_topic_by_its_title_its_lede_or_two_mentions() -> None:
    assert _about(OFFICE, title="Tokenmaxxing: Corvid Labs opens an office")
    assert _about(LEADERBOARD)  # in the lede
    assert _about(OFFICE + ASIDE)  # twice, both late
    assert not _about(OFFICE)  # once, after the lede: an aside
    assert _about(OFFICE, mentions=1)  # the rule before: any mention


def test_one_place_found_by_two_keywords_is_one_mention() -> None:
    late = FILLER + "It was called token maxxing by some. "
    assert not _about(late)  # "tokenmaxxing" and "token maxxing" both match it: still one
    assert _about(late + "Token-maxxing spread. ")


def _fill(store: Store, items) -> None:  # type: ignore[no-untyped-def]
    for it in items:
        store.save_article(article(it), content_hash=str(hash(it.text)))


OFFICE_ITEM = item("office", "https://a.example/2026/03/corvid-porto", "Corvid Labs opens Porto "
                   "office and plans 150 hires", OFFICE, "2026-03-24T10:00:00Z")  # fmt: skip
BOARD_ITEM = item("board", "https://b.example/2026/03/corvid-board", "Corvid Labs switches off "
                  "its AI leaderboard", LEADERBOARD, "2026-03-02T08:00:00Z")  # fmt: skip
FOLLOW_ITEM = item("follow", "https://c.example/2026/03/corvid-leaderboard", "Corvid Labs "
                   "switches off its AI usage leaderboard", FOLLOW_UP, "2026-03-02T12:00:00Z")  # fmt: skip


def test_a_story_that_mentions_the_topic_only_in_passing_is_left_out(config: Config) -> None:
    with Store(config.path(config.crawl.database)) as store:
        _fill(store, [OFFICE_ITEM, BOARD_ITEM, FOLLOW_ITEM])
        summary = update_stories(config, store)
        stories = {frozenset(s.item_ids) for s in load_stories(store)}
    # the follow-up names the topic once, late, but its story is about it: kept with it
    assert stories == {frozenset({"board", "follow"})}
    assert summary.passing == 1 and summary.stories == 1
    assert "left out (topic only in passing): 1" in summary.line()


def test_mentions_1_keeps_it_and_a_stricter_run_removes_the_saved_story(config: Config) -> None:
    topics = [dataclasses.replace(t, mentions=1) for t in config.topics]
    lenient = dataclasses.replace(config, topics=topics)
    with Store(config.path(config.crawl.database)) as store:
        _fill(store, [OFFICE_ITEM, BOARD_ITEM, FOLLOW_ITEM])
        assert update_stories(lenient, store).stories == 2
        assert "left out" not in update_stories(lenient, store).line()
        update_stories(config, store)
        assert [set(s.item_ids) for s in load_stories(store)] == [{"board", "follow"}]


def test_a_story_that_names_no_keyword_was_kept_for_another_reason(config: Config) -> None:
    quiet = dataclasses.replace(OFFICE_ITEM, text=OFFICE.replace(ASIDE, ""))
    with Store(config.path(config.crawl.database)) as store:
        _fill(store, [quiet])
        assert update_stories(config, store).stories == 1  # a feed blurb or an HN title did


def test_mentions_below_1_is_a_config_error() -> None:
    data = config_data(topics=[{"slug": "t", "name": "T", "keywords": ["x"], "mentions": 0}])
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="bad.toml")
    assert "topics[0].mentions: must be at least 1" in info.value.problems
