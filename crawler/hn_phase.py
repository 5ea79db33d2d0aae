"""The Hacker News part of a crawl: topic searches, URL lookups and discussions.

A mixin of the crawl job (:class:`crawler.run.Job`): it uses the job's config, store,
fetcher, matcher, counters and display, and its ``_article``/``_known``/``_error``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from newsdesk.crawler import hackernews as hn
from newsdesk.crawler.fetch import Fetcher
from newsdesk.crawler.match import TopicMatcher
from newsdesk.crawler.progress import Progress
from newsdesk.crawler.summary import Counts
from newsdesk.crawler.urls import article_id, comparable
from newsdesk.crawler.warc import Archive

from newsdesk.config import Config
from newsdesk.models import Discussion, Entry
from newsdesk.store import Store


class HackerNewsPhase:
    # provided by the job this is mixed into
    config: Config
    store: Store
    fetcher: Fetcher
    matcher: TopicMatcher
    counts: Counts
    display: Progress
    archive: Archive | None
    run_id: int
    _discussions: dict[int, asyncio.Future[None]]
    _error: Callable[[str, str, str], None]
    _known: Callable[[str], bool]
    _article: Callable[..., Awaitable[None]]

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
