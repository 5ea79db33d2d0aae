"""What a crawl says about itself: every feed failing is an exit status a scheduled run sees (3),
a refused connection is called that, entries left out by crawl.lookback_days are counted, and a
feed's configured name is its outlet's name. Real servers on 127.0.0.1 only."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from crawl_config import write_config
from hostile_web import Web
from newsdesk.crawler import crawl

from newsdesk.config import load_config
from newsdesk.store import Store
from newsdesk.story_store import load_stories


def newsdesk(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    code = "from newsdesk.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args, "--config", str(config), "--no-progress"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def closed_port() -> int:
    """A loopback port nothing listens on (a connection to it is refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def with_feeds(path: Path, feeds: list[tuple[str, str, str]], extra: str = "") -> Path:
    text = path.read_text(encoding="utf-8") + extra
    for fid, url, name in feeds:
        text += f'\n[[feeds]]\nid = "{fid}"\nurl = "{url}"\n' + (
            f'name = "{name}"\n' if name else ""
        )
    path.write_text(text, encoding="utf-8")
    return path


def test_a_crawl_whose_every_feed_fails_exits_3_saying_connection_refused(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{closed_port()}"
    config = write_config(tmp_path, base, [], retries=0)
    with_feeds(config, [("a", f"{base}/a.xml", ""), ("b", f"{base}/b.xml", "")])
    res = newsdesk(config, "crawl")
    assert res.returncode == 3, res.stdout + res.stderr
    assert "connection refused" in res.stdout and "ssl:default" not in res.stdout
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: every feed failed (2 feeds")


def test_one_feed_answering_is_enough_for_exit_0(tmp_path: Path) -> None:
    web = Web()
    with web.server:
        link = web.page("/a1.html", "Staff chase a tokenmaxxing leaderboard")
        web.feed("/good.xml", [{"title": "Tokenmaxxing", "link": link}])
        base = f"http://127.0.0.1:{closed_port()}"
        config = write_config(tmp_path, web.base, [], retries=0)
        with_feeds(config, [("good", f"{web.base}/good.xml", ""), ("gone", f"{base}/x.xml", "")])
        res = newsdesk(config, "crawl")
    assert res.returncode == 0, res.stderr
    assert "1 fetched" in res.stdout and "gone: robots.txt unavailable" in res.stdout


def test_entries_older_than_the_lookback_are_counted(tmp_path: Path) -> None:
    web = Web()
    with web.server:
        old = web.page("/old.html", "Tokenmaxxing back then")
        new = web.page("/new.html", "Tokenmaxxing today")
        today = datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        web.feed(
            "/f.xml",
            [
                {
                    "title": "Tokenmaxxing back then",
                    "link": old,
                    "date": "Mon, 02 Mar 2020 09:00:00 GMT",
                },
                {"title": "Tokenmaxxing today", "link": new, "date": today},
            ],
        )
        config = with_feeds(
            write_config(tmp_path, web.base, [], retries=0, lookback_days=30),
            [("f", f"{web.base}/f.xml", "")],
        )
        summary = crawl(load_config(config), progress=False)
        again = crawl(load_config(config), progress=False)  # known now: not new, not counted
    assert summary.entries_new == 2 and summary.articles_extracted == 1
    assert "entries: 2 new (1 older than crawl.lookback_days (30), not fetched)" in summary.line()
    assert again.entries_too_old == 0 and "older than" not in again.line()


def _sources_after_crawl(tmp_path: Path, extra: str) -> list[tuple[str, str]]:
    web = Web()
    with web.server:
        link = web.page("/a1.html", "Staff chase a tokenmaxxing leaderboard")
        web.feed("/good.xml", [{"title": "Staff chase a tokenmaxxing leaderboard", "link": link}])
        config_path = with_feeds(
            write_config(tmp_path, web.base, [], retries=0),
            [("good", f"{web.base}/good.xml", "Good Outlet")],
            extra,
        )
        config = load_config(config_path)
        crawl(config, progress=False)
    from newsdesk.stories import update_stories

    with Store(config.path(config.crawl.database)) as store:
        update_stories(config, store)
        stories = load_stories(store)
    return [(s.outlet, s.name) for story in stories for s in story.sources]


def test_a_feed_s_configured_name_names_its_outlet(tmp_path: Path) -> None:
    assert _sources_after_crawl(tmp_path, "") == [("127.0.0.1", "Good Outlet")]


def test_outlets_names_overrides_a_feed_s_name(tmp_path: Path) -> None:
    table = '\n[outlets.names]\n"127.0.0.1" = "Good Outlet Inc."\n'
    assert _sources_after_crawl(tmp_path, table) == [("127.0.0.1", "Good Outlet Inc.")]
