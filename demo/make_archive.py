"""Regenerate demo/tokenmaxxing.warc.gz from the fixtures in this folder, deterministically.

    python demo/make_archive.py            # writes demo/tokenmaxxing.warc.gz

Everything in the archive is written for this project: ``pages/*.txt`` (one article each:
``key: value`` header lines, a blank line, then paragraphs that may hold <a> links) are
rendered with a per-outlet page template; the outlets' feeds (RSS 2.0, RSS 1.0, Atom, one
deliberately malformed) and robots.txt files are generated from them; ``hn/`` holds the
Hacker News API answers (Algolia search and Firebase items). For every feed link the
archive also answers the crawler's HN URL lookup. The same inputs always give the same
bytes (fixed record dates and ids, sorted records).
"""

from __future__ import annotations

import hashlib
import html
import json
import sys
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newsdesk.crawler.hackernews import item_url, search_url  # noqa: E402
from newsdesk.crawler.urls import comparable  # noqa: E402
from newsdesk.crawler.warc import Recorder  # noqa: E402

SEARCH = "https://hn.algolia.com/api/v1/search_by_date"
ITEM = "https://hacker-news.firebaseio.com/v0/item/{id}.json"
ARCHIVE_DATE = datetime(2026, 3, 25, tzinfo=UTC)
LAST_MODIFIED = format_datetime(datetime(2026, 3, 24, 12, tzinfo=UTC), usegmt=True)

# host -> outlet: display name, feed path and format, tracking parameter added to feed links
OUTLETS = {
    "www.ledgerdaily.example": ("The Ledger Daily", "/rss/technology.xml", "rss20", ""),
    "engineering.brightforge.example": ("Brightforge Engineering", "/blog/feed.atom", "atom", ""),
    "www.circuitreport.example": ("Circuit Report", "/feeds/index.rdf", "rss10", "?utm_source=rss"),
    "www.valleycourier.example": ("Valley Courier", "/feeds/business.atom", "atom", ""),
    "www.harbortimes.example": ("Harbor Times", "/rss.xml", "rss20-malformed", ""),
    "bytedigest.example": ("Byte Digest", "/index.xml", "rss20", ""),
}
ROBOTS = "User-agent: *\nDisallow: /account/\nDisallow: /search\n"


def load_pages() -> list[dict]:
    pages = []
    for path in sorted((HERE / "pages").glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines())
        meta["paragraphs"] = [p.strip() for p in body.split("\n\n") if p.strip()]
        meta["host"] = meta["url"].split("/")[2]
        pages.append(meta)
    return pages


def render(page: dict) -> str:
    name = OUTLETS[page["host"]][0]
    paras = "\n".join(f"<p>{p}</p>" for p in page["paragraphs"])
    paywall = page.get("paywall") == "yes"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page["title"],
        "datePublished": page["published"],
        "author": {"@type": "Person", "name": page["author"]},
        "isAccessibleForFree": not paywall,
    }
    gate = (
        '<div class="paywall"><h2>Subscribe to keep reading</h2><p>This article is for '
        f'subscribers of {name}. <a href="/account/subscribe">Subscribe</a></p></div>'
        if paywall
        else ""
    )
    t = html.escape(page["title"])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{t} | {name}</title>
<link rel="canonical" href="{page["url"]}">
<meta property="og:url" content="{page["url"]}"><meta property="og:title" content="{t}">
<meta property="og:site_name" content="{name}"><meta name="author" content="{html.escape(page["author"])}">
<meta property="article:published_time" content="{page["published"]}">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><header><a href="/">{name}</a> <nav><a href="/news/">News</a> <a href="/business/">Business</a>
<a href="/account/">Sign in</a></nav></header>
<main><article><h1>{t}</h1><p class="byline">By {html.escape(page["author"])}</p>
{paras}
{gate}</article>
<aside><h2>Most read</h2><ul><li><a href="/">Markets close mixed</a></li>
<li><a href="/">Weekend weather outlook</a></li></ul></aside></main>
<footer><p>&copy; 2026 {name}. <a href="/about">About</a> <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""


def rfc822(iso: str) -> str:
    return format_datetime(datetime.fromisoformat(iso.replace("Z", "+00:00")), usegmt=True)


