from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsdesk.errors import StoreError
from newsdesk.migrations import MIGRATIONS
from newsdesk.models import Article, Comment, Discussion, Entry
from newsdesk.store import Store


def test_migrates_to_latest_in_wal_mode(tmp_path: Path) -> None:
    with Store(tmp_path / "d" / "n.db") as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(tmp_path / "d" / "n.db") as store:  # reopening migrates nothing twice
        assert store.schema_version == len(MIGRATIONS)


def test_refuses_a_newer_database(tmp_path: Path) -> None:
    path = tmp_path / "n.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.close()
    with pytest.raises(StoreError, match="newer than this newsdesk"):
        Store(path)


def test_entries_are_new_once_then_updated(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store:
        e = Entry(feed_id="f", guid="g1", url="https://a.example/1", title="One")
        assert store.upsert_entry(e) is True
        assert store.upsert_entry(Entry(**{**e.__dict__, "title": "One, edited"})) is False
        (got,) = store.entries()
        assert got.title == "One, edited"


def test_article_round_trip_and_update_time(tmp_path: Path) -> None:
    a = Article(
        id="a1",
        url="https://a.example/1",
        canonical_url="https://a.example/1",
        title="T",
        text="body",
        links=("https://b.example/x",),
        read=False,
        read_reason="http 403",
        topics=("tokenmaxxing",),
    )
    with Store(tmp_path / "n.db") as store:
        store.save_article(a, "h1")
        assert store.has_article(a.url)
        got = store.article("a1")
        assert got is not None and got.links == a.links and got.read is False
        assert got.read_reason == "http 403" and store.articles("tokenmaxxing") == [got]
        assert store.articles("other") == []


def test_discussion_keeps_comment_order(tmp_path: Path) -> None:
    d = Discussion(
        hn_id=1,
        title="HN",
        url="https://a.example/1",
        comments=(Comment(3, "x", "first", rank=0), Comment(2, "y", "second", rank=1)),
    )
    with Store(tmp_path / "n.db") as store:
        store.save_discussion(d)
        (got,) = store.discussions()
        assert [c.text for c in got.comments] == ["first", "second"]


def test_nested_writes_commit_together_or_not_at_all(tmp_path: Path) -> None:
    e = Entry(feed_id="f", guid="g1", url="https://a.example/1", title="One")
    with Store(tmp_path / "n.db") as store:
        with store.transaction():
            store.upsert_entry(e)
            store.save_feed_state("f", "https://a.example/rss", etag='"v1"')
            assert store.db.in_transaction  # the inner calls did not commit on their own
        assert not store.db.in_transaction
        # an inner write that fails inside an outer block, even if the caller swallows the
        # error, takes the whole outer transaction with it: nothing half-saved
        with pytest.raises(StoreError, match="nothing was saved"), store.transaction():
            store.upsert_entry(Entry(**{**e.__dict__, "guid": "g2", "url": "https://a.example/2"}))
            try:
                with store.transaction():
                    store.save_feed_state("f", "https://a.example/rss", etag='"v2"')
                    raise ValueError("boom")
            except ValueError:
                pass
        assert not store.db.in_transaction
        assert [x.guid for x in store.entries()] == ["g1"]
        assert store.feed_state("f")["etag"] == '"v1"'
        with store.transaction():  # the store is usable again
            store.save_feed_state("f", "https://a.example/rss", etag='"v3"')
        assert store.feed_state("f")["etag"] == '"v3"'


def test_a_database_of_the_previous_schema_migrates_without_losing_an_article(
    tmp_path: Path,
) -> None:
    """Schema 3 (before ``declared_original``): the stored article reads back whole, with no
    declared original, and the migrated table stores one."""
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript("".join(MIGRATIONS[:3]))
    db.execute(
        "INSERT INTO articles(id, url, canonical_url, title, text, links, read, read_reason,"
        " source, topics, content_hash, fetched_at, updated_at)"
        " VALUES ('a1', 'https://a.example/1', 'https://a.example/1', 'T', 'body',"
        " '[\"https://b.example/x\"]', 1, 'full text', 'wire', '[\"tokenmaxxing\"]', 'h1',"
        " '2026-03-02T09:00:00Z', '2026-03-02T09:00:00Z')"
    )
    db.execute("PRAGMA user_version = 3")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        (got,) = store.articles()
        assert (got.id, got.title, got.text, got.links, got.source, got.topics) == (
            "a1", "T", "body", ("https://b.example/x",), "wire", ("tokenmaxxing",)
        )  # fmt: skip
        assert got.declared_original is None and got.fetched_at == "2026-03-02T09:00:00Z"
        copy = Article(
            id="c1",
            url="https://portal.example/c",
            canonical_url="https://portal.example/c",
            title="C",
            text="body",
            declared_original="https://a.example/1",
        )
        store.save_article(copy, "h2")
        saved = store.article("c1")
        assert saved is not None and saved.declared_original == "https://a.example/1"
