"""`crawl --record FILE` replaces FILE only when the crawl ends well: a crawl that fails or is
interrupted keeps the archive that was there (it used to be emptied at the start), says so in
its one-line error, and leaves no temporary file. Real servers on 127.0.0.1 only."""

from __future__ import annotations

from pathlib import Path

import pytest
from crawl_config import write_config
from hostile_web import Web
from newsdesk.crawler.run import Job
from test_crawl_outcomes import closed_port, newsdesk, with_feeds

from newsdesk.cli import main

OLD = b"an archive recorded by an earlier crawl\n"


def _old_archive(tmp_path: Path) -> Path:
    archive = tmp_path / "old.warc.gz"
    archive.write_bytes(OLD)
    return archive


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


def _good_feed(web: Web, tmp_path: Path) -> Path:
    """A project whose one feed, served by ``web``, links one on-topic page."""
    link = web.page("/a1.html", "Staff chase a tokenmaxxing leaderboard")
    web.feed("/good.xml", [{"title": "Tokenmaxxing", "link": link}])
    return with_feeds(write_config(tmp_path, web.base, []), [("g", f"{web.base}/good.xml", "")])


def test_a_crawl_whose_every_feed_fails_keeps_the_old_archive(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{closed_port()}"
    config = with_feeds(write_config(tmp_path, base, [], retries=0), [("a", f"{base}/a", "")])
    archive = _old_archive(tmp_path)
    res = newsdesk(config, "crawl", "--record", str(archive))
    assert res.returncode == 3, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: every feed failed")
    assert lines[0].endswith(
        f"{archive}: the archive already there is kept (this crawl's recording was dropped)"
    )
    assert archive.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_a_crawl_that_fails_to_open_its_store_keeps_the_old_archive(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{closed_port()}"
    config = with_feeds(write_config(tmp_path, base, [], retries=0), [("a", f"{base}/a", "")])
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "test.db").write_bytes(b"not a database, " * 512)
    archive = _old_archive(tmp_path)
    res = newsdesk(config, "crawl", "--record", str(archive))
    assert res.returncode == 1, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in res.stderr
    assert lines[0].endswith(
        "the archive already there is kept (this crawl's recording was dropped)"
    )
    assert archive.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_an_interrupted_crawl_keeps_the_old_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    web = Web()
    with web.server:
        config = _good_feed(web, tmp_path)
        archive = _old_archive(tmp_path)
        phases = Job._phases

        async def ctrl_c_after_the_feeds(job: Job, fetcher: object) -> None:
            await phases(job, fetcher)  # type: ignore[arg-type]  # every response recorded
            raise KeyboardInterrupt

        monkeypatch.setattr(Job, "_phases", ctrl_c_after_the_feeds)
        with pytest.raises(SystemExit) as ended:
            main(["crawl", "--config", str(config), "--no-progress", "--record", str(archive)])
    assert ended.value.code == 130
    err = capsys.readouterr().err.strip()
    assert (
        err == f"error: interrupted; {archive}: the archive already there is kept (this "
        "crawl's recording was dropped)"
    )
    assert archive.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_a_crawl_that_ends_well_replaces_the_archive(tmp_path: Path) -> None:
    web = Web()
    with web.server:
        config = _good_feed(web, tmp_path)
        archive = _old_archive(tmp_path)
        res = newsdesk(config, "crawl", "--record", str(archive))
    assert res.returncode == 0, res.stderr
    assert archive.read_bytes()[:2] == b"\x1f\x8b" and _leftovers(tmp_path) == []
