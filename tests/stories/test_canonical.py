from __future__ import annotations

import pytest
from newsdesk.stories import group_items
from newsdesk.stories.canonical import canonical_url, domain_in, outlet_of

from newsdesk.config import StoriesConfig

from .conftest import item  # noqa: TID252 - sibling helpers


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        (
            "https://www.example.com/a/story?utm_source=rss&utm_campaign=x",
            "https://example.com/a/story",
        ),
        ("https://example.com/a/story?fbclid=abc&gclid=def", "https://example.com/a/story"),
        ("http://example.com/a/story/", "https://example.com/a/story"),
        ("https://example.com/a/story#comments", "https://example.com/a/story"),
        ("https://amp.example.com/a/story/amp", "https://example.com/a/story"),
        ("https://example.com/a/story/amp/", "https://example.com/a/story"),
        ("https://m.example.com/a/story?amp=1", "https://example.com/a/story"),
        ("https://EXAMPLE.com/a/story.amp.html", "https://example.com/a/story.html"),
        ("https://example.com/item?id=7&utm_medium=x", "https://example.com/item?id=7"),
    ],
)
def test_tracking_amp_and_mobile_variants_share_one_canonical_url(
    variant: str, expected: str
) -> None:
    assert canonical_url(variant) == expected
    assert canonical_url(canonical_url(variant)) == canonical_url(variant)


def test_meaningful_query_parameters_are_kept() -> None:
    assert canonical_url("https://example.com/item?id=7") != canonical_url(
        "https://example.com/item?id=8"
    )
    assert canonical_url("https://www.example.com/item?utm_source=x&id=7") == (
        "https://example.com/item?id=7"
    )


def test_outlets_are_registered_domains() -> None:
    assert outlet_of("https://www.ft.com/content/x") == "ft.com"
    assert outlet_of("https://news.bbc.co.uk/x") == "bbc.co.uk"
    assert domain_in("https://news.ycombinator.com/item?id=1", ["news.ycombinator.com"])
    assert domain_in("https://old.reddit.com/r/x", ["reddit.com"])
    assert not domain_in("https://notreddit.com/r/x", ["reddit.com"])


def test_same_canonical_url_from_two_feeds_is_one_article_even_with_an_edited_headline() -> None:
    first = item("feed-a", "https://example.com/news/leaderboards?utm_source=a",
                 "Staff game AI leaderboards", "Staff game AI leaderboards at work.")  # fmt: skip
    updated = item("feed-b", "https://www.example.com/news/leaderboards/",
                   "Staff game AI leaderboards (updated)", "Staff game AI leaderboards, with"
                   " a statement from the company added.", "2026-03-02T12:00:00Z")  # fmt: skip
    (story,) = group_items([first, updated], StoriesConfig())
    assert story.duplicates == {"feed-b": "feed-a"}
    assert len([s for s in story.sources if s.item_id]) == 1
    assert story.sources[0].also_at == ("https://www.example.com/news/leaderboards/",)
