"""Issue 13 items 14 and 15: a damaged or empty database, and a full disk, are one line.

The commands run in-process through the CLI's error handling (``newsdesk.cli.app._run``),
which is what turns an error into one line on stderr and exit code 1.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from newsdesk.cli import main
from newsdesk.errors import StoreError
from newsdesk.store import Store


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        main(args)
    err = capsys.readouterr().err
    return int(done.value.code or 0), err


@pytest.fixture
def db(tmp_path: Path, newsdesk_toml: Callable[..., Path]) -> Path:
    newsdesk_toml()
    return tmp_path / "data" / "newsdesk.db"


def _damage(path: Path) -> None:
    """A database with a few hundred pages, each page after the first zeroed."""
    with Store(path) as store:
        store.db.execute("CREATE TABLE filler(x TEXT)")
        store.db.executemany("INSERT INTO filler VALUES (?)", [("x" * 3000,)] * 300)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = bytes(len(data) - page)
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_one_line_suggesting_recover(db: Path, capsys, tmp_path) -> None:
    _damage(db)
    code, err = run(["articles", "--config", str(tmp_path / "newsdesk.toml")], capsys)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"error: {db}: ") and ".recover" in err and "crawl again" in err


def test_an_empty_database_file_is_refused(db: Path, capsys, tmp_path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"")
    with pytest.raises(StoreError, match=r"newsdesk\.db: the database file is empty \(0 bytes\)"):
        Store(db)
    code, err = run(["articles", "--config", str(tmp_path / "newsdesk.toml")], capsys)
    assert code == 1 and "empty (0 bytes)" in err and db.stat().st_size == 0


def test_a_full_disk_while_writing_the_database_is_one_line(db: Path, capsys) -> None:
    from newsdesk.store import damaged

    err = damaged(sqlite3.OperationalError("database or disk is full"), db)
    assert str(err) == f"{db}: database or disk is full: free some space and run again"


def _full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device", "content/2026/05/x.md")


def test_a_full_disk_during_review_approve_is_one_line_and_loses_nothing(
    tmp_path: Path, newsdesk_toml: Callable[..., Path], capsys, monkeypatch
) -> None:
    newsdesk_toml()
    story = tmp_path / "content" / "2026" / "05" / "x.md"
    story.parent.mkdir(parents=True)
    text = (  # a story approve accepts (one source, cited), so the write is what fails
        "---\ntitle: A story\nslug: x\nstatus: draft\nsources:\n"
        "- n: 1\n  url: https://a.example/2026/05/x.html\n  name: A\n  role: original\n"
        "---\nBody. [1]\n"
    )
    story.write_text(text)
    monkeypatch.setattr("newsdesk.content.os.fsync", _full)
    cmd = ["review", "approve", "x", "--editor", "ed", "--config", str(tmp_path / "newsdesk.toml")]
    code, err = run(cmd, capsys)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("error: content/2026/05/x.md: No space left on device")
    assert story.read_text() == text and sorted(p.name for p in story.parent.iterdir()) == ["x.md"]


def test_a_full_disk_during_build_site_is_one_line_and_keeps_the_site(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from newsdesk.sitebuilder import writer
    from sitekit import make_config, story, write_story

    from newsdesk.cli import build_site_main

    cfg = make_config(tmp_path / "p")
    write_story(cfg.path(cfg.build.content_dir), story())
    monkeypatch.setattr(writer.Staging, "write", _full)
    with pytest.raises(SystemExit) as done:
        build_site_main(["--offline", "--config", str(cfg.root / "newsdesk.toml")])
    err = capsys.readouterr().err
    assert done.value.code == 1 and err.count("\n") == 1 and "No space left" in err
    assert not [p for p in cfg.root.iterdir() if p.name.startswith("_site")]
