"""Each step of the site build on its own: prepare, read, plan, diff (compare), render, swap."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from newsdesk.sitebuilder import build, incremental, publish
from newsdesk.sitebuilder.context import BuildContext, prepare
from newsdesk.sitebuilder.incremental import Manifest
from newsdesk.sitebuilder.plan import Plan, plan
from newsdesk.sitebuilder.summaries import Read, read
from newsdesk.sitebuilder.workers import Crew
from newsdesk.sitebuilder.writer import Staging
from sitekit import BODY, story, write_story

from newsdesk.config import Config
from newsdesk.errors import BuildError


def no_crew(weight: int) -> Crew | None:
    return None


@pytest.fixture
def three(content_dir: Path) -> list[Path]:
    """Two published stories and a draft."""
    paths = [
        write_story(content_dir, story(title=f"Story {i}", slug=f"s-{i}", story_id=f"s{i}"))
        for i in range(2)
    ]
    draft = story(title="A draft", slug="draft", story_id="d", status="draft")
    return [*paths, write_story(content_dir, draft)]


def read_all(ctx: BuildContext) -> Read:
    entries, files = incremental.scan(ctx.content_dir, ctx.old, defer=ctx.old is None)
    if ctx.old is not None:
        incremental.load_cache(ctx.out, ctx.old)
    return read(ctx.content_dir, entries, files, ctx.old.summaries if ctx.old else {}, no_crew)


def planned(cfg: Config, drafts: bool = False) -> tuple[BuildContext, Read, Plan]:
    ctx = prepare(cfg, None, drafts)
    found = read_all(ctx)
    return ctx, found, plan(ctx, found)


def test_prepare_keys_everything_global(cfg: Config, three: list[Path], tmp_path: Path) -> None:
    first = prepare(cfg, None, False)
    assert first.old is None and first.out == cfg.path(cfg.build.out)
    assert first.templates and first.statuses == ("published",)
    assert prepare(cfg, None, False).global_key == first.global_key
    assert prepare(cfg, None, True).global_key != first.global_key  # drafts change every page
    build(cfg)
    assert prepare(cfg, None, False).old is not None
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    with pytest.raises(BuildError, match="refusing"):
        prepare(cfg, foreign, False)


def test_read_parses_new_files_and_reuses_cached_summaries(cfg: Config, three: list[Path]) -> None:
    found = read_all(prepare(cfg, None, False))  # first build: the reader hashes the files
    assert len(found.entries) == len(found.summaries) == len(found.pages) == 3
    for e in found.entries:
        assert e.sha == hashlib.sha256(Path(e.path).read_bytes()).hexdigest()
        record = found.files[e.rel]
        assert record["sha"] == e.sha and record["key"] == found.summaries[e.cache_key]["key"]
    build(cfg)
    weights: list[int] = []

    def crew_for(weight: int) -> Crew | None:
        weights.append(weight)
        return None

    ctx = prepare(cfg, None, False)
    entries, files = incremental.scan(ctx.content_dir, ctx.old)
    assert ctx.old is not None
    incremental.load_cache(ctx.out, ctx.old)
    again = read(ctx.content_dir, entries, files, ctx.old.summaries, crew_for)
    assert weights == [0] and again.pages == {}  # nothing parsed: every summary was cached
    assert again.summaries == found.summaries and again.files.keys() == found.files.keys()
    assert "key" not in files[entries[0].rel]  # the scan's records are left as they were


def test_plan_lists_every_output_with_its_key(cfg: Config, three: list[Path]) -> None:
    _, _, site = planned(cfg)
    assert [s.title for s in site.stories] == ["Story 0", "Story 1"]  # the draft is left out
    for sj in site.story_jobs:
        page, sources = sj.files
        assert site.outputs[page] == site.outputs[sources] == sj.key
    paths = [pj.path for pj in site.page_jobs]
    assert paths[0] == "index.html" and paths[-1] == ".nojekyll"
    assert {"atom.xml", "sitemap.xml", "robots.txt", "404.html"} <= set(paths)
    assert set(site.outputs) == {f for sj in site.story_jobs for f in sj.files} | set(paths)
    _, _, with_drafts = planned(cfg, drafts=True)
    assert len(with_drafts.stories) == 3 and with_drafts.drafts == 1


def test_plan_reports_a_broken_link_in_a_body(cfg: Config, content_dir: Path) -> None:
    body = BODY + "\nSee [the other story](../../nowhere/).\n"
    write_story(content_dir, story(), body)
    _, _, site = planned(cfg)
    assert any("nowhere" in w for w in site.warnings)


def test_compare_finds_changed_missing_and_stale_outputs(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    for name in ("a.html", "b.html", "gone.html"):
        (out / name).write_text(name)
    files = {"x.md": {"sha": "1"}}
    old = Manifest("g", files, {"a.html": "1", "b.html": "1", "c.html": "1", "gone.html": "1"})
    outputs = {"a.html": "1", "b.html": "2", "c.html": "1", "d.html": "1"}
    changes = incremental.compare(out, old, outputs, files)
    assert changes.changed == {"b.html", "c.html", "d.html"}  # new key, missing, new file
    assert changes.stale == ("gone.html",) and changes.same_content and not changes.none
    assert not changes.patch  # 4 of 4 outputs to write or remove: a whole new tree
    same = incremental.compare(out, old, {"a.html": "1", "b.html": "1", "gone.html": "1"}, files)
    assert same.none and same.patch
    first = incremental.compare(out, None, outputs, files)
    assert first.changed == set(outputs) and not first.stale and not first.patch


def test_render_writes_only_what_changed(cfg: Config, three: list[Path]) -> None:
    ctx, found, site = planned(cfg)
    changed = {"index.html", *site.story_jobs[0].files}
    changes = incremental.Changes(frozenset(changed), (), patch=True, same_content=False)
    staging = Staging(ctx.out, patch=True)
    try:
        story_files = publish.render(ctx, found, site, changes, staging, no_crew)
        assert story_files == list(site.story_jobs[0].files)
        assert staging.staged == ["index.html"]
        written = {str(p.relative_to(staging.tmp)) for p in staging.tmp.rglob("*") if p.is_file()}
        assert written == changed
    finally:
        staging.abort()
    assert not ctx.out.exists()


def test_swap_puts_the_site_and_its_manifest_in_place(cfg: Config, three: list[Path]) -> None:
    ctx, found, site = planned(cfg)
    changes = incremental.compare(ctx.out, None, site.outputs, found.files)
    staging = Staging(ctx.out)
    story_files = publish.render(ctx, found, site, changes, staging, no_crew)
    publish.swap(ctx, found, site, changes, staging, story_files)
    assert not staging.tmp.exists()
    on_disk = incremental.existing_outputs(ctx.out)
    assert on_disk == set(site.outputs) | {
        incremental.MANIFEST,
        incremental.CACHE,
        incremental.JOBS,
    }
    manifest = incremental.load(ctx.out)
    assert manifest is not None and manifest.outputs == site.outputs
    assert manifest.global_key == ctx.global_key and manifest.files == found.files
    assert manifest.site == {"stories": 2, "drafts": 0, "warnings": list(site.warnings)}
    assert build(cfg).noop  # the next build finds it all in place
