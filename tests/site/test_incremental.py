"""Incremental builds and the staged swap: a no-op writes nothing, a failed build keeps the site."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from newsdesk.sitebuilder import build, writer
from sitekit import BODY, story, write_story

from newsdesk import content

# a published story whose YAML broke: it fails the build (a broken draft is only left out,
# see tests/site/test_faults.py)
BROKEN_PUBLISHED = "---\nstatus: published\ntitle: [unclosed\n---\nbody\n"


def snapshot(site: Path) -> dict[str, tuple[int, int]]:
    """path → (inode, mtime_ns) of every file: any write or replacement changes it."""
    return {
        str(p.relative_to(site)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in site.rglob("*")
        if p.is_file()
    }


@pytest.fixture
def built(cfg, content_dir):
    for i in range(6):
        write_story(
            content_dir,
            story(
                title=f"Story number {i} about tokens",
                slug=f"story-{i}",
                story_id=f"st-{i}",
                date=f"2026-05-{10 + i:02d}T09:00:00Z",
            ),
        )
    first = build(cfg)
    return cfg.path(cfg.build.out), first


def test_noop_rebuild_writes_nothing(cfg, built) -> None:
    site, first = built
    assert first.written > 0
    before = snapshot(site)
    again = build(cfg)
    assert again.noop and again.written == 0
    assert snapshot(site) == before
    assert not list(site.parent.glob("_site.*"))  # no staging folder left behind


def test_touching_a_file_without_changing_it_writes_nothing(cfg, built, content_dir) -> None:
    site, _ = built
    before = snapshot(site)
    path = next(content_dir.rglob("story-3.md"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert build(cfg).written == 0
    assert snapshot(site) == before


def test_one_changed_article_rerenders_only_what_depends_on_it(cfg, built, content_dir) -> None:
    site, _ = built
    before = snapshot(site)
    path = next(content_dir.rglob("story-3.md"))
    cf = content.read(path)
    content.write(path, cf.meta, cf.body.replace("about 900 engineers", "about 950 engineers"))
    result = build(cfg)
    after = snapshot(site)
    changed = {p for p in after if before.get(p) != after[p]}
    assert "2026/05/story-3/index.html" in changed
    assert "950 engineers" in (site / "2026/05/story-3/index.html").read_text()
    assert "2026/05/story-1/index.html" not in changed  # untouched stories are not rewritten
    assert result.written == len(changed - {".newsdesk-build.json", ".newsdesk-cache.json"})
    assert result.written <= 4


def test_template_change_rerenders_everything(cfg, built) -> None:
    site, first = built
    tpl = cfg.root / "tpl"
    tpl.mkdir()
    for p in Path(cfg.path(cfg.build.templates_dir)).iterdir():
        (tpl / p.name).write_bytes(p.read_bytes())
    (tpl / "base.html").write_text(
        (tpl / "base.html").read_text().replace("Skip to content", "Skip to the story")
    )
    import dataclasses

    cfg2 = dataclasses.replace(cfg, build=dataclasses.replace(cfg.build, templates_dir=str(tpl)))
    again = build(cfg2)
    assert again.written == first.written
    assert "Skip to the story" in (site / "index.html").read_text()


def test_removed_story_disappears(cfg, built, content_dir) -> None:
    site, _ = built
    next(content_dir.rglob("story-2.md")).unlink()
    result = build(cfg)
    assert result.removed == 2  # its page and its sources.json
    assert not (site / "2026/05/story-2").exists()
    assert "story-2" not in (site / "sitemap.xml").read_text()


def test_failed_build_keeps_the_previous_site(cfg, built, content_dir, monkeypatch) -> None:
    site, _ = built
    before = {p: (site / p).read_bytes() for p in snapshot(site)}
    write_story(
        content_dir,
        story(title="Brand new", slug="brand-new", story_id="st-new", date="2026-05-20"),
        BODY,
    )

    def boom(self: writer.Staging, *args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writer.Staging, "commit", boom)
    with pytest.raises(RuntimeError):
        build(cfg)
    assert {p: (site / p).read_bytes() for p in snapshot(site)} == before
    assert not list(site.parent.glob("_site.tmp-*"))
    monkeypatch.undo()
    assert build(cfg).written > 0 and (site / "2026/05/brand-new/index.html").exists()


def test_bad_content_fails_cleanly_and_keeps_the_site(cfg, built, content_dir) -> None:
    from newsdesk.errors import ContentError

    site, _ = built
    before = snapshot(site)
    (content_dir / "2026" / "05" / "broken.md").write_text(BROKEN_PUBLISHED)
    with pytest.raises(ContentError, match="broken.md.*: a published story must read; fix it"):
        build(cfg)
    assert snapshot(site) == before


@pytest.mark.parametrize("status", ["Published", "PUBLISHED", "publised", "'Pubished'", "publishd"])
def test_a_story_published_with_a_capital_fails_as_a_published_one(
    cfg, built, content_dir, status
) -> None:
    # 'status: Published' does not read (statuses are lower case), but the editor published
    # it: left out with a warning as a draft would be, it vanished from the site unseen; so
    # did 'status: publised', which the error itself suggests was meant as published. The
    # line names the value and the statuses there are; it said "a published story must read",
    # of a story whose status is no status at all (a walk-through's draft set to 'publishd')
    from newsdesk.errors import ContentError

    site, _ = built
    before = snapshot(site)
    (content_dir / "2026" / "05" / "capital.md").write_text(f"---\nstatus: {status}\n---\nbody\n")
    with pytest.raises(ContentError) as failure:
        build(cfg)
    value = status.strip("'")
    assert re.search(
        rf"capital\.md: unknown status '{value}'( \(did you mean 'published'\?\))?;"
        " the known statuses are draft, published, rejected, proposal: the build stops rather"
        " than leave out a story whose status looks meant as 'published'; fix the status$",
        str(failure.value),
    )
    assert snapshot(site) == before


def test_an_unknown_status_is_named_as_one_not_as_a_draft(cfg, built, content_dir) -> None:
    # 'status: drfat' was "a draft that does not read": name the value, the file and the
    # statuses there are (the build goes on without it, as for any draft that does not read)
    (content_dir / "2026" / "05" / "typo.md").write_text("---\nstatus: drfat\n---\nbody\n")
    (warning,) = [w for w in build(cfg).warnings if "typo.md" in w]
    assert "unknown status 'drfat' (did you mean 'draft'?)" in warning
    assert "draft, published, rejected, proposal" in warning and "a draft that" not in warning


def test_refuses_to_replace_a_folder_it_did_not_make(cfg, content_dir, tmp_path) -> None:
    from newsdesk.errors import BuildError

    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.tex").write_text("years of work")
    with pytest.raises(BuildError, match="refusing"):
        build(cfg, out=precious)
    assert (precious / "thesis.tex").read_text() == "years of work"


def test_parallel_build_makes_the_same_site(cfg, content_dir, tmp_path, monkeypatch) -> None:
    import sys

    for i in range(5):
        write_story(
            content_dir,
            story(title=f"Parallel {i}", slug=f"p-{i}", story_id=f"p{i}", date=f"2026-05-1{i}"),
        )
    build(cfg, out=tmp_path / "one")
    monkeypatch.setattr(sys.modules["newsdesk.sitebuilder.build"], "PARALLEL_FROM", 1)
    build(cfg, out=tmp_path / "many")

    def files(site: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(site)): p.read_bytes()
            for p in site.rglob("*")
            if p.is_file() and not p.name.startswith(".newsdesk-")
        }

    assert files(tmp_path / "one") == files(tmp_path / "many")


def test_a_site_from_an_older_builder_is_rebuilt_not_refused(cfg, built) -> None:
    site, first = built
    (site / ".newsdesk-build.json").write_text('{"version": 0}')
    again = build(cfg)
    assert again.written == first.written


def test_strict_noop_still_reports_warnings(cfg, content_dir) -> None:
    from newsdesk.errors import BuildError

    meta = story()
    meta["sources"][0]["url"] = "not a url"
    write_story(content_dir, meta)
    assert build(cfg).warnings
    with pytest.raises(BuildError, match="strict"):
        build(cfg, strict=True)


def test_parallel_build_with_a_broken_file_stops_its_workers(
    cfg, content_dir, tmp_path, monkeypatch
) -> None:
    import multiprocessing
    import sys

    from newsdesk.sitebuilder import workers

    from newsdesk.errors import ContentError

    for i in range(4):
        write_story(content_dir, story(title=f"W {i}", slug=f"w-{i}", story_id=f"w{i}"))
    (content_dir / "2026" / "05" / "broken.md").write_text(BROKEN_PUBLISHED)
    monkeypatch.setattr(sys.modules["newsdesk.sitebuilder.build"], "PARALLEL_FROM", 1)
    closed: list[bool] = []
    real_close = workers.Crew.close

    def close(self, abort: bool = False) -> None:
        closed.append(abort)
        real_close(self, abort)

    monkeypatch.setattr(workers.Crew, "close", close)
    with pytest.raises(ContentError, match="broken.md"):
        build(cfg, out=tmp_path / "site")
    # the other worker may be blocked sending a reply nobody reads: stopped, not waited for
    assert closed == [True]
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "site").exists()


def test_build_workers_exit_when_the_build_process_is_killed(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    pid_file = tmp_path / "pids"
    script = (
        "import os, signal, sys\n"
        "from sitebuilder.workers import Crew\n"
        "crew = Crew(2)\n"
        "open(sys.argv[1], 'w').write(' '.join(str(p.pid) for p in crew.procs))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    # no pipes: a surviving worker would hold them open and hang this test instead of failing it
    proc = subprocess.run(
        [sys.executable, "-c", script, str(pid_file)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=60,
    )
    assert proc.returncode == -9
    pids = [int(p) for p in pid_file.read_text().split()]
    assert len(pids) == 2

    def alive(pid: int) -> bool:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            return False
        return "\nState:\tZ" not in status  # a zombie has exited

    deadline = time.monotonic() + 20  # a liveness bound, not a speed measure
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [p for p in pids if alive(p)]
    for p in left:  # never leave them behind, even when the test fails
        os.kill(p, 9)
    assert left == []


def test_the_search_bundle_is_not_a_stale_output(cfg, built, content_dir) -> None:
    """Pagefind writes its bundle into the site after the build: a later build that removes a
    story must not count the bundle's files as stale pages (the bundle is replaced whole by
    search.update, not page by page)."""
    site, _ = built
    bundle = site / "pagefind"
    bundle.mkdir(exist_ok=True)
    (bundle / "planted-fragment.pf").write_bytes(b"x")
    next(content_dir.rglob("story-3.md")).unlink()
    result = build(cfg)
    assert result.removed == 2  # the story's page and its sources.json, nothing of the bundle
