"""Hostile and careless feeds, served on 127.0.0.1 and crawled by the real crawl.

Each ends in stored entries or a one-line problem in the crawl summary, in bounded time, and
stores nothing a feed should not be able to plant (see docs/safety.md).
"""

from __future__ import annotations

import socket
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from hostile_web import DATE, Web, crawl_web
from newsdesk.crawler.intake import MAX_TITLE


def _entries(crawled) -> dict[str, tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {g: (t, p) for g, t, p in crawled.rows("SELECT guid, title, published FROM entries")}


def test_entity_expansion_in_a_feed_is_bounded(tmp_path: Path, web: Web) -> None:
    """libxml2 refuses an amplification past its limit; below it (10^5 copies: 1.3 MB from a
    300-byte DOCTYPE) the text was stored whole before titles were bounded."""
    url = web.page("/a.html", "Tokenmaxxing board")
    laughs = "".join(f'<!ENTITY l{i + 1} "' + f"&l{i};" * 10 + '">' for i in range(5))
    doctype = f'<!DOCTYPE rss [<!ENTITY l0 "tokenmaxxing ">{laughs}]>'
    web.feed("/f.xml", [{"title": "&l5;", "link": url, "description": "&l5;"}], doctype=doctype)
    crawled = crawl_web(tmp_path, web, ["/f.xml"])
    ((title, summary),) = crawled.rows("SELECT title, summary FROM entries")
    assert len(title) <= MAX_TITLE and title.endswith("…") and len(summary) <= 2000


def test_external_entities_are_neither_read_nor_fetched(tmp_path: Path, web: Web) -> None:
    url = web.page("/a.html", "Tokenmaxxing board")
    web.routes["/evil.dtd"] = (200, {}, '<!ENTITY leak "FROM-THE-DTD">')
    doctype = (
        f'<!DOCTYPE rss [<!ENTITY file SYSTEM "file:///etc/hostname">'
        f'<!ENTITY % remote SYSTEM "{web.base}/evil.dtd"> %remote;]>'
    )
    item = {"title": "Tokenmaxxing &file; &leak;", "link": url, "description": "&file;"}
    web.feed("/f.xml", [item], doctype=doctype)
    crawled = crawl_web(tmp_path, web, ["/f.xml"])
    stored = repr(crawled.rows("SELECT title, summary FROM entries"))
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "-"
    assert web.hits["/evil.dtd"] == 0 and "FROM-THE-DTD" not in stored
    assert hostname not in stored and "Tokenmaxxing" in stored


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b"<!-- " + b"x" * 16000 + b" -->"
    try:
        handler.wfile.write(b"5\r\n<rss>\r\n")
        for _ in range(10_000):  # 160 MB if nobody stops reading
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    except OSError:
        pass


def _drip(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    try:
        for _ in range(400):  # a byte every 50 ms: never idle long, never done
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass


def test_an_endless_chunked_body_and_a_slow_drip_are_cut_off(tmp_path: Path, web: Web) -> None:
    web.routes["/endless.xml"] = _endless
    web.routes["/drip.xml"] = _drip
    started = time.monotonic()
    crawled = crawl_web(tmp_path, web, ["/endless.xml", "/drip.xml"], timeout=0.6)
    assert time.monotonic() - started < 5
    problems = dict(p.split(": ", 1) for p in crawled.summary.problems)
    assert problems == {"endless": "body over 200000 bytes", "drip": "timed out after 0.6 s"}


def test_an_enormous_title_is_stored_cut_short(tmp_path: Path, web: Web) -> None:
    """Before: a 150 KB one-line title was stored whole (and was every listing's headline)."""
    url = web.page("/a.html", "Tokenmaxxing " + "board " * 10_000)
    web.feed("/f.xml", [{"title": "Tokenmaxxing " + "A" * 150_000, "link": url}])
    crawled = crawl_web(tmp_path, web, ["/f.xml"])
    ((entry_title, _),) = _entries(crawled).values()
    article = crawled.articles()["/a.html"]
    assert len(entry_title) == MAX_TITLE and entry_title.endswith("…")
    assert len(article["title"]) <= MAX_TITLE and article["title"].endswith("board…")


def test_a_wrong_or_missing_content_type_is_parsed_and_flagged(tmp_path: Path, web: Web) -> None:
    url = web.page("/a.html", "Tokenmaxxing board")
    web.feed("/png.xml", [{"title": "Tokenmaxxing as png", "link": url, "guid": "p"}])
    web.routes["/png.xml"] = (200, {"Content-Type": "image/png"}, web.routes["/png.xml"][2])  # type: ignore[index]
    web.feed("/none.xml", [{"title": "Tokenmaxxing untyped", "link": url, "guid": "n"}])
    web.routes["/none.xml"] = (200, {"Content-Type": ""}, web.routes["/none.xml"][2])  # type: ignore[index]
    crawled = crawl_web(tmp_path, web, ["/png.xml", "/none.xml"])
    assert set(_entries(crawled)) == {"p", "n"}
    assert crawled.summary.problems == (
        "png: malformed feed, parsed anyway (image/png is not an XML media type)",
    )


def test_utf16_with_a_bom_under_a_utf8_label_is_read(tmp_path: Path, web: Web) -> None:
    url = web.page("/a.html", "Tokenmaxxing board")
    web.feed("/f.xml", [{"title": "Tokenmaxxing café", "link": url}])
    text = web.routes["/f.xml"][2].replace('encoding="utf-8"', 'encoding="utf-16"')  # type: ignore[index,union-attr]
    body = "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")  # type: ignore[union-attr]
    web.routes["/f.xml"] = (200, {"Content-Type": "application/rss+xml; charset=utf-8"}, body)
    crawled = crawl_web(tmp_path, web, ["/f.xml"])
    assert [t for t, _ in _entries(crawled).values()] == ["Tokenmaxxing café"]


def test_impossible_feed_dates_are_stored_as_unknown(tmp_path: Path, web: Web) -> None:
    """Before: year 1 was stored as '1-03-01T19:00:00Z' (not ISO 8601); year 99999 as
    9999-12-01, a date no page has."""
    dates = {
        "y1": "Mon, 02 Mar 0001 09:00:00 +1400",
        "y99999": "Mon, 02 Mar 99999 09:00:00 GMT",
        "epoch": "Thu, 01 Jan 1970 00:00:01 GMT",
        "future": "Fri, 31 Dec 9999 23:59:59 GMT",
        "garbage": "-1",
        "good": DATE,
    }
    url = web.page("/a.html", "Tokenmaxxing board")
    web.feed(
        "/f.xml",
        [{"title": "Tokenmaxxing", "link": url, "guid": g, "date": d} for g, d in dates.items()],
    )
    crawled = crawl_web(tmp_path, web, ["/f.xml"])
    published = {g: p for g, (_, p) in _entries(crawled).items()}
    assert published == {g: None for g in dates} | {"good": "2026-03-02T09:00:00Z"}


def test_one_guid_in_two_feeds_is_two_entries(tmp_path: Path, web: Web) -> None:
    one, two = web.page("/one.html", "Tokenmaxxing one"), web.page("/two.html", "Tokenmaxxing two")
    web.feed("/f.xml", [{"title": "Tokenmaxxing one", "link": one, "guid": "same"}])
    web.feed("/g.xml", [{"title": "Tokenmaxxing two", "link": two, "guid": "same"}] * 2)
    crawled = crawl_web(tmp_path, web, ["/f.xml", "/g.xml"])
    assert set(crawled.articles()) == {"/one.html", "/two.html"}


def test_script_and_relative_links_in_a_feed(tmp_path: Path, web: Web) -> None:
    web.page("/rel.html", "Tokenmaxxing relative")
    items = [
        {"title": "Tokenmaxxing js", "link": "javascript:alert(1)", "guid": "js"},
        {"title": "Tokenmaxxing data", "link": "data:text/html,<script>alert(2)</script>"},
        {"title": "Tokenmaxxing vb", "link": "  JaVaScRiPt:alert(3)", "guid": "vb"},
        {"title": "Tokenmaxxing relative", "link": "/rel.html", "guid": "rel"},
    ]
    web.feed("/f.xml", items)
    crawled = crawl_web(tmp_path, web, ["/f.xml"])
    assert crawled.rows("SELECT url FROM entries") == [(f"{web.base}/rel.html",)]
    assert list(crawled.articles()) == ["/rel.html"]


def test_redirects_to_nowhere_are_one_line_problems(tmp_path: Path, web: Web) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    targets = {
        "closed": f"http://127.0.0.1:{closed}/f.xml",
        "file": "file:///etc/passwd",
        "badport": "http://127.0.0.1:99999/",
        "loop": "/loop.xml?again",
        "gopher": "gopher://127.0.0.1:70/",
    }
    for name, location in targets.items():
        web.routes[f"/{name}.xml"] = (302, {"Location": location}, b"")
    started = time.monotonic()
    crawled = crawl_web(tmp_path, web, [f"/{n}.xml" for n in targets])
    assert time.monotonic() - started < 5
    problems = dict(p.split(": ", 1) for p in crawled.summary.problems)
    assert set(problems) == set(targets) and crawled.summary.feeds_failed == len(targets)
    assert problems["file"] == "refused: scheme 'file' is not http(s)"
    assert problems["loop"] == "redirect loop"
    assert all("\n" not in p and "Traceback" not in p for p in problems.values())


def test_odd_robots_files(tmp_path: Path) -> None:
    """A robots.txt that redirects in a loop skips the host with the reason; one of binary
    noise allows everything; a Crawl-delay of a day does not hold the crawl."""
    outcomes = {}
    for name, route in {
        "loop": (302, {"Location": "/robots.txt?again"}, b""),
        "binary": (200, {"Content-Type": "text/plain"}, bytes(range(256)) * 40),
        "delay": (200, {"Content-Type": "text/plain"}, "User-agent: *\nCrawl-delay: 86400\n"),
    }.items():
        site = Web()
        with site.server:
            site.routes["/robots.txt"] = route
            url = site.page("/a.html", "Tokenmaxxing board")
            site.feed("/f.xml", [{"title": "Tokenmaxxing board", "link": url}])
            started = time.monotonic()
            crawled = crawl_web(tmp_path / name, site, ["/f.xml"])
            assert time.monotonic() - started < 5
            outcomes[name] = crawled.summary.problems or crawled.summary.articles_extracted
    assert outcomes == {
        "loop": ("f: robots.txt unavailable (redirect loop): host skipped this run",),
        "binary": 1,
        "delay": 1,
    }


def test_a_feed_of_thousands_of_items_costs_a_bounded_crawl(tmp_path: Path, web: Web) -> None:
    """Before: every entry was a page to fetch; 20,000 items (all on topic, or not: an
    off-topic entry's page is fetched too, to look for the keywords) held a crawl 8 minutes."""
    items = [
        {
            "title": f"Tokenmaxxing {i}",
            "link": f"{web.base}/n{i}.html",
            "date": f"{DATE[:17]}{i // 60 % 24:02}:{i % 60:02}:00 GMT",
        }
        for i in range(1500)
    ]
    web.feed("/f.xml", items)
    started = time.monotonic()
    crawled = crawl_web(tmp_path, web, ["/f.xml"], max_entries_per_feed=20, max_body_bytes=10**6)
    assert time.monotonic() - started < 5
    assert crawled.summary.problems == (
        "f: 1480 entries past crawl.max_entries_per_feed (20) left out",
    )
    pages = sum(n for path, n in web.hits.items() if path.startswith("/n"))
    assert pages == 20 and web.hits["/n1439.html"] == 1  # the newest: 23:59


def test_what_a_broken_server_sends_is_not_echoed_into_the_summary(
    tmp_path: Path, web: Web
) -> None:
    """Before: aiohttp quotes a bad status line in its message, so a server answering with
    no HTTP at all put up to 8 KB of its own text into the one-line crawl summary."""

    def no_http(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"<rss>" + b"\x1b]2;pwned\x07 planted text " * 200 + b"\r\n\r\n")
        handler.close_connection = True

    web.routes["/f.xml"] = no_http
    crawled = crawl_web(tmp_path, web, ["/f.xml"])
    (problem,) = crawled.summary.problems
    assert problem.startswith("f: network error (ClientResponseError: 400, message=")
    assert len(problem) < 300 and "\n" not in problem and "\x1b" not in problem


def test_titles_and_authors_are_stored_on_one_line_with_nothing_hidden(
    tmp_path: Path, web: Web
) -> None:
    """Before: a zero-width space, a right-to-left mark or a byte-order mark in a feed's or a
    page's title (and a newline in a feed title) was stored, and became the story's headline."""
    hidden = "Tokenmaxxing\u200b board\u2060\n paused\ufeff"
    url = web.page("/a.html", hidden, author="Rowan\u200b Vale\u2060")
    web.feed("/f.xml", [{"title": hidden, "link": url}])
    crawled = crawl_web(tmp_path, web, ["/f.xml"])
    ((entry_title, _),) = _entries(crawled).values()
    article = crawled.articles()["/a.html"]
    assert entry_title == "Tokenmaxxing board paused"
    assert article["title"] == "Tokenmaxxing board paused"
    assert article["author"] == "Rowan Vale"
