"""Co-citation: articles linking the same specific URL belong together; home pages do not count."""

from __future__ import annotations

import pytest
from newsdesk.stories import group_items
from newsdesk.stories.grouping import cocitations, is_specific, weights

from newsdesk.config import StoriesConfig

from .conftest import item  # noqa: TID252

FT = "https://www.ft.com/content/5e2c-4a1b-9f3d"
ONE = (
    "Staff at a payments company found that its fraud model had been switched off for a "
    "weekend, according to the Financial Times. The company said no customer lost money and "
    "that a configuration change was to blame."
)
TWO = (
    "A weekend outage left card transactions at the lender unchecked. Engineers rolled back a "
    "settings update on Monday; executives insist that nobody's account was affected, the "
    "paper says."
)


@pytest.mark.parametrize(
    ("url", "specific"),
    [
        (FT, True),
        ("https://news.ycombinator.com/item?id=4011", True),
        ("https://example.com/2026/03/04/some-story", True),
        ("https://openai.example/blog/introducing-things", True),
        ("https://example.com/a-long-article-slug", True),
        ("https://www.ft.com/", False),
        ("https://news.ycombinator.com/", False),
        ("https://example.com/technology", False),
        ("https://example.com/tag/ai", False),
        ("https://example.com/author/jane-doe", False),
        ("https://en.wikipedia.org/wiki/Payment_card", False),
        ("https://example.com/pricing", True),  # undecided: allowed, weighed by its spread
        # article URLs that the stage's old co-citation rule read as listings (real shapes)
        ("https://paper.example/article/20260310/NEWS/140319964/1994/NEWS", True),
        ("https://wire.example/people/article/0,,20795712,00.html", True),
    ],
)
def test_only_a_url_naming_one_item_is_specific(url: str, specific: bool) -> None:
    assert is_specific(url) is specific


def test_the_weight_falls_as_more_articles_link_the_url() -> None:
    few = [{FT}, {FT}, set()]
    many = [{FT} for _ in range(40)]
    assert weights(few) == {FT: 1.0}
    assert weights(many)[FT] == pytest.approx(0.25)
    assert weights([{FT}]) == {}  # linked once: nothing shared
    assert weights([{"https://www.ft.com/"}] * 3) == {}
    assert cocitations([{FT}, {FT, "https://www.ft.com/"}, {"https://www.ft.com/"}]) == {
        0: [(1, 1.0)],
        1: [(0, 1.0)],
    }


def _pair(link: str) -> list:  # type: ignore[type-arg]
    return [
        item("one", "https://a.example/2026/03/fraud-model-off", "Payments firm's fraud "
             "checks were off for a weekend, FT says", ONE, "2026-03-03T08:00:00Z", links=(link,)),
        item("two", "https://b.example/2026/03/lender-outage", "Lender admits weekend of "
             "unchecked card payments", TWO, "2026-03-03T12:00:00Z", links=(link,)),
    ]  # fmt: skip


def test_two_articles_citing_the_same_paywalled_piece_are_one_story() -> None:
    stories = group_items(_pair(FT), StoriesConfig())
    assert [sorted(s.item_ids) for s in stories] == [["one", "two"]]


def test_cocitation_and_sources_use_one_rule_for_a_specific_url() -> None:
    """A dated article URL ending in a section word ("/NEWS") is an article for both."""
    from newsdesk.stories import specificity

    url = "https://paper.example/article/20260310/NEWS/140319964/1994/NEWS"
    assert is_specific is specificity.is_specific
    stories = group_items(_pair(url), StoriesConfig())
    assert [sorted(s.item_ids) for s in stories] == [["one", "two"]]


def test_a_shared_home_page_link_is_no_evidence() -> None:
    stories = group_items(_pair("https://www.ft.com/"), StoriesConfig())
    assert sorted(sorted(s.item_ids) for s in stories) == [["one"], ["two"]]
