"""What the lean feed parsers (:mod:`crawler.fast_feeds`, :mod:`crawler.fast_atom`) share:
feedparser's treatment of an element's text, and which elements feedparser leaves inert.

Both parsers walk an lxml tree and raise :class:`NotSimple` the moment a feed leaves the shape
they are sure about; the caller then gives the feed to feedparser.
"""

from __future__ import annotations

import contextlib
import functools
from typing import Any

from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date
from feedparser.mixin import _cp1252
from feedparser.urls import _urljoin

__all__ = ["NotSimple", "inert", "parse_date", "text", "uri"]

parse_date = _parse_date  # feedparser's own date parser: the same dates, by construction
uri = functools.partial(_urljoin, "")  # feedparser's URI fix-up, with no base (no xml:base)

# feedparser's standard prefix for each namespace it knows ('' for RSS's and Atom's own)
_KNOWN_NS = {ns.lower(): prefix for ns, prefix in StrictFeedParser.namespaces.items()}
# the entry keys the crawler reads: an element feedparser would store under one is not inert
_READ_KEYS = frozenset(
    {"id", "link", "title", "summary", "content", "published_parsed", "updated_parsed", "author"}
)


class NotSimple(Exception):
    """The feed is outside the shape the lean parsers are sure about: feedparser takes it."""


def text(el: Any, *, as_uri: bool = False) -> str:
    """An element's text as feedparser's ``pop`` leaves it (strict XML parser, UTF-8 feed)."""
    if len(el):
        raise NotSimple  # child elements, comments: feedparser keeps markup we would not
    value: str = (el.text or "").strip()
    if as_uri and value:
        value = uri(value)
    if not value.isascii():
        # feedparser's repair of UTF-8 that was read as Latin-1
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            value = value.encode("iso-8859-1").decode("utf-8")
        value = value.translate(_cp1252)
    return value


@functools.lru_cache(maxsize=512)
def inert(tag: str, prefix: str | None) -> bool:
    """True for an element (without children) that feedparser has no handler for: it only
    keeps its text or attributes under a key of its own name, which the crawler never reads."""
    ns, _, local = tag[1:].rpartition("}") if tag.startswith("{") else ("", "", tag)
    if "backend.userland.com/rss" in ns.lower():
        return False  # feedparser's special case for userland's namespaces
    std = _KNOWN_NS.get(ns.lower(), (prefix or "").lower())
    name = f"{std}_{local.lower()}" if std else local.lower()
    if name in _READ_KEYS:
        return False
    return not (
        hasattr(StrictFeedParser, f"_start_{name}") or hasattr(StrictFeedParser, f"_end_{name}")
    )
