"""`newsdesk serve` serves a rebuild at once and brings the search index up to date behind it."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

from newsdesk.sitebuilder import search

from newsdesk import content
from newsdesk.cli.preview import Preview
from newsdesk.cli.serve import Background
from newsdesk.config import Config

WAIT = 20.0  # seconds; only a hang would reach it


def page_build(config: Config, out: Path) -> None:
    """Stands in for the sitebuilder: one page with each story's title."""
    cfs = content.iter_content(config.path(config.build.content_dir))
    out.mkdir(parents=True, exist_ok=True)
    titles = "".join(f"<li>{cf.meta['title']}</li>" for cf in cfs)
    (out / "index.html").write_text(f"<ul>{titles}</ul>", encoding="utf-8")


class SlowIndex:
    """An index job that waits for the test to release it, and records what it saw."""

    def __init__(self) -> None:
        self.started = threading.Semaphore(0)
        self.release = threading.Event()
        self.seen: list[str] = []
        self.cancelled = False

    def __call__(self, out: Path, cancel: threading.Event) -> None:
        self.seen.append((out / "index.html").read_text(encoding="utf-8"))
        self.started.release()
        while not self.release.wait(0.01):
            if cancel.is_set():
                self.cancelled = True
                return


def test_a_rebuild_is_served_before_its_search_index_is_done(project: Path, drafts) -> None:
    """Each rebuild stops the index run reading the pages it replaces, serves its pages, and
    has the index run again on them; the last run indexes the latest pages."""
    path = content.write(project / "content" / "a.md", drafts.make_meta(title="First"), "Body.\n")
    job = SlowIndex()
    preview = Preview(project / "newsdesk.toml", port=0, build=page_build, log=print, index=job)
    preview.start()
    try:
        assert job.started.acquire(timeout=WAIT)  # the first build's index is running
        content.write(path, drafts.make_meta(title="Second"), "Body.\n")
        assert preview.rebuild()  # returned while the next index run goes on
        assert "Second" in (preview.out / "index.html").read_text(encoding="utf-8")
        assert job.cancelled  # the run on the first pages was stopped
        assert job.started.acquire(timeout=WAIT)
        assert preview.indexer is not None and preview.indexer.busy()
        content.write(path, drafts.make_meta(title="Third"), "Body.\n")
        assert preview.rebuild()
        assert job.started.acquire(timeout=WAIT)
        job.release.set()
        _until(lambda: not preview.indexer.busy())  # type: ignore[union-attr]
        assert preview.indexer.runs == 3 and len(job.seen) == 3
        assert "Second" in job.seen[1] and "Third" in job.seen[2]
    finally:
        preview.stop()


def test_a_failed_rebuild_still_has_the_last_good_site_indexed(project: Path, drafts) -> None:
    path = content.write(project / "content" / "a.md", drafts.make_meta(title="First"), "Body.\n")
    job = SlowIndex()
    job.release.set()  # runs finish at once
    preview = Preview(project / "newsdesk.toml", port=0, build=page_build, log=print, index=job)
    preview.start()
    try:
        _until(lambda: not preview.indexer.busy())  # type: ignore[union-attr]
        path.write_text("no front matter here", encoding="utf-8")
        assert not preview.rebuild()
        _until(lambda: len(job.seen) == 2 and not preview.indexer.busy())  # type: ignore[union-attr]
        assert "First" in job.seen[1]
    finally:
        preview.stop()


def test_stopping_the_preview_cancels_a_running_index(project: Path, drafts) -> None:
    content.write(project / "content" / "a.md", drafts.make_meta(), "Body.\n")
    job = SlowIndex()
    preview = Preview(project / "newsdesk.toml", port=0, build=page_build, log=print, index=job)
    preview.start()
    assert job.started.acquire(timeout=WAIT)
    preview.stop()
    assert job.cancelled and not preview.out.parent.exists()


def test_a_failing_index_job_is_logged_and_the_next_request_runs_again() -> None:
    logs: list[str] = []
    calls: list[int] = []
    done = threading.Semaphore(0)

    def job(cancel: threading.Event) -> None:
        calls.append(1)
        done.release()
        if len(calls) == 1:
            raise RuntimeError("pagefind exploded")

    runner = Background(job, logs.append)
    runner.request()
    assert done.acquire(timeout=WAIT)
    runner.request()
    assert done.acquire(timeout=WAIT)
    runner.stop()
    assert len(calls) == 2 and logs == [
        "search index not updated (RuntimeError: pagefind exploded)"
    ]


def test_a_cancelled_pagefind_is_killed_and_the_index_in_place_kept(tmp_path: Path) -> None:
    out = tmp_path / "site"
    (out / "2026" / "05" / "story").mkdir(parents=True)
    (out / "2026" / "05" / "story" / "index.html").write_text("<article>x</article>", "utf-8")
    (out / search.BUNDLE).mkdir()
    (out / search.BUNDLE / "pagefind.js").write_text("// the index in place", "utf-8")
    pid_file = tmp_path / "pid"
    exe = tmp_path / "pagefind"  # a wrapper, as npm's shim is: the real work is its child
    exe.write_text(f"#!/bin/sh\nsleep 60 &\necho $$ $! > {pid_file}\nwait\n", "utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    cancel = threading.Event()
    result: list[search.Indexed] = []
    worker = threading.Thread(target=lambda: result.append(search.index(out, "", str(exe), cancel)))
    worker.start()
    _until(lambda: pid_file.exists() and len(pid_file.read_text().split()) == 2)
    cancel.set()
    worker.join(WAIT)
    assert not worker.is_alive() and result and not result[0].ran
    assert "cancelled" in result[0].note
    assert (out / search.BUNDLE / "pagefind.js").read_text("utf-8") == "// the index in place"
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no half bundle left
    assert not any(_alive(int(pid)) for pid in pid_file.read_text().split())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            return fh.read().split()[2] != "Z"
    except (ProcessLookupError, FileNotFoundError):
        return False


def _until(done: Callable[[], bool]) -> None:
    """Wait for ``done()``, failing the test after WAIT seconds rather than hanging."""
    pause = threading.Event()
    for _ in range(int(WAIT / 0.01)):
        if done():
            return
        pause.wait(0.01)
    raise AssertionError(f"not done after {WAIT} s")
