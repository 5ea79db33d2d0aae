"""A crawl killed (SIGKILL) or interrupted (Ctrl-C) midway, then rerun, ends with the same store
as one uninterrupted."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from crawl_config import write_config
from fixture_site import FixtureServer
from newsdesk.crawler import crawl

from newsdesk.config import load_config
from newsdesk.store import Store

FEEDS = ["good", "atom", "rdf", "latin1"]


def snapshot(db: Path) -> dict[str, list[str]]:
    """The store's content, without timestamps and run ids."""
    with Store(db) as store:
        articles = [
            {**a.to_json(), "final_url": a.final_url, "redirects": list(a.redirects)}
            for a in store.articles()
        ]
        tables = {
            "entries": [vars(e) | {"topics": list(e.topics)} for e in store.entries()],
            "articles": articles,
            "discussions": [
                {**vars(d), "comments": [vars(c) for c in d.comments], "topics": list(d.topics)}
                for d in store.discussions()
            ],
            "feeds": [
                dict(r)
                for r in store.db.execute(
                    "SELECT id, url, etag, last_modified, bozo, bozo_reason, title, last_error"
                    " FROM feeds"
                )
            ],
            "off_topic": [
                r[0]
                for r in store.db.execute("SELECT url FROM fetch_errors WHERE kind='off-topic'")
            ],
        }
    return {k: sorted(json.dumps(v, sort_keys=True) for v in rows) for k, rows in tables.items()}


def _ctrl_c_delivered() -> None:
    """In the child: Ctrl-C acts as in a terminal. A suite started in the background of a
    shell (`bash .ci/run &`) ignores SIGINT, the crawl inherits that, and Python then never
    raises KeyboardInterrupt: the crawl ran to the end and exited 0."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def count_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize(
    ("sig", "code", "status"),
    [(signal.SIGKILL, -signal.SIGKILL, "running"), (signal.SIGINT, 130, "interrupted")],
)
def test_killed_crawl_resumes_to_the_same_store(
    tmp_path: Path, sig: signal.Signals, code: int, status: str
) -> None:
    with FixtureServer(article_delay=0.3) as server:
        killed_dir, whole_dir = tmp_path / "killed", tmp_path / "whole"
        killed_dir.mkdir()
        whole_dir.mkdir()
        settings = {"per_host_concurrency": 1, "timeout": 10.0}  # no timeouts under load
        killed_cfg = write_config(killed_dir, server.base, FEEDS, **settings)
        db = killed_dir / "data" / "test.db"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "newsdesk",
                "crawl",
                "--config",
                str(killed_cfg),
                "--no-progress",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=_ctrl_c_delivered,
        )
        deadline = time.monotonic() + 30
        while count_articles(db) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if proc.poll() is not None:
            pytest.fail("the crawl finished before it could be killed")
        proc.send_signal(sig)
        stderr = proc.communicate(timeout=60)[1]
        assert proc.returncode == code
        if sig == signal.SIGINT:  # Ctrl-C: one line, no traceback
            assert stderr.strip() == "interrupted"
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = count_articles(db)
        resumed = crawl(load_config(killed_cfg), progress=False)
        whole = crawl(
            load_config(write_config(whole_dir, server.base, FEEDS, **settings)), progress=False
        )
    assert 2 <= partial < whole.articles_extracted + whole.articles_blurb_only
    # the rerun fetched only what the killed run had not stored
    assert resumed.articles_extracted + resumed.articles_blurb_only + partial == (
        whole.articles_extracted + whole.articles_blurb_only
    )
    assert snapshot(db) == snapshot(whole_dir / "data" / "test.db")
    with Store(db) as store:
        runs = store.db.execute("SELECT status FROM runs ORDER BY id").fetchall()
    assert [r[0] for r in runs] == [status, "done"]  # the killed run is visible as such
