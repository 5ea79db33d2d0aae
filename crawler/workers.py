"""Feed parsing off the event loop: parse and match topics in worker processes.

feedparser costs milliseconds of CPU per feed, so with many feeds the crawl parses in a
process pool (forked before the HTTP client starts any thread) and keeps the event loop free
for the network.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import NamedTuple

from newsdesk.crawler.feeds import EntryRow, parse_feed_rows
from newsdesk.crawler.match import TopicMatcher

from newsdesk.config import TopicConfig

POOL_MIN_FEEDS = 16  # parse in worker processes from this many feeds on


@functools.lru_cache(maxsize=8)
def _matcher(keywords: tuple[tuple[str, tuple[str, ...]], ...]) -> TopicMatcher:
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
    keywords: tuple[tuple[str, tuple[str, ...]], ...],
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