def feed(host: str, pages: list[dict]) -> tuple[str, str]:
    name, path, fmt, tracking = OUTLETS[host]
    base = f"https://{host}"
    items = sorted(pages, key=lambda p: p["published"], reverse=True)
    e = html.escape
    if fmt.startswith("rss20"):
        body = "".join(
            f"<item><title>{e(p['title'])}</title><link>{p['url']}{tracking}</link>"
            f'<guid isPermaLink="true">{p["url"]}</guid><pubDate>{rfc822(p["published"])}</pubDate>'
            f"<author>{e(p['author'])}</author><description>{e(p['summary'])}</description></item>\n"
            for p in items
        )
        # Harbor Times' feed has a raw '&' in its description: not well-formed XML (bozo)
        desc = "News & views from the waterfront" if fmt.endswith("malformed") else e(name)
        xml = (
            f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{e(name)}</title><link>{base}/</link><description>{desc}</description>\n"
            f"{body}</channel></rss>\n"
        )
        return xml, "application/rss+xml; charset=utf-8"
    if fmt == "atom":
        body = "".join(
            f"<entry><title>{e(p['title'])}</title><id>{p['url']}</id>"
            f'<link rel="alternate" href="{p["url"]}{tracking}"/><published>{p["published"]}</published>'
            f"<updated>{p['published']}</updated><author><name>{e(p['author'])}</name></author>"
            f"<summary>{e(p['summary'])}</summary></entry>\n"
            for p in items
        )
        updated = items[0]["published"] if items else "2026-03-01T00:00:00Z"
        xml = (
            f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>{e(name)}</title><id>{base}/</id><link href="{base}/"/>'
            f"<updated>{updated}</updated>\n{body}</feed>\n"
        )
        return xml, "application/atom+xml; charset=utf-8"
    seq = "".join(f'<rdf:li rdf:resource="{p["url"]}{tracking}"/>' for p in items)
    body = "".join(
        f'<item rdf:about="{p["url"]}{tracking}"><title>{e(p["title"])}</title>'
        f"<link>{p['url']}{tracking}</link><dc:date>{p['published']}</dc:date>"
        f"<dc:creator>{e(p['author'])}</dc:creator><description>{e(p['summary'])}</description></item>\n"
        for p in items
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="{base}{path}"><title>{e(name)}</title><link>{base}/</link>'
        f"<description>{e(name)}</description><items><rdf:Seq>{seq}</rdf:Seq></items></channel>\n"
        f"{body}</rdf:RDF>\n"
    )
    return xml, "application/rdf+xml; charset=utf-8"


def responses() -> dict[str, tuple[int, list[tuple[str, str]], bytes]]:
    out: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {}

    def add(url: str, body: str | bytes, ctype: str, status: int = 200) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
        headers = [("Content-Type", ctype), ("ETag", etag), ("Last-Modified", LAST_MODIFIED)]
        out[url] = (status, headers, data)

    pages = load_pages()
    search = json.loads((HERE / "hn" / "search.json").read_text(encoding="utf-8"))
    stories = {h["objectID"]: h for result in search.values() for h in result["hits"]}
    for host, (_name, path, _fmt, tracking) in OUTLETS.items():
        own = [p for p in pages if p["host"] == host]
        xml, ctype = feed(host, own)
        add(f"https://{host}{path}", xml, ctype)
        add(f"https://{host}/robots.txt", ROBOTS, "text/plain; charset=utf-8")
        for p in own:
            add(p["url"] + tracking, render(p), "text/html; charset=utf-8")
            hits = [
                h
                for h in stories.values()
                if h["url"] and comparable(h["url"]) == comparable(p["url"])
            ]
            lookup = {
                "hits": hits,
                "nbHits": len(hits),
                "page": 0,
                "nbPages": int(bool(hits)),
                "hitsPerPage": 50,
            }
            add(
                search_url(SEARCH, p["url"] + tracking, restrict_url=True),
                json.dumps(lookup),
                "application/json",
            )
    for query, result in search.items():
        add(search_url(SEARCH, query), json.dumps(result), "application/json")
    for item in sorted((HERE / "hn" / "items").glob("*.json")):
        add(item_url(ITEM, int(item.stem)), item.read_bytes(), "application/json")
    return out


def main(target: Path = HERE / "tokenmaxxing.warc.gz") -> None:
    recorder = Recorder(target, fixed_date=ARCHIVE_DATE)
    try:
        for url, (status, headers, body) in sorted(responses().items()):
            recorder.write(url, status, headers, body)
        recorder.commit()
    finally:
        recorder.close()
    print(f"{target}: {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
