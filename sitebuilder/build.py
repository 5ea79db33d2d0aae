"""``build()``: content/ + templates + config → a static site, in one readable pass.

read (content files → summaries) → plan (every output file with the hash of its inputs) →
diff (compare with the last build's manifest) → render only what changed into a staging folder
→ swap it in. Each step is a function of its own module (summaries, plan, incremental.compare,
publish); this one only orders them. Two shortcuts come before the read: nothing changed
(write nothing) and the quick rebuild (a few story bodies edited, see publish.py). Reading and
rendering many stories is spread over processes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.sitebuilder import incremental, publish, search
from newsdesk.sitebuilder.context import BuildContext, prepare
from newsdesk.sitebuilder.models import Summary
from newsdesk.sitebuilder.plan import StoryJob, plan
from newsdesk.sitebuilder.render import TopicLink
from newsdesk.sitebuilder.summaries import left_out, read
from newsdesk.sitebuilder.workers import Crew, worker_count
from newsdesk.sitebuilder.writer import Staging

from newsdesk import content_files
from newsdesk.config import Config
from newsdesk.errors import BuildError
from newsdesk.text import counted

PARALLEL_FROM = 200  # stories; below this one process is faster than starting workers
GC_THRESHOLD = 50_000  # allocations between young-generation collections during a build (700)


@dataclass(frozen=True)
class BuildSummary:
    out: Path
    stories: int  # story pages in the site
    drafts: int  # of which drafts
    written: int  # files written by this build
    unchanged: int  # files carried over from the previous build
    removed: int  # files of the previous build no longer produced
    warnings: tuple[str, ...]
    seconds: float

    @property
    def noop(self) -> bool:
        return self.written == 0 and self.removed == 0

    def line(self) -> str:
        drafts = f" ({counted(self.drafts, 'draft', 'drafts')})" if self.drafts else ""
        warn = f", {counted(len(self.warnings), 'warning', 'warnings')}" if self.warnings else ""
        return (
            f"site: {counted(self.stories, 'story', 'stories')}{drafts} → {self.out}: {self.written} files written, "
            f"{self.unchanged} unchanged, {self.removed} removed{warn} in {self.seconds:.2f} s"
        )


def build(
    config: Config,
    *,
    out: Path | None = None,
    drafts: bool = False,
    strict: bool = False,
    index: bool = True,
    allow_empty: bool = False,
) -> BuildSummary:
    """Render the site from content/ into ``out`` (default ``build.out``); see module doc.
    ``index``: then bring Pagefind's search index up to date (False: leave it as it is, for
    benchmarks/build.py, which times the build and the indexing apart). ``allow_empty``: let a
    content folder that is missing or holds no story file empty a site that has stories."""
    workers = _Workers()
    try:
        with _fewer_collections():
            summary = _build(config, out, drafts, strict, workers, allow_empty)
    except BaseException:
        workers.close(abort=True)  # a worker may be blocked sending a reply nobody will read
        raise
    workers.close()
    if index:
        search.update(summary.out)  # Pagefind's index of the site, if its stories changed
    return summary


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often during a build (the workers, forked inside,
    too): a build allocates millions of objects, nearly all of them freed by reference counting,
    and the collections the default thresholds trigger cost ~4% of its CPU."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


class _Workers:
    """The worker processes, started on first need (a build with little to do has none)."""

    def __init__(self) -> None:
        self.crew: Crew | None = None

    def get(self, weight: int) -> Crew | None:
        if self.crew is None and weight >= max(PARALLEL_FROM, 2) and worker_count() >= 2:
            self.crew = Crew(worker_count())
        return self.crew

    def close(self, abort: bool = False) -> None:
        crew, self.crew = self.crew, None
        if crew is not None:
            crew.close(abort)


def _build(
    config: Config,
    out: Path | None,
    drafts: bool,
    strict: bool,
    workers: _Workers,
    allow_empty: bool = False,
) -> BuildSummary:
    started = time.perf_counter()
    ctx = prepare(config, out, drafts)
    old = ctx.old
    skipped: list[str] = []  # symlinks that leave content/ (newsdesk.content_files)
    entries, files = incremental.scan(ctx.content_dir, old, defer=old is None, warnings=skipped)
    if not files and not allow_empty:
        skipped += _no_stories(ctx.content_dir, ctx.out)
    if old is not None and _untouched(ctx, old, files):  # nothing can have changed: write nothing
        _check_strict(strict, tuple(old.site.get("warnings", ())))
        return _from_site(ctx.out, old.site, 0, len(old.outputs), started)
    if not (strict and old and old.site.get("warnings")):  # (strict: let the plan report them)
        done = publish.rebuild(config, ctx.out, old, entries, files, ctx.global_key)
        if done is not None:
            return _from_site(
                ctx.out, done.site, done.written, done.outputs - done.written, started
            )

    if old is not None:
        incremental.load_cache(ctx.out, old)  # the last full plan's summaries and related stories
    found = read(ctx.content_dir, entries, files, old.summaries if old else {}, workers.get)
    broken = left_out(found, strict)  # drafts that do not read; a published one raises
    first = _FirstRender(ctx, workers) if old is None else None
    try:
        site = plan(ctx, found, first)
        site = dataclasses.replace(site, warnings=(*skipped, *broken, *site.warnings))
        _check_strict(strict, site.warnings, ", the site was not written")
        changes = incremental.compare(ctx.out, old, site.outputs, found.files)
    except BaseException:
        if first is not None:
            first.abort()
        raise
    if changes.none:  # (never in a first build, whose every output is new)
        if first is not None:
            first.abort()
        return _summary(ctx.out, site.stories, 0, len(site.outputs), 0, site.warnings, started)
    early = first.staging if first is not None else None
    staging = early or Staging(ctx.out, patch=changes.patch)
    try:
        story_files = publish.render(
            ctx, found, site, changes, staging, workers.get, started=early is not None
        )
        written = len(story_files) + staging.written
        publish.swap(ctx, found, site, changes, staging, story_files)
    except BaseException:
        workers.close(abort=True)  # stop the workers before their folder goes
        staging.abort()
        raise
    unchanged = len(site.outputs) - len(changes.changed)
    return _summary(
        ctx.out, site.stories, written, unchanged, len(changes.stale), site.warnings, started
    )


class _FirstRender:
    """A first build (no manifest, so every output is new): the story pages go to the workers
    as soon as they are planned, into a full staging folder, and render while the listings,
    feeds and outputs are planned here (a 5,000-story build's workers waited ~0.1 s for
    them). A plan that fails after that, or --strict, stops the workers and drops the folder."""

    def __init__(self, ctx: BuildContext, workers: _Workers) -> None:
        self.ctx, self.workers = ctx, workers
        self.staging: Staging | None = None

    def __call__(self, topics: list[TopicLink], story_jobs: list[StoryJob]) -> None:
        crew = self.workers.get(len(story_jobs))
        if crew is None:
            return  # (rendered in this process, after the plan)
        self.staging = Staging(self.ctx.out)
        jobs = [(sj.rel, sj.job) for sj in story_jobs]
        crew.start_render(self.ctx.config, topics, str(self.staging.tmp), jobs)

    def abort(self) -> None:
        if self.staging is not None:
            self.workers.close(abort=True)  # stop the workers before their folder goes
            self.staging.abort()


def _untouched(ctx: BuildContext, old: incremental.Manifest, files: dict[str, Any]) -> bool:
    """The same builder, templates, config and content as the last build, whose every output
    is still in place."""
    if old.global_key != ctx.global_key or incremental.shas(old.files) != incremental.shas(files):
        return False
    on_disk = incremental.existing_outputs(ctx.out)
    return all(p in on_disk for p in old.outputs)


def check_content(config: Config, out: Path | None = None) -> None:
    """Before a cycle writes anything: refuse when content/ is missing or holds no story file
    while the site in ``out`` (default ``build.out``) has stories (see _refuse_to_empty)."""
    site = Path(out) if out is not None else config.path(config.build.out)
    content_dir = config.path(config.build.content_dir)
    # a file or a symlink loop in its place is named as one by walk (errors.os_error)
    if not os.path.lexists(content_dir) or not content_files.walk(content_dir).files:
        _refuse_to_empty(content_dir, site)


def _no_stories(content_dir: Path, out: Path) -> list[str]:
    """A build that found no story file: refused when it would empty a site with stories
    (_refuse_to_empty); a first build from a missing content/ (a mistyped folder) warns, so
    --strict, as the Pages workflow builds, fails on it instead of deploying an empty site."""
    _refuse_to_empty(content_dir, out)
    if os.path.lexists(content_dir):
        return []
    return [
        f"{content_dir} does not exist: the site has no stories (check"
        " build.content_dir; build-site --allow-empty publishes an empty site)"
    ]


def _refuse_to_empty(content_dir: Path, out: Path) -> None:
    """A content folder that vanished (moved, mistyped in the config) or holds no story file
    must not wipe a published site: a build from it would remove every page."""
    had = incremental.stories_built(out)
    if had:
        state = "does not exist" if not content_dir.exists() else "holds no story file"
        raise BuildError(
            f"{content_dir} {state}, but the site in {out} has "
            f"{counted(had, 'story', 'stories')}: refusing to remove them (check build.content_dir"
            " and the working folder; build-site --allow-empty publishes an empty site)"
        )


def _check_strict(strict: bool, warnings: tuple[str, ...], note: str = "") -> None:
    """--strict: any warning fails the build."""
    if strict and warnings:
        raise BuildError(f"--strict: {len(warnings)} warning(s){note}; first: {warnings[0]}")


def _summary(
    out: Path,
    stories: list[Summary],
    written: int,
    unchanged: int,
    removed: int,
    warnings: tuple[str, ...],
    started: float,
) -> BuildSummary:
    """The summary of a build that planned the site."""
    drafts = sum(s.is_draft for s in stories)
    seconds = time.perf_counter() - started
    return BuildSummary(out, len(stories), drafts, written, unchanged, removed, warnings, seconds)


def _from_site(
    out: Path, site: dict[str, Any], written: int, unchanged: int, started: float
) -> BuildSummary:
    """The summary of a build that planned nothing: its counts come from the last full plan."""
    return BuildSummary(
        out,
        int(site.get("stories", 0)),
        int(site.get("drafts", 0)),
        written,
        unchanged,
        0,
        tuple(site.get("warnings", ())),
        time.perf_counter() - started,
    )
