"""The lean parser's Atom 1.0 half (see :mod:`crawler.fast_feeds`): plain Atom feeds as
feedparser reads them, or :class:`NotSimple`; and what both halves share (below).

The shape taken: ``<feed>`` in the Atom namespace, entries whose fields are text constructs of
type text or html (never xhtml, never ``src``), alternate links as ``href`` attributes, at most
one author with name / email / uri. feedparser's rules copied here: an entry's link is its last
alternate HTML link, else its id; the summary is the summary, else the content; the author is
"name (email)", the name, or the email; names and emails keep their text as written.

What the lean feed parsers (:mod:`crawler.fast_feeds`, this module) share: feedparser's
treatment of an element's text (:func:`text`), and which elements feedparser leaves inert
(:func:`inert`). Both parsers walk an lxml tree and raise :class:`NotSimple` the moment a feed
leaves the shape they are sure about; the caller then gives the feed to feedparser.
"""

from __future__ import annotations

import contextlib
import functools
from typing import Any

from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date
from feedparser.mixin import _cp1252
from feedparser.urls import _urljoin

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


ATOM = "{http://www.w3.org/2005/Atom}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# namespaces that, declared on the root element, can make feedparser name another version
OTHER_VERSIONS = frozenset({"http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/"})
_TEXT_TYPES = frozenset({"text", "html"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_LINK_ATTRS = frozenset({"href", "rel", "type", "hreflang", "title", "length"})
# feed-level elements with no effect on the feed's title or its entries (when text only)
_FEED_IGNORED = frozenset(
    ATOM + t for t in ("id", "updated", "link", "subtitle", "rights", "generator", "icon", "logo",
                       "category")
)  # fmt: skip
_PERSON_PARTS = frozenset({ATOM + "name", ATOM + "email", ATOM + "uri"})
_ENTRY_IGNORED = frozenset({ATOM + "category", ATOM + "rights"})


def atom(root: Any) -> tuple[str, str, list[dict[str, Any]]]:
    if set(root.attrib) - {_XML_LANG} or OTHER_VERSIONS & set(root.nsmap.values()):
        raise NotSimple
    title: str | None = None
    entries = []
    for child in root:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == ATOM + "entry":
            entries.append(_entry(child))
        elif tag == ATOM + "title":
            if title is not None:
                raise NotSimple
            title = _text_construct(child)
        elif tag in (ATOM + "author", ATOM + "contributor"):
            _person(child)
        elif len(child) or not (tag in _FEED_IGNORED or inert(tag, child.prefix)):
            raise NotSimple
    return title or "", "atom10", entries


def _entry(entry: Any) -> dict[str, Any]:
    if entry.attrib:
        raise NotSimple
    raw: dict[str, Any] = {}
    seen: set[str] = set()
    link = None
    for child in entry:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == ATOM + "link":
            href = _alternate(child)
            link = link if href is None else href
            continue
        if tag in _ENTRY_IGNORED or tag not in _ENTRY_FIELDS:
            if len(child) or not (tag in _ENTRY_IGNORED or inert(tag, child.prefix)):
                raise NotSimple
            continue
        if tag in seen:
            raise NotSimple
        seen.add(tag)
        _ENTRY_FIELDS[tag](child, raw)
    if link is not None:
        raw["link"] = link  # the last alternate link, wherever it stands
    elif "id" in raw:
        raw["link"] = raw["id"]  # feedparser takes an Atom id as a permalink
    if "summary" not in raw and "content" in raw:
        raw["summary"] = raw["content"][0]["value"]
    return raw


def _alternate(link: Any) -> str | None:
    """An entry link's href when feedparser takes it as the entry's link."""
    attrs = link.attrib
    if len(link) or set(attrs) - _LINK_ATTRS or "href" not in attrs:
        raise NotSimple
    rel = attrs.get("rel", "alternate").lower()  # present but empty: not alternate
    kind = attrs.get("type", "application/atom+xml" if rel == "self" else "text/html").lower()
    if rel != "alternate" or kind not in _HTML_TYPES:
        return None
    href: str = attrs["href"]
    return uri(href) if href else href


def _text_construct(el: Any) -> str:
    if set(el.attrib) - {"type"} or (el.get("type", "text").lower() not in _TEXT_TYPES):
        raise NotSimple
    return text(el)


def _person(el: Any) -> str:
    """An author as feedparser's ``author``: "name (email)", the name, the email, or ''."""
    if el.attrib or (el.text or "").strip():
        raise NotSimple
    parts: dict[str, str] = {}
    for part in el:
        if not isinstance(part.tag, str):
            continue
        if part.tag not in _PERSON_PARTS or part.tag in parts or part.attrib or len(part):
            raise NotSimple
        if (part.tail or "").strip():
            raise NotSimple
        parts[part.tag] = (part.text or "").strip()  # kept as written (feedparser: no clean-up)
    name, email = parts.get(ATOM + "name"), parts.get(ATOM + "email")
    if name and email:
        return f"{name} ({email})"
    return name or email or ""


def _id(el: Any, raw: dict[str, Any]) -> None:
    if el.attrib:
        raise NotSimple
    raw["id"] = text(el, as_uri=True)


def _title(el: Any, raw: dict[str, Any]) -> None:
    raw["title"] = _text_construct(el)


def _summary(el: Any, raw: dict[str, Any]) -> None:
    raw["summary"] = _text_construct(el)


def _content(el: Any, raw: dict[str, Any]) -> None:
    raw["content"] = [{"value": _text_construct(el)}]


def _published(el: Any, raw: dict[str, Any]) -> None:
    if el.attrib:
        raise NotSimple
    raw["published_parsed"] = parse_date(text(el))


def _updated(el: Any, raw: dict[str, Any]) -> None:
    if el.attrib:
        raise NotSimple
    raw["updated_parsed"] = parse_date(text(el))


def _author(el: Any, raw: dict[str, Any]) -> None:
    raw["author"] = _person(el)


_ENTRY_FIELDS = {
    ATOM + "id": _id,
    ATOM + "title": _title,
    ATOM + "summary": _summary,
    ATOM + "content": _content,
    ATOM + "published": _published,
    ATOM + "updated": _updated,
    ATOM + "author": _author,
}
