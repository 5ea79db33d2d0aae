"""Real-world feeds and HN payloads from ../shared/eval (read in place; testkit.shared_eval:
skipped when absent, failed when absent under CI)."""

from __future__ import annotations

import json

from newsdesk.crawler import hackernews as hn
from newsdesk.crawler.feeds import parse_feed


def test_every_real_feed_parses_into_fetchable_entries(shared_eval) -> None:
    files = [
        p
        for p in shared_eval("feeds").rglob("*")
        if p.suffix in (".xml", ".rss", ".atom", ".rdf") and p.is_file()
    ]
    assert files
    usable = 0
    for path in files:
        feed = parse_feed(path.read_bytes(), url="https://feed.example/feed.xml")
        usable += feed.problem is None
        for entry in feed.entries:
            assert entry.url.lower().startswith(("http://", "https://")), path
            assert entry.published is None or entry.published.endswith("Z"), path
    assert usable > len(files) * 0.9  # odd test fixtures aside, feeds yield entries


def test_real_hn_payloads(shared_eval) -> None:
    hn_api = shared_eval("hn_api")
    search = json.loads(
        (hn_api / "algolia/search_by_url_restrictSearchableAttributes_url.json").read_text()
    )
    hits = [hn.parse_hit(h) for h in search["hits"]]
    assert hits and all(h is not None and h.url and h.hn_id > 0 for h in hits)
    comment = json.loads(
        (hn_api / "firebase_official_examples/item_2921983_comment.json").read_text()
    )
    text = hn.html_to_text(comment["text"])
    assert text and "<" not in text and "&#" not in text
