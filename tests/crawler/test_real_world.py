"""Real-world feeds and HN payloads from ../shared/eval (read in place; skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsdesk.crawler import hackernews as hn
from newsdesk.crawler.feeds import parse_feed

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
pytestmark = pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval is absent")


def test_every_real_feed_parses_into_fetchable_entries() -> None:
    files = [
        p
        for p in (EVAL / "feeds").rglob("*")
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


def test_real_hn_payloads() -> None:
    search = json.loads(
        (EVAL / "hn_api/algolia/search_by_url_restrictSearchableAttributes_url.json").read_text()
    )
    hits = [hn.parse_hit(h) for h in search["hits"]]
    assert hits and all(h is not None and h.url and h.hn_id > 0 for h in hits)
    comment = json.loads(
        (EVAL / "hn_api/firebase_official_examples/item_2921983_comment.json").read_text()
    )
    text = hn.html_to_text(comment["text"])
    assert text and "<" not in text and "&#" not in text
