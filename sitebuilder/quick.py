"""The quick rebuild: a few stories' bodies were edited, nothing any other page shows changed.

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

from newsdesk.sitebuilder import incremental, render, urls
from newsdesk.sitebuilder.article import ArticleJob
from newsdesk.sitebuilder.incremental import ContentEntry, Manifest
from newsdesk.sitebuilder.workers import read_one, render_one
from newsdesk.sitebuilder.writer import Staging

from newsdesk.config import Config

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


def topics_record(topics: list[render.TopicLink]) -> list[list[str]]:
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
    root = str(config.path(config.build.content_dir))
    read = []
    for e in edited:
        summary, page, _ = read_one(e.path, e.raw, root)
        if summary["key"] != old.files[e.rel].get("key"):
            return None  # something other pages show changed: plan everything
        read.append((e, summary, page))
    jobs = incremental.load_jobs(out)
    if jobs is None:
        return None
    todo = []
    for e, summary, page in read:
        files[e.rel]["key"] = summary["key"]
        record = jobs["stories"].get(e.rel)
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
    on_disk = incremental.existing_outputs(out)
    if not all(p in on_disk for p in old.outputs):
        return None  # someone removed pages: let the full planning put them back
    for rel, f in files.items():
        f.setdefault("key", old.files[rel].get("key"))
    outputs = dict(old.outputs)
    topics = [render.TopicLink(*t) for t in jobs["topics"]]
    renderer = render.Renderer(config, topics)
    staging = Staging(out, patch=True)
    try:
        made: set[Path] = set()
        written = []
        for job, page, key in todo:
            render_one(renderer, page, job, staging.tmp, made)
            for rel in (urls.file_for(job.url), job.url + "sources.json"):
                outputs[rel] = key
                written.append(rel)
        manifest = Manifest(global_key, files, outputs, old.site)
        staging.write(incremental.MANIFEST, incremental.dumps_index(manifest))
        staging.commit(written + staging.staged, [], incremental.MANIFEST)
    except BaseException:
        staging.abort()
        raise
    return QuickResult(len(written), len(outputs), old.site)
