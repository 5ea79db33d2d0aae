"""The crawl: feeds, then the articles of on-topic entries, then Hacker News.

Every unit of work (a feed with its entries, an article with its HN lookup, a discussion)
is committed on its own, so a crawl killed at any point leaves a consistent store and the
next run resumes: the articles still to fetch are read back from the stored entries, and
stored articles (by stable id) are never fetched again.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import Executor
from pathlib import Path

import httpx
from newsdesk.crawler.article_phase import ArticlePhase
from newsdesk.crawler.context import Counts, CrawlContext, CrawlSummary, Progress, make_progress
from newsdesk.crawler.feed_phase import POOL_MIN_FEEDS, FeedPhase, make_pool
from newsdesk.crawler.fetch import Fetcher, UrlCheck, live_transport, make_client
from newsdesk.crawler.guard import Guard, Robots, SchemeCheck
from newsdesk.crawler.hn_phase import Discussions, HackerNewsPhase
from newsdesk.crawler.intake import TopicMatcher
from newsdesk.crawler.warc import Archive, Recorder, RecordingTransport, ReplayTransport

from newsdesk.config import Config
from newsdesk.errors import InputError
from newsdesk.store import Store


def crawl(
    config: Config,
    *,
    replay: Path | None = None,
    record: Path | None = None,
    progress: bool | None = None,
) -> CrawlSummary:
    """Crawl the configured feeds and Hacker News (or replay a WARC) into the store."""
    if replay is not None and record is not None:
        raise InputError("--record and --replay cannot be used together")
    archive = Archive.load(replay) if replay is not None else None
    pool = make_pool() if len(config.feeds) >= POOL_MIN_FEEDS else None
    recorder = Recorder(record) if record is not None else None
    display = make_progress(progress)
    try:
        with Store(config.path(config.crawl.database)) as store:
            job = Job(config, store, display, archive=archive, recorder=recorder, pool=pool)
            summary = asyncio.run(job.run())
        if recorder is not None and not summary.every_feed_failed:
            recorder.commit()  # only a crawl that ended well replaces the archive
        return summary
    finally:
        display.close()
        if recorder is not None:
            recorder.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)


class Job:
    """One crawl run: the network (live, recorded or replayed) and the phases, in order."""

    def __init__(
        self,
        config: Config,
        store: Store,
        display: Progress,
        *,
        archive: Archive | None = None,
        recorder: Recorder | None = None,
        pool: Executor | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.display = display
        self.archive = archive
        self.recorder = recorder
        self.pool = pool
        self.counts = Counts()
        self.run_id = 0

    def _client(self, guard: UrlCheck) -> httpx.AsyncClient:
        """Replayed from the archive, or the network (recorded when asked), its connections
        pinned to the addresses the guard checked."""
        if self.archive is not None:
            return httpx.AsyncClient(transport=ReplayTransport(self.archive))
        transport = live_transport(self.config.crawl, guard if isinstance(guard, Guard) else None)
        if self.recorder is not None:
            transport = RecordingTransport(transport, self.recorder)
        return make_client(self.config.crawl, transport)

    def _guard(self) -> UrlCheck:
        if self.archive is not None:
            return SchemeCheck()  # a replay resolves no host
        return Guard(self.config.crawl.allow_private_addresses)

    async def run(self) -> CrawlSummary:
        started = time.monotonic()
        self.run_id = self.store.start_run("crawl")
        status = "failed"
        try:
            settings, guard = self.config.crawl, self._guard()
            async with (
                self._client(guard) as client,
                Fetcher(settings, client=client, guard=guard) as fetcher,
            ):
                await self._phases(fetcher)
                self.counts.requests = fetcher.requests
            status = "done"
        except (asyncio.CancelledError, KeyboardInterrupt):
            status = "interrupted"  # Ctrl-C: what was stored stays, the next run resumes
            raise
        finally:
            self.counts.seconds = round(time.monotonic() - started, 2)
            summary = self.counts.summary(self.run_id)
            self.store.finish_run(self.run_id, status, summary.to_json())
        return summary

    async def _phases(self, fetcher: Fetcher) -> None:
        """Feeds, then the pages of their entries, then Hacker News (when enabled)."""
        ctx = CrawlContext(
            config=self.config,
            store=self.store,
            run_id=self.run_id,
            fetcher=fetcher,
            robots=Robots(fetcher, self.config.crawl.user_agent),
            matcher=TopicMatcher(self.config.topics),
            display=self.display,
            counts=self.counts,
            replaying=self.archive is not None,
        )
        discussions = Discussions(ctx)
        articles = ArticlePhase(ctx, discussions)
        await FeedPhase(ctx, self.pool).run()
        await articles.run()
        if self.config.hackernews.enabled:
            await HackerNewsPhase(ctx, discussions, articles).run()
