"""Markup planted in a feed, a page and Hacker News, followed from the crawl to the built site.

Titles, authors, blurbs, page text and HN comments carry script, handlers and ``javascript:``
links; after crawl, stories, draft and build-site (drafts shown), no page, feed or JSON file
of the site holds any of it as live markup.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from bs4 import BeautifulSoup
from hostile_web import PARA, Web, crawl_web
from newsdesk.sitebuilder import build
from newsdesk.summarizer import run as draft_cmd

from newsdesk import stories
from newsdesk.config import load_config
from newsdesk.store import Store

XSS = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def _plant(web: Web) -> None:
    body = (
        f"<p>{PARA}</p><script>alert(3)</script><style>body{{display:none}}</style>"
        f"<p onclick='alert(4)'>Tokenmaxxing spread <a href='javascript:alert(5)'>here</a>."
        f"<iframe src='javascript:alert(6)'></iframe></p><p>{PARA}</p>"
        "<p>&lt;script&gt;alert(7)&lt;/script&gt; was written as text.</p>"
    )
    title = "Tokenmaxxing &lt;/title&gt;&lt;script&gt;alert(8)&lt;/script&gt; board"
    url = web.page("/a.html", title, body, author='"><script>alert(9)</script>')
    escaped = XSS.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    item = {
        "title": f"Tokenmaxxing {escaped}",
        "link": url,
        "description": f"Tokenmaxxing {escaped}",
        "extra": f"<author>x@example.org ({escaped})</author>",
    }
    web.feed("/f.xml", [item])
    hit = {
        "objectID": "100",
        "title": f"Tokenmaxxing {XSS}",
        "url": url,
        "points": 50,
        "num_comments": 1,
        "created_at_i": 1772442000,
        "author": f"mal{XSS}",
    }
    web.routes["/hn/search"] = (200, {}, json.dumps({"hits": [hit], "nbPages": 1}))
    story = {"id": 100, "type": "story", "kids": [101], "time": 1772442000, "title": "x"}
    comment = {
        "id": 101,
        "type": "comment",
        "by": f"<b>{XSS}</b>",
        "time": 1772443000,
        "text": f"Tokenmaxxing is real {XSS}<a href='javascript:alert(10)'>l</a>",
    }
    web.routes["/hn/item/100.json"] = (200, {}, json.dumps(story))
    web.routes["/hn/item/101.json"] = (200, {}, json.dumps(comment))


def _live_markup(site: Path) -> list[str]:
    found = []
    for page in site.rglob("*.html"):
        doc = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for el in doc.find_all(True):
            bad = [a for a in el.attrs if a.startswith("on")]
            href = "".join(str(el.get("href") or el.get("src") or "").split()).lower()
            if bad or href.startswith(("javascript:", "data:")) or el.name in ("iframe", "style"):
                found.append(f"{page}: {el}")
            if el.name == "script" and el.get("type") != "application/ld+json" and el.string:
                found.append(f"{page}: {el}")
            if el.name == "script" and el.get("type") == "application/ld+json":
                assert "</script" not in (el.string or "").lower()
                json.loads(el.string or "")
    for feed in site.rglob("*.xml"):
        ET.fromstring(feed.read_bytes())
    for data in site.rglob("*.json"):
        json.loads(data.read_bytes())
    return found


def test_planted_markup_never_reaches_the_site_as_markup(tmp_path: Path, web: Web) -> None:
    _plant(web)
    crawled = crawl_web(tmp_path, web, ["/f.xml"])
    assert crawled.summary.articles_extracted == 1 and crawled.summary.discussions == 1
    config = load_config(tmp_path / "newsdesk.toml")
    with Store(config.path(config.crawl.database)) as store:
        stories.update_stories(config, store)
    draft_cmd.run_drafts(config)
    summary = build(config, drafts=True, index=False)
    assert summary.stories == 1
    site = config.path(config.build.out)
    assert _live_markup(site) == []
    article = next(p for p in site.glob("2026/03/*/index.html"))
    shown = article.read_text(encoding="utf-8")
    assert "alert(" in shown  # the planted text is shown, as text
