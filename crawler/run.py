"""The crawl: feeds, then the articles of on-topic entries, then Hacker News.

Every unit of work (a feed with its entries, an article with its HN lookup, a discussion)
is committed on its own, so a crawl killed at any point leaves a consistent store and the
next run resumes: the articles still to fetch are read back from the stored entries, and
stored articles (by stable id) are never fetched again.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import time
from concurrent.futures import Executor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsdesk.crawler.articles import article_fields
from newsdesk.crawler.fetch import Fetcher, Response
from newsdesk.crawler.hn_phase import HackerNewsPhase
from newsdesk.crawler.match import TopicMatcher
from newsdesk.crawler.progress import Progress, make_progress
from newsdesk.crawler.robots import Robots
from newsdesk.crawler.summary import Counts, CrawlSummary
from newsdesk.crawler.urls import article_id, clean_url
from newsdesk.crawler.warc import Archive, Recorder
from newsdesk.crawler.workers import POOL_MIN_FEEDS, FeedResult, make_pool, parse_and_match

from newsdesk.config import Config
from newsdesk.errors import InputError
from newsdesk.models import Article, Entry
from newsdesk.store import Store, utcnow


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
            job = Job(config, store, archive, recorder, display, pool)
            return asyncio.run(job.run())
    finally:
        display.close()
        if recorder is not None:
            recorder.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)


class Job(HackerNewsPhase):
    def __init__(
        self,
        config: Config,
        store: Store,
        archive: Archive | None,
        recorder: Recorder | None,
        display: Progress,
        pool: Executor | None,
    ) -> None:
        self.config = config
        self.store = store
        self.archive = archive
        self.recorder = recorder
        self.display = display
        self.pool = pool
        self.matcher = TopicMatcher(config.topics)
        self.keywords = tuple((t.slug, tuple(t.keywords)) for t in config.topics)
        self.counts = Counts()
        self.run_id = 0
        self.fetcher: Fetcher
        self.robots: Robots
        self._discussions: dict[int, asyncio.Future[None]] = {}

    async def run(self) -> CrawlSummary:
        started = time.monotonic()
        self.run_id = self.store.start_run("crawl")
        status = "failed"
        try:
            async with Fetcher(
                self.config.crawl, archive=self.archive, recorder=self.recorder
            ) as fetcher:
                self.fetcher = fetcher
                self.robots = Robots(fetcher, self.config.crawl.user_agent)
                await self._feeds()
                await self._articles()
                if self.config.hackernews.enabled:
                    await self._hackernews()
                self.counts.requests = fetcher.requests
            status = "done"
        except (asyncio.CancelledError, KeyboardInterrupt):
            status = "interrupted"  # Ctrl-C: what was stored stays, the next run resumes
            raise
        finally:
            self.counts.seconds = round(time.monotonic() - started, 2)
            summary = self._summary()
            self.store.finish_run(self.run_id, status, summary.to_json())
        return summary

    def _summary(self) -> CrawlSummary:
        c = self.counts.__dict__
        fields = {k: v for k, v in c.items() if k != "problems"}
        return CrawlSummary(run_id=self.run_id, problems=tuple(self.counts.problems), **fields)

    def _error(self, url: str, kind: str, error: str) -> None:
        self.store.record_error(self.run_id, url, kind, error)

    # --- feeds -----------------------------------------------------------------------------

    async def _feeds(self) -> None:
        self.display.stage("feeds", len(self.config.feeds))
        await asyncio.gather(*(self._feed(i, f) for i, f in enumerate(self.config.feeds)))

    async def _feed(self, index: int, feed) -> None:
        allowed, why = await self.robots.allowed(feed.url)
        if not allowed:
            return self._feed_failed(feed, 0, why or "disallowed by robots.txt")
        state = self.store.feed_state(feed.id)
        headers = {}
        if state is not None and state["url"] == feed.url and not state["last_error"]:
            if state["etag"]:
                headers["If-None-Match"] = state["etag"]
            if state["last_modified"]:
                headers["If-Modified-Since"] = state["last_modified"]
        resp = await self.fetcher.get(feed.url, headers)
        if resp.status == 304:
            self.counts.feeds_not_modified += 1
            self.store.save_feed_state(
                feed.id, feed.url, last_status=304, last_fetched=utcnow(), last_error=None
            )
            self.display.step(f"{feed.id}: not modified")
            return
        if not resp.ok:
            return self._feed_failed(feed, resp.status, resp.error or f"http {resp.status}")
        parsed = await self._parse(resp, tuple(feed.topics))
        if parsed.problem:
            return self._feed_failed(feed, resp.status, parsed.problem)
        entries = [Entry(feed.id, *row, topics=topics) for row, topics in parsed.entries]
        # entries and validators in one transaction: a kill never keeps the validators (and
        # so a 304 next time) without the entries
        with self.store.transaction():
            new = self.store.upsert_entries(entries, self.run_id)
            self.store.save_feed_state(
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
        self.counts.entries_new += new
        self.counts.feeds_fetched += 1
        if parsed.bozo:
            self.counts.feeds_malformed += 1
            note = f"malformed feed, parsed anyway ({parsed.bozo_reason})"
            self.counts.problems.append(f"{feed.id}: {note}")
            self._error(feed.url, "feed", note)
        note = f" (malformed: {parsed.bozo_reason})" if parsed.bozo else ""
        self.display.step(f"{feed.id}: {len(entries)} entries{note}", flagged=parsed.bozo)

    async def _parse(self, resp: Response, only: tuple[str, ...]) -> FeedResult:
        call = functools.partial(
            parse_and_match, resp.body, resp.final_url, resp.content_type, self.keywords, only
        )
        if self.pool is None:
            return call()
        return await asyncio.get_running_loop().run_in_executor(self.pool, call)

    def _feed_failed(self, feed, status: int, error: str) -> None:
        self.counts.feeds_failed += 1
        self.counts.problems.append(f"{feed.id}: {error}")
        self._error(feed.url, "feed", error)
        self.store.save_feed_state(
            feed.id, feed.url, last_status=status or None, last_fetched=utcnow(), last_error=error
        )
        self.display.step(f"{feed.id}: {error}", failed=True)

    # --- articles --------------------------------------------------------------------------

    def _known(self, url: str) -> bool:
        """Stored already (by entry URL or canonical URL), or checked and found off-topic."""
        if self.store.has_article(url):
            return True
        return (
            self.store.db.execute(
                "SELECT 1 FROM articles WHERE canonical_url=? UNION ALL "
                "SELECT 1 FROM fetch_errors WHERE url=? AND kind='off-topic' LIMIT 1",
                (clean_url(url), url),
            ).fetchone()
            is not None
        )

    def _candidates(self) -> list[Entry]:
        """Feed entries (within the lookback) whose page was never fetched, or whose title or
        summary changed since it was (an update: the same article, fetched again), in a fixed
        order."""
        order = {f.id: i for i, f in enumerate(self.config.feeds)}
        cutoff = None
        if self.archive is None and self.config.crawl.lookback_days:
            cutoff = datetime.now(UTC) - timedelta(days=self.config.crawl.lookback_days)
        cutoff_iso = cutoff.strftime("%Y-%m-%dT%H:%M:%SZ") if cutoff else None
        seen: set[str] = set()
        out: list[Entry] = []
        # the lookback is applied in SQL: the table keeps every entry ever seen
        entries = [e for e in self.store.entries(since=cutoff_iso) if e.feed_id in order]
        entries.sort(key=lambda e: (order[e.feed_id], e.published or "", e.url))
        revised = self.store.revised_urls()
        for e in entries:
            if e.url in seen or (e.url not in revised and self._known(e.url)):
                continue
            seen.add(e.url)
            out.append(e)
        return out

    async def _articles(self) -> None:
        todo = self._candidates()
        self.display.stage("articles", len(todo))
        feeds = {f.id: f for f in self.config.feeds}
        await asyncio.gather(*(self._article(e, only=tuple(feeds[e.feed_id].topics)) for e in todo))

    async def _article(self, entry: Entry, *, only: tuple[str, ...] = ()) -> None:
        url = entry.url
        allowed, why = await self.robots.allowed(url)
        resp: Response | None = None
        if not allowed and why and why.startswith("robots.txt unavailable"):
            return self._article_failed(url, why)
        if allowed:
            resp = await self.fetcher.get(url)
            if not resp.ok and not resp.refused and (resp.status in (0, 429) or resp.status >= 500):
                # transient: not stored, so the next run tries again
                return self._article_failed(url, resp.error or f"http {resp.status}")
        fields = await asyncio.to_thread(article_fields, entry, resp)
        topics = (
            self.matcher.match(
                entry.title,
                entry.summary,
                fields["title"],
                fields["text"] if fields["read"] else "",
                only=only,
            )
            or entry.topics
        )
        if not topics:
            # checked once; not stored as an article, and never fetched again
            self.counts.articles_off_topic += 1
            self._error(url, "off-topic", "no topic keyword in title, summary or text")
            self.display.step(f"{url} (off-topic)")
            return
        await self._lookup(url, fields["canonical_url"], topics)
        article = Article(
            id=article_id(url),
            url=url,
            source=entry.feed_id,
            topics=topics,
            fetched_at=utcnow(),
            **fields,
        )
        digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        self.store.save_article(article, digest, self.run_id)
        if article.read:
            self.counts.articles_extracted += 1
        else:
            self.counts.articles_blurb_only += 1
        self.display.step(f"{url} ({article.read_reason})")

    def _article_failed(self, url: str, error: str) -> None:
        self.counts.articles_failed += 1
        self._error(url, "article", error)
        self.display.step(f"{url}: {error}", failed=True)
