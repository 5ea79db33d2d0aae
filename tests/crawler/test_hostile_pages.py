"""Issue 13, item 4: pages with tens of thousands of links; extraction is bounded per page."""

from __future__ import annotations

import time
from pathlib import Path

import lxml.etree
import pytest
import trafilatura
from crawl_config import write_config
from fixture_site import FixtureServer
from newsdesk.crawler import article_phase, crawl, extract
from newsdesk.crawler.extract import MAX_ANCHORS, MAX_LINKS, MAX_TAGS, extract_page

from newsdesk.config import load_config
from newsdesk.store import Store


def _link_page(n: int) -> bytes:
    links = "".join(
        f'<p>See <a href="https://site{i}.example.org/s/{i}">source {i}</a> on this.</p>'
        for i in range(n)
    )
    return f"<html><head><title>T</title></head><body><article>{links}</article></body></html>".encode()


def test_a_page_of_20000_links_reaches_the_extractor_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    given: list[str] = []

    def spy(html: str, **kwargs: object) -> None:
        given.append(html)
        raise RuntimeError("stop here: only the input is checked")

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    extract_page(_link_page(20_000), url="https://news.example.com/a")
    html = given[0]
    assert html.lower().count("<a ") <= MAX_ANCHORS
    assert html.count("<") <= MAX_TAGS
    assert "source 1999" in html and "source 5000" in html  # unwrapped links keep their text


def test_body_links_are_deduplicated_in_linear_time_and_capped() -> None:
    body = lxml.etree.Element("body")
    for i in range(20_000):
        lxml.etree.SubElement(body, "ref", target=f"https://site{i % 15_000}.example.org/")
    lxml.etree.SubElement(body, "ref", target="https://news.example.com/own")

    class Doc:
        pass

    doc = Doc()
    doc.body = body  # type: ignore[attr-defined]
    links = extract._body_links(doc, "https://news.example.com/a")
    assert len(links) == MAX_LINKS == len(set(links))
    assert links[:2] == ("https://site0.example.org/", "https://site1.example.org/")


def test_a_slow_extraction_is_cut_off_and_the_crawl_goes_on(
    tmp_path: Path, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = article_phase.article_fields

    def slow(entry, resp):  # type: ignore[no-untyped-def]
        if entry.url.endswith("/a1.html"):
            time.sleep(1.0)
        return real(entry, resp)

    monkeypatch.setattr(article_phase, "article_fields", slow)
    monkeypatch.setattr(article_phase, "EXTRACT_SECONDS", 0.2, raising=False)
    config = load_config(write_config(tmp_path, server.base, ["good"]))
    crawl(config, progress=False)
    with Store(config.path(config.crawl.database)) as store:
        reasons = {a.url.rsplit("/", 1)[1]: a.read_reason for a in store.articles()}
    assert reasons["a1.html"] == "extraction took over 0.2 s"
    assert "full text" in reasons.values()  # the other pages were extracted
