"""Feed parsing with feedparser: RSS 0.9x/1.0/2.0 and Atom. Never raises.

A malformed feed is parsed as far as feedparser can and flagged (``bozo``) with the reason;
something that is not a feed at all (an HTML page, an empty body) is reported as a problem.
HTML sanitising and relative-URI resolution are off (we keep plain text only, and resolve
links ourselves), which roughly halves feedparser's CPU time. :data:`FEEDPARSER_OPTIONS` holds
them, so the crawl benchmark measures its parse floor with exactly these settings.

feedparser is the parser of record. Plain, well-formed RSS and Atom go first to the lean lxml
parser of :mod:`crawler.fast_feeds` (about a tenth of feedparser's CPU), which gives the same
entries or declines; ``benchmarks/feed_parity.py`` checks "the same" on the real feeds.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import feedparser
from newsdesk.crawler.fast_feeds import fast_parse
from newsdesk.crawler.not_a_feed import not_a_feed

# feedparser.parse keyword options the crawl uses (the benchmark's parse floor uses them too)
FEEDPARSER_OPTIONS: dict[str, Any] = {"sanitize_html": False, "resolve_relative_uris": False}

# try crawler.fast_feeds before feedparser (the benchmarks and the parity check turn it off)
USE_FAST_PARSER = True

# FeedEntry's fields as a plain tuple: what the parse workers send back (cheap to pickle)
EntryRow = tuple[str, str, str, str, str | None, str | None]


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
    text = fragment or ""
    if "<" in text:  # most titles and authors have no markup: skip both regex passes
        text = _TAG.sub("", _BLOCK.sub(" ", text))
    return " ".join(html.unescape(text).split())  # str.split() splits on what \s matches


def _iso(struct: object) -> str | None:
    if not struct:
        return None
    try:  # the round trip through a timestamp normalises out-of-range fields
        utc = time.gmtime(calendar.timegm(struct))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", utc) if 1 <= utc.tm_year <= 9999 else None


def parse_feed(
    body: bytes, *, url: str, content_type: str = "", fast: bool | None = None
) -> ParsedFeed:
    title, version, rows, bozo, reason, problem = parse_feed_rows(
        body, url=url, content_type=content_type, fast=fast
    )
    entries = tuple(FeedEntry(*row) for row in rows)
    return ParsedFeed(title, version, entries, bozo, reason, problem)


FeedRows = tuple[str, str, list[EntryRow], bool, str | None, str | None]


def parse_feed_rows(
    body: bytes, *, url: str, content_type: str = "", fast: bool | None = None
) -> FeedRows:
    """:func:`parse_feed` with entries as plain :data:`EntryRow` tuples (for the workers).

    ``fast``: try :mod:`crawler.fast_feeds` first (default :data:`USE_FAST_PARSER`)."""
    if USE_FAST_PARSER if fast is None else fast:
        quick = fast_parse(body, content_type)
        if quick is not None:
            title, version, raws = quick
            rows = [row for raw in raws if (row := _entry(raw, url))]
            return plain_text(title), version, rows, False, None, None
    return feedparser_rows(body, url=url, content_type=content_type)


def feedparser_rows(body: bytes, *, url: str, content_type: str = "") -> FeedRows:
    """:func:`parse_feed_rows` by feedparser alone."""
    try:
        parsed = feedparser.parse(
            body,
            response_headers={"content-type": content_type or "application/xml"},
            **FEEDPARSER_OPTIONS,
        )
    except Exception as exc:  # feedparser should not raise; be sure the run survives
        return "", "", [], True, f"{type(exc).__name__}: {exc}", "unreadable feed"
    bozo = bool(parsed.get("bozo"))
    reason = _bozo_reason(parsed.get("bozo_exception")) if bozo else None
    version = parsed.get("version") or ""
    rows = [row for raw in parsed.get("entries", []) if (row := _entry(raw, url))]
    problem = None
    if not version and not rows:
        problem = not_a_feed(body, url, content_type, reason)
    title = plain_text(parsed.get("feed", {}).get("title", ""))
    return title, version, rows, bozo, reason, problem


def _bozo_reason(exc: object) -> str:
    if exc is None:
        return "malformed"
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())[:200]


def _entry(raw: dict, feed_url: str) -> EntryRow | None:
    # dict.get, not FeedParserDict's: none of these keys is one of its aliases, and its
    # alias lookup costs more than the rest of this function
    get = dict.get
    link = get(raw, "link") or ""
    guid = get(raw, "id") or ""
    if not link and guid.startswith(("http://", "https://")):
        link = guid
    if not link:
        return None
    url = urljoin(feed_url, link.strip())
    if not url.lower().startswith(("http://", "https://")):
        return None  # a tag: or urn: id with no web link: nothing to fetch
    title = plain_text(get(raw, "title", ""))
    summary = get(raw, "summary") or ""
    if not summary and get(raw, "content"):
        summary = raw["content"][0].get("value", "")
    if not guid:
        guid = url or hashlib.sha256(title.encode()).hexdigest()[:16]
    published = _iso(get(raw, "published_parsed"))
    if published is None:  # updated_parsed itself, not FeedParserDict's deprecated fallback
        published = _iso(get(raw, "updated_parsed"))
    author = plain_text(get(raw, "author", "")) or None
    return guid, url, title, plain_text(summary)[:2000], published, author
