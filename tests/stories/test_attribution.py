"""Roles, tiers, citation chains and counts of a story's source list."""

from __future__ import annotations

import dataclasses

from newsdesk.stories import group_items

from newsdesk.config import OutletsConfig, StoriesConfig
from newsdesk.models import ROLE_RANK, count_sources

from .conftest import ARS, LEADERBOARD, item  # noqa: TID252

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


ARS_403 = "https://arstechnica.com/ai/2026/03/token-leaderboards/"


def relay_week() -> list:  # type: ignore[type-arg]
    """An aggregator and a newsletter relay Ars (never fetched), which relays the paywalled FT."""
    return [
        item(
            "agg",
            "https://pixelpost.example/2026/03/02/token-leaderboards-gamed",
            "Token leaderboards gamed",
            LEADERBOARD + " Pixelpost quotes a report from Ars Technica: “Staff are gaming the "
            "board, according to the Financial Times, and managers read the ranking.”",
            "2026-03-02T12:00:00Z",
            links=(ARS_403,),
        ),
        item(
            "letter",
            "https://weeklybits.example/2026/03/02/leaderboard-gaming-spreads",
            "Leaderboard gaming spreads",
            LEADERBOARD.replace("Engineers", "Developers") + " The figures come via Ars Technica.",
            "2026-03-02T15:00:00Z",
            links=(ARS_403,),
        ),
    ]


def test_a_relayed_citation_credits_the_source_the_relays_lead_to() -> None:
    stories = group_items(
        relay_week(), StoriesConfig(near_duplicate_threshold=0.99), outlets=OUTLETS
    )
    assert len(stories) == 1
    sources = {s.outlet: s for s in stories[0].sources}
    ft, ars = sources["ft.com"], sources["arstechnica.com"]
    assert ft.role == "original" and not ft.read and ft.item_id is None
    assert ft.cited_by == (ARS_403,), "the FT is known through Ars, which we could not read"
    assert ars.role == "coverage" and not ars.read and ars.url == ARS_403
    assert set(ars.cited_by) == {
        "https://pixelpost.example/2026/03/02/token-leaderboards-gamed",
        "https://weeklybits.example/2026/03/02/leaderboard-gaming-spreads",
    }
    assert stories[0].sources[0] == ft


def test_a_relay_we_read_speaks_for_itself() -> None:
    """When Ars was fetched and cites nobody, an aggregator's claim adds no chain to it."""
    ars = item("ars", ARS_403, "Token leaderboards gamed", ARS.replace("According to the "
               "Financial Times, staff", "Staff"), "2026-03-02T10:00:00Z")  # fmt: skip
    stories = group_items(
        [ars, *relay_week()], StoriesConfig(near_duplicate_threshold=0.99), outlets=OUTLETS
    )
    story = next(s for s in stories if "ars" in s.item_ids)
    roles = {s.outlet: s.role for s in story.sources}
    assert roles["arstechnica.com"] == "original"
    ft = [s for s in story.sources if s.outlet == "ft.com"]
    assert all(s.role == "coverage" for s in ft)


def test_front_pages_sections_and_hn_listings_are_never_sources() -> None:
    listings = (
        "https://news.ycombinator.com/",
        "https://news.ycombinator.com/newest",
        "https://www.ft.com/",
        "https://www.reuters.com/technology/",
        "https://www.theverge.com/tag/ai",
    )
    items = [
        item("a", "https://pixelpost.example/2026/03/02/token-leaderboards-gamed",
             "Token leaderboards gamed", LEADERBOARD, links=listings),
        item("b", "https://weeklybits.example/2026/03/02/leaderboard-gaming-spreads",
             "Leaderboard gaming spreads", LEADERBOARD.replace("Engineers", "Developers"),
             "2026-03-02T09:00:00Z", links=(*listings, "https://www.ft.com/content/0a1b2c3d")),
    ]  # fmt: skip
    story = group_items(items, StoriesConfig(near_duplicate_threshold=0.99), outlets=OUTLETS)[0]
    urls = {s.url for s in story.sources}
    assert not urls & set(listings)
    assert "https://www.ft.com/content/0a1b2c3d" in urls, "the specific FT article still counts"
    assert all(s.role != "coverage" or s.item_id or "/content/" in s.url for s in story.sources)


def test_an_article_at_a_front_page_or_section_url_is_in_the_story_but_not_a_source() -> None:
    items = [
        item("home", "https://pixelpost.example/", "Token leaderboards gamed", LEADERBOARD),
        item("section", "https://weeklybits.example/technology/", "Leaderboard gaming spreads",
             LEADERBOARD.replace("Engineers", "Developers"), "2026-03-02T09:00:00Z"),
        item("hn_front", "https://news.ycombinator.com/news", "Token leaderboards gamed",
             LEADERBOARD.replace("Engineers", "People"), "2026-03-02T09:30:00Z"),
        item("story", "https://aiweekly.example/2026/03/token-leaderboard-gaming",
             "Token leaderboard gaming", LEADERBOARD.replace("Engineers", "Staff"),
             "2026-03-02T10:00:00Z"),
    ]  # fmt: skip
    story = group_items(items, StoriesConfig(near_duplicate_threshold=0.99), outlets=OUTLETS)[0]
    assert set(story.item_ids) == {"home", "section", "hn_front", "story"}
    assert [(s.item_id, s.role) for s in story.sources] == [("story", "original")]
    assert story.lead_item_id == "story"
