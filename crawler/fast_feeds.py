"""A lean parser for plain, well-formed RSS and Atom feeds (lxml), tried before feedparser.

feedparser stays the parser of record: this module takes a feed only when it is sure to
produce what feedparser would (with the crawler's options, see :mod:`crawler.feeds`), and
returns None for anything else, which then goes to feedparser. "Sure" means a narrow shape:

* the body is UTF-8 by every account (an XML content type whose charset, if any, is UTF-8; an
  XML declaration, if any, saying UTF-8; no byte-order mark) and well-formed XML with no
  DOCTYPE and no ``xml:base``;
* the root is ``<rss>`` holding one ``<channel>`` (here), or an Atom ``<feed>``
  (:mod:`crawler.fast_atom`), and every element is a field read here (text only, at most one
  of each per entry), one feedparser has no handler for (inert: :func:`crawler.fast_atom.inert`), or
  one on the short lists below, whose handlers were read and change nothing the crawler keeps.

Each field gets feedparser's own treatment of element text (strip, its URI fix-up, its
Latin-1-mistaken-for-UTF-8 repair, its windows-1252 mapping, its link ``&amp;`` repair, its
date parser), and the entries come out as the dicts feedparser would give, so the crawler
turns both into entries with the same code. ``benchmarks/feed_parity.py`` checks the claim on
the real feeds; tests/crawler/test_fast_feeds.py and test_fast_atom.py on fixtures of our own.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from newsdesk.crawler.fast_atom import OTHER_VERSIONS, NotSimple, atom, inert, parse_date, text

_XML_TYPES = frozenset(
    {"application/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml"}
)
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
# item elements whose text we read, as (lxml tag -> the field feedparser fills)
_ITEM_FIELDS = {
    "title": "title",
    "link": "link",
    "description": "description",
    "guid": "guid",
    "pubDate": "pubDate",
    "author": "author",
    _DC + "creator": "author",
    _CONTENT + "encoded": "content",
}
# item elements feedparser keeps elsewhere (tags, links, comments): no effect on our fields
_ITEM_IGNORED = frozenset({"category", "comments", "enclosure"})
# channel elements with no effect on the feed's title or its entries
_CHANNEL_IGNORED = frozenset(
    {
        "link", "description", "language", "copyright", "managingEditor", "webMaster",
        "pubDate", "lastBuildDate", "category", "generator", "docs", "ttl",
        "{http://www.w3.org/2005/Atom}link",
    }
)  # fmt: skip
# feedparser's names for <rss version="...">: the RSS versions share its element handlers
_RSS_VERSIONS = {"0.91": "rss091u", "0.92": "rss092", "0.93": "rss093", "0.94": "rss094"}
_IMAGE_PARTS = frozenset({"url", "title", "link", "width", "height", "description"})
_ATOM_FEED = "{http://www.w3.org/2005/Atom}feed"
_DECL = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_ENTITY_LIKE = re.compile("&([A-Za-z0-9_]+);")
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
)


def fast_parse(body: bytes, content_type: str) -> tuple[str, str, list[dict[str, Any]]] | None:
    """(feed title, version, feedparser-like entry dicts), or None to let feedparser parse."""
    if not _plain_utf8(body, content_type):
        return None
    try:
        root = etree.fromstring(body, _PARSER)
        if root.getroottree().docinfo.doctype:
            return None  # past the first 512 bytes: feedparser reads DOCTYPEs (rss091n, entities)
        return atom(root) if root.tag == _ATOM_FEED else _rss(root)
    except (etree.XMLSyntaxError, NotSimple, ValueError):
        return None


def _plain_utf8(body: bytes, content_type: str) -> bool:
    mime, _, params = (content_type or "application/xml").partition(";")
    mime = mime.strip().lower()
    charset = params.strip().lower().replace(" ", "")
    if charset and charset not in ("charset=utf-8", "charset=utf8"):
        return False
    if mime not in _XML_TYPES and not (mime == "text/xml" and (charset or body.isascii())):
        return False  # text/xml without a charset is US-ASCII to feedparser (RFC 3023)
    head = body[:512]
    if not head.startswith(b"<") or b"<!" in head and b"<!DOCTYPE" in body.upper():
        return False  # a BOM, leading space or a DOCTYPE: feedparser's own handling
    if b"xml:base" in body or b"<!ENTITY" in body:
        return False
    decl = _DECL.match(head)
    return decl is None or decl.group(1).lower() in (b"utf-8", b"utf8")


def _rss(root: Any) -> tuple[str, str, list[dict[str, Any]]]:
    if (
        root.tag != "rss"
        or set(root.attrib) - {"version"}
        or OTHER_VERSIONS & set(root.nsmap.values())
    ):
        raise NotSimple  # the RSS 1.0 namespace declared on <rss> makes feedparser say rss10
    given = root.get("version", "")
    version = _RSS_VERSIONS.get(given) or ("rss20" if given.startswith("2.") else "rss")
    channels = [c for c in root if isinstance(c.tag, str)]
    if len(channels) != 1 or channels[0].tag != "channel" or channels[0].attrib:
        raise NotSimple
    title: str | None = None
    entries = []
    for child in channels[0]:
        tag = child.tag
        if not isinstance(tag, str):
            continue  # a comment or processing instruction
        if tag == "item":
            entries.append(_item(child))
        elif tag == "title":
            if title is not None:
                raise NotSimple
            title = text(child)
        elif tag == "image":
            _check_image(child)
        elif len(child) or not (tag in _CHANNEL_IGNORED or inert(tag, child.prefix)):
            raise NotSimple
    return title or "", version, entries


def _check_image(image: Any) -> None:
    """A channel <image> whose title feedparser files under the image, not the feed."""
    for part in image:
        if isinstance(part.tag, str) and (part.tag not in _IMAGE_PARTS or len(part)):
            raise NotSimple


def _item(item: Any) -> dict[str, Any]:
    if item.attrib:
        raise NotSimple
    fields: dict[str, Any] = {}
    for child in item:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        name = _ITEM_FIELDS.get(tag)
        if name is None:
            if not len(child) and (tag in _ITEM_IGNORED or inert(tag, child.prefix)):
                continue
            raise NotSimple
        if name in fields or (child.attrib and name != "guid"):
            raise NotSimple
        fields[name] = child
    return _entry_dict(fields)


def _entry_dict(fields: dict[str, Any]) -> dict[str, Any]:
    """The entry as feedparser's dict, for the keys the crawler reads."""
    raw: dict[str, Any] = {}
    if "guid" in fields:
        el = fields["guid"]
        if set(el.attrib) - {"isPermaLink"}:
            raise NotSimple
        is_link = el.get("isPermaLink", "true") == "true"
        raw["id"] = guid = text(el, as_uri=is_link)
        if is_link:
            raw["link"] = guid
    if "link" in fields:  # <link> wins over a permalink guid, wherever it stands
        link = text(fields["link"], as_uri=True).replace("&amp;", "&")
        raw["link"] = _ENTITY_LIKE.sub(r"&\g<1>", link)
    if "title" in fields:
        raw["title"] = text(fields["title"])
    if "author" in fields:
        raw["author"] = text(fields["author"])
    content = text(fields["content"]) if "content" in fields else None
    if content is not None:
        raw["content"] = [{"value": content}]
    if "description" in fields:
        raw["summary"] = text(fields["description"])
    elif content is not None:
        raw["summary"] = content
    if "pubDate" in fields:
        raw["published_parsed"] = parse_date(text(fields["pubDate"]))
    return raw
