"""The bundled demo: the archive replays with no network and matches its fixtures."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

from newsdesk.crawler import crawl

from newsdesk.config import load_config
from newsdesk.store import Store

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = ROOT / "demo" / "tokenmaxxing.warc.gz"


def demo_config(tmp_path: Path):
    config = load_config(ROOT / "newsdesk.toml")
    crawl_settings = dataclasses.replace(config.crawl, database=str(tmp_path / "demo.db"))
    return dataclasses.replace(config, crawl=crawl_settings)


def test_demo_replays_completely_and_exercises_the_later_stages(tmp_path: Path) -> None:
    config = demo_config(tmp_path)
    summary = crawl(config, replay=ARCHIVE, progress=False)
    assert (summary.feeds_fetched, summary.feeds_failed, summary.feeds_malformed) == (6, 0, 1)
    assert (summary.articles_extracted, summary.articles_blurb_only) == (8, 1)
    assert (summary.articles_failed, summary.articles_off_topic, summary.discussions) == (0, 1, 2)
    with Store(tmp_path / "demo.db") as store:
        kinds = [r["kind"] for r in store.db.execute("SELECT kind FROM fetch_errors")]
        articles = {a.canonical_url.split("/")[2]: [] for a in store.articles()}
        for a in store.articles():
            articles[a.canonical_url.split("/")[2]].append(a)
        discussions = {d.hn_id: d for d in store.discussions()}
    assert sorted(kinds) == ["feed", "off-topic"]  # the malformed feed and the e-reader review
    (paper,) = articles["www.ledgerdaily.example"]
    assert (paper.read, paper.read_reason) == (False, "paywall")
    assert "pressure to look busy" in paper.text  # the blurb stands in for the text
    tech = next(a for a in articles["www.circuitreport.example"] if "TokenRank" in a.title)
    assert paper.url in tech.links and any("brightforge" in link for link in tech.links)
    assert tech.canonical_url.endswith("brightforge-tokenrank-tokenmaxxing.html")  # utm dropped
    assert paper.published < tech.published
    assert len(discussions[47210001].comments) == 4  # one dead and one deleted skipped
    assert discussions[47210001].url == tech.canonical_url
    assert discussions[47230002].url is None


def test_second_replay_refetches_nothing(tmp_path: Path) -> None:
    config = demo_config(tmp_path)
    crawl(config, replay=ARCHIVE, progress=False)
    again = crawl(config, replay=ARCHIVE, progress=False)
    assert (again.entries_new, again.articles_extracted, again.articles_blurb_only) == (0, 0, 0)
    assert again.articles_off_topic == 0
    # both threads are refreshed, the one linking the clean URL of an article stored under
    # its "?utm_source=rss" link too (it used to be found off-topic and left as it was)
    assert again.discussions == 2


def test_make_archive_reproduces_the_committed_archive(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_archive", ROOT / "demo" / "make_archive.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target = tmp_path / "again.warc.gz"
    module.main(target)
    assert target.read_bytes() == ARCHIVE.read_bytes()


def test_log_lines_flag_a_malformed_feed_without_calling_it_failed(tmp_path: Path, capsys) -> None:
    crawl(demo_config(tmp_path), replay=ARCHIVE, progress=None)  # stderr is not a terminal here
    lines = capsys.readouterr().err.splitlines()
    (harbor,) = [line for line in lines if "feeds: " in line and "harbortimes" in line]
    assert "FLAGGED harbortimes: 2 entries (malformed:" in harbor
    assert not [line for line in lines if "feeds: FAILED" in line]  # the summary says 0 failed
