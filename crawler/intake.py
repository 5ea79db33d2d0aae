"""The crawl's intake: which entries and pages are on a topic (:class:`TopicMatcher`), and
what the crawler stores of them, bounded (:func:`stored`).

What is stored from outside is bounded: control characters out, short fields kept short,
publication times that could be true.

A feed or a page is written by someone else, carelessly or on purpose. :func:`stored` is the
one pass every entry and article goes through before the store:

- :func:`newsdesk.unprintable.strip_controls_in` on every text (terminal escapes, bidi overrides);
- a title, author or site name on one line (:func:`newsdesk.unprintable.one_line`): no newline, tab,
  zero-width space, word joiner or byte-order mark in it (they reached headlines and slugs;
  the bidi marks a right-to-left title needs stay);
- a title over :data:`MAX_TITLE` characters, or an author or site name over :data:`MAX_NAME`,
  is cut at a word and ends in "…" (a 190 KB ``<title>`` would otherwise be every listing's
  headline, the slug and the front matter);
- a publication time that is not ISO 8601, is before :data:`EARLIEST` (no web page is older;
  ``1970-01-01T00:00:01Z`` is a zero timestamp, not a scoop) or more than a day after the
  fetch (``9999-12-31``: a story pinned to the top of the site) becomes unknown, so the
  feed's date or none is used and the page is never credited as first on a made-up date.

Topic matching (:class:`TopicMatcher`, which keywords occur where, and when a page is about a
topic rather than mentioning it in passing) lives in ``newsdesk/topic_match.py``: the stories
stage uses it too.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from newsdesk.topic_match import TopicMatcher, keyword_pattern, normalize
from newsdesk.unprintable import one_line, strip_controls_in

T = TypeVar("T")

MAX_TITLE = 400  # characters
MAX_NAME = 200  # characters: an author, a site name
EARLIEST = "1991-08-06"  # the first public web page
LATEST_SLACK = timedelta(days=1)  # time zones and clocks: a day after the fetch at most
__all__ = [
    "MAX_TITLE", "TopicMatcher", "keyword_pattern", "normalize", "plausible_time", "shortened", "stored",
]  # fmt: skip
_ISO = re.compile(r"^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\dZ)?$")


def stored(item: T, now: datetime | None = None) -> T:
    """``item`` (an Entry or an Article) as the store may keep it."""
    item = strip_controls_in(item)
    changes: dict[str, object] = {}
    for name, cap in (("title", MAX_TITLE), ("author", MAX_NAME), ("site_name", MAX_NAME)):
        value = getattr(item, name, None)
        if isinstance(value, str) and not value.isprintable():  # a title on one line, no
            value = changes[name] = one_line(value)  # zero-width space or BOM in it
        if isinstance(value, str) and len(value) > cap:
            changes[name] = shortened(value, cap)
    published = getattr(item, "published", None)
    if published is not None and plausible_time(published, now) is None:
        changes["published"] = None
    return dataclasses.replace(item, **changes) if changes else item  # type: ignore[type-var]


def shortened(text: str, cap: int) -> str:
    """``text`` cut to at most ``cap`` characters, at a space when there is one in the last
    fifth, ending in "…"."""
    cut = text[: cap - 1]
    space = cut.rfind(" ")
    if space > cap * 4 // 5:
        cut = cut[:space]
    return cut.rstrip() + "…"


def plausible_time(iso: str, now: datetime | None = None) -> str | None:
    """``iso`` (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SSZ``) when it could be a web page's
    publication time as of ``now`` (default: the clock), else None."""
    if not _ISO.match(iso) or iso < EARLIEST:
        return None
    latest = (now or datetime.now(UTC)) + LATEST_SLACK
    return iso if iso <= latest.strftime("%Y-%m-%dT%H:%M:%SZ") else None
