"""Writing what changed into the staging folder, then putting it in place: a full build's render
and swap steps, and the quick rebuild that skips the planning for an edit to a few story bodies.

Render: files that did not change are carried over (hard links, full builds only), the story
pages that changed are rendered (by the worker processes when there are any, while listings
and feeds render here), then the changed listings, feeds and assets. Swap: the manifest, the
summaries cache and the quick rebuild's job records are written last, and the staging folder
is put in place (see writer.py). The caller aborts the staging folder if either step fails.

The quick rebuild (:func:`rebuild`): a few stories' bodies were edited, nothing any other page
shows changed.

The typical edit (an editor fixes a sentence) changes one story's body but not its summary:
title, date, status, synopsis, sources, counts, warnings and links are what listings, feeds,
related stories and the sitemap are made of, and they hash to the same summary key. Then only
that story's page and its ``sources.json`` can differ, and planning the whole site again (every
summary, listing and feed of 5,000 stories: most of a one-story rebuild) is skipped. The last
build left what this needs in ``.newsdesk-jobs.json``: for each rendered story, the inputs of its
page besides the content file, and the site's topic list.

Anything else (a summary that differs, a file added or removed, a missing output, another
builder version, more than a few edits) returns None and the full planning runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.sitebuilder import incremental, urls
from newsdesk.sitebuilder.article import ArticleJob
from newsdesk.sitebuilder.context import BuildContext
from newsdesk.sitebuilder.incremental import Changes, ContentEntry, Manifest
from newsdesk.sitebuilder.models import StoryPage
from newsdesk.sitebuilder.plan import Plan
from newsdesk.sitebuilder.render import Renderer, TopicLink
from newsdesk.sitebuilder.summaries import CrewFor, Read
from newsdesk.sitebuilder.workers import read_one, render_one
from newsdesk.sitebuilder.writer import Staging

from newsdesk.config import Config


def render(
    ctx: BuildContext,
    found: Read,
    site: Plan,
    changes: Changes,
    staging: Staging,
    crew_for: CrewFor,
    started: bool = False,
) -> list[str]:
    """Render every changed output of ``site`` into ``staging``; returns the story files
    written (the staging folder counts the rest). ``started``: the workers were sent every
    story page already (a first build: see build.py), only the rest is rendered here."""
    for p in site.outputs:
        if p not in changes.changed:
            staging.link(p)
    todo = [sj for sj in site.story_jobs if any(f in changes.changed for f in sj.files)]
    crew = crew_for(len(todo))
    if crew is not None and not started:  # the workers render (mostly the stories they read)
        jobs = [(sj.rel, sj.job) for sj in todo]
        crew.start_render(ctx.config, site.topics, str(staging.tmp), jobs)
    elif crew is None:
        made: set[str] = set()
        for sj in todo:
            render_one(site.renderer, found.pages.get(sj.rel), sj.job, staging.tmp, made)
    for pj in site.page_jobs:  # ... while listings and feeds render here
        if pj.path in changes.changed:
            staging.write(pj.path, pj.render())
    if crew is not None:
        crew.finish()
    return [f for sj in todo for f in sj.files]


def swap(
    ctx: BuildContext,
    found: Read,
    site: Plan,
    changes: Changes,
    staging: Staging,
    story_files: list[str],
) -> None:
    """Write the build's bookkeeping into ``staging`` and put the new site in place."""
    record: dict[str, Any] = {"stories": len(site.stories), "drafts": site.drafts}
    record["warnings"] = list(site.warnings)
    manifest = incremental.Manifest(
        ctx.global_key, found.files, site.outputs, record, found.summaries, site.related
    )
    index, cache = incremental.dumps(manifest)
    jobs = {sj.rel: job_record(sj.job) for sj in site.story_jobs}
    staging.write(incremental.CACHE, cache)
    staging.write(incremental.JOBS, incremental.dumps_jobs(jobs, topics_record(site.topics)))
    staging.write(incremental.MANIFEST, index)  # bookkeeping, not pages: last
    staging.commit(story_files + staging.staged, list(changes.stale), incremental.MANIFEST)


