"""A small web written for these tests, served on 127.0.0.1 by a real threaded HTTP server.

Well-behaved feeds (RSS 2.0, Atom, RSS 1.0, a legacy-encoded one), article pages, an HN API,
and misbehaving endpoints: slow, 500 then 200, 429 with Retry-After, a redirect loop, HTML
where a feed should be, a body over the size cap, a robots.txt-disallowed path, a malformed
feed. ``FixtureServer.hits`` counts requests per path; ``.seen_headers`` keeps the
conditional-GET headers received.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import Counter, defaultdict
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from loopback import LoopbackServer

ETAG = '"v1-feed"'
LAST_MODIFIED = "Mon, 02 Mar 2026 12:00:00 GMT"

PARAGRAPH = (
    "Engineers at the firm said the dashboard ranked everyone by how many model tokens "
    "they consumed each week, and that the ranking quietly became a proxy for effort. "
    "Several described running long, pointless agent loops overnight so that their "
    "numbers would not fall behind those of their teammates. "
)


def page(title: str, body: str, *, extra_head: str = "", author: str = "Rowan Vale") -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title><meta name="author" content="{author}">
<meta property="og:site_name" content="Test Gazette">
<meta property="article:published_time" content="2026-03-02T09:30:00Z">{extra_head}
</head><body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>{body}</article>
<footer><a href="https://footer.example/">Footer link</a></footer></body></html>"""


def rss(base: str, items: list[tuple[str, str, str]], *, encoding: str = "utf-8") -> str:
    body = "".join(
        f"<item><title>{t}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        f"<pubDate>Mon, 02 Mar 2026 0{i}:00:00 GMT</pubDate><description>{d}</description></item>"
        for i, (t, path, d) in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        f"<title>Test Gazette</title><link>{base}/</link><description>x</description>"
        f"{body}</channel></rss>"
    )


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Weekly</title><id>{base}/atom</id>
<updated>2026-03-03T10:00:00Z</updated>
<entry><title>Token-maxxing spreads to a second team</title><id>{base}/articles/atom1.html</id>
<link href="{base}/articles/atom1.html"/><updated>2026-03-03T10:00:00Z</updated>
<summary>A second team adopted the leaderboard.</summary></entry></feed>"""


def rdf(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="{base}/feeds/rdf.xml"><title>RDF Daily</title><link>{base}/</link>
<description>x</description><items><rdf:Seq><rdf:li rdf:resource="{base}/articles/rdf1.html"/>
</rdf:Seq></items></channel>
<item rdf:about="{base}/articles/rdf1.html"><title>Why TOKEN MAXXING is a management failure</title>
<link>{base}/articles/rdf1.html</link><dc:date>2026-03-04T08:00:00Z</dc:date>
<description>An opinion on leaderboards.</description></item></rdf:RDF>"""


