"""What a feed address gave when it is not a feed, said plainly: an empty body, or an HTML page
(with the feed the page names in its ``<link rel="alternate">``, when it names one).

The crawl reported both as "not a feed (text/html: <unknown>:2:0: syntax error)" and "not a
feed (application/xml)", feedparser's words, which told an editor neither what came back nor
what to put in ``[[feeds]]`` instead.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

_HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S
)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
_HEAD_BYTES = 200_000  # the <link> tags are in the head


class _FeedLinks(HTMLParser):
    """The hrefs of ``<link rel="alternate" type="application/rss+xml|atom+xml" href>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        a = {k.lower(): (v or "").strip() for k, v in attrs}
        rels = a.get("rel", "").lower().split()
        if "alternate" in rels and a.get("type", "").lower() in _FEED_TYPES and a.get("href"):
            self.hrefs.append(a["href"])


def is_html(body: bytes, content_type: str) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    return kind in ("text/html", "application/xhtml+xml") or bool(
        _HTML_START.match(body.lstrip(b"\xef\xbb\xbf")[:4096])
    )


def feed_links(body: bytes, url: str) -> list[str]:
    """The feeds an HTML page names, as absolute http(s) addresses, in page order."""
    parser = _FeedLinks()
    try:
        parser.feed(body[:_HEAD_BYTES].decode("utf-8", "replace"))
        parser.close()
    except Exception:  # an HTML parser should not raise; a page that breaks it names no feed
        pass
    found = [urljoin(url, h) for h in parser.hrefs]
    return list(dict.fromkeys(u for u in found if u.lower().startswith(("http://", "https://"))))


def not_a_feed(body: bytes, url: str, content_type: str, reason: str | None) -> str:
    """The problem line for a body that yielded no feed."""
    kind = content_type.split(";")[0].strip() or "no content type"
    if not body.strip(b" \t\r\n\xef\xbb\xbf"):
        return f"empty, not a feed: the address returned nothing ({len(body)} bytes, {kind})"
    if is_html(body, content_type):
        links = feed_links(body, url)
        if not links:
            return f"an HTML page, not a feed ({kind}), and it names no feed of its own"
        more = f" (and {len(links) - 1} more)" if len(links) > 1 else ""
        return (
            f"an HTML page, not a feed ({kind}); the page names its feed: {links[0]}{more}"
            " (use that address in [[feeds]])"
        )
    return f"not a feed ({kind}{': ' + reason if reason else ''})"