QUICK_MAX = 8  # edited files; beyond this the full planning is as cheap


@dataclass(frozen=True)
class QuickResult:
    written: int
    outputs: int
    site: dict[str, Any]


def job_record(job: ArticleJob) -> dict[str, Any]:
    """What .newsdesk-jobs.json keeps of a story's page inputs."""
    return {
        "url": job.url,
        "related": job.related,  # tuples: orjson writes them as lists
        "outlet_urls": job.outlet_urls,
        "topic_name": job.topic_name,
        "description": job.description,
    }


def topics_record(topics: list[TopicLink]) -> list[list[str]]:
    return [[t.slug, t.name, t.url, t.description] for t in topics]


def rebuild(
    config: Config,
    out: Path,
    old: Manifest | None,
    entries: list[ContentEntry],
    files: dict[str, dict[str, Any]],
    global_key: str,
) -> QuickResult | None:
    """Re-render the edited stories only, if that is all that changed (see module doc)."""
    if old is None or old.global_key != global_key or old.files.keys() != files.keys():
        return None
    edited = [e for e in entries if old.files[e.rel].get("sha") != e.sha]
    if not edited or len(edited) > QUICK_MAX:
        return None
    read = _read_same(config, old, edited)
    if read is None:
        return None  # something other pages show changed: plan everything
    jobs = incremental.load_jobs(out)
    if jobs is None:
        return None
    todo = _story_jobs(read, jobs["stories"], global_key)
    on_disk = incremental.existing_outputs(out)
    if not all(p in on_disk for p in old.outputs):
        return None  # someone removed pages: let the full planning put them back
    # every summary key is the last build's: the edited ones were just checked to be
    records = {rel: {**f, "key": old.files[rel].get("key")} for rel, f in files.items()}
    topics = [TopicLink(*t) for t in jobs["topics"]]
    manifest = Manifest(global_key, records, dict(old.outputs), old.site)
    written = _write(Renderer(config, topics), out, manifest, todo)
    return QuickResult(written, len(manifest.outputs), old.site)


def _read_same(
    config: Config, old: Manifest, edited: list[ContentEntry]
) -> list[tuple[ContentEntry, StoryPage]] | None:
    """The ``edited`` files, parsed, if none of their summaries changed (else None)."""
    root = str(config.path(config.build.content_dir))
    read = []
    for e in edited:
        summary, page, _ = read_one(e.path, e.raw, root)
        if page is None or summary["key"] != old.files[e.rel].get("key"):
            return None
        read.append((e, page))
    return read


def _story_jobs(
    read: list[tuple[ContentEntry, StoryPage]], records: dict[str, Any], global_key: str
) -> list[tuple[ArticleJob, StoryPage, str]]:
    """(job, page, inputs key) of each edited story this site shows, from the last build's
    job ``records``."""
    todo = []
    for e, page in read:
        record = records.get(e.rel)
        if record is None:
            continue  # a story this build does not render (e.g. a draft): nothing to write
        job = ArticleJob(
            source_path=e.path,
            url=record["url"],
            related=tuple(record["related"]),
            outlet_urls=tuple((o, u) for o, u in record["outlet_urls"]),
            topic_name=record["topic_name"],
            description=record["description"],
        )
        todo.append((job, page, incremental.fast_digest(global_key, e.rel, e.sha, *job.inputs())))
    return todo


def _write(
    renderer: Renderer,
    out: Path,
    manifest: Manifest,
    todo: list[tuple[ArticleJob, StoryPage, str]],
) -> int:
    """Render ``todo`` into a patch of ``out`` with ``manifest`` (its outputs updated here);
    returns the number of files written."""
    staging = Staging(out, patch=True)
    try:
        made: set[str] = set()
        written = []
        for job, page, key in todo:
            render_one(renderer, page, job, staging.tmp, made)
            for rel in (urls.file_for(job.url), job.url + "sources.json"):
                manifest.outputs[rel] = key
                written.append(rel)
        staging.write(incremental.MANIFEST, incremental.dumps_index(manifest))
        staging.commit(written + staging.staged, [], incremental.MANIFEST)
    except BaseException:
        staging.abort()
        raise
    return len(written)
