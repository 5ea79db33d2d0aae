"""Roles, tiers, citation chains and counts of a story's source list."""

from __future__ import annotations

import dataclasses

from newsdesk.stories import group_items

from newsdesk.config import OutletsConfig, StoriesConfig
from newsdesk.models import ROLE_RANK, count_sources

from .conftest import LEADERBOARD, item  # noqa: TID252

OUTLETS = OutletsConfig(trusted=["arstechnica.com", "ft.com"])


def leaderboard_story(items, outlets=OUTLETS):  # type: ignore[no-untyped-def]
    stories = group_items(items, StoriesConfig(), outlets=outlets)
    return next(s for s in stories if "ars" in s.item_ids)


def test_paywalled_original_cited_by_the_others_is_the_original_and_not_read(week) -> None:  # type: ignore[no-untyped-def]
    story = leaderboard_story(week)
    original = [s for s in story.sources if s.role == "original"]
    assert len(original) == 1
    ft = original[0]
    assert ft.outlet == "ft.com"
    assert ft.read is False and ft.item_id is None
    assert ft.url == "https://www.ft.com/content/0a1b2c3d"
    assert ft.tier == "trusted"
    # the FT is reached through the chain blog -> ars -> ft and cited directly by ars
    assert ft.cited_by == ("https://arstechnica.com/ai/2026/03/token-leaderboards/",)
    ars = next(s for s in story.sources if s.item_id == "ars")
    assert ars.role == "coverage"
    assert ars.cited_by == ("https://aiweekly.example/2026/03/token-leaderboard-gaming",)
    assert story.sources[0] is ft or story.sources[0] == ft, "the original is source 1"


def test_the_echo_is_not_the_original_even_when_published_first() -> None:
    """An aggregator posts first but credits the reporter: the reporter is the original."""
    items = [
        item(
            "echo",
            "https://aggregator.example/1",
            "Leaderboards gamed",
            LEADERBOARD + " As first reported by The Information.",
            "2026-03-02T06:00:00Z",
        ),  # fmt: skip
        item(
            "info",
            "https://www.theinformation.com/articles/leaderboards",
            "Leaderboards gamed",
            LEADERBOARD.replace("Engineers", "Developers"),
            "2026-03-02T07:00:00Z",
        ),  # fmt: skip
    ]
    story = group_items(items, StoriesConfig(near_duplicate_threshold=0.95))[0]
    roles = {s.item_id: s.role for s in story.sources}
    assert roles == {"info": "original", "echo": "coverage"}


def test_without_citations_the_earliest_readable_article_is_the_original() -> None:
    items = [
        item(
            "late", "https://b.example/x", "Leaderboards gamed", LEADERBOARD, "2026-03-02T09:00:00Z"
        ),
        item(
            "blurb",
            "https://a.example/x",
            "Leaderboards gamed",
            "Engineers leave AI agents running overnight to climb a token leaderboard.",
            "2026-03-02T07:00:00Z",
            read=False,
        ),  # fmt: skip
        item(
            "early",
            "https://c.example/x",
            "Leaderboards gamed at work",
            LEADERBOARD.replace("Engineers", "Staff"),
            "2026-03-02T08:00:00Z",
        ),  # fmt: skip
    ]
    story = group_items(items, StoriesConfig(near_duplicate_threshold=0.99))[0]
    assert [s.item_id for s in story.sources if s.role == "original"] == ["early"]
    assert story.lead_item_id == "early"


def test_blocked_outlets_are_excluded_and_counted(week) -> None:  # type: ignore[no-untyped-def]
    outlets = dataclasses.replace(OUTLETS, blocked=["aiweekly.example"])
    story = leaderboard_story(week, outlets)
    assert all(s.outlet != "aiweekly.example" for s in story.sources)
    assert story.excluded == 1
    assert count_sources(story.sources, story.excluded).excluded == 1


def test_primary_documents_and_discussions_get_their_roles() -> None:
    items = [
        item(
            "news",
            "https://www.theverge.com/2026/3/2/leaderboards",
            "Leaderboards gamed",
            LEADERBOARD,
            links=(
                "https://github.com/acme/tokenwatch",
                "https://acme.example/press/2026/statement",
                "https://en.wikipedia.org/wiki/Goodhart%27s_law",
                "https://www.theverge.com/other-story",
            ),
        ),  # fmt: skip
        item(
            "thread",
            "https://www.reddit.com/r/programming/comments/abc/leaderboards/",
            "Leaderboards gamed (discussion)",
            LEADERBOARD.replace("Engineers", "People"),
            "2026-03-02T11:00:00Z",
        ),  # fmt: skip
    ]
    story = group_items(items, StoriesConfig(near_duplicate_threshold=0.99))[0]
    roles = {s.url: s.role for s in story.sources}
    assert roles["https://github.com/acme/tokenwatch"] == "primary"
    assert roles["https://acme.example/press/2026/statement"] == "primary"
    assert roles["https://www.reddit.com/r/programming/comments/abc/leaderboards/"] == "discussion"
    assert roles["https://www.theverge.com/2026/3/2/leaderboards"] == "original"
    assert "https://en.wikipedia.org/wiki/Goodhart%27s_law" not in roles
    assert "https://www.theverge.com/other-story" not in roles, "self-links are not sources"
    github = next(s for s in story.sources if s.outlet == "github.com")
    assert github.read is False and github.cited_by == (
        "https://www.theverge.com/2026/3/2/leaderboards",
    )


def test_counts_come_from_the_rendered_list(week) -> None:  # type: ignore[no-untyped-def]
    story = leaderboard_story(week)
    counts = count_sources(story.sources, story.excluded)
    assert counts.total == len(story.sources)
    assert counts.original + counts.coverage + counts.discussion + counts.primary == counts.total
    assert counts.trusted == sum(s.tier == "trusted" for s in story.sources)
    assert counts.not_read == sum(not s.read for s in story.sources)
    order = [s.role for s in story.sources]
    assert order == sorted(order, key=ROLE_RANK.__getitem__)


def test_duplicates_are_listed_as_also_published_at_not_as_sources(week) -> None:  # type: ignore[no-untyped-def]
    story = leaderboard_story(week)
    assert story.duplicates == {"syndicated": "blog", "blog-amp": "blog"}
    blog = next(s for s in story.sources if s.item_id == "blog")
    assert set(blog.also_at) == {
        "https://portalnews.example/story/token-leaderboard-gaming-1234",
        "https://amp.aiweekly.example/2026/03/token-leaderboard-gaming/amp",
    }
    assert not any(s.item_id in ("syndicated", "blog-amp") for s in story.sources)


def test_a_blocked_outlet_never_leads_its_story(week) -> None:  # type: ignore[no-untyped-def]
    outlets = dataclasses.replace(OUTLETS, blocked=["arstechnica.com"])
    story = leaderboard_story(week, outlets)
    assert story.lead_item_id == "blog"
    assert story.excluded == 1
    assert "ars" in story.item_ids, "still a member of the story, just not a source"
    assert all(s.outlet != "ft.com" for s in story.sources), "only the blocked source cited it"
