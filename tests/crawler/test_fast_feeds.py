"""The lean RSS parser (crawler.fast_feeds) gives what feedparser gives, or declines (Atom:
test_fast_atom.py).

The fixtures are small feeds written for these tests, each aimed at one of feedparser's rules
the fast path copies (its text clean-ups, guid-as-link, summary from content:encoded, ...):
every one must be taken by the fast path and come out identical to feedparser alone. The
real-feed parity (../shared/eval/feeds) is the last test; benchmarks/feed_parity.py prints it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from newsdesk.crawler.fast_feeds import fast_parse
from newsdesk.crawler.feeds import feedparser_rows, parse_feed_rows

URL = "https://news.example/feed.xml"
NS = (
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
    'xmlns:atom="http://www.w3.org/2005/Atom"'
)


def rss(items: str, channel: str = "<title>Desk notes</title>", version: str = "2.0") -> bytes:
    head = f' version="{version}"' if version else ""
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss{head} {NS}><channel>{channel}'
        f"<link>https://news.example/</link><description>d</description>{items}</channel></rss>"
    ).encode()


def item(*parts: str) -> str:
    return "<item>" + "".join(parts) + "</item>"


LINK = "<link>https://news.example/a</link>"
TAKEN = {
    "plain": rss(item("<title>Build caches</title>", LINK, "<guid>g-1</guid>")),
    "markup in description": rss(
        item(LINK, "<description>&lt;p&gt;Two &amp;amp; three&lt;/p&gt;</description>")
    ),
    "cdata description": rss(item(LINK, "<description><![CDATA[<b>bold</b> text]]></description>")),
    "windows-1252 range": rss(item(LINK, "<title>quote &#147;here&#148; &#150; dash</title>")),
    "utf-8 read as latin-1": rss(item(LINK, "<title>caf\u00c3\u00a9 opens</title>")),
    "latin-1 letters": rss(item(LINK, "<title>caf\u00e9 na\u00efve</title>")),
    "extra slashes in link": rss(item("<link>https:///news.example/b</link>")),
    "relative link": rss(item("<link>/c/d?x=1</link>")),
    "link entity repair": rss(item("<link>https://news.example/?a=1&amp;amp;b=2&amp;c;=3</link>")),
    "permalink guid, no link": rss(item("<guid>https://news.example/g</guid>")),
    "guid not a link": rss(item('<guid isPermaLink="false">tag-8</guid>')),
    "guid not a link, with link": rss(item('<guid isPermaLink="false">tag-9</guid>', LINK)),
    "guid odd permalink value": rss(item('<guid isPermaLink="True">https://news.example/i</guid>')),
    "relative permalink guid": rss(item("<guid>/j</guid>")),
    "link after guid": rss(item("<guid>https://news.example/g</guid>", LINK)),
    "empty link, permalink guid": rss(item("<link></link>", "<guid>https://news.example/k</guid>")),
    "content only": rss(item(LINK, "<content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded>")),
    "description and content": rss(
        item(LINK, "<content:encoded>long</content:encoded>", "<description>short</description>")
    ),
    "empty description, content": rss(
        item(LINK, "<description></description>", "<content:encoded>long</content:encoded>")
    ),
    "author email": rss(item(LINK, "<author>desk@news.example (Ana Lee)</author>")),
    "dc creator": rss(item(LINK, "<dc:creator>Ana &amp; Bo</dc:creator>")),
    "dates": rss(
        item(LINK, "<pubDate>Tue, 03 Mar 2026 10:00:00 +0200</pubDate>")
        + item("<link>https://news.example/2</link>", "<pubDate>2026-03-04T09:00:00Z</pubDate>")
        + item("<link>https://news.example/3</link>", "<pubDate>Wed, 4 Mar 26 9:00 EST</pubDate>")
        + item("<link>https://news.example/4</link>", "<pubDate>not a date</pubDate>")
    ),
    "no link at all": rss(item("<title>orphan</title>", "<guid>tag:x</guid>")),
    "ignored and inert elements": rss(
        item(
            LINK,
            "<category>ops</category>",
            '<enclosure url="https://news.example/a.mp3" length="1" type="audio/mpeg"/>',
            '<post-id xmlns="com-wordpress:feed-additions:1">42</post-id>',
        ),
        channel="<sy:updatePeriod>hourly</sy:updatePeriod><title>T</title>"
        '<atom:link href="https://news.example/feed.xml" rel="self"/>',
    ),
    "image before title": rss(
        item(LINK),
        channel="<image><title>logo</title><url>https://news.example/l.png</url></image>"
        "<title>After the image</title>",
    ),
    "feed title markup": rss(item(LINK), channel="<title>A &lt;i&gt;desk&lt;/i&gt;</title>"),
    "no feed title": rss(item(LINK), channel=""),
    "comment in channel": rss("<!-- note -->" + item(LINK)),
    "rss 0.91": rss(item(LINK), version="0.91"),
    "rss no version": rss(item(LINK), version=""),
    "no items": rss(""),
}
DECLINED = {
    "latin-1 declared": rss(item(LINK)).replace(b"utf-8", b"iso-8859-1"),
    "doctype": rss(item(LINK)).replace(b"<rss", b'<!DOCTYPE rss SYSTEM "x.dtd"><rss', 1),
    "late doctype": rss(item(LINK)).replace(
        b"<rss",
        b'<?xml-stylesheet href="/s' + b"x" * 600 + b'.css"?><!DOCTYPE rss PUBLIC '
        b'"-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd"><rss',
        1,
    ),
    "rss 1.0 namespace on rss": rss(item(LINK)).replace(
        b"<rss ", b'<rss xmlns:r1="http://purl.org/rss/1.0/" '
    ),
    "xml:base": rss(item(LINK)).replace(b"<channel>", b'<channel xml:base="https://x.example/">'),
    "media title": rss(item(LINK, '<m:title xmlns:m="http://search.yahoo.com/mrss/">t</m:title>')),
    "itunes summary": rss(
        item(LINK, '<i:summary xmlns:i="http://www.itunes.com/dtds/podcast-1.0.dtd">s</i:summary>')
    ),
    "two titles": rss(item(LINK, "<title>a</title><title>b</title>")),
    "typed title": rss(item(LINK, '<title type="html">a</title>')),
    "element in description": rss(item(LINK, "<description><p>x</p></description>")),
    "source": rss(item(LINK, '<source url="https://x.example/">Other</source>')),
    "malformed": rss(item(LINK)).replace(b"</channel>", b""),
    "undefined entity": rss(item(LINK, "<title>a&nbsp;b</title>")),
    "rdf": b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    b'xmlns="http://purl.org/rss/1.0/"><channel><title>t</title></channel></rdf:RDF>',
    "html": b"<html><body>not a feed</body></html>",
}


@pytest.mark.parametrize("name", sorted(TAKEN))
@pytest.mark.parametrize("content_type", ["", "application/rss+xml", "text/xml; charset=UTF-8"])
def test_fast_path_takes_simple_rss_and_matches_feedparser(name: str, content_type: str) -> None:
    body = TAKEN[name]
    assert fast_parse(body, content_type) is not None, "the fast path declined"
    got = parse_feed_rows(body, url=URL, content_type=content_type, fast=True)
    assert got == feedparser_rows(body, url=URL, content_type=content_type)


@pytest.mark.parametrize("name", sorted(DECLINED))
def test_fast_path_declines_what_it_cannot_match(name: str) -> None:
    body = DECLINED[name]
    assert fast_parse(body, "application/rss+xml") is None
    got = parse_feed_rows(body, url=URL, content_type="application/rss+xml", fast=True)
    assert got == feedparser_rows(body, url=URL, content_type="application/rss+xml")


@pytest.mark.parametrize(
    "content_type", ["text/plain", "text/html", "application/xml; charset=iso-8859-1"]
)
def test_fast_path_declines_content_types_feedparser_reads_otherwise(content_type: str) -> None:
    assert fast_parse(TAKEN["plain"], content_type) is None


@pytest.mark.parametrize("name", ["plain", "windows-1252 range", "latin-1 letters"])
def test_text_xml_without_charset_is_taken_only_in_ascii(name: str) -> None:
    # feedparser reads such a body as US-ASCII: non-ASCII bytes make the feed malformed (bozo)
    body = TAKEN[name]
    assert (fast_parse(body, "text/xml") is not None) == body.isascii()
    got = parse_feed_rows(body, url=URL, content_type="text/xml", fast=True)
    assert got == feedparser_rows(body, url=URL, content_type="text/xml")


def test_fixtures_carry_the_cases_they_name() -> None:
    # a guard on the fixtures themselves: the rules under test change what is stored
    rows = {n: parse_feed_rows(b, url=URL, fast=False)[2] for n, b in TAKEN.items()}
    assert rows["windows-1252 range"][0][2] == "quote \u201chere\u201d \u2013 dash"
    assert rows["utf-8 read as latin-1"][0][2] == "caf\u00e9 opens"
    assert rows["extra slashes in link"][0][1] == "https://news.example/b"
    assert rows["link entity repair"][0][1] == "https://news.example/?a=1&b=2&c=3"
    assert rows["permalink guid, no link"][0][1] == "https://news.example/g"
    assert rows["guid not a link"] == []
    assert rows["content only"][0][3] == "Body"
    assert rows["empty description, content"][0][3] == "long"
    assert [r[4] for r in rows["dates"]][:3] == [
        "2026-03-03T08:00:00Z", "2026-03-04T09:00:00Z", "2026-03-04T14:00:00Z"
    ]  # fmt: skip
    assert parse_feed_rows(TAKEN["image before title"], url=URL)[0] == "After the image"


def test_crawler_uses_the_fast_path_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdesk.crawler import feeds

    calls: list[bytes] = []
    monkeypatch.setattr(feeds, "feedparser_rows", lambda body, **kw: calls.append(body))
    feeds.parse_feed_rows(TAKEN["plain"], url=URL)
    assert calls == []
    monkeypatch.setattr(feeds, "USE_FAST_PARSER", False)
    feeds.parse_feed_rows(TAKEN["plain"], url=URL)
    assert calls == [TAKEN["plain"]]


def test_real_feeds_parity(shared_eval) -> None:
    """On the 2,248 real and test feeds of ../shared/eval: no stored difference at all."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from feed_parity import compare, feed_files

    folder = shared_eval("feeds")
    bodies = [(str(p), p.read_bytes()) for p in feed_files(folder)]
    assert len(bodies) > 2000
    result = compare(bodies, "application/rss+xml")
    assert result["diffs"] == []
    assert result["taken"] > 250  # the fast path is exercised, not just declining
