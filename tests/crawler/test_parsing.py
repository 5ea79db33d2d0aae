"""Unit tests: feeds, extraction, HN payloads, URLs, Retry-After, replay keys, the SSRF guard."""

from __future__ import annotations

import asyncio
import json

import pytest
from fixture_site import atom, page, rdf, rss
from newsdesk.crawler import hackernews as hn
from newsdesk.crawler.extract import extract_page, utc_iso
from newsdesk.crawler.feeds import parse_feed, plain_text
from newsdesk.crawler.fetch import retry_after
from newsdesk.crawler.guard import Guard, check_scheme, is_public
from newsdesk.crawler.urls import article_id, clean_url, registered_domain
from newsdesk.crawler.warc import Archive, Recorder, replay_key

from newsdesk.errors import FetchError, InputError

BASE = "https://news.example"


def test_rss20_atom_and_rss10_entries() -> None:
    feed = parse_feed(
        rss(BASE, [("A &amp; B", "/a", "<p>Hi &amp; <b>bye</b></p>")]).encode(), url=BASE
    )
    assert feed.version == "rss20" and not feed.bozo
    (e,) = feed.entries
    assert (e.url, e.title, e.summary) == (f"{BASE}/a", "A & B", "Hi & bye")
    assert e.published == "2026-03-02T00:00:00Z"
    assert parse_feed(atom(BASE).encode(), url=BASE).entries[0].published == "2026-03-03T10:00:00Z"
    rdf_feed = parse_feed(rdf(BASE).encode(), url=BASE)
    assert rdf_feed.version == "rss10"
    assert rdf_feed.entries[0].title == "Why TOKEN MAXXING is a management failure"


def test_malformed_feed_is_flagged_but_read() -> None:
    body = rss(BASE, [("Broken", "/b", "x")]).replace("</channel>", "<oops></channel>")
    feed = parse_feed(body.encode(), url=BASE)
    assert feed.bozo and feed.bozo_reason and feed.problem is None
    assert [e.url for e in feed.entries] == [f"{BASE}/b"]


def test_html_page_is_said_to_be_an_html_page_not_a_feed() -> None:
    """It said "not a feed (text/html: <unknown>:2:0: syntax error)", feedparser's words."""
    feed = parse_feed(page("Home", "<p>hello</p>").encode(), url=BASE, content_type="text/html")
    assert feed.problem == "an HTML page, not a feed (text/html), and it names no feed of its own"
    # served with no content type, and naming its feeds in its head
    head = (
        '<link rel="stylesheet" href="/site.css">'
        '<link rel="alternate" type="application/rss+xml" title="News" href="/news/feed.xml">'
        "<link rel='alternate' type='application/atom+xml' href='https://other.example/atom'>"
    )
    body = f"<!DOCTYPE html>\n<html><head>{head}</head><body><p>hi</p></body></html>".encode()
    problem = parse_feed(body, url=f"{BASE}/news/", content_type="").problem
    assert problem == (
        f"an HTML page, not a feed (no content type); the page names its feed: {BASE}/news/"
        "feed.xml (and 1 more) (use that address in [[feeds]])"
    )


def test_an_empty_body_is_said_to_be_empty() -> None:
    """It said "not a feed (application/xml)"."""
    for body in (b"", b"\n  \n"):
        problem = parse_feed(body, url=BASE, content_type="application/xml").problem
        assert problem == (
            f"empty, not a feed: the address returned nothing ({len(body)} bytes, application/xml)"
        )


def test_legacy_encoding_is_decoded() -> None:
    body = rss(BASE, [("Caf\u00e9 \u2013 na\u00efve", "/c", "d")], encoding="windows-1252")
    feed = parse_feed(body.encode("cp1252"), url=BASE, content_type="application/rss+xml")
    assert feed.entries[0].title == "Caf\u00e9 \u2013 na\u00efve"


def test_relative_links_are_resolved() -> None:
    body = rss(BASE, [("Rel", "", "x")]).replace(f"<link>{BASE}</link>", "<link>/rel</link>")
    assert parse_feed(body.encode(), url=f"{BASE}/feed.xml").entries[0].url == f"{BASE}/rel"


def test_plain_text_keeps_words_apart() -> None:
    assert plain_text("<p>one</p><p>two &amp; three</p>") == "one two & three"


def test_plain_text_without_markup_still_decodes_and_collapses_spaces() -> None:
    assert plain_text("  Tokens\u00a0&amp;\n\t maxxing&#33; ") == "Tokens & maxxing!"
    assert plain_text("a &lt;b&gt; tag, escaped") == "a <b> tag, escaped"  # text, not markup


def test_extraction_reads_text_metadata_and_outbound_links() -> None:
    body = (
        "<p>"
        + "Plenty of words about the leaderboard. " * 20
        + (
            '<a href="https://www.ledger.example/story">The Ledger</a> reported it, and '
            '<a href="/more">our own piece</a> too.</p>'
        )
    )
    html = page("Staff chase tokens", body).replace(
        "</head>", '<link rel="canonical" href="https://news.example/s?utm_source=x"></head>'
    )
    ex = extract_page(html.encode(), url="https://news.example/s?ref=feed")
    assert ex.read and ex.read_reason == "full text"
    assert "Plenty of words" in ex.text and "Footer link" not in ex.text
    assert "The Ledger reported it" in ex.text and "](" not in ex.text  # anchor text, no URLs
    assert ex.title == "Staff chase tokens" and ex.author == "Rowan Vale"
    assert ex.site_name == "Test Gazette" and ex.language == "en"
    assert ex.published == "2026-03-02T09:30:00Z"
    assert ex.links == ("https://www.ledger.example/story",)  # own-site link left out
    assert ex.canonical_url == "https://news.example/s"


