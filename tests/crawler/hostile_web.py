"""A web on 127.0.0.1 that serves exactly what a hostile-input test gives it, and a crawl of it.

``web.routes[path]`` is ``(status, headers, body)`` or a function of the request handler (for
bodies that never end or drip); ``web.hits`` counts requests per path. :func:`crawl_web` runs
the real crawl (``newsdesk.crawler.crawl``) over the feeds named, with the tests' short
timeouts, and returns what a user would look at: the summary, the stored rows, the errors.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawl_config import write_config
from loopback import LoopbackServer
from newsdesk.crawler import CrawlSummary, crawl

from newsdesk.config import load_config

HTML = {"Content-Type": "text/html; charset=utf-8"}
DATE = "Mon, 02 Mar 2026 09:00:00 GMT"
PARA = (
    "Staff at the firm said the internal board ranked everyone by how many model tokens they "
    "spent each week, and that tokenmaxxing soon stood in for effort. Several described "
    "leaving agent loops running through the night so their totals would keep pace. "
)
Route = tuple[int, dict[str, str], str | bytes] | Callable[[BaseHTTPRequestHandler], None]


class Web:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.server = LoopbackServer(self._handler())
        self.base = self.server.base
        self.routes["/hn/search"] = (200, {}, json.dumps({"hits": [], "nbPages": 1}))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = urlsplit(self.path).path
                web.hits[path] += 1
                route = web.routes.get(path, (404, {}, b""))
                if callable(route):
                    return route(self)
                status, headers, body = route
                data = body.encode() if isinstance(body, str) else body
                self.send_response(status)
                for k, v in ({"Content-Type": "application/rss+xml"} | headers).items():
                    if v:
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def page(self, path: str, title: str, body: str = "", head: str = "", **meta: str) -> str:
        """Serve an article page at ``path``; its URL. ``meta``: published, author."""
        published = meta.get("published", "2026-03-02T09:30:00Z")
        html = (
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="author" content="{meta.get("author", "Rowan Vale")}">'
            f'<meta property="article:published_time" content="{published}">{head}</head>'
            f"<body><article><h1>{title}</h1>{body or '<p>' + PARA + '</p>' * 2}</article>"
            "</body></html>"
        )
        self.routes[path] = (200, HTML, html)
        return self.base + path

    def feed(self, path: str, items: list[dict[str, str]], doctype: str = "") -> str:
        """Serve an RSS 2.0 feed of ``items`` (title, link, guid, date, description, extra)."""
        body = "".join(
            f"<item><title>{i['title']}</title><link>{i['link']}</link>"
            f"<guid>{i.get('guid', i['link'])}</guid><pubDate>{i.get('date', DATE)}</pubDate>"
            f"<description>{i.get('description', 'tokenmaxxing')}</description>"
            f"{i.get('extra', '')}</item>"
            for i in items
        )
        self.routes[path] = (
            200,
            {},
            f'<?xml version="1.0" encoding="utf-8"?>{doctype}<rss version="2.0"><channel>'
            f"<title>Feed</title><link>{self.base}/</link><description>x</description>"
            f"{body}</channel></rss>",
        )
        return path


@dataclass(frozen=True)
class Crawled:
    summary: CrawlSummary
    db: Path

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        with sqlite3.connect(self.db) as conn:
            return [tuple(r) for r in conn.execute(sql)]

    def articles(self) -> dict[str, dict[str, Any]]:
        """Stored articles by path: title, author, published, canonical_url, read_reason,
        text, links (JSON)."""
        cols = "url, title, author, published, canonical_url, read_reason, text, links"
        rows = self.rows(f"SELECT {cols} FROM articles")
        names = cols.split(", ")
        return {urlsplit(r[0]).path: dict(zip(names[1:], r[1:], strict=True)) for r in rows}

    def errors(self) -> list[tuple[str, str, str]]:
        return self.rows("SELECT url, kind, error FROM fetch_errors")  # type: ignore[return-value]


def crawl_web(tmp_path: Path, web: Web, feeds: list[str], **settings: object) -> Crawled:
    """Crawl ``feeds`` (paths on ``web``, each a feed named after its file) once."""
    path = write_config(tmp_path, web.base, [], **({"retries": 0} | settings))
    text = path.read_text(encoding="utf-8")
    for f in feeds:
        name = Path(f).stem
        text += f'\n[[feeds]]\nid = "{name}"\nurl = "{web.base}{f}"\n'
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    summary = crawl(config, progress=False)
    return Crawled(summary, config.path(config.crawl.database))
