"""Hacker News answers checked for shape: a bad hit or item is skipped with a reason.

The HN APIs are outside input. A search hit or comment of the wrong shape (``points:
"lots"``, an object as the author, a ``time`` of 1e20, no ``id``) raises :class:`BadItem`
with a one-line reason; the caller records it as a fetch error and goes on. Every text is
stripped of control characters (:func:`newsdesk.unprintable.strip_controls`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from newsdesk.crawler.feeds import plain_text

from newsdesk.models import Comment
from newsdesk.unprintable import strip_controls

MAX_ID = 2**53  # JSON's exact integers; HN ids are far below
MAX_TIME = 253402300799  # 9999-12-31T23:59:59Z


class BadItem(ValueError):
    """A hit or item of the wrong shape: the message says what is wrong."""


def _text(raw: dict[str, Any], *keys: str) -> str:
    """The first non-empty of ``keys``: a string, or nothing (None / missing)."""
    for key in keys:
        value = raw.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise BadItem(f"{key} is {type(value).__name__}, not a string")
        return strip_controls(value)
    return ""


def _count(raw: dict[str, Any], key: str) -> int:
    value = raw.get(key)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < MAX_ID:
        raise BadItem(f"{key} is {value!r:.40}, not a count")
    return value


def item_id(value: object, key: str = "id") -> int:
    """An HN id: a positive integer (or a string of digits, as Algolia's objectID is)."""
    if isinstance(value, str) and value.isdigit() and len(value) < 17:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < MAX_ID:
        raise BadItem(f"{key} is {value!r:.40}, not an HN id" if value is not None else f"no {key}")
    return value


def timestamp(value: object, key: str = "time") -> str:
    """Unix seconds as ISO 8601 UTC; raises BadItem when not a time between 1970 and 9999."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadItem(f"{key} is {value!r:.40}, not a time")
    if not 0 <= value <= MAX_TIME:
        raise BadItem(f"{key} {value!r:.40} is out of range")
    return datetime.fromtimestamp(int(value), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def hit_fields(raw: object) -> dict[str, Any]:
    """An Algolia search hit as :class:`crawler.hackernews.Hit` fields (BadItem if malformed)."""
    if not isinstance(raw, dict):
        raise BadItem(f"hit is {type(raw).__name__}, not an object")
    ident = raw.get("objectID") or raw.get("story_id")
    hn_id = item_id(ident, "objectID")
    created = _text(raw, "created_at")
    if not created and raw.get("created_at_i"):
        created = timestamp(raw["created_at_i"], "created_at_i")
    if created:
        created = created.replace(".000Z", "Z").replace("+00:00", "Z")
    url = _text(raw, "url")
    if url and not url.lower().startswith(("http://", "https://")):
        url = ""
    return {
        "hn_id": hn_id,
        "title": plain_text(_text(raw, "title", "story_title")),
        "url": url or None,
        "author": _text(raw, "author"),
        "points": _count(raw, "points"),
        "num_comments": _count(raw, "num_comments"),
        "created": created or None,
        "story_text": _text(raw, "story_text"),
    }


def comment(item: dict[str, Any], rank: int, html_to_text: Any) -> Comment | None:
    """A live comment item as a Comment; None for dead, deleted or empty ones (not errors)."""
    if item.get("dead") or item.get("deleted"):
        return None
    hn_id = item_id(item.get("id"))
    author, text = _text(item, "by"), _text(item, "text")
    if not text or not author:
        return None
    created = item.get("time")
    return Comment(
        id=hn_id,
        author=plain_text(author),
        text=strip_controls(html_to_text(text)),
        created=timestamp(created) if created else None,
        rank=rank,
    )
