"""The crawl's phases are composed objects: each runs on its own, given a CrawlContext."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
from newsdesk.crawler.article_phase import ArticlePhase
from newsdesk.crawler.context import Counts, CrawlContext, LogProgress
from newsdesk.crawler.feed_phase import FeedPhase
from newsdesk.crawler.fetch import Fetcher
from newsdesk.crawler.guard import Robots, SchemeCheck
from newsdesk.crawler.hn_phase import Discussions, HackerNewsPhase
from newsdesk.crawler.intake import TopicMatcher

from newsdesk.config import Config, load_config
from newsdesk.models import Entry
from newsdesk.store import Store

TOML = """
[site]
title = "T"
base_url = "https://example.github.io/t/"

[crawl]
database = "data/test.db"
lookback_days = 0

[hackernews]
search_url = "http://hn.test/search"
item_url = "http://hn.test/item/{id}.json"

[[topics]]
slug = "tokenmaxxing"
name = "Tokenmaxxing"
keywords = ["tokenmaxxing"]

[[feeds]]
id = "wire"
url = "http://news.test/feed.xml"
"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Tokenmaxxing spreads</title><link>http://news.test/a</link><guid>a</guid>
<description>Staff burn tokens.</description></item>
<item><title>Weather</title><link>http://news.test/b</link><guid>b</guid>
<description>Rain.</description></item>
</channel></rss>"""

PAGE = "<html><head><title>{t}</title></head><body><article><p>{p}</p></article></body></html>"
HITS = [
    {"objectID": "11", "title": "Tokenmaxxing spreads", "url": "http://news.test/a"},
    {"objectID": "12", "title": "Ask HN: tokenmaxxing at your job?", "story_text": "Asking."},
]
ITEMS = {
    11: {"id": 11, "kids": [101]},
    12: {"id": 12, "kids": []},
    101: {"id": 101, "by": "ann", "text": "<p>Seen it.", "time": 1772400000},
}


def handler(request: httpx.Request) -> httpx.Response:
    url = request.url
    if url.path == "/robots.txt":
        return httpx.Response(404)
    if url.path == "/feed.xml":
        return httpx.Response(200, text=FEED, headers={"Content-Type": "application/rss+xml"})
    if url.host == "news.test":
        body = PAGE.format(t=url.path, p="tokenmaxxing " * 40 if url.path == "/a" else "rain")
        return httpx.Response(200, text=body, headers={"Content-Type": "text/html"})
    if url.path == "/search":
        lookup = url.params.get("restrictSearchableAttributes") == "url"
        hits = [h for h in HITS if h.get("url") == url.params["query"]] if lookup else HITS
        return httpx.Response(200, json={"hits": hits, "nbPages": 1})
    item = int(url.path.removeprefix("/item/").removesuffix(".json"))
    return httpx.Response(200, text=json.dumps(ITEMS[item]))


async def _in_context(
    config: Config, store: Store, body: Callable[[CrawlContext], Awaitable[None]]
) -> Counts:
    counts = Counts()
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client,
        Fetcher(config.crawl, client=client, guard=SchemeCheck()) as fetcher,
    ):
        ctx = CrawlContext(
            config=config,
            store=store,
            run_id=store.start_run("crawl"),
            fetcher=fetcher,
            robots=Robots(fetcher, config.crawl.user_agent),
            matcher=TopicMatcher(config.topics),
            display=LogProgress(quiet=True),
            counts=counts,
            replaying=False,
        )
        await body(ctx)
    return counts


def _config(tmp_path: Path) -> Config:
    path = tmp_path / "newsdesk.toml"
    path.write_text(TOML, encoding="utf-8")
    return load_config(path)


def test_feed_then_article_phase_without_the_job(tmp_path: Path) -> None:
    config = _config(tmp_path)

    async def phases(ctx: CrawlContext) -> None:
        await FeedPhase(ctx).run()
        await ArticlePhase(ctx, Discussions(ctx)).run()

    with Store(config.path(config.crawl.database)) as store:
        counts = asyncio.run(_in_context(config, store, phases))
        articles = {a.url: a for a in store.articles()}
        discussions = list(store.discussions())
    # every entry is stored; the weather page is fetched once and found off-topic
    assert (counts.feeds_fetched, counts.entries_new, counts.articles_off_topic) == (1, 2, 1)
    assert list(articles) == ["http://news.test/a"]
    assert articles["http://news.test/a"].topics == ("tokenmaxxing",)
    # the article's HN lookup stored its discussion first
    assert [d.hn_id for d in discussions] == [11] and counts.discussions == 1


class StubPages:
    """The article phase as the HN phase sees it: records what it is asked to fetch."""

    def __init__(self) -> None:
        self.fetched: list[str] = []

    def known(self, url: str) -> bool:
        return False

    async def fetch(self, entry: Entry, *, only: tuple[str, ...] = ()) -> None:
        self.fetched.append(entry.url)


def test_hn_phase_with_a_stand_in_for_the_article_phase(tmp_path: Path) -> None:
    config = _config(tmp_path)
    pages = StubPages()

    async def phase(ctx: CrawlContext) -> None:
        await HackerNewsPhase(ctx, Discussions(ctx), pages).run()

    with Store(config.path(config.crawl.database)) as store:
        counts = asyncio.run(_in_context(config, store, phase))
        discussions = {d.hn_id: d for d in store.discussions()}
        entries = {e.guid: e for e in store.entries() if e.feed_id == "hackernews"}
    assert pages.fetched == ["http://news.test/a"]  # the Ask HN post links nowhere
    assert sorted(entries) == ["11", "12"] and counts.entries_new == 2
    assert sorted(discussions) == [11, 12] and counts.discussions == 2
    assert [c.author for c in discussions[11].comments] == ["ann"]
    assert discussions[12].topics == ("tokenmaxxing",)
