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
import multiprocessing
import os
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crawler import hackernews as hn
from crawler.extract import extract_page
from crawler.feeds import ParsedFeed, parse_feed
from crawler.fetch import Fetcher, Response
from crawler.match import TopicMatcher
from crawler.progress import Progress, make_progress
from crawler.robots import Robots
from crawler.urls import article_id, clean_url, comparable
from crawler.warc import Archive, Recorder
from newsdesk.config import Config, TopicConfig
from newsdesk.errors import InputError
from newsdesk.models import Article, Discussion, Entry
from newsdesk.store import Store, utcnow

POOL_MIN_FEEDS = 16  # parse in worker processes from this many feeds on


@dataclass(frozen=True)
class CrawlSummary:
    run_id: int
    feeds_fetched: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    feeds_malformed: int = 0
    entries_new: int = 0
    articles_extracted: int = 0
    articles_blurb_only: int = 0
    articles_failed: int = 0
    articles_off_topic: int = 0
    discussions: int = 0
    hn_failed: int = 0
    requests: int = 0
    seconds: float = 0.0
    problems: tuple[str, ...] = ()  # "feed-id: what went wrong", one per problem feed

    def line(self) -> str:
        """The one-line run summary printed by `newsdesk crawl`."""
        parts = [
            f"feeds: {self.feeds_fetched} fetched, {self.feeds_not_modified} not modified, "
            f"{self.feeds_failed} failed"
            + (f" ({self.feeds_malformed} malformed)" if self.feeds_malformed else ""),
            f"entries: {self.entries_new} new",
            f"articles: {self.articles_extracted} extracted, {self.articles_blurb_only} "
            f"blurb-only, {self.articles_failed} failed, {self.articles_off_topic} off-topic",
            f"HN: {self.discussions} discussions"
            + (f", {self.hn_failed} failed" if self.hn_failed else ""),
        ]
        if self.problems:
            parts.append("problems: " + "; ".join(self.problems))
        return "crawl: " + " · ".join(parts) + f" ({self.seconds:.1f} s)"

    def to_json(self) -> dict:
        return asdict(self)


class _Counts:
    def __init__(self) -> None:
        self.__dict__.update(
            {k: 0 for k in CrawlSummary.__dataclass_fields__ if k not in ("run_id", "problems")}
        )
        self.problems: list[str] = []


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
    pool = _pool() if len(config.feeds) >= POOL_MIN_FEEDS else None
    recorder = Recorder(record) if record is not None else None
    display = make_progress(progress)
    try:
        with Store(config.path(config.crawl.database)) as store:
            job = _Crawl(config, store, archive, recorder, display, pool)
            return asyncio.run(job.run())
    finally:
        display.close()
        if recorder is not None:
            recorder.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)


@functools.lru_cache(maxsize=8)
def _matcher(keywords: tuple[tuple[str, tuple[str, ...]], ...]) -> TopicMatcher:
    return TopicMatcher(TopicConfig(slug=s, name=s, keywords=list(k)) for s, k in keywords)


def parse_and_match(
    body: bytes,
    url: str,
    content_type: str,
    keywords: tuple[tuple[str, tuple[str, ...]], ...],
    only: tuple[str, ...],
) -> tuple[ParsedFeed, list[tuple[str, ...]]]:
    """Parse a feed and match its entries' titles and summaries (runs in a worker process)."""
    parsed = parse_feed(body, url=url, content_type=content_type)
    matcher = _matcher(keywords)
    return parsed, [matcher.match(e.title, e.summary, only=only) for e in parsed.entries]


def _pool() -> Executor:
    # fork before any client thread exists; parsing is pure, so forked workers are safe
    ctx = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(max_workers=os.cpu_count() or 1, mp_context=ctx)
    list(pool.map(abs, range(os.cpu_count() or 1)))  # start the workers now
    return pool


