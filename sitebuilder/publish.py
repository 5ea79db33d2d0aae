"""The render and swap steps: write what changed into the staging folder, then put it in place.

Render: files that did not change are carried over (hard links, full builds only), the story
pages that changed are rendered (by the worker processes when there are any, while listings
and feeds render here), then the changed listings, feeds and assets. Swap: the manifest, the
summaries cache and the quick rebuild's job records are written last, and the staging folder
is put in place (see writer.py). The caller aborts the staging folder if either step fails.
"""

from __future__ import annotations

from typing import Any

from newsdesk.sitebuilder import incremental, quick
from newsdesk.sitebuilder.context import BuildContext
from newsdesk.sitebuilder.incremental import Changes
from newsdesk.sitebuilder.plan import Plan
from newsdesk.sitebuilder.summaries import CrewFor, Read
from newsdesk.sitebuilder.workers import render_one
from newsdesk.sitebuilder.writer import Staging


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
    jobs = {sj.rel: quick.job_record(sj.job) for sj in site.story_jobs}
    staging.write(incremental.CACHE, cache)
    staging.write(incremental.JOBS, incremental.dumps_jobs(jobs, quick.topics_record(site.topics)))
    staging.write(incremental.MANIFEST, index)  # bookkeeping, not pages: last
    staging.commit(story_files + staging.staged, list(changes.stale), incremental.MANIFEST)
