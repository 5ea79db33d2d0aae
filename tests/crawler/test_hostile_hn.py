"""Issue 13, items 5-7: HN answers of the wrong shape, stories of dead comments, escapes.

A small HN API and feed on 127.0.0.1 serve exactly the JSON each test gives them.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from crawl_config import write_config
from loopback import LoopbackServer
from newsdesk.crawler import crawl
from newsdesk.crawler.context import LogProgress, RichProgress

from newsdesk.config import load_config
from newsdesk.store import Store

ESC_TITLE = "Tokenmaxxing \x1b]52;c;ZXZpbA==\x07 and \x1b]2;pwned\x07 \u202egnp.exe"
ESC_AUTHOR = "mal\x1b[31mlory\x9b"


class HNSite:
    """Routes path -> body; ``hits`` counts requests per path."""

    def __init__(self) -> None:
        self.routes: dict[str, bytes] = {}
        self.hits: Counter[str] = Counter()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = urlsplit(self.path).path
                site.hits[path] += 1
                body = site.routes.get(path)
                if path == "/robots.txt" or body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = LoopbackServer(Handler)
        self.base = self.server.base

    def json(self, path: str, value: object) -> None:
        self.routes[path] = json.dumps(value).encode()

    def item(self, hn_id: int, value: object) -> None:
        self.json(f"/hn/item/{hn_id}.json", value)

    def search(self, hits: list[object]) -> None:
        self.json("/hn/search", {"hits": hits, "nbPages": 1})

    def items(self) -> int:
        return sum(n for path, n in self.hits.items() if path.startswith("/hn/item/"))


@pytest.fixture
def hn() -> Iterator[HNSite]:
    site = HNSite()
    site.routes["/feeds/good.xml"] = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
    with site.server:
        yield site


def _hit(hn_id: object, **extra: object) -> dict[str, object]:
    return {
        "objectID": str(hn_id),
        "title": "Tokenmaxxing at work",
        "author": "ann",
        "points": 10,
        "num_comments": 2,
        "created_at": "2026-03-02T09:00:00.000Z",
    } | extra


def _comment(hn_id: object, **extra: object) -> dict[str, object]:
    return {"id": hn_id, "by": "bob", "text": "A comment.", "time": 1772442000} | extra


def _crawl(tmp_path: Path, hn: HNSite):  # type: ignore[no-untyped-def]
    config = load_config(write_config(tmp_path, hn.base, ["good"]))
    summary = crawl(config, progress=False)
    with Store(config.path(config.crawl.database)) as store:
        errors = [r["error"] for r in store.db.execute("SELECT error FROM fetch_errors")]
        discussions = {d.hn_id: d for d in store.discussions()}
        entries = list(store.entries())
    return summary, errors, discussions, entries


def test_malformed_hits_and_items_are_skipped_and_recorded(tmp_path: Path, hn: HNSite) -> None:
    hn.search(
        [
            _hit(1, num_comments=7),
            _hit(2, points="lots"),
            _hit(3, author={"name": "x"}),
            _hit(None),  # no id
            _hit(5, created_at=None, created_at_i=1e20),
            _hit(6, title=["a list"]),
            "not an object",
        ]
    )
    hn.item(1, {"id": 1, "kids": [11, 12, 13, 14, 15, 16, 17]})
    hn.item(11, _comment(11))
    hn.item(12, _comment(12, time=1e20))
    hn.item(13, _comment(None))
    hn.item(14, _comment(14, by={"name": "x"}))
    hn.item(15, _comment(15, text=["x"]))
    hn.routes["/hn/item/16.json"] = b"[" * 100_000 + b"]" * 100_000  # RecursionError
    hn.item(17, _comment(17, text="Another comment."))
    summary, errors, discussions, _ = _crawl(tmp_path, hn)
    assert list(discussions) == [1]
    assert [c.id for c in discussions[1].comments] == [11, 17]
    skipped = [e for e in errors if "skipped" in e]
    assert len(skipped) >= 11 and summary.hn_skipped == len(skipped)
    assert any("points is 'lots'" in e for e in skipped)
    assert any("time 1e+20 is out of range" in e for e in skipped)
    assert any("RecursionError" in e for e in skipped)
    assert all("\n" not in e for e in errors)
    assert "malformed items skipped" in summary.line()


def test_item_requests_per_story_are_capped(tmp_path: Path, hn: HNSite) -> None:
    hn.search([_hit(7, num_comments=1000)])
    kids = list(range(100, 1100))
    hn.item(7, {"id": 7, "kids": kids})
    for k in kids:
        hn.item(k, {"id": k, "dead": True})
    summary, errors, discussions, _ = _crawl(tmp_path, hn)
    assert discussions[7].comments == ()
    assert hn.items() <= 2 * (1 + 5 * 3)  # the story, 5 x max_comments (3) kids; lookups twice
    assert summary.hn_capped == 1 and "item-request cap" in summary.line()
    assert any("comments cut after 15 item requests" in e for e in errors)


def test_control_characters_never_reach_the_store_or_the_log(
    tmp_path: Path, hn: HNSite, capsys: pytest.CaptureFixture[str]
) -> None:
    hn.search([_hit(8, title=ESC_TITLE, author=ESC_AUTHOR, story_text="Text\x1b[2J here")])
    hn.item(8, {"id": 8, "kids": [81]})
    hn.item(81, _comment(81, by=ESC_AUTHOR, text="Hi\x1b]52;c;eA==\x07 there\u202e"))
    page = f"{hn.base}/articles/a.html"
    hn.routes["/feeds/good.xml"] = (
        f"<rss version='2.0'><channel><title>t</title><item><title>{ESC_TITLE}</title>"
        f"<link>{page}</link><author>{ESC_AUTHOR}</author>"
        "<description>Tokenmaxxing \x1b[8m hidden</description></item></channel></rss>"
    ).encode()
    hn.routes["/articles/a.html"] = (
        f"<html><head><title>{ESC_TITLE}</title></head><body><article><h1>{ESC_TITLE}</h1>"
        + "<p>Tokenmaxxing is the \x1b]2;x\x07 practice of burning tokens to rank high.</p>" * 5
        + "</article></body></html>"
    ).encode()
    config = load_config(write_config(tmp_path, hn.base, ["good"]))
    crawl(config, progress=None)  # stderr is not a terminal here: the plain log
    log = capsys.readouterr().err
    assert "\x1b" not in log and "]52;c;" in log
    with Store(config.path(config.crawl.database)) as store:
        d = store.discussions()[0]
        entries = list(store.entries())
        articles = list(store.articles())
    assert len(entries) == 2 and len(articles) == 1
    stored = [articles[0].title, articles[0].text, articles[0].author or ""]
    stored += [d.title, d.author, d.text, *(c.author for c in d.comments)]
    stored += (
        [c.text for c in d.comments]
        + [e.title for e in entries]
        + [e.author or "" for e in entries]
    )
    assert d.title.startswith("Tokenmaxxing ]52;c;ZXZpbA== and ]2;pwned gnp.exe")
    for text in stored:
        assert not any(ch in text for ch in "\x1b\x07\x9b\u202e"), repr(text)


def test_the_progress_log_escapes_what_it_prints() -> None:
    stream = io.StringIO()
    LogProgress(stream).step(f"HN 8: {ESC_TITLE}\nforged line")
    shown = stream.getvalue()
    assert "\x1b" not in shown and "\u202e" not in shown and shown.count("\n") == 1
    assert "\\x1b]52;c;ZXZpbA==\\x07" in shown and "\\u202e" in shown


def test_the_rich_display_escapes_what_it_prints(capsys: pytest.CaptureFixture[str]) -> None:
    display = RichProgress()
    display.stage("discussions", 1)
    display.step(f"HN 8: [bold]{ESC_TITLE}", failed=True)
    display.close()
    shown = capsys.readouterr().err
    assert "\x1b]52" not in shown and "\u202e" not in shown
    assert "\\x1b]52;c;ZXZpbA==\\x07" in shown and "[bold]" in shown
