"""The second phase of a crawl: fetch the pages of stored entries and store them as articles.

The pages still to fetch are read back from the stored entries (so a killed crawl resumes),
each page is extracted in a thread (:func:`article_fields`: the extracted page, or the feed's
blurb and why not), its topics matched, and its Hacker News discussions stored just before it (:class:`crawler.hn_phase.Discussions`). A page found off-topic is
recorded once and never fetched again; a transient failure is not stored, so the next run
tries again.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from newsdesk.crawler.context import CrawlContext
from newsdesk.crawler.fetch import Response
from newsdesk.crawler.hn_phase import Discussions
from newsdesk.crawler.intake import plausible_time, stored
from newsdesk.crawler.urls import article_id, clean_url

from newsdesk.models import Article, Entry
from newsdesk.store import utcnow

EXTRACT_SECONDS = 30.0  # wall-clock bound on extracting one page


@dataclass(frozen=True)
class ArticlePhase:
    ctx: CrawlContext
    discussions: Discussions

    async def run(self) -> None:
        todo = self.candidates()
        self.ctx.display.stage("articles", len(todo))
        feeds = {f.id: f for f in self.ctx.config.feeds}
        await asyncio.gather(*(self.fetch(e, only=tuple(feeds[e.feed_id].topics)) for e in todo))

    def known(self, url: str) -> bool:
        """Stored already (by entry URL or canonical URL), or checked and found off-topic."""
        store = self.ctx.store
        if store.has_article(url):
            return True
        return (
            store.db.execute(
                "SELECT 1 FROM articles WHERE canonical_url=? UNION ALL "
                "SELECT 1 FROM fetch_errors WHERE url=? AND kind='off-topic' LIMIT 1",
                (clean_url(url), url),
            ).fetchone()
            is not None
        )

    def candidates(self) -> list[Entry]:
        """Feed entries (within the lookback) whose page was never fetched, or whose title or
        summary changed since it was (an update: the same article, fetched again), in a fixed
        order."""
        order = {f.id: i for i, f in enumerate(self.ctx.config.feeds)}
        days = self.ctx.lookback_days()
        cutoff = datetime.now(UTC) - timedelta(days=days) if days else None
        cutoff_iso = cutoff.strftime("%Y-%m-%dT%H:%M:%SZ") if cutoff else None
        seen: set[str] = set()
        out: list[Entry] = []
        # the lookback is applied in SQL: the table keeps every entry ever seen
        if cutoff_iso is not None:
            self._count_too_old(cutoff_iso, days)
        entries = [e for e in self.ctx.store.entries(since=cutoff_iso) if e.feed_id in order]
        entries.sort(key=lambda e: (order[e.feed_id], e.published or "", e.url))
        revised = self.ctx.store.revised_urls()
        for e in entries:
            if e.url in seen or (e.url not in revised and self.known(e.url)):
                continue
            seen.add(e.url)
            out.append(e)
        return out

    def _count_too_old(self, cutoff_iso: str, days: int) -> None:
        """Count the entries first seen in this run that the lookback leaves out, so the
        summary says why they were not fetched."""
        row = self.ctx.store.db.execute(
            "SELECT count(*) FROM entries WHERE run_id=? AND coalesce(published, '') != ''"
            " AND published < ?",
            (self.ctx.run_id, cutoff_iso),
        ).fetchone()
        self.ctx.counts.entries_too_old = int(row[0])
        self.ctx.counts.lookback_days = days

    async def fetch(self, entry: Entry, *, only: tuple[str, ...] = ()) -> None:
        """Fetch, extract and store one entry's page (with its HN discussions), if on topic."""
        ctx, url = self.ctx, entry.url
        allowed, why = await ctx.robots.allowed(url)
        resp: Response | None = None
        if not allowed and why and why.startswith("robots.txt unavailable"):
            return self._failed(url, why)
        if allowed:
            resp = await ctx.fetcher.get(url)
            if not resp.ok and not resp.refused and (resp.status in (0, 429) or resp.status >= 500):
                # transient: not stored, so the next run tries again
                return self._failed(url, resp.error or f"http {resp.status}")
        fields = await read_fields(entry, resp)
        topics = self._topics(entry, fields, only)
        if not topics:
            # checked once; not stored as an article, and never fetched again
            ctx.counts.articles_off_topic += 1
            ctx.error(url, "off-topic", "no topic keyword in title, summary or text")
            ctx.display.step(f"{url} (off-topic)")
            return
        await self.discussions.lookup(url, fields["canonical_url"], topics)
        self._store(entry, fields, topics)

    def _topics(
        self, entry: Entry, fields: dict[str, Any], only: tuple[str, ...]
    ) -> tuple[str, ...]:
        text = fields["text"] if fields["read"] else ""
        found = self.ctx.matcher.match(entry.title, entry.summary, fields["title"], text, only=only)
        return found or entry.topics

    def _store(self, entry: Entry, fields: dict[str, Any], topics: tuple[str, ...]) -> None:
        ctx, url = self.ctx, entry.url
        article = stored(
            Article(
                id=article_id(url),
                url=url,
                source=entry.feed_id,
                topics=topics,
                fetched_at=utcnow(),
                **fields,
            )
        )
        digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        ctx.store.save_article(article, digest, ctx.run_id)
        if article.read:
            ctx.counts.articles_extracted += 1
        else:
            ctx.counts.articles_blurb_only += 1
        ctx.display.step(f"{url} ({article.read_reason})")

    def _failed(self, url: str, error: str) -> None:
        self.ctx.counts.articles_failed += 1
        self.ctx.error(url, "article", error)
        self.ctx.display.step(f"{url}: {error}", failed=True)


