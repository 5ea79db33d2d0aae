"""URL specificity: only a URL naming one article or item may become a source."""

from __future__ import annotations

import pytest
from newsdesk.stories.specificity import SPECIFIC, is_specific, url_specificity

ARTICLES = [
    "https://www.ft.com/content/0a1b2c3d-4e5f-6789-abcd-ef0123456789",
    "https://arstechnica.com/ai/2026/03/token-leaderboards/",
    "https://www.theverge.com/2026/3/5/amazon-kindle-scribe-colour",
    "https://www.reuters.com/business/amazon-cuts-14000-jobs/",
    "https://www.circuitreport.example/news/2026/03/brightforge-tokenrank-tokenmaxxing.html",
    "https://www.bbc.co.uk/news/technology-68123456",
    "https://techcrunch.com/2026/03/02/shopify-token-quotas/",
    "https://news.ycombinator.com/item?id=43210987",
    "https://example.com/story.php?id=8812",
    "https://www.ledgerdaily.example/2026/03/02/brightforge-engineers-token-leaderboard.html",
    "https://engineering.brightforge.example/blog/2026/03/announcing-changes-to-tokenrank.html",
    "https://substack-writer.example/p/why-token-leaderboards-always-backfire",
    "https://www.nytimes.com/2026/03/04/technology/meta-llama-licence.html",
    # shapes of real article URLs (the UCI sample) that were once read as listings
    "https://trade.example/story/carrier-raises-unlimited-prices/2026-03-10",
    "https://trade.example/story/carrier-raises-unlimited-prices/2026-03-10?utm_source=rss",
    "https://gossip.example/first-photo-of-the-new-costume-revealed/03/2026/",
    "https://phonefaq.example/archives/973361",
    "https://weekly.example/slog/archives/2026/03/10/be-bossy",
    "https://mag.example/news/archive/2026-03/11/titanfall-resolution",
    "https://celebs.example/people/article/0,,20795712,00.html",
    "https://tribune.example/section/1/article/68460/",
    "https://daily.example/videos/life/people/2026/03/10/6256627/",
    "https://tv.example/video/default.aspx?bctid=3323419253001",
    "https://celebs.example/blog.aspx?blogentryid=1181547&amp;showcomments=true",
    "https://forex.example/news.php?s=d016405ecf9cf478&amp;do=news&amp;id=474634",
    "https://biz.example/news.php?NID=21792&amp;Title=Bank+to+Restructure",
    "https://wire.example/index.php?param=news/Star_Marries_In_Beach_Wedding-414855/ENT/15",
    "https://local.example/index.php?/v2_5/comments/47738/",
    "https://defence.example/index.php?option=com_content&amp;task=view&amp;id=33938",
]
FRONT_PAGES = [
    "https://www.ft.com/",
    "https://arstechnica.com",
    "https://www.theverge.com/index.html",
    "https://news.ycombinator.com/",
    "https://news.ycombinator.com/news?p=2",
    "https://news.ycombinator.com/newest",
    "https://news.ycombinator.com/from?site=ft.com",
    "https://news.ycombinator.com/user?id=pg",
    "https://example.com/?sid=12345678",  # a visitor's id, not an item's
]
SECTIONS = [
    "https://www.reuters.com/technology/",
    "https://www.theguardian.com/uk/business",
    "https://techcrunch.com/category/artificial-intelligence/",
    "https://www.theverge.com/tag/openai",
    "https://arstechnica.com/author/jane-doe/",
    "https://www.wired.com/topics/ai/page/2",
    "https://example.com/2026/03/",
    "https://example.com/search?q=tokenmaxxing",
    "https://www.cnbc.com/tech-news/",
    "https://example.com/feed/rss",
    "https://example.com/2026/03/02",
    "https://newsmag.example/tag/airline-flight-370-search/",
    "https://en.wikipedia.org/wiki/Payment_card",
]


@pytest.mark.parametrize("url", ARTICLES)
def test_article_and_item_urls_are_specific(url: str) -> None:
    assert is_specific(url), url_specificity(url)
    assert url_specificity(url) > SPECIFIC


@pytest.mark.parametrize("url", FRONT_PAGES)
def test_front_pages_and_non_item_hn_pages_score_zero(url: str) -> None:
    assert url_specificity(url) == 0.0
    assert not is_specific(url)


@pytest.mark.parametrize("url", SECTIONS)
def test_sections_tags_authors_archives_and_searches_are_not_specific(url: str) -> None:
    assert 0.0 < url_specificity(url) < SPECIFIC


def test_a_short_path_without_article_evidence_is_undecided_and_allowed() -> None:
    assert url_specificity("https://acme.example/products/widget") == SPECIFIC
    assert is_specific("https://github.com/acme/tokenwatch")


def test_articles_outrank_undecided_pages_which_outrank_sections() -> None:
    article = url_specificity("https://arstechnica.com/ai/2026/03/token-leaderboards/")
    undecided = url_specificity("https://acme.example/products/widget")
    section = url_specificity("https://www.reuters.com/technology/")
    assert article > undecided > section > 0.0
