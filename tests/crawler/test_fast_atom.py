"""The lean parser's Atom half (crawler.fast_atom) gives what feedparser gives, or declines.

Fixtures written for these tests, each aimed at one of feedparser's Atom rules the fast path
copies (link from the last alternate HTML link or else the id, summary or else content, the
author as "name (email)" kept as written, ...): each must be taken by the fast path and come
out identical to feedparser alone. The real-feed parity is in test_fast_feeds.py.
"""

from __future__ import annotations

import pytest
from newsdesk.crawler.fast_feeds import fast_parse
from newsdesk.crawler.feeds import feedparser_rows, parse_feed_rows

URL = "https://news.example/feed.xml"


def atom(entries: str, head: str = "<title>Desk notes</title>") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        f'xml:lang="en">{head}<id>urn:desk</id><updated>2026-03-03T10:00:00Z</updated>'
        f"{entries}</feed>"
    ).encode()


def entry(*parts: str) -> str:
    return "<entry>" + "".join(parts) + "</entry>"


ALT = '<link href="https://news.example/a"/>'
ATOM_TAKEN = {
    "plain": atom(entry("<title>Build caches</title>", ALT, "<id>urn:e1</id>")),
    "html title and summary": atom(
        entry(ALT, '<title type="html">A &lt;b&gt;bold&lt;/b&gt; move</title>')
        + entry(ALT, '<summary type="html">&lt;p&gt;one &amp;amp; two&lt;/p&gt;</summary>')
    ),
    "id as link": atom(entry("<id>https://news.example/by-id</id>", "<title>t</title>")),
    "relative id": atom(entry("<id>/by-id</id>")),
    "id with extra slashes": atom(entry("<id>https:///news.example/by-id</id>")),
    "id not a web link": atom(entry("<id>tag:news.example,2026:1</id>")),
    "alternate link after id": atom(entry("<id>https://news.example/id</id>", ALT)),
    "link rels and types": atom(
        entry(
            '<link rel="self" href="https://news.example/self"/>',
            '<link rel="enclosure" href="https://news.example/a.mp3" type="audio/mpeg"/>',
            '<link rel="Alternate" type="text/HTML" href="https://news.example/alt"/>',
            '<link rel="alternate" type="application/pdf" href="https://news.example/pdf"/>',
        )
        + entry('<link rel="" href="https://news.example/empty-rel"/>', "<id>urn:x</id>")
        + entry('<link type="" href="https://news.example/empty-type"/>', "<id>urn:y</id>")
        + entry(ALT, '<link href=""/>', "<id>https://news.example/z</id>")
        + entry('<link href="https:///news.example/slashes"/>')
        + entry(ALT, '<link href="https://news.example/second"/>')
    ),
    "content only": atom(entry(ALT, '<content type="html">&lt;p&gt;Body&lt;/p&gt;</content>')),
    "summary and content": atom(
        entry(ALT, "<content>long</content>", "<summary>short</summary>")
        + entry(ALT, "<summary></summary>", "<content>long two</content>")
    ),
    "authors": atom(
        entry(ALT, "<author><name>Ana Lee</name><email>ana@news.example</email></author>")
        + entry(ALT, "<author><name> Bo </name><uri>https://news.example/bo</uri></author>")
        + entry(ALT, "<author><email>desk@news.example</email></author>")
        + entry(ALT, "<author><name>caf\u00c3\u00a9 &#150;</name></author>")
        + entry(ALT, "<author></author>"),
        head="<title>T</title><author><name>Feed owner</name></author>",
    ),
    "dates": atom(
        entry(ALT, "<published>2026-03-03T10:00:00+02:00</published>")
        + entry(ALT, "<updated>2026-03-04T09:00:00Z</updated>")
        + entry(ALT, "<published>bad</published><updated>2026-03-05T09:00:00Z</updated>")
    ),
    "text clean-ups": atom(entry(ALT, "<title>quote &#147;here&#148; caf\u00c3\u00a9</title>")),
    "ignored": atom(
        entry(ALT, '<category term="ops"/>', "<rights>mine</rights>"),
        head='<title>T</title><subtitle>s</subtitle><link rel="self" href="/f"/>'
        "<generator>g</generator><icon>/i.png</icon>",
    ),
    "title after entries": atom(entry(ALT, "<title>t</title>"), head="").replace(
        b"</feed>", b"<title>Late title</title></feed>"
    ),
    "no title": atom(entry(ALT), head=""),
}
ATOM_DECLINED = {
    "xhtml title": atom(
        entry(ALT, '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">x</div></title>')
    ),
    "content src": atom(entry(ALT, '<content src="https://news.example/c"/>')),
    "base64 content": atom(entry(ALT, '<content type="application/octet-stream">eA==</content>')),
    "two authors": atom(
        entry(ALT, "<author><name>a</name></author><author><name>b</name></author>")
    ),
    "contributor": atom(entry(ALT, "<contributor><name>a</name></contributor>")),
    "source": atom(entry(ALT, "<source><title>other</title></source>")),
    "media title": atom(entry(ALT, '<m:title xmlns:m="http://search.yahoo.com/mrss/">t</m:title>')),
    "link text": atom(entry("<link>https://news.example/t</link>")),
    "entry xml:lang": atom(entry(ALT).replace("<entry>", '<entry xml:lang="fr">')),
    "rss 1.0 namespace first": atom(entry(ALT)).replace(
        b"<feed ", b'<feed xmlns:r="http://purl.org/rss/1.0/" '
    ),
}


@pytest.mark.parametrize("name", sorted(ATOM_TAKEN))
def test_fast_path_takes_simple_atom_and_matches_feedparser(name: str) -> None:
    body = ATOM_TAKEN[name]
    assert fast_parse(body, "application/atom+xml") is not None, "the fast path declined"
    got = parse_feed_rows(body, url=URL, content_type="application/atom+xml", fast=True)
    assert got == feedparser_rows(body, url=URL, content_type="application/atom+xml")


@pytest.mark.parametrize("name", sorted(ATOM_DECLINED))
def test_fast_path_declines_atom_it_cannot_match(name: str) -> None:
    body = ATOM_DECLINED[name]
    assert fast_parse(body, "application/atom+xml") is None
    got = parse_feed_rows(body, url=URL, content_type="application/atom+xml", fast=True)
    assert got == feedparser_rows(body, url=URL, content_type="application/atom+xml")


def test_atom_fixtures_carry_the_cases_they_name() -> None:
    rows = {n: parse_feed_rows(b, url=URL, fast=False)[2] for n, b in ATOM_TAKEN.items()}
    assert [r[5] for r in rows["authors"]] == [
        "Ana Lee (ana@news.example)",
        "Bo",
        "desk@news.example",
        "caf\u00c3\u00a9 \x96",
        None,
    ]  # fmt: skip  (a person's name and email keep their text as written: no clean-up)
    assert rows["id as link"][0][1] == "https://news.example/by-id"
    assert rows["id not a web link"] == []
    assert [r[1] for r in rows["link rels and types"]] == [
        "https://news.example/alt",
        "https://news.example/z",
        "https://news.example/slashes",
        "https://news.example/second",
    ]  # fmt: skip  (an empty rel or type is not an alternate HTML link: those two drop)
    assert [r[3] for r in rows["summary and content"]] == ["short", "long two"]
    assert [r[4] for r in rows["dates"]] == [
        "2026-03-03T08:00:00Z", "2026-03-04T09:00:00Z", "2026-03-05T09:00:00Z"
    ]  # fmt: skip
    assert parse_feed_rows(ATOM_TAKEN["title after entries"], url=URL)[0] == "Late title"