def blurb_fields(entry: Entry, resp: Response | None) -> dict[str, Any]:
    """The Article fields of an entry whose page was not read: the feed's blurb."""
    return {
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


async def read_fields(entry: Entry, resp: Response | None) -> dict[str, Any]:
    """:func:`article_fields` in a thread, bounded by ``EXTRACT_SECONDS`` (a backstop:
    extract.bound_page already keeps extraction short); past it, or when extraction raises,
    the feed's blurb."""
    try:
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for loses a cancellation (Ctrl-C)
        # that lands as the thread finishes (CPython gh-86296), and the crawl runs on to the end
        async with asyncio.timeout(EXTRACT_SECONDS):
            return await asyncio.to_thread(article_fields, entry, resp)
    except TimeoutError:  # the thread finishes in the background; the crawl goes on
        why = f"extraction took over {EXTRACT_SECONDS:g} s"
        return blurb_fields(entry, resp) | {"read_reason": why}
    except Exception as exc:  # a page the extractors choke on is its own problem, not the run's
        return blurb_fields(entry, resp) | {
            "read_reason": f"extraction error ({type(exc).__name__})"
        }


def article_fields(entry: Entry, resp: Response | None) -> dict[str, Any]:
    """An entry's page as Article fields: extracted when read, the feed's blurb (and why) when
    not. ``resp`` is None when robots.txt disallowed the page. Runs in a thread (CPU).
    """
    blurb = blurb_fields(entry, resp)
    if resp is None:
        return blurb | {"read_reason": "robots"}
    if resp.refused:
        return blurb | {"read_reason": resp.error or "refused"}
    if not resp.ok:
        return blurb | {"read_reason": resp.error or f"http {resp.status}"}
    kind = resp.content_type.split(";")[0].strip().lower()
    if kind and "html" not in kind:
        return blurb | {"read_reason": f"not html ({kind})"}
    from newsdesk.crawler.extract import extract_page  # trafilatura: only when a page is read

    ex = extract_page(resp.body, url=resp.final_url, content_type=resp.content_type)
    published = ex.published and plausible_time(ex.published)  # else the feed's date
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
        "declared_original": ex.declared_original,
    }
