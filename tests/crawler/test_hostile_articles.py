"""Hostile and careless article pages, served on 127.0.0.1 and crawled by the real crawl.

A page may lie about its date and its canonical URL, nest without end, or make an extractor
raise: each is stored from what can be trusted (or from the feed's blurb, with the reason),
and the crawl goes on to the other pages.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hostile_web import PARA, Web, crawl_web
from newsdesk.crawler import extract

FEED_DATE = "2026-03-02T09:00:00Z"  # hostile_web.DATE


def _crawl_pages(tmp_path: Path, web: Web, pages: dict[str, dict[str, str]]) -> dict:  # type: ignore[type-arg]
    """Serve one page per name (page() keywords), list them in one feed, crawl."""
    items = []
    for i, (name, meta) in enumerate(pages.items()):
        text = f"<p>{PARA} Page {name} is about item {i}.</p>" * 2
        url = web.page(f"/{name}.html", f"Tokenmaxxing {name}", meta.pop("body", text), **meta)
        items.append({"title": f"Tokenmaxxing {name}", "link": url})
    web.feed("/f.xml", items)
    return crawl_web(tmp_path, web, ["/f.xml"]).articles()


def test_page_dates_that_cannot_be_true_fall_back_to_the_feed(tmp_path: Path, web: Web) -> None:
    """Before: 9999-12-31T23:00-05:00 raised OverflowError and ended the whole crawl with a
    traceback; markup after a date was stored as the date; 9999 and 1970 were stored and
    credited (first report: the oldest; top of the site: the newest)."""
    dates = {
        "overflow": "9999-12-31T23:00:00-05:00",
        "markup": "2026-03-01T09:30:00 <b>x</b>",
        "future": "9999-12-31T23:59:00Z",
        "epoch": "1970-01-01T00:00:01Z",
        "ancient": "0001-01-01T00:00:00+05:00",
        "good": "2026-03-01T07:15:00+01:00",
    }
    articles = _crawl_pages(tmp_path, web, {n: {"published": d} for n, d in dates.items()})
    published = {path[1:-5]: a["published"] for path, a in articles.items()}
    assert published == {n: FEED_DATE for n in dates} | {"good": "2026-03-01T06:15:00Z"}


def test_a_canonical_on_another_site_or_the_home_page_is_ignored(tmp_path: Path, web: Web) -> None:
    """Before: every article of a site whose template points rel=canonical at the home page
    was stored under one canonical URL (grouped as duplicates of one another), and a page
    could store another outlet's URL as its own (that outlet credited, its real article
    skipped by the crawler as stored)."""
    pages = {
        "home": {"head": f'<link rel="canonical" href="{web.base}/">'},
        "home2": {"head": f'<meta property="og:url" content="{web.base}">'},
        "elsewhere": {"head": '<link rel="canonical" href="https://www.ledger.example/scoop">'},
        "own": {"head": f'<link rel="canonical" href="{web.base}/own-story?ref=rss">'},
    }
    articles = _crawl_pages(tmp_path, web, pages)
    canonical = {path: a["canonical_url"] for path, a in articles.items()}
    assert canonical == {
        "/home.html": f"{web.base}/home.html",
        "/home2.html": f"{web.base}/home2.html",
        "/elsewhere.html": f"{web.base}/elsewhere.html",
        "/own.html": f"{web.base}/own-story?ref=rss",
    }


def test_an_extractor_that_raises_costs_one_page(
    tmp_path: Path, web: Web, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = extract.extract_page

    def choke(body: bytes, **kwargs: str):  # type: ignore[no-untyped-def]
        if b"choke" in body:
            raise RecursionError("maximum recursion depth exceeded")
        return real(body, **kwargs)

    monkeypatch.setattr(extract, "extract_page", choke)
    articles = _crawl_pages(tmp_path, web, {"choke": {}, "fine": {}})
    assert articles["/choke.html"]["read_reason"] == "extraction error (RecursionError)"
    assert articles["/fine.html"]["read_reason"] == "full text"


def test_deep_nesting_and_binary_noise_are_bounded(tmp_path: Path, web: Web) -> None:
    deep = "<div>" * 30_000 + f"<p>{PARA}</p>" + "</div>" * 30_000
    noise = (bytes(range(256)) * 300).decode("latin-1")
    started = time.monotonic()
    articles = _crawl_pages(tmp_path, web, {"deep": {"body": deep}, "noise": {"body": noise}})
    assert time.monotonic() - started < 10
    assert set(articles) == {"/deep.html", "/noise.html"}


def test_refresh_loops_and_base_tricks_are_not_followed(tmp_path: Path, web: Web) -> None:
    """The crawler never follows a meta refresh (here a loop between two pages), and a <base
    href> cannot turn body links into script or point them at another site."""
    back = f'<meta http-equiv="refresh" content="0;url={web.base}/refresh.html">'
    web.page("/back.html", "x", head=back)
    links = '<a href="/report.pdf">the report</a>, <a href="https://other.example/x">this</a>'
    body = f"<p>{PARA} See {links}.</p>" * 2
    refresh = f'<meta http-equiv="refresh" content="0;url={web.base}/back.html">'
    pages = {
        "refresh": {"head": refresh},
        "based": {"head": '<base href="javascript:alert(1)//">', "body": body},
    }
    articles = _crawl_pages(tmp_path, web, pages)
    assert web.hits["/back.html"] == 0 and articles["/refresh.html"]["read_reason"] == "full text"
    assert articles["/based.html"]["links"] == '["https://other.example/x"]'


def test_control_characters_in_a_page_never_reach_the_store(tmp_path: Path, web: Web) -> None:
    body = f"<p>{PARA}\x00\x1b[2J</p>" * 2
    pages = {"nul": {"author": "Mal\x00lory \x1b]2;pwned\x07", "body": body}}
    stored = repr(_crawl_pages(tmp_path, web, pages))
    assert "Tokenmaxxing nul" in stored
    assert "\\x00" not in stored and "\\x1b" not in stored and "\\x07" not in stored


def test_a_canonical_is_the_outlets_own_across_its_subdomains_but_not_a_shared_hosts() -> None:
    """The site test above compared hosts as courlan's host info reads them: CNN's real
    canonical (www.cnn.com for edition.cnn.com) was dropped, and one blog on a shared host
    could claim another's page."""
    from newsdesk.crawler.extract import same_site

    assert same_site("https://www.cnn.com/a", "https://edition.cnn.com/a")
    assert same_site("https://www.bbc.co.uk/news/1", "https://news.bbc.co.uk/1")
    assert not same_site("https://bob.substack.com/p/x", "https://alice.substack.com/p/y")
    assert not same_site("https://ledger.example/a", "https://courier.example/a")
