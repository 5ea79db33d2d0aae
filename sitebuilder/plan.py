"""The plan step: which stories the site shows, and every output file with the hash of its inputs.

Planning works from summaries only (no story is parsed here): it picks the stories this build
publishes and gives them URLs, works out topics, outlets and related stories, then lists every
page (story pages, listings, feeds, sitemap, assets) with a key that changes exactly when the
page would. Nothing is rendered: the render step renders the pages whose key changed.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsdesk.sitebuilder import incremental, render, urls
from newsdesk.sitebuilder.article import ArticleJob
from newsdesk.sitebuilder.context import BuildContext
from newsdesk.sitebuilder.feeds import feed_jobs, seo_jobs
from newsdesk.sitebuilder.incremental import ContentEntry
from newsdesk.sitebuilder.listings import listing_jobs
from newsdesk.sitebuilder.models import Summary
from newsdesk.sitebuilder.pages import PageJob, related
from newsdesk.sitebuilder.summaries import Read

from newsdesk.config import Config
from newsdesk.errors import BuildError


@dataclass(frozen=True)
class StoryJob:
    """A story page to render, from its content file ``rel``; ``key`` hashes its inputs."""

    rel: str
    job: ArticleJob
    key: str

    @property
    def files(self) -> tuple[str, str]:
        """The output files it makes: the page and its sources.json."""
        return urls.file_for(self.job.url), self.job.url + "sources.json"


@dataclass(frozen=True)
class Plan:
    """Every output of the site, planned."""

    stories: list[Summary]  # on the site, with their URLs
    topics: list[render.TopicLink]
    renderer: render.Renderer
    story_jobs: list[StoryJob]
    page_jobs: list[PageJob]  # listings, feeds, sitemap, robots.txt, assets
    outputs: dict[str, str]  # every output file → the hash of its inputs
    related: dict[str, Any]  # related stories, for the next build's cache
    warnings: tuple[str, ...]  # the stories' warnings, then broken links in their bodies

    @property
    def drafts(self) -> int:
        return sum(s.is_draft for s in self.stories)


StoriesPlanned = Callable[[list[render.TopicLink], list[StoryJob]], None]


def plan(ctx: BuildContext, found: Read, on_stories: StoriesPlanned | None = None) -> Plan:
    """The site made of the stories ``found`` (see module doc). ``on_stories``: called with
    the topics and the story jobs as soon as those are planned, before the listings, feeds
    and outputs (a first build's workers start rendering the story pages meanwhile)."""
    stories, entry_of = choose(found, ctx.statuses)
    topics = _topics(ctx.config, stories)
    renderer = render.Renderer(ctx.config, topics)
    outlets = urls.outlet_slugs(o[0] for s in stories for o in s.outlets)
    outlet_urls = {o: urls.outlet_url(slug) for o, slug in outlets.items()}
    same_global = ctx.old is not None and ctx.old.global_key == ctx.global_key
    near, related_cache = related(
        stories, cache=ctx.old.related if ctx.old and same_global else None
    )
    story_jobs = _story_jobs(ctx, stories, entry_of, near, outlet_urls, renderer.topic_names)
    if on_stories is not None:
        on_stories(topics, story_jobs)
    page_jobs = _page_jobs(ctx, renderer, stories, topics, outlet_urls)
    outputs = _outputs(ctx.global_key, story_jobs, page_jobs)
    warnings = [w for s in stories for w in s.warnings]
    warnings += _unknown_topics(ctx.config, stories, entry_of)
    warnings += urls.body_links(stories, set(outputs))
    return Plan(
        stories, topics, renderer, story_jobs, page_jobs, outputs, related_cache, tuple(warnings)
    )


def _story_jobs(
    ctx: BuildContext,
    stories: list[Summary],
    entry_of: dict[str, ContentEntry],
    near: dict[str, list[Summary]],
    outlet_urls: dict[str, str],
    topic_names: dict[str, str],
) -> list[StoryJob]:
    """Each story's page job, keyed by its content file and every other input of its page.
    A related story is listed under ~3 others: its entry is made once and shared (the jobs
    are read, never changed)."""
    entries = {  # a story's entry under the stories it is related to
        s.url: {"url": s.url, "title": s.title, "date": s.date, "counts_line": s.counts_line}
        for s in stories
    }
    out = []
    for s in stories:
        entry = entry_of[s.url]
        job = ArticleJob(
            source_path=str(entry.path),
            url=s.url,
            related=tuple([entries[r.url] for r in near.get(s.url, ())]),
            outlet_urls=tuple([(o[0], outlet_urls[o[0]]) for o in s.outlets]),
            topic_name=topic_names.get(s.topic, s.topic),
            description=s.synopsis,
        )
        key = incremental.fast_digest(ctx.global_key, entry.rel, entry.sha, *job.inputs())
        out.append(StoryJob(entry.rel, job, key))
    return out


def choose(found: Read, statuses: tuple[str, ...]) -> tuple[list[Summary], dict[str, ContentEntry]]:
    """The stories with one of ``statuses``, with their URLs, and the content file of each
    (by URL)."""
    entry_of = {e.cache_key: e for e in found.entries}
    keys = [k for k, v in found.summaries.items() if v["data"]["status"] in statuses]
    chosen = [found.summaries[k] for k in keys]
    _refuse_copies(
        [
            (c["data"].get("story_id") or "", entry_of[k].path)
            for k, c in zip(keys, chosen, strict=True)
        ]
    )
    found_urls = urls.story_urls(
        [(c["data"]["slug"], c["data"]["date"], c["data"]["title"]) for c in chosen]
    )
    stories = [
        Summary.from_json(c["data"], key=c["key"], url=u)
        for c, u in zip(chosen, found_urls, strict=True)
    ]
    return stories, {s.url: entry_of[k] for k, s in zip(keys, stories, strict=True)}


def _refuse_copies(files: list[tuple[str, str]]) -> None:
    """Two files of one story (a copied file) would publish it twice, the second at slug-2/:
    refused, naming both."""
    seen: dict[str, str] = {}
    for story_id, path in sorted(files, key=lambda f: f[1]):
        if story_id and story_id in seen:
            raise BuildError(
                f"{seen[story_id]} and {path} hold the same story ({story_id}): a copy? remove "
                "one (or give it a story_id of its own); the site was not written"
            )
        seen.setdefault(story_id, path)


def _topics(config: Config, stories: list[Summary]) -> list[render.TopicLink]:
    """The configured topics, then any other topic a story names (sorted)."""
    topics = [
        render.TopicLink(t.slug, t.name, urls.topic_url(t.slug), t.description)
        for t in config.topics
    ]
    known = {t.slug for t in config.topics}
    for slug in sorted({s.topic for s in stories if s.topic and s.topic not in known}):
        topics.append(render.TopicLink(slug, slug, urls.topic_url(slug)))
    return topics


def _unknown_topics(
    config: Config, stories: list[Summary], entry_of: dict[str, ContentEntry]
) -> list[str]:
    """A warning for each story whose ``topic`` is not one of the config's: a typo there made a
    topic page of its own, silently ('tokenmaxing' beside 'tokenmaxxing')."""
    known = [t.slug for t in config.topics]
    out = []
    for s in stories:
        if s.topic and s.topic not in known:
            close = difflib.get_close_matches(s.topic, known, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            out.append(
                f"{entry_of[s.url].path}: topic {s.topic!r} is not one of the config's topics"
                f"{hint}: it gets a topic page of its own; add it to [[topics]] or fix the file"
            )
    return out


def _page_jobs(
    ctx: BuildContext,
    renderer: render.Renderer,
    stories: list[Summary],
    topics: list[render.TopicLink],
    outlet_urls: dict[str, str],
) -> list[PageJob]:
    """Listings and feeds, then the sitemap and robots.txt, then the assets and .nojekyll."""
    config = ctx.config
    jobs = listing_jobs(renderer, stories, topics, outlet_urls, config.build.per_page)
    jobs += feed_jobs(config, stories, topics)
    in_sitemap: list[tuple[str, str | None]] = [
        (urls.page_url_of(j.path), None)
        for j in jobs
        if j.path.endswith(".html") and j.path != "404.html"
    ]
    in_sitemap += [(s.url, s.updated or s.date) for s in stories if not s.is_draft]
    jobs += seo_jobs(config, in_sitemap)
    for name in render.ASSETS:
        data = render.read_asset(ctx.templates, name)
        jobs.append(
            PageJob(urls.ASSETS + name, ["asset", incremental.digest(data.hex())], _const(data))
        )
    jobs.append(PageJob(".nojekyll", ["nojekyll"], _const(b"")))
    return jobs


def _const(data: bytes) -> Callable[[], bytes]:
    """A page renderer that returns ``data`` (an asset, copied as it is)."""
    return lambda: data


def _outputs(
    global_key: str, story_jobs: list[StoryJob], page_jobs: list[PageJob]
) -> dict[str, str]:
    """Every output file → the hash of its inputs."""
    outputs: dict[str, str] = {}
    for sj in story_jobs:
        page, sources = sj.files
        outputs[page] = outputs[sources] = sj.key
    for pj in page_jobs:
        outputs[pj.path] = incremental.fast_digest(global_key, repr(pj.data))
    return outputs
