"""Feed parsing with feedparser: RSS 0.9x/1.0/2.0 and Atom. Never raises.

A malformed feed is parsed as far as feedparser can and flagged (``bozo``) with the reason;
something that is not a feed at all (an HTML page, an empty body) is reported as a problem.
HTML sanitising and relative-URI resolution are off (we keep plain text only, and resolve
links ourselves), which roughly halves feedparser's CPU time.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser


@dataclass(frozen=True)
class FeedEntry:
    guid: str
    url: str
    title: str
    summary: str  # plain text
    published: str | None  # ISO 8601 UTC
    author: str | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    version: str  # feedparser's: rss20, rss10, atom10, ... ('' when not a feed)
    entries: tuple[FeedEntry, ...]
    bozo: bool
    bozo_reason: str | None
    problem: str | None  # set when nothing usable came out: not a feed, unreadable


_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|br|div|li|h[1-6]|blockquote)\b[^>]*>", re.I)


def plain_text(fragment: str) -> str:
    """HTML fragment -> readable plain text (tags dropped, entities decoded, spaces collapsed)."""
    text = _TAG.sub("", _BLOCK.sub(" ", fragment or ""))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _iso(struct: object) -> str | None:
    if not struct:
        return None
    try:
        return _iso_from_ts(calendar.timegm(struct))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def _iso_from_ts(ts: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_feed(body: bytes, *, url: str, content_type: str = "") -> ParsedFeed:
    try:
        parsed = feedparser.parse(
            body,
            response_headers={"content-type": content_type or "application/xml"},
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # feedparser should not raise; be sure the run survives
        return ParsedFeed("", "", (), True, f"{type(exc).__name__}: {exc}", "unreadable feed")
    bozo = bool(parsed.get("bozo"))
    reason = _bozo_reason(parsed.get("bozo_exception")) if bozo else None
    version = parsed.get("version") or ""
    entries = tuple(e for e in (_entry(raw, url) for raw in parsed.get("entries", [])) if e)
    problem = None
    if not version and not entries:
        kind = content_type.split(";")[0].strip() or "unknown content type"
        problem = f"not a feed ({kind}{': ' + reason if reason else ''})"
    title = plain_text(parsed.get("feed", {}).get("title", ""))
    return ParsedFeed(title, version, entries, bozo, reason, problem)


def _bozo_reason(exc: object) -> str:
    if exc is None:
        return "malformed"
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())[:200]


def _entry(raw: dict, feed_url: str) -> FeedEntry | None:
    link = raw.get("link") or ""
    guid = raw.get("id") or ""
    if not link and guid.startswith(("http://", "https://")):
        link = guid
    title = plain_text(raw.get("title", ""))
    if not link:
        return None
    url = urljoin(feed_url, link.strip())
    if not url.lower().startswith(("http://", "https://")):
        return None  # a tag: or urn: id with no web link: nothing to fetch
    summary = raw.get("summary") or ""
    if not summary and raw.get("content"):
        summary = raw["content"][0].get("value", "")
    if not guid:
        guid = url or hashlib.sha256(title.encode()).hexdigest()[:16]
    published = _iso(raw.get("published_parsed"))
    if published is None and dict.__contains__(raw, "updated_parsed"):  # no deprecated fallback
        published = _iso(dict.__getitem__(raw, "updated_parsed"))
    return FeedEntry(
        guid=guid,
        url=url,
        title=title,
        summary=plain_text(summary)[:2000],
        published=published,
        author=plain_text(raw.get("author", "")) or None,
    )
