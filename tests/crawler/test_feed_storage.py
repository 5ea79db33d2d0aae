"""How parsed feeds reach the store: through the parse workers or in-process, all at once per
feed, and only within the lookback when it comes to fetching their pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from crawl_config import write_config
from newsdesk.crawler import crawl
from newsdesk.crawler import run as crawl_run
from test_resume import snapshot

from newsdesk.config import load_config
from newsdesk.models import Entry
from newsdesk.store import Store

FEEDS = ["good", "atom", "rdf", "latin1", "bozo", "html"]


def _crawl(folder: Path, base: str, monkeypatch: pytest.MonkeyPatch, pool_from: int):
    folder.mkdir()
    monkeypatch.setattr(crawl_run, "POOL_MIN_FEEDS", pool_from)
    pools = []
    make_pool = crawl_run.make_pool

    def counted():
        pools.append(make_pool())
        return pools[-1]

    monkeypatch.setattr(crawl_run, "make_pool", counted)
    summary = crawl(load_config(write_config(folder, base, FEEDS)), progress=False)
    assert len(pools) == (1 if pool_from <= len(FEEDS) else 0)  # the path under test ran
    return summary, snapshot(folder / "data" / "test.db")


def test_parse_workers_store_the_same_as_parsing_in_process(
    tmp_path: Path, server, monkeypatch: pytest.MonkeyPatch
) -> None:
    pooled, pooled_db = _crawl(tmp_path / "pool", server.base, monkeypatch, pool_from=1)
    inline, inline_db = _crawl(tmp_path / "inline", server.base, monkeypatch, pool_from=10**6)
    assert pooled_db == inline_db
    # the malformed and not-a-feed ones, worded alike (listed as feeds finish: order may differ)
    assert sorted(pooled.problems) == sorted(inline.problems)
    assert (pooled.feeds_fetched, pooled.feeds_malformed, pooled.entries_new) == (
        inline.feeds_fetched,
        inline.feeds_malformed,
        inline.entries_new,
    )
    assert pooled.entries_new > 0 and pooled.feeds_malformed == 1


def test_a_feed_is_stored_whole_or_not_at_all(
    tmp_path: Path, server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries and validators commit together: a failure between them keeps neither, so the
    next crawl cannot get a 304 for a feed whose entries were never stored."""
    cfg = write_config(tmp_path, server.base, ["good"])
    save = Store.save_feed_state

    def failing(self, feed_id, url, **fields):
        if fields.get("last_status") == 200:
            raise OSError("disk full")
        return save(self, feed_id, url, **fields)

    monkeypatch.setattr(Store, "save_feed_state", failing)
    with pytest.raises(OSError, match="disk full"):
        crawl(load_config(cfg), progress=False)
    with Store(tmp_path / "data" / "test.db") as store:
        assert store.entries() == []
        assert store.feed_state("good") is None
    monkeypatch.setattr(Store, "save_feed_state", save)
    summary = crawl(load_config(cfg), progress=False)
    assert summary.feeds_fetched == 1 and summary.entries_new > 0


@pytest.mark.parametrize(("days", "fetched"), [(1, False), (36500, True)])
def test_pages_are_fetched_only_for_entries_within_the_lookback(
    tmp_path: Path, server, days: int, fetched: bool
) -> None:
    # the fixture feeds' entries are dated March 2026
    summary = crawl(
        load_config(write_config(tmp_path, server.base, ["good"], lookback_days=days)),
        progress=False,
    )
    assert summary.entries_new > 0  # entries are stored whatever their age
    with Store(tmp_path / "data" / "test.db") as store:
        from_feed = [a for a in store.articles() if a.source == "good"]  # not HN's
    assert bool(from_feed) is fetched


def test_lookback_keeps_undated_entries(tmp_path: Path) -> None:
    def entry(guid: str, published: str | None) -> Entry:
        return Entry("f", guid, f"https://news.example/{guid}", guid, published=published)

    with Store(tmp_path / "s.db") as store:
        store.upsert_entries(
            [entry("old", "2020-01-01T00:00:00Z"), entry("new", "2026-01-02T00:00:00Z")]
            + [entry("undated", None)]
        )
        kept = store.entries(since="2026-01-01T00:00:00Z")
    assert sorted(e.guid for e in kept) == ["new", "undated"]


def test_an_updated_entry_refetches_its_page_as_the_same_article(tmp_path: Path, server) -> None:
    """An edited headline or updated story at the same URL is an update of the stored article
    (same id, new text, updated_at moved), not a new article; an unchanged entry is not
    fetched again."""
    cfg = load_config(write_config(tmp_path, server.base, ["good"]))
    a1 = f"{server.base}/articles/a1.html"

    def stored() -> dict:
        with Store(tmp_path / "data" / "test.db") as store:
            return {a.url: a for a in store.articles()}

    crawl(cfg, progress=False)
    before = stored()
    fetches = server.hits["/articles/a1.html"]
    assert fetches == 1
    crawl(cfg, progress=False)  # nothing changed: the page is not fetched again
    assert server.hits["/articles/a1.html"] == fetches
    server.revision = 1
    summary = crawl(cfg, progress=False)
    assert server.hits["/articles/a1.html"] == fetches + 1  # only the revised entry's page
    assert summary.entries_new == 0
    after = stored()
    assert after.keys() == before.keys()  # no new article
    assert after[a1].id == before[a1].id
    assert "Update 1: the company has paused the ranking" in after[a1].text
    assert "Update 1" not in before[a1].text
    with Store(tmp_path / "data" / "test.db") as store:
        updated = dict(store.db.execute("SELECT url, updated_at FROM articles").fetchall())
        assert store.revised_urls() == set()  # caught up: not fetched again next time
    assert updated[a1] >= max(updated.values())
    crawl(cfg, progress=False)
    assert server.hits["/articles/a1.html"] == fetches + 1
