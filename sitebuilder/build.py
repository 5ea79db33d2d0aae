"""``build()``: content/ + templates + config → a static site, in one readable pass.

read (content files → summaries) → plan (every output file with the hash of its inputs) →
compare with the last build's manifest → render only what changed into a staging folder →
check → swap it in. Reading and rendering many stories is spread over processes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.config import Config
from newsdesk.errors import BuildError
from sitebuilder import checks, incremental, reader, render, urls
from sitebuilder.article import ArticleJob, render_article
from sitebuilder.feeds import feed_jobs
from sitebuilder.models import StoryPage, Summary
from sitebuilder.pages import PageJob, listing_jobs, related
from sitebuilder.seo import page_url_of, seo_jobs
from sitebuilder.writer import Staging, write_file

PARALLEL_FROM = 200  # stories; below this one process is faster than starting a pool


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
    entries, files = incremental.scan(content_dir, old)
    if old and old.global_key == global_key and _shas(old.files) == _shas(files):
        on_disk = incremental.existing_outputs(out)
        if all(p in on_disk for p in old.outputs):  # nothing can have changed: write nothing
            known = tuple(old.site.get("warnings", ()))
            if strict and known:
                raise BuildError(f"--strict: {len(known)} warning(s); first: {known[0]}")
            return BuildSummary(
                out,
                int(old.site.get("stories", 0)),
                int(old.site.get("drafts", 0)),
                0,
                len(old.outputs),
                0,
                tuple(old.site.get("warnings", ())),
                time.perf_counter() - started,
            )
    if old is not None:
        incremental.load_cache(out, old)
    cache = old.summaries if old else {}
    todo = [e for e in entries if e.cache_key not in cache]
    fresh = _map(_read, [(str(e.path), e.raw, str(content_dir)) for e in todo], len(todo))
    pages: dict[str, StoryPage] = {}
    summaries: dict[str, dict[str, Any]] = {}
    for e in entries:
        if e.cache_key in cache:
            summaries[e.cache_key] = cache[e.cache_key]
    for e, (summary, page) in zip(todo, fresh, strict=True):
        data = summary.to_json()
        summaries[e.cache_key] = {"data": data, "key": incremental.digest(data)}
        pages[e.cache_key] = page
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
    finish: Any = lambda: None  # noqa: E731
    try:
        for p in outputs:
            if p not in changed:
                staging.link(p)
        todo_articles = [
            (job, pages.get(key_of[job.url]))
            for job, _ in articles
            if urls.file_for(job.url) in changed or job.url + "sources.json" in changed
        ]
        chunks = [(config, topics, chunk, str(staging.tmp)) for chunk in _chunks(todo_articles)]
        finish = _start(_render_articles, chunks, len(todo_articles))
        article_files = [
            f
            for job, _ in todo_articles
            for f in (urls.file_for(job.url), job.url + "sources.json")
        ]
        for pj in page_jobs:  # listings and feeds render here while the workers run
            if pj.path in changed:
                staging.write(pj.path, pj.render())
        finish()
        site = {"stories": len(stories), "drafts": sum(s.is_draft for s in stories)}
        site["warnings"] = warnings
        manifest = incremental.Manifest(global_key, files, outputs, site, summaries, related_cache)
        index, cache_data = incremental.dumps(manifest)
        staging.write(incremental.CACHE, cache_data)
        staging.write(incremental.MANIFEST, index)  # bookkeeping, not pages:
        written = staging.written - 2 + len(article_files)
        staging.commit(article_files + staging.staged, stale, incremental.MANIFEST)
    except BaseException:
        with contextlib.suppress(Exception):
            finish()  # let running workers stop before their folder goes
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


def _chunks(items: list[Any], size: int = 25) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _map(fn: Any, args: list[Any], weight: int) -> list[Any]:
    """Run fn over args, in a process pool when there is enough work (``weight`` stories)."""
    workers = min(os.cpu_count() or 1, 8)
    if weight < PARALLEL_FROM or workers < 2 or len(args) < 2:
        return [fn(a) for a in args]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fn, args, chunksize=max(1, len(args) // (workers * 4))))


def _start(fn: Any, args: list[Any], weight: int) -> Any:
    """Start fn over args in a process pool (when there is enough work) and return a function
    that waits for it; without a pool the work is done before returning."""
    workers = min(os.cpu_count() or 1, 8)
    if weight < PARALLEL_FROM or workers < 2 or len(args) < 2:
        for a in args:
            fn(a)
        return lambda: None
    pool = ProcessPoolExecutor(max_workers=workers)
    futures = [pool.submit(fn, a) for a in args]

    def finish() -> None:
        try:
            for f in futures:
                f.result()
        finally:
            pool.shutdown(cancel_futures=True)

    return finish


def _read(arg: tuple[str, bytes | None, str]) -> tuple[Summary, StoryPage]:
    path, raw, root = arg
    page, summary = reader.read(Path(path), raw, Path(root))
    return summary, page


_RENDERERS: dict[Any, render.Renderer] = {}


def _render_articles(
    arg: tuple[Config, list[render.TopicLink], list[tuple[ArticleJob, StoryPage | None]], str],
) -> int:
    config, topics, jobs, tmp = arg
    key = (repr(config), tuple(topics))  # chunks arrive as fresh copies: compare by value
    renderer = _RENDERERS.get(key)
    if renderer is None:
        _RENDERERS.clear()
        renderer = _RENDERERS[key] = render.Renderer(config, topics)
    root = config.path(config.build.content_dir)
    made: set[Path] = set()
    for job, page in jobs:
        if page is None:
            page = reader.read_story(Path(job.source_path), None, root)
        for rel, data in render_article(renderer, page, job).items():
            write_file(Path(tmp), rel, data, made)
    return len(jobs)
