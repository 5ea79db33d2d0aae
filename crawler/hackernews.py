"""Hacker News: Algolia search for topic stories and URL lookups, the item API for comments.

Search URLs are built with a fixed parameter order so recorded archives replay exactly.
Comments are a story's top-level ``kids`` in HN's own ranked order, skipping dead and
deleted ones, up to ``hackernews.max_comments``.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from newsdesk.crawler.feeds import plain_text
from newsdesk.crawler.fetch import Fetcher

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


def parse_hit(raw: dict[str, Any]) -> Hit | None:
    ident = raw.get("objectID") or raw.get("story_id")
    if ident is None:
        return None
    try:
        hn_id = int(ident)
    except (TypeError, ValueError):
        return None
    created = raw.get("created_at")
    if not created and raw.get("created_at_i"):
        created = datetime.fromtimestamp(int(raw["created_at_i"]), UTC).isoformat()
    if created:
        created = created.replace(".000Z", "Z").replace("+00:00", "Z")
    return Hit(
        hn_id=hn_id,
        title=plain_text(raw.get("title") or raw.get("story_title") or ""),
        url=raw.get("url") or None,
        author=raw.get("author") or "",
        points=int(raw.get("points") or 0),
        num_comments=int(raw.get("num_comments") or 0),
        created=created,
        text=html_to_text(raw.get("story_text") or ""),
    )


async def _json(fetcher: Fetcher, url: str) -> object:
    resp = await fetcher.get(url)
    if not resp.ok:
        raise HNError(resp.error or f"http {resp.status}")
    try:
        return json.loads(resp.body)
    except ValueError as exc:
        raise HNError(f"not JSON ({exc})") from None


async def search(
    fetcher: Fetcher, settings: HackerNewsConfig, query: str, *, since: int | None
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
        hits += [h for h in map(parse_hit, data.get("hits") or []) if h]
        if page + 1 >= int(data.get("nbPages") or 0):
            break
    return hits


async def lookup(fetcher: Fetcher, settings: HackerNewsConfig, url: str) -> list[Hit]:
    """HN stories whose URL is ``url`` (Algolia restrictSearchableAttributes=url)."""
    query = search_url(
        settings.search_url, url, hits_per_page=settings.hits_per_page, restrict_url=True
    )
    data = await _json(fetcher, query)
    if not isinstance(data, dict):
        raise HNError("unexpected search response")
    return [h for h in map(parse_hit, data.get("hits") or []) if h]


async def comments(fetcher: Fetcher, settings: HackerNewsConfig, hn_id: int) -> tuple[Comment, ...]:
    """The story's top comments in HN's ranked order, dead and deleted ones skipped."""
    story = await _json(fetcher, item_url(settings.item_url, hn_id))
    if not isinstance(story, dict):
        return ()
    kids = [k for k in story.get("kids") or [] if isinstance(k, int)]
    out: list[Comment] = []
    # Fetch in windows of max_comments: enough when few are dead, more when needed.
    window = max(1, settings.max_comments)
    for start in range(0, len(kids), window):
        batch = kids[start : start + window]
        items = await asyncio.gather(
            *(_json(fetcher, item_url(settings.item_url, k)) for k in batch),
            return_exceptions=True,
        )
        for item in items:
            if not isinstance(item, dict) or item.get("dead") or item.get("deleted"):
                continue
            if not item.get("text") or not item.get("by"):
                continue
            created = item.get("time")
            out.append(
                Comment(
                    id=int(item["id"]),
                    author=str(item["by"]),
                    text=html_to_text(item["text"]),
                    created=(
                        datetime.fromtimestamp(int(created), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                        if created
                        else None
                    ),
                    rank=len(out) + 1,
                )
            )
            if len(out) >= settings.max_comments:
                return tuple(out)
    return tuple(out)