def test_paywall_and_empty_pages_are_not_read() -> None:
    stub = page(
        "Members only",
        '<div class="paywall"><p>Subscribe to read.</p></div>',
        extra_head='<script type="application/ld+json">{"isAccessibleForFree": false}</script>',
    )
    assert extract_page(stub.encode(), url=BASE).read_reason == "paywall"
    empty = extract_page(page("Nothing", "<p>Short.</p>").encode(), url=BASE)
    assert (empty.read, empty.read_reason) == (False, "extraction failed")


def test_hn_search_url_has_a_fixed_parameter_order() -> None:
    url = hn.search_url("https://hn.example/s", "token maxxing", page=1, since=100)
    assert url == (
        "https://hn.example/s?query=token+maxxing&tags=story&numericFilters=created_at_i%3E100"
        "&hitsPerPage=50&page=1"
    )
    lookup = hn.search_url("https://hn.example/s", "https://a.example/x", restrict_url=True)
    assert "restrictSearchableAttributes=url" in lookup


def test_hn_hit_and_comment_text() -> None:
    hit = hn.parse_hit(
        {
            "objectID": "5",
            "title": "Ask HN: x",
            "url": None,
            "points": None,
            "story_text": "<p>One &amp; two<p>Three",
            "created_at": "2026-03-04T09:20:00.000Z",
        }
    )
    assert hit is not None
    assert (hit.hn_id, hit.points, hit.text, hit.created) == (
        5,
        0,
        "One & two\n\nThree",
        "2026-03-04T09:20:00Z",
    )
    assert hn.parse_hit({"title": "no id"}) is None


def test_urls() -> None:
    assert (
        clean_url("HTTPS://News.Example/a?utm_source=rss&b=2&a=1#top")
        == "https://news.example/a?a=1&b=2"
    )
    assert article_id("https://a.example/x") == article_id(" https://a.example/x ")
    assert article_id("https://a.example/x") != article_id("https://a.example/y")
    assert (
        registered_domain("https://engineering.brightforge.example/blog") == "brightforge.example"
    )
    assert registered_domain("https://www.bbc.co.uk/news") == "bbc.co.uk"


def test_retry_after_seconds_and_dates() -> None:
    assert retry_after("7") == 7.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after("soon") is None and retry_after(None) is None


def test_replay_key_ignores_time_filter_and_order() -> None:
    a = "https://hn.example/s?query=x&numericFilters=created_at_i%3E1&page=0"
    b = "https://HN.example/s?page=0&query=x&numericFilters=created_at_i%3E999"
    assert replay_key(a) == replay_key(b)


def test_archive_round_trip_and_bad_files(tmp_path) -> None:
    path = tmp_path / "a.warc.gz"
    rec = Recorder(path)
    rec.write(
        "https://a.example/x",
        200,
        [("Content-Type", "text/plain"), ("Content-Encoding", "gzip")],
        b"hello",
    )
    rec.commit()
    got = Archive.load(path).get("https://a.example/x")
    assert got is not None and (got.status, got.body) == (200, b"hello")
    assert ("Content-Encoding", "gzip") not in got.headers  # bodies are stored decoded
    (tmp_path / "junk.warc.gz").write_bytes(b"not a warc")
    with pytest.raises(InputError):
        Archive.load(tmp_path / "junk.warc.gz")
    with pytest.raises(InputError):
        Archive.load(tmp_path / "missing.warc.gz")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://a.example/x", "gopher://x", "nohost"])
def test_non_http_schemes_are_always_refused(url: str) -> None:
    with pytest.raises(FetchError):
        check_scheme(url)
    with pytest.raises(FetchError):
        asyncio.run(Guard(allow_private=True).check(url))


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.1",
        "169.254.169.254",
        "224.0.0.1",
        "::1",
        "::ffff:127.0.0.1",
        "fc00::1",
        "0.0.0.0",
    ],
)
def test_non_public_addresses(address: str) -> None:
    assert not is_public(address)


def test_guard_refuses_private_hosts_unless_allowed() -> None:
    assert is_public("93.184.216.34")
    with pytest.raises(FetchError, match="non-public"):
        asyncio.run(Guard(allow_private=False).check("http://127.0.0.1:8080/feed"))
    with pytest.raises(FetchError, match="non-public"):
        asyncio.run(Guard(allow_private=False).check("http://localhost/feed"))
    asyncio.run(Guard(allow_private=True).check("http://127.0.0.1:8080/feed"))


def test_demo_hn_payloads_parse() -> None:
    from pathlib import Path

    demo = Path(__file__).resolve().parents[2] / "demo" / "hn" / "search.json"
    data = json.loads(demo.read_text(encoding="utf-8"))
    hits = [hn.parse_hit(h) for h in data["tokenmaxxing"]["hits"]]
    assert all(hits) and any(h.url is None for h in hits)  # an Ask HN text post


def test_dates_are_normalised_to_utc() -> None:
    assert utc_iso("2026-03-02T15:10:00+01:00") == "2026-03-02T14:10:00Z"
    assert utc_iso("2026-03-02T15:10:00Z") == "2026-03-02T15:10:00Z"
    assert utc_iso("2026-03-02T15:10:00") == "2026-03-02T15:10:00Z"
    assert utc_iso("yesterday") is None  # (it was stored as the date, markup and all)
    assert utc_iso("9999-12-31T23:00:00-05:00") is None  # (OverflowError ended the crawl)
