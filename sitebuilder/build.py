"""``build()``: content/ + templates + config → a static site, in one readable pass.

read (content files → summaries) → plan (every output file with the hash of its inputs) →
compare with the last build's manifest → render only what changed into a staging folder →
check → swap it in. Reading and rendering many stories is spread over processes.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.sitebuilder import checks, incremental, quick, render, urls
from newsdesk.sitebuilder.article import ArticleJob
from newsdesk.sitebuilder.feeds import feed_jobs
from newsdesk.sitebuilder.models import StoryPage, Summary
from newsdesk.sitebuilder.pages import PageJob, listing_jobs, related
from newsdesk.sitebuilder.seo import page_url_of, seo_jobs
from newsdesk.sitebuilder.workers import Crew, read_one, render_one, worker_count
from newsdesk.sitebuilder.writer import Staging

from newsdesk.config import Config
from newsdesk.errors import BuildError

PARALLEL_FROM = 200  # stories; below this one process is faster than starting workers


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
        drafts = f" ({self.drafts} drafts)" if self.drafts else ""
        warn = f", {len(self.warnings)} warnings" if self.warnings else ""
        return (
            f"site: {self.stories} stories{drafts} → {self.out}: {self.written} files written, "
            f"{self.unchanged} unchanged, {self.removed} removed{warn} in {self.seconds:.2f} s"
        )


def build(
    config: Config, *, out: Path | None = None, drafts: bool = False, strict: bool = False
) -> BuildSummary:
    """Render the site from content/ into ``out`` (default ``build.out``); see module doc."""
    workers = _Workers()
    try:
        summary = _build(config, out, drafts, strict, workers)
    except BaseException:
        workers.close(abort=True)  # a worker may be blocked sending a reply nobody will read
        raise
    workers.close()
    return summary


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
    config: Config, out: Path | None, drafts: bool, strict: bool, workers: _Workers
) -> BuildSummary:
    started = time.perf_counter()
    out = Path(out) if out is not None else config.path(config.build.out)
    content_dir = config.path(config.build.content_dir)
    old = incremental.load(out)
    made_by_us = (out / incremental.MANIFEST).exists()  # any version: an upgrade rebuilds it
    if old is None and not made_by_us and out.exists() and any(out.iterdir()):
        raise BuildError(f"{out} exists and was not made by build-site; refusing to replace it")
    dirs = render.template_dirs(config)
    if not dirs:
        raise BuildError(f"no templates: {config.path(config.build.templates_dir)} does not exist")
    global_key = incremental.digest(
        incremental.VERSION,
        render.templates_hash(dirs),
        dataclasses.asdict(config.site),
        [dataclasses.asdict(t) for t in config.topics],
        config.outlets.names,
        config.build.per_page,
        drafts,
    )
    wanted = ("published", "draft") if drafts else ("published",)

    # 1. read: every content file → its summary (cached in the manifest by path + sha256)
    entries, files = incremental.scan(content_dir, old, defer=old is None)
    if old and old.global_key == global_key and _shas(old.files) == _shas(files):
        on_disk = incremental.existing_outputs(out)
        if all(p in on_disk for p in old.outputs):  # nothing can have changed: write nothing
            known = tuple(old.site.get("warnings", ()))
            if strict and known:
                raise BuildError(f"--strict: {len(known)} warning(s); first: {known[0]}")
            return _from_site(out, old.site, 0, len(old.outputs), started)
    if not (strict and old and old.site.get("warnings")):  # (strict: let the plan report them)
        done = quick.rebuild(config, out, old, entries, files, global_key)
        if done is not None:
            return _from_site(out, done.site, done.written, done.outputs - done.written, started)
    if old is not None:
        incremental.load_cache(out, old)
    cache = old.summaries if old else {}
    todo = [e for e in entries if e.cache_key not in cache]
    pages: dict[str, StoryPage] = {}  # by rel, parsed here (workers keep the pages they parse)
    summaries: dict[str, dict[str, Any]] = {}
    for e in entries:
        if e.cache_key in cache:
            summaries[e.cache_key] = cache[e.cache_key]
    crew = workers.get(len(todo))
    if crew is not None:
        fresh = crew.read(str(content_dir), [(e.rel, e.path, e.raw) for e in todo])
    else:
        fresh = []
        for e in todo:
            summary, pages[e.rel], sha = read_one(e.path, e.raw, str(content_dir))
            fresh.append((summary, sha))
    hashed: dict[str, incremental.ContentEntry] = {}
    for e, (summary, sha) in zip(todo, fresh, strict=True):
        if not e.sha:  # hashed by the reader (a first build: see incremental.scan)
            e = hashed[e.rel] = dataclasses.replace(e, sha=sha)
            files[e.rel]["sha"] = sha
        summaries[e.cache_key] = summary
    if hashed:
        entries = [hashed.get(e.rel, e) for e in entries]
    for e in entries:
        files[e.rel]["key"] = summaries[e.cache_key]["key"]  # for the quick rebuild
    chosen_keys = [k for k, v in summaries.items() if v["data"]["status"] in wanted]
    chosen = [summaries[k] for k in chosen_keys]
    found = urls.story_urls(
        [(c["data"]["slug"], c["data"]["date"], c["data"]["title"]) for c in chosen]
    )
    stories = [
        Summary.from_json(c["data"], key=c["key"], url=u)
        for c, u in zip(chosen, found, strict=True)
    ]
    entry_of = {e.cache_key: e for e in entries}
    key_of = {s.url: k for k, s in zip(chosen_keys, stories, strict=True)}

    # 2. plan: topics, outlets, related stories, then every output with the hash of its inputs
    topics = _topics(config, stories)
    outlets = urls.outlet_slugs(o[0] for s in stories for o in s.outlets)
    outlet_urls = {o: urls.outlet_url(slug) for o, slug in outlets.items()}
    rel, related_cache = related(
        stories, cache=old.related if old and old.global_key == global_key else None
    )
    renderer = render.Renderer(config, topics)
    articles: list[tuple[ArticleJob, str]] = []
    job_records: dict[str, Any] = {}
    for s in stories:
        entry = entry_of[key_of[s.url]]
        job = ArticleJob(
            source_path=str(entry.path),
            url=s.url,
            related=tuple(
                {"url": r.url, "title": r.title, "date": r.date, "counts_line": r.counts_line}
                for r in rel.get(s.url, [])
            ),
            outlet_urls=tuple((o[0], outlet_urls[o[0]]) for o in s.outlets),
            topic_name=renderer.topic_names.get(s.topic, s.topic),
            description=s.synopsis,
        )
        key = incremental.fast_digest(global_key, entry.rel, entry.sha, *job.inputs())
        articles.append((job, key))
        job_records[entry.rel] = quick.job_record(job)
    page_jobs: list[PageJob] = listing_jobs(
        renderer, stories, topics, outlet_urls, config.build.per_page
    )
    page_jobs += feed_jobs(config, stories, topics)
    in_sitemap = [
        (page_url_of(j.path), None)
        for j in page_jobs
        if j.path.endswith(".html") and j.path != "404.html"
    ]
    in_sitemap += [(s.url, s.updated or s.date) for s in stories if not s.is_draft]
    page_jobs += seo_jobs(config, in_sitemap)
    for name in render.ASSETS:
        data = render.read_asset(dirs, name)
        digest = incremental.digest(data.hex())
        page_jobs.append(PageJob(urls.ASSETS + name, ["asset", digest], lambda d=data: d))
    page_jobs.append(PageJob(".nojekyll", ["nojekyll"], lambda: b""))
    outputs: dict[str, str] = {}
    for job, key in articles:
        outputs[urls.file_for(job.url)] = outputs[job.url + "sources.json"] = key
    for pj in page_jobs:
        outputs[pj.path] = incremental.fast_digest(global_key, repr(pj.data))

    # 3. check, then compare with the previous build
    warnings = [w for s in stories for w in s.warnings]
    warnings += checks.body_links(stories, set(outputs))
    if strict and warnings:
        raise BuildError(
            f"--strict: {len(warnings)} warning(s), the site was not written; first: {warnings[0]}"
        )
    previous = old.outputs if old else {}
    on_disk = incremental.existing_outputs(out) if old else set()
    stale = sorted(p for p in previous if p not in outputs and p in on_disk)
    changed = {p for p, k in outputs.items() if previous.get(p) != k or p not in on_disk}
    if not changed and not stale and old is not None and _shas(old.files) == _shas(files):
        return BuildSummary(
            out,
            len(stories),
            sum(s.is_draft for s in stories),
            0,
            len(outputs),
            0,
            tuple(warnings),
            time.perf_counter() - started,
        )

    # 4. render what changed into the staging folder, check it, then put it in place
    patch = old is not None and 2 * (len(changed) + len(stale)) < len(outputs)
    staging = Staging(out, patch=patch)
    try:
        for p in outputs:
            if p not in changed:
                staging.link(p)
        todo_articles = [
            (entry_of[key_of[job.url]].rel, job)
            for job, _ in articles
            if urls.file_for(job.url) in changed or job.url + "sources.json" in changed
        ]
        crew = workers.get(len(todo_articles))
        if crew is not None:  # the workers render (mostly the stories they read) ...
            crew.start_render(config, topics, str(staging.tmp), todo_articles)
        else:
            made: set[Path] = set()
            for key, job in todo_articles:
                render_one(renderer, pages.get(key), job, staging.tmp, made)
        article_files = [
            f
            for _, job in todo_articles
            for f in (urls.file_for(job.url), job.url + "sources.json")
        ]
        for pj in page_jobs:  # ... while listings and feeds render here
            if pj.path in changed:
                staging.write(pj.path, pj.render())
        if crew is not None:
            crew.finish()
        site = {"stories": len(stories), "drafts": sum(s.is_draft for s in stories)}
        site["warnings"] = warnings
        manifest = incremental.Manifest(global_key, files, outputs, site, summaries, related_cache)
        index, cache_data = incremental.dumps(manifest)
        staging.write(incremental.CACHE, cache_data)
        staging.write(
            incremental.JOBS, incremental.dumps_jobs(job_records, quick.topics_record(topics))
        )
        staging.write(incremental.MANIFEST, index)  # bookkeeping, not pages:
        written = staging.written - 3 + len(article_files)
        staging.commit(article_files + staging.staged, stale, incremental.MANIFEST)
    except BaseException:
        workers.close(abort=True)  # stop the workers before their folder goes
        staging.abort()
        raise
    return BuildSummary(
        out,
        len(stories),
        sum(s.is_draft for s in stories),
        written,
        len(outputs) - len(changed),
        len(stale),
        tuple(warnings),
        time.perf_counter() - started,
    )


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


def _shas(files: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Content identity only: a touched but unchanged file is not a change."""
    return {rel: str(f["sha"]) for rel, f in files.items()}


def _topics(config: Config, stories: list[Summary]) -> list[render.TopicLink]:
    topics = [
        render.TopicLink(t.slug, t.name, urls.topic_url(t.slug), t.description)
        for t in config.topics
    ]
    known = {t.slug for t in config.topics}
    for slug in sorted({s.topic for s in stories if s.topic and s.topic not in known}):
        topics.append(render.TopicLink(slug, slug, urls.topic_url(slug)))
    return topics