class _Crawl:
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
        self.counts = _Counts()
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
        parsed, topics = await self._parse(resp, tuple(feed.topics))
        if parsed.problem:
            return self._feed_failed(feed, resp.status, parsed.problem)
        entries = [
            Entry(
                feed_id=feed.id,
                guid=e.guid,
                url=e.url,
                title=e.title,
                summary=e.summary,
                published=e.published,
                author=e.author,
                topics=t,
            )
            for e, t in zip(parsed.entries, topics, strict=True)
        ]
        # entries first, validators last: a kill in between refetches instead of losing entries
        self.counts.entries_new += self.store.upsert_entries(entries, self.run_id)
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
        self.counts.feeds_fetched += 1
        if parsed.bozo:
            self.counts.feeds_malformed += 1
            note = f"malformed feed, parsed anyway ({parsed.bozo_reason})"
            self.counts.problems.append(f"{feed.id}: {note}")
            self._error(feed.url, "feed", note)
        note = f" (malformed: {parsed.bozo_reason})" if parsed.bozo else ""
        self.display.step(f"{feed.id}: {len(entries)} entries{note}", failed=parsed.bozo)

    async def _parse(
        self, resp: Response, only: tuple[str, ...]
    ) -> tuple[ParsedFeed, list[tuple[str, ...]]]:
        keywords = tuple((t.slug, tuple(t.keywords)) for t in self.config.topics)
        call = functools.partial(
            parse_and_match, resp.body, resp.final_url, resp.content_type, keywords, only
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
        """Feed entries (within the lookback) whose page was never fetched, in a fixed order."""
        order = {f.id: i for i, f in enumerate(self.config.feeds)}
        cutoff = None
        if self.archive is None and self.config.crawl.lookback_days:
            cutoff = datetime.now(UTC) - timedelta(days=self.config.crawl.lookback_days)
        cutoff_iso = cutoff.strftime("%Y-%m-%dT%H:%M:%SZ") if cutoff else None
        seen: set[str] = set()
        out: list[Entry] = []
        entries = [e for e in self.store.entries() if e.feed_id in order]
        entries.sort(key=lambda e: (order[e.feed_id], e.published or "", e.url))
        for e in entries:
            if cutoff_iso and e.published and e.published < cutoff_iso:
                continue
            if e.url in seen or self._known(e.url):
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
            if not resp.ok and not resp.refused and not 400 <= resp.status < 500:
                return self._article_failed(url, resp.error or f"http {resp.status}")
        fields = await self._extract(entry, resp, why)
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

    async def _extract(self, entry: Entry, resp: Response | None, robots_why: str | None) -> dict:
        blurb = {
            "title": entry.title,
            "text": entry.summary,
            "canonical_url": clean_url(resp.final_url if resp else entry.url),
            "author": entry.author,
            "site_name": None,
            "published": entry.published,
            "language": None,
            "links": (),
            "read": False,
            "final_url": resp.final_url if resp else None,
            "redirects": resp.redirects if resp else (),
        }
        if resp is None:
            return blurb | {"read_reason": "robots"}
        if resp.refused:
            return blurb | {"read_reason": resp.error or "refused"}
        if not resp.ok:
            return blurb | {"read_reason": resp.error or f"http {resp.status}"}
        kind = resp.content_type.split(";")[0].strip().lower()
        if kind and "html" not in kind:
            return blurb | {"read_reason": f"not html ({kind})"}
        ex = await asyncio.to_thread(
            extract_page, resp.body, url=resp.final_url, content_type=resp.content_type
        )
        published = ex.published
        if entry.published and (not published or "T" not in published or "T00:00:00" in published):
            published = entry.published
        return {
            "title": ex.title or entry.title,
            "text": ex.text if ex.read else entry.summary,
            "canonical_url": ex.canonical_url,
            "author": ex.author or entry.author,
            "site_name": ex.site_name,
            "published": published,
            "language": ex.language,
            "links": ex.links,
            "read": ex.read,
            "read_reason": ex.read_reason,
            "final_url": resp.final_url,
            "redirects": resp.redirects,
        }

    def _article_failed(self, url: str, error: str) -> None:
        self.counts.articles_failed += 1
        self._error(url, "article", error)
        self.display.step(f"{url}: {error}", failed=True)

    # --- Hacker News -----------------------------------------------------------------------

    async def _lookup(self, url: str, canonical: str, topics: tuple[str, ...]) -> None:
        """Find the HN discussions of an article and store them (before the article)."""
        if not self.config.hackernews.enabled:
            return
        try:
            hits = await hn.lookup(self.fetcher, self.config.hackernews, url)
        except hn.HNError as exc:
            self.counts.hn_failed += 1
            self._error(url, "hn", f"HN lookup failed: {exc}")
            return
        wanted = {comparable(url), comparable(canonical)}
        for hit in hits:
            if hit.url and comparable(hit.url) in wanted:
                await self._discussion(hit, topics)

    async def _discussion(self, hit: hn.Hit, extra_topics: tuple[str, ...] = ()) -> None:
        if hit.hn_id not in self._discussions:
            self._discussions[hit.hn_id] = asyncio.ensure_future(
                self._save_discussion(hit, extra_topics)
            )
        await self._discussions[hit.hn_id]

    async def _save_discussion(self, hit: hn.Hit, extra_topics: tuple[str, ...]) -> None:
        topics = set(self.matcher.match(hit.title, hit.text)) | set(extra_topics)
        if hit.url and (stored := self.store.article(article_id(hit.url))) is not None:
            topics |= set(stored.topics)
        if not topics:
            return
        try:
            comments = await hn.comments(self.fetcher, self.config.hackernews, hit.hn_id)
        except hn.HNError as exc:
            self.counts.hn_failed += 1
            self._error(hn.item_url(self.config.hackernews.item_url, hit.hn_id), "hn", str(exc))
            return
        ordered = tuple(t.slug for t in self.config.topics if t.slug in topics)
        self.store.save_discussion(
            Discussion(
                hn_id=hit.hn_id,
                title=hit.title,
                url=hit.url,
                author=hit.author,
                points=hit.points,
                num_comments=hit.num_comments,
                created=hit.created,
                text=hit.text,
                comments=comments,
                topics=ordered,
            )
        )
        self.counts.discussions += 1

    async def _hackernews(self) -> None:
        settings = self.config.hackernews
        since = None
        if self.archive is None and self.config.crawl.lookback_days:
            since = int(time.time()) - self.config.crawl.lookback_days * 86400
        queries = [(t.slug, k) for t in self.config.topics for k in t.keywords]
        self.display.stage("hn search", len(queries))
        hits: dict[int, hn.Hit] = {}
        for slug, keyword in queries:
            try:
                found = await hn.search(self.fetcher, settings, keyword, since=since)
            except hn.HNError as exc:
                self.counts.hn_failed += 1
                self._error(settings.search_url, "hn", f"HN search {keyword!r} failed: {exc}")
                self.display.step(f"{slug}: {keyword!r} failed", failed=True)
                continue
            for hit in found:
                hits.setdefault(hit.hn_id, hit)
            self.display.step(f"{slug}: {keyword!r} {len(found)} hits")
        ordered = sorted(hits.values(), key=lambda h: h.hn_id)
        entries = [
            Entry(
                feed_id="hackernews",
                guid=str(h.hn_id),
                url=h.url or f"https://news.ycombinator.com/item?id={h.hn_id}",
                title=h.title,
                summary=h.text,
                published=h.created,
                author=h.author,
                topics=self.matcher.match(h.title, h.text),
            )
            for h in ordered
        ]
        self.counts.entries_new += self.store.upsert_entries(entries, self.run_id)
        self.display.stage("discussions", len(ordered))
        await asyncio.gather(*(self._hit(h, e) for h, e in zip(ordered, entries, strict=True)))

    async def _hit(self, hit: hn.Hit, entry: Entry) -> None:
        if hit.url and not self._known(hit.url):
            await self._article(entry)  # its HN lookup stores this discussion
        await self._discussion(hit, entry.topics)  # stored once, whoever asks first
        self.display.step(f"HN {hit.hn_id}: {hit.title}")
