"""Hacker News: Algolia search for topic stories and URL lookups, the item API for comments.

Search URLs are built with a fixed parameter order so recorded archives replay exactly.
Comments are a story's top-level ``kids`` in HN's own ranked order, skipping dead and
deleted ones, up to ``hackernews.max_comments``, with at most 5 item requests per wanted
comment (a story of 1,000 dead comments cost 1,001 requests). A malformed hit or item is
skipped and reported through ``skip`` (:mod:`crawler.hn_items`); the crawl goes on.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from newsdesk.crawler import hn_items
from newsdesk.crawler.feeds import plain_text
from newsdesk.crawler.fetch import Fetcher
from newsdesk.crawler.hn_items import BadItem, hit_fields

from newsdesk.config import HackerNewsConfig
from newsdesk.models import Comment


@dataclass(frozen=True)
class Hit:
    hn_id: int
    title: str
    url: str | None
    author: str
    points: int
    num_comments: int
    created: str | None
    text: str  # Ask HN body, plain text


COMMENT_REQUESTS_PER_COMMENT = 5  # item requests per wanted comment, at most, per story


class HNError(Exception):
    """A failed HN API call: message is the recorded explanation."""


def search_url(
    base: str,
    query: str,
    *,
    page: int = 0,
    hits_per_page: int = 50,
    since: int | None = None,
    restrict_url: bool = False,
) -> str:
    params: list[tuple[str, str]] = [("query", query), ("tags", "story")]
    if restrict_url:
        params.append(("restrictSearchableAttributes", "url"))
    if since is not None:
        params.append(("numericFilters", f"created_at_i>{since}"))
    params += [("hitsPerPage", str(hits_per_page)), ("page", str(page))]
    return f"{base}?{urlencode(params)}"


def item_url(template: str, hn_id: int) -> str:
    return template.replace("{id}", str(hn_id))


def html_to_text(fragment: str) -> str:
    """HN's comment HTML (<p> paragraphs, links, entities) as plain text with paragraphs."""
    paragraphs = re.split(r"<p>", fragment or "")
    return "\n\n".join(t for t in (plain_text(p) for p in paragraphs) if t)


Skip = Callable[[str, str], None]  # (url, why): a hit or item skipped for its shape


def _no_skip(url: str, why: str) -> None:
    pass


def check_hit(raw: object) -> Hit:
    """A search hit as a :class:`Hit`; raises BadItem (one line) when it is malformed."""
    fields = hit_fields(raw)
    fields["text"] = html_to_text(fields.pop("story_text"))
    return Hit(**fields)


def parse_hit(raw: object) -> Hit | None:
    """A search hit as a :class:`Hit`, or None when it is malformed."""
    try:
        return check_hit(raw)
    except BadItem:
        return None


def _hits(data: dict[str, Any], url: str, skip: Skip) -> list[Hit]:
    raw_hits = data.get("hits") or []
    if not isinstance(raw_hits, list):
        raise HNError("unexpected search response (hits is not a list)")
    out: list[Hit] = []
    for i, raw in enumerate(raw_hits):
        try:
            out.append(check_hit(raw))
        except BadItem as exc:
            skip(url, f"HN hit {i} skipped: {exc}")
    return out


async def _json(fetcher: Fetcher, url: str) -> object:
    resp = await fetcher.get(url)
    if not resp.ok:
        raise HNError(resp.error or f"http {resp.status}")
    try:
        return json.loads(resp.body)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested 100,000 deep
        raise HNError(f"not JSON ({type(exc).__name__}: {str(exc)[:100]})") from None


async def search(
    fetcher: Fetcher,
    settings: HackerNewsConfig,
    query: str,
    *,
    since: int | None,
    skip: Skip = _no_skip,
) -> list[Hit]:
    """Every story hit for a query, following pages up to ``max_pages``."""
    hits: list[Hit] = []
    for page in range(settings.max_pages):
        url = search_url(
            settings.search_url, query, page=page, hits_per_page=settings.hits_per_page, since=since
        )
        data = await _json(fetcher, url)
        if not isinstance(data, dict):
            raise HNError("unexpected search response")
        hits += _hits(data, url, skip)
        pages = data.get("nbPages")
        if not isinstance(pages, int) or page + 1 >= pages:
            break
    return hits


async def lookup(
    fetcher: Fetcher, settings: HackerNewsConfig, url: str, *, skip: Skip = _no_skip
) -> list[Hit]:
    """HN stories whose URL is ``url`` (Algolia restrictSearchableAttributes=url)."""
    query = search_url(
        settings.search_url, url, hits_per_page=settings.hits_per_page, restrict_url=True
    )
    data = await _json(fetcher, query)
    if not isinstance(data, dict):
        raise HNError("unexpected search response")
    return _hits(data, query, skip)


@dataclass(frozen=True)
class Thread:
    comments: tuple[Comment, ...]
    capped: bool = False  # stopped at the item-request cap before finding max_comments


def request_cap(settings: HackerNewsConfig) -> int:
    """The most comment items fetched per story: dead and deleted ones cost requests too."""
    return COMMENT_REQUESTS_PER_COMMENT * max(1, settings.max_comments)


async def comments(
    fetcher: Fetcher, settings: HackerNewsConfig, hn_id: int, *, skip: Skip = _no_skip
) -> Thread:
    """The story's top comments in HN's ranked order, dead, deleted and malformed ones skipped,
    fetching at most :func:`request_cap` comment items."""
    story = await _json(fetcher, item_url(settings.item_url, hn_id))
    if not isinstance(story, dict):
        return Thread(())
    kids = story.get("kids")
    kids = (
        [k for k in kids if isinstance(k, int) and not isinstance(k, bool)]
        if isinstance(kids, list)
        else []
    )
    out: list[Comment] = []
    cap = request_cap(settings)
    # Fetch in windows of max_comments: enough when few are dead, more when needed.
    window = max(1, settings.max_comments)
    for start in range(0, min(len(kids), cap), window):
        batch = kids[start : min(start + window, cap)]
        urls = [item_url(settings.item_url, k) for k in batch]
        items = await asyncio.gather(*(_json(fetcher, u) for u in urls), return_exceptions=True)
        for url, item in zip(urls, items, strict=True):
            if isinstance(item, HNError):
                skip(url, f"HN comment skipped: {item}")
                continue
            if isinstance(item, BaseException):
                raise item
            if not isinstance(item, dict):
                skip(url, f"HN comment skipped: item is {type(item).__name__}, not an object")
                continue
            try:
                found = hn_items.comment(item, len(out) + 1, html_to_text)
            except BadItem as exc:
                skip(url, f"HN comment skipped: {exc}")
                continue
            if found is not None:
                out.append(found)
            if len(out) >= settings.max_comments:
                return Thread(tuple(out))
    return Thread(tuple(out), capped=len(kids) > cap)