class Gauge:
    """Requests in flight, and the most at once, across every server that shares it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.inflight = 0
        self.peak = 0


class FixtureServer:
    def __init__(self, article_delay: float = 0.0, gauge: Gauge | None = None) -> None:
        self.article_delay = article_delay
        self.gauge = gauge or Gauge()  # shared by several servers: the crawl's global load
        self.revision = 0  # > 0: good.xml's first entry and its page are updated versions
        self.hits: Counter[str] = Counter()
        self.seen_headers: dict[str, list[dict[str, str]]] = defaultdict(list)
        self.lock = threading.Lock()
        self.inflight = 0
        self.peak = 0  # most requests in flight at once (this server is one host)
        self.loopback = LoopbackServer(self._handler())
        self.httpd = self.loopback.httpd
        self.base = self.loopback.base

    def __enter__(self) -> FixtureServer:
        self.loopback.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.loopback.__exit__(None, None, None)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                parts = urlsplit(self.path)
                gauge = server.gauge
                with server.lock:
                    server.hits[parts.path] += 1
                    count = server.hits[parts.path]
                    server.inflight += 1
                    server.peak = max(server.peak, server.inflight)
                    server.seen_headers[parts.path].append(
                        {k.lower(): v for k, v in self.headers.items()}
                    )
                with gauge.lock:
                    gauge.inflight += 1
                    gauge.peak = max(gauge.peak, gauge.inflight)
                self.in_gauge = True
                try:
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        server.route(self, parts.path, parse_qs(parts.query), count)
                finally:
                    with server.lock:
                        server.inflight -= 1
                    self.leave_gauge()

            def leave_gauge(self) -> None:
                # before the response is written: once the client has it, it may start its
                # next request (on another host) while this thread is still winding down
                if getattr(self, "in_gauge", False):
                    self.in_gauge = False
                    with server.gauge.lock:
                        server.gauge.inflight -= 1

            def send(
                self,
                status: int,
                body: str | bytes,
                ctype: str = "text/html; charset=utf-8",
                headers: dict[str, str] | None = None,
            ) -> None:
                data = body.encode("utf-8") if isinstance(body, str) else body
                self.leave_gauge()  # (end_headers sends the headers: a 301 is complete then)
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        return Handler

    # --- the site ----------------------------------------------------------------------------

    def route(self, h, path: str, query: dict[str, list[str]], count: int) -> None:
        b = self.base
        if path == "/robots.txt":
            return h.send(200, "User-agent: *\nDisallow: /private/\n", "text/plain")
        if path == "/feeds/good.xml":
            etag = ETAG if not self.revision else f'"v1-feed-r{self.revision}"'
            if h.headers.get("If-None-Match") == etag:
                return h.send(304, b"", headers={"ETag": etag})
            items = [
                (
                    "Staff chase a tokenmaxxing leaderboard"
                    + (f" (updated {self.revision})" if self.revision else ""),
                    "/articles/a1.html",
                    "Employees burn tokens to climb a ranking.",
                ),
                (
                    "Company responds to token maxxing claims",
                    "/articles/moved",
                    "A statement on the leaderboard.",
                ),
                ("A new e-reader arrives", "/articles/off.html", "Hardware review, nothing else."),
                (
                    "Inside the tokenmaxxing culture (subscribers)",
                    "/articles/paywalled.html",
                    "Paywalled tokenmaxxing blurb.",
                ),
                (
                    "Tokenmaxxing memo leaks",
                    "/articles/forbidden.html",
                    "Forbidden blurb about tokenmaxxing.",
                ),
                (
                    "Tokenmaxxing in private",
                    "/private/secret.html",
                    "Robots blurb about tokenmaxxing.",
                ),
                ("Tokenmaxxing, flaky page", "/articles/flaky.html", "Flaky tokenmaxxing blurb."),
            ]
            return h.send(
                200,
                rss(b, items),
                "application/rss+xml",
                {"ETag": etag, "Last-Modified": LAST_MODIFIED},
            )
        if path == "/feeds/atom.xml":
            if h.headers.get("If-Modified-Since") == LAST_MODIFIED:
                return h.send(304, b"")
            return h.send(200, atom(b), "application/atom+xml", {"Last-Modified": LAST_MODIFIED})
        if path == "/feeds/rdf.xml":
            return (
                h.send(200, rdf(b), "application/rdf+xml", {"ETag": '"rdf1"'})
                if h.headers.get("If-None-Match") != '"rdf1"'
                else h.send(304, b"")
            )
        if path == "/feeds/latin1.xml":
            items = [
                (
                    "Caf\u00e9 staff embrace tokenmaxxing \u2013 \u00bfpor qu\u00e9?",
                    "/articles/latin1.html",
                    "Na\u00efve metrics.",
                )
            ]
            return h.send(
                200,
                rss(b, items, encoding="windows-1252").encode("cp1252"),
                "application/rss+xml; charset=windows-1252",
            )
        if path == "/feeds/bozo.xml":
            body = rss(
                b, [("Tokenmaxxing & the broken feed", "/articles/bozo1.html", "Unescaped & here")]
            )
            return h.send(
                200, body.replace("</channel>", "<oops></channel>"), "application/rss+xml"
            )
        if path == "/feeds/slow.xml":
            time.sleep(4.5)  # beyond the tests' 2 s timeout
            return h.send(200, rss(b, []), "application/rss+xml")
        if path == "/feeds/flaky.xml":
            if count == 1:
                return h.send(500, "boom", "text/plain")
            return h.send(
                200,
                rss(b, [("Flaky feed, tokenmaxxing", "/articles/a1.html", "dup")]),
                "application/rss+xml",
            )
        if path == "/feeds/ratelimited.xml":
            if count == 1:
                return h.send(429, "slow down", "text/plain", {"Retry-After": "1"})
            return h.send(200, rss(b, []), "application/rss+xml")
        if path in ("/feeds/loop-a.xml", "/feeds/loop-b.xml"):
            other = "/feeds/loop-b.xml" if path.endswith("a.xml") else "/feeds/loop-a.xml"
            return h.send(302, b"", headers={"Location": other})
        if path == "/feeds/html.xml":
            return h.send(200, page("Not a feed", "<p>This is a web page.</p>"))
        if path == "/feeds/huge.xml":
            return h.send(200, b"<rss>" + b" " * 300_000 + b"</rss>", "application/rss+xml")
        if path == "/private/feed.xml":
            return h.send(200, rss(b, []), "application/rss+xml")
        if path == "/hn/search":
            return self.hn_search(h, query)
        if path.startswith("/hn/item/"):
            return self.hn_item(h, int(path.rsplit("/", 1)[1].split(".")[0]))
        if path == "/articles/moved":
            return h.send(301, b"", headers={"Location": "/articles/a2.html"})
        if path.startswith(("/articles/", "/private/")):
            return self.article(h, path, count)
        return h.send(404, "not found", "text/plain")

    def article(self, h, path: str, count: int) -> None:
        if self.article_delay:
            time.sleep(self.article_delay)
        name = path.rsplit("/", 1)[1].removesuffix(".html")
        if name == "forbidden":
            return h.send(403, "forbidden", "text/plain")
        if name == "flaky" and count == 1:
            return h.send(503, "try later", "text/plain")
        if name == "paywalled":
            return h.send(
                200,
                page(
                    "Inside the tokenmaxxing culture",
                    '<div class="paywall"><p>Subscribe to keep reading this story.</p></div>',
                    extra_head='<script type="application/ld+json">{"@type":"NewsArticle",'
                    '"isAccessibleForFree": false}</script>',
                ),
            )
        if name == "off":
            return h.send(
                200, page("A new e-reader arrives", "<p>" + "Screens and batteries. " * 30 + "</p>")
            )
        body = (
            f'<p>{PARAGRAPH}</p><p>According to <a href="https://www.ledger.example/story">'
            f"The Ledger</a>, the practice is called tokenmaxxing. {PARAGRAPH}</p>"
            f'<p>{PARAGRAPH} See also <a href="{self.base}/articles/other.html">our earlier piece</a>.</p>'
        )
        if name == "a1" and self.revision:
            body += f"<p>Update {self.revision}: the company has paused the ranking for review.</p>"
        return h.send(200, page(f"Tokenmaxxing report: {name}", body))

    def hn_search(self, h, query: dict[str, list[str]]) -> None:
        q = query.get("query", [""])[0]
        page_no = int(query.get("page", ["0"])[0])
        link_hit = {
            "objectID": "9001",
            "title": "Staff chase a tokenmaxxing leaderboard",
            "url": f"{self.base}/articles/a1.html",
            "author": "pat",
            "points": 120,
            "num_comments": 5,
            "created_at": "2026-03-02T15:00:00.000Z",
            "story_text": None,
        }
        ask_hit = {
            "objectID": "9002",
            "title": "Ask HN: Is tokenmaxxing happening at your company?",
            "url": None,
            "author": "sam",
            "points": 40,
            "num_comments": 2,
            "created_at": "2026-03-03T09:00:00.000Z",
            "story_text": "<p>Our dashboard ranks token use.<p>Is this &quot;normal&quot;?",
        }
        url_only_hit = {  # found only by looking the article's URL up, never by keyword
            **link_hit,
            "objectID": "9003",
            "title": "A flaky page, discussed",
            "url": f"{self.base}/articles/flaky.html",
            "points": 7,
            "num_comments": 0,
        }
        if query.get("restrictSearchableAttributes") == ["url"]:
            hits = [link_hit] if q.endswith("/articles/a1.html") else []
            hits = [url_only_hit] if q.endswith("/articles/flaky.html") else hits
            data = {"hits": hits, "nbPages": 1 if hits else 0, "page": 0}
        elif q == "tokenmaxxing":
            data = {
                "hits": [link_hit] if page_no == 0 else [ask_hit],
                "nbPages": 2,
                "page": page_no,
            }
        else:
            data = {"hits": [], "nbPages": 0, "page": 0}
        return h.send(200, json.dumps(data), "application/json")

    def hn_item(self, h, item: int) -> None:
        items = {
            9001: {"id": 9001, "type": "story", "kids": [9101, 9102, 9103, 9104, 9105]},
            9002: {"id": 9002, "type": "story", "kids": [9201, 9202]},
            9003: {"id": 9003, "type": "story"},
            9101: {
                "id": 9101,
                "dead": True,
                "by": "spam",
                "text": "buy tokens",
                "time": 1772460000,
            },
            9102: {
                "id": 9102,
                "by": "ana",
                "text": "We had this.<p>It ended badly.",
                "time": 1772460100,
            },
            9103: {"id": 9103, "deleted": True, "time": 1772460200},
            9104: {
                "id": 9104,
                "by": "bo",
                "text": "Goodhart&#x27;s law again.",
                "time": 1772460300,
            },
            9105: {"id": 9105, "by": "cy", "text": "Metrics get gamed.", "time": 1772460400},
            9201: {"id": 9201, "by": "dee", "text": "Yes, at ours too.", "time": 1772530000},
            9202: {"id": 9202, "by": "eli", "text": "No leaderboard here.", "time": 1772530100},
        }
        if item not in items:
            return h.send(404, "null", "application/json")
        return h.send(200, json.dumps(items[item]), "application/json")
