"""The Hacker News part of a crawl: URL lookups and discussions, then the topic searches.

:class:`Discussions` finds and stores the HN discussions of an article (the article phase
asks it before storing each page) and stores each discussion once, whoever asks first.
:class:`HackerNewsPhase`, the last phase, searches HN for every topic keyword, stores the
hits as entries, fetches their linked pages (through the article phase) and their
discussions.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Protocol

from newsdesk.crawler import hackernews as hn
from newsdesk.crawler.context import CrawlContext
from newsdesk.crawler.urls import article_id, clean_url, comparable

from newsdesk.models import Article, Discussion, Entry
from newsdesk.unprintable import strip_controls_in


class Pages(Protocol):
    """What the HN phase needs of the article phase."""

    def known(self, url: str) -> bool: ...

    async def fetch(self, entry: Entry, *, only: tuple[str, ...] = ()) -> None: ...


class Discussions:
    """Stores HN discussions, each once per run however many articles link to it."""

    def __init__(self, ctx: CrawlContext) -> None:
        self.ctx = ctx
        self._saving: dict[int, asyncio.Future[None]] = {}

    async def lookup(self, url: str, canonical: str, topics: tuple[str, ...]) -> None:
        """Find the HN discussions of an article and store them (before the article)."""
        ctx = self.ctx
        if not ctx.config.hackernews.enabled:
            return
        try:
            hits = await hn.lookup(ctx.fetcher, ctx.config.hackernews, url, skip=ctx.skipped)
        except hn.HNError as exc:
            ctx.counts.hn_failed += 1
            ctx.error(url, "hn", f"HN lookup failed: {exc}")
            return
        wanted = {comparable(url), comparable(canonical)}
        for hit in hits:
            if hit.url and comparable(hit.url) in wanted:
                await self.save(hit, topics)

    async def save(self, hit: hn.Hit, extra_topics: tuple[str, ...] = ()) -> None:
        """Store a hit's discussion, unless it is stored (or being stored) already."""
        if hit.hn_id not in self._saving:
            self._saving[hit.hn_id] = asyncio.ensure_future(self._save(hit, extra_topics))
        await self._saving[hit.hn_id]

    def _linked(self, url: str) -> Article | None:
        """The stored article a thread links to: by its id, else by its canonical URL (a
        later run's thread links the clean URL of an article stored under a tracking one)."""
        store = self.ctx.store
        return store.article(article_id(url)) or store.article_by_canonical_url(clean_url(url))

    async def _save(self, hit: hn.Hit, extra_topics: tuple[str, ...]) -> None:
        ctx = self.ctx
        topics = set(ctx.matcher.match(hit.title, hit.text)) | set(extra_topics)
        if hit.url and (stored := self._linked(hit.url)) is not None:
            topics |= set(stored.topics)
        if not topics:
            return
        settings = ctx.config.hackernews
        try:
            thread = await hn.comments(ctx.fetcher, settings, hit.hn_id, skip=ctx.skipped)
        except hn.HNError as exc:
            ctx.counts.hn_failed += 1
            ctx.error(hn.item_url(settings.item_url, hit.hn_id), "hn", str(exc))
            return
        ordered = tuple(t.slug for t in ctx.config.topics if t.slug in topics)
        ctx.store.save_discussion(
            strip_controls_in(
                Discussion(
                    hn_id=hit.hn_id,
                    title=hit.title,
                    url=hit.url,
                    author=hit.author,
                    points=hit.points,
                    num_comments=hit.num_comments,
                    created=hit.created,
                    text=hit.text,
                    comments=thread.comments,
                    topics=ordered,
                )
            )
        )
        ctx.counts.discussions += 1
        if thread.capped:
            ctx.counts.hn_capped += 1
            cap = hn.request_cap(settings)
            ctx.error(
                hn.item_url(settings.item_url, hit.hn_id),
                "hn",
                f"comments cut after {cap} item requests (5 x hackernews.max_comments)",
            )


@dataclass(frozen=True)
class HackerNewsPhase:
    ctx: CrawlContext
    discussions: Discussions
    pages: Pages

    async def run(self) -> None:
        ctx = self.ctx
        hits = await self._search()
        ordered = sorted(hits.values(), key=lambda h: h.hn_id)
        entries = [
            strip_controls_in(
                Entry(
                    feed_id="hackernews",
                    guid=str(h.hn_id),
                    url=h.url or f"https://news.ycombinator.com/item?id={h.hn_id}",
                    title=h.title,
                    summary=h.text,
                    published=h.created,
                    author=h.author,
                    topics=ctx.matcher.match(h.title, h.text),
                )
            )
            for h in ordered
        ]
        ctx.counts.entries_new += ctx.store.upsert_entries(entries, ctx.run_id)
        ctx.display.stage("discussions", len(ordered))
        await asyncio.gather(*(self._hit(h, e) for h, e in zip(ordered, entries, strict=True)))

    async def _search(self) -> dict[int, hn.Hit]:
        """Every topic keyword's hits, by HN id (the first query to find a story keeps it)."""
        ctx = self.ctx
        settings = ctx.config.hackernews
        days = ctx.lookback_days()
        since = int(time.time()) - days * 86400 if days else None
        queries = [(t.slug, k) for t in ctx.config.topics for k in t.keywords]
        ctx.display.stage("hn search", len(queries))
        hits: dict[int, hn.Hit] = {}
        for slug, keyword in queries:
            try:
                found = await hn.search(
                    ctx.fetcher, settings, keyword, since=since, skip=ctx.skipped
                )
            except hn.HNError as exc:
                ctx.counts.hn_failed += 1
                ctx.error(settings.search_url, "hn", f"HN search {keyword!r} failed: {exc}")
                ctx.display.step(f"{slug}: {keyword!r} failed", failed=True)
                continue
            for hit in found:
                hits.setdefault(hit.hn_id, hit)
            ctx.display.step(f"{slug}: {keyword!r} {len(found)} hits")
        return hits

    async def _hit(self, hit: hn.Hit, entry: Entry) -> None:
        if hit.url and not self.pages.known(hit.url):
            await self.pages.fetch(entry)  # its HN lookup stores this discussion
        await self.discussions.save(hit, entry.topics)  # stored once, whoever asks first
        self.ctx.display.step(f"HN {hit.hn_id}: {hit.title}")
