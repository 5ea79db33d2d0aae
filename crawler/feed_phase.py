"""The first phase of a crawl: fetch every configured feed and store its on-topic entries.

Each feed is fetched conditionally (ETag / Last-Modified from its last good fetch), parsed,
and its entries and validators stored in one transaction, so a killed crawl never keeps one
without the other.

Parsing runs off the event loop: feedparser costs milliseconds of CPU per feed, so with many
feeds (:data:`POOL_MIN_FEEDS`) the crawl parses and matches topics in a process pool
(:func:`make_pool`, forked before the HTTP client starts any thread) and keeps the event loop
free for the network.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import NamedTuple

from newsdesk.crawler.context import CrawlContext
from newsdesk.crawler.feeds import EntryRow, parse_feed_rows
from newsdesk.crawler.fetch import Response
from newsdesk.crawler.intake import TopicMatcher, stored

from newsdesk.config import FeedConfig, TopicConfig
from newsdesk.models import Entry
from newsdesk.store import utcnow

Keywords = tuple[tuple[str, tuple[str, ...]], ...]  # (topic slug, its keywords), in order
POOL_MIN_FEEDS = 16  # parse in worker processes from this many feeds on


@functools.lru_cache(maxsize=8)
def _matcher(keywords: Keywords) -> TopicMatcher:
    return TopicMatcher(TopicConfig(slug=s, name=s, keywords=list(k)) for s, k in keywords)


class FeedResult(NamedTuple):
    """A parsed feed as the workers send it back: plain tuples, cheap to pickle."""

    title: str
    version: str
    entries: list[tuple[EntryRow, tuple[str, ...]]]  # (FeedEntry fields, matched topic slugs)
    bozo: bool
    bozo_reason: str | None
    problem: str | None


def parse_and_match(
    body: bytes,
    url: str,
    content_type: str,
    keywords: Keywords,
    only: tuple[str, ...],
) -> FeedResult:
    """Parse a feed and match its entries' titles and summaries (runs in a worker process)."""
    title, version, rows, bozo, reason, problem = parse_feed_rows(
        body, url=url, content_type=content_type
    )
    match = _matcher(keywords).match
    # a row is (guid, url, title, summary, published, author)
    entries = [(row, match(row[2], row[3], only=only)) for row in rows]
    return FeedResult(title, version, entries, bozo, reason, problem)


def make_pool() -> Executor:
    # fork before any client thread exists; parsing is pure, so forked workers are safe
    ctx = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(max_workers=os.cpu_count() or 1, mp_context=ctx)
    list(pool.map(abs, range(os.cpu_count() or 1)))  # start the workers now
    return pool


@dataclass(frozen=True)
class FeedPhase:
    ctx: CrawlContext
    pool: Executor | None = None  # parse here when None
    keywords: Keywords = field(init=False)

    def __post_init__(self) -> None:
        topics = self.ctx.config.topics
        object.__setattr__(self, "keywords", tuple((t.slug, tuple(t.keywords)) for t in topics))

    async def run(self) -> None:
        feeds = self.ctx.config.feeds
        self.ctx.display.stage("feeds", len(feeds))
        await asyncio.gather(*(self._feed(f) for f in feeds))

    async def _feed(self, feed: FeedConfig) -> None:
        ctx = self.ctx
        allowed, why = await ctx.robots.allowed(feed.url)
        if not allowed:
            return self._failed(feed, 0, why or "disallowed by robots.txt")
        resp = await ctx.fetcher.get(feed.url, self._validators(feed))
        if resp.status == 304:
            ctx.counts.feeds_not_modified += 1
            ctx.store.save_feed_state(
                feed.id, feed.url, last_status=304, last_fetched=utcnow(), last_error=None
            )
            ctx.display.step(f"{feed.id}: not modified")
            return
        if not resp.ok:
            return self._failed(feed, resp.status, resp.error or f"http {resp.status}")
        parsed = await self._parse(resp, tuple(feed.topics))
        if parsed.problem:
            return self._failed(feed, resp.status, parsed.problem)
        self._store(feed, resp, parsed)

    def _validators(self, feed: FeedConfig) -> dict[str, str]:
        """Conditional-request headers from the feed's last good fetch of this same URL."""
        state = self.ctx.store.feed_state(feed.id)
        headers = {}
        if state is not None and state["url"] == feed.url and not state["last_error"]:
            if state["etag"]:
                headers["If-None-Match"] = state["etag"]
            if state["last_modified"]:
                headers["If-Modified-Since"] = state["last_modified"]
        return headers

    async def _parse(self, resp: Response, only: tuple[str, ...]) -> FeedResult:
        call = functools.partial(
            parse_and_match, resp.body, resp.final_url, resp.content_type, self.keywords, only
        )
        if self.pool is None:
            return call()
        return await asyncio.get_running_loop().run_in_executor(self.pool, call)

    def _store(self, feed: FeedConfig, resp: Response, parsed: FeedResult) -> None:
        ctx = self.ctx
        entries = [stored(Entry(feed.id, *row, topics=topics)) for row, topics in parsed.entries]
        entries = self._newest(feed, entries)
        # entries and validators in one transaction: a kill never keeps the validators (and
        # so a 304 next time) without the entries
        with ctx.store.transaction():
            new = ctx.store.upsert_entries(entries, ctx.run_id)
            ctx.store.save_feed_state(
                feed.id,
                feed.url,
                etag=resp.headers.get("etag"),
                last_modified=resp.headers.get("last-modified"),
                last_status=resp.status,
                last_fetched=utcnow(),
                last_error=None,
                bozo=int(parsed.bozo),
                bozo_reason=parsed.bozo_reason,
                title=parsed.title,
            )
        ctx.counts.entries_new += new
        ctx.counts.feeds_fetched += 1
        if parsed.bozo:
            ctx.counts.feeds_malformed += 1
            note = f"malformed feed, parsed anyway ({parsed.bozo_reason})"
            ctx.counts.problems.append(f"{feed.id}: {note}")
            ctx.error(feed.url, "feed", note)
        note = f" (malformed: {parsed.bozo_reason})" if parsed.bozo else ""
        ctx.display.step(f"{feed.id}: {len(entries)} entries{note}", flagged=parsed.bozo)

    def _newest(self, feed: FeedConfig, entries: list[Entry]) -> list[Entry]:
        """The newest ``crawl.max_entries_per_feed`` entries (undated ones last, in the feed's
        order); the rest are left out, and counted as the feed's problem. Each entry stored is a
        page to fetch: a feed of 20,000 items held a crawl for 8 minutes."""
        cap = self.ctx.config.crawl.max_entries_per_feed
        if len(entries) <= cap:
            return entries
        dated = sorted((e for e in entries if e.published), key=lambda e: e.published or "")
        order = dated[::-1] + [e for e in entries if not e.published]
        note = f"{len(entries) - cap} entries past crawl.max_entries_per_feed ({cap}) left out"
        self.ctx.counts.problems.append(f"{feed.id}: {note}")
        self.ctx.error(feed.url, "feed", note)
        return order[:cap]

    def _failed(self, feed: FeedConfig, status: int, error: str) -> None:
        ctx = self.ctx
        ctx.counts.feeds_failed += 1
        ctx.counts.problems.append(f"{feed.id}: {error}")
        ctx.error(feed.url, "feed", error)
        ctx.store.save_feed_state(
            feed.id, feed.url, last_status=status or None, last_fetched=utcnow(), last_error=error
        )
        ctx.display.step(f"{feed.id}: {error}", failed=True)
