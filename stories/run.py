"""The stage's entry points: ``group_items`` (pure, for the file interface) and
``update_stories`` (incremental, on the store)."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import threading
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from newsdesk.stories.attribution import (
    attribute,
    choose_lead,
    sort_sources,
    story_title,
    with_feed_names,
)
from newsdesk.stories.dedupe import find_duplicates
from newsdesk.stories.docs import (
    HN_PREFIX,
    Doc,
    attach,
    discussion_source,
    from_article,
    from_item,
    is_text_post,
    text_post_doc,
)
from newsdesk.stories.grouping import (
    HEADLINE_WORDS,
    cluster_docs,
    cluster_params,
    is_headline,
    story_id_for,
)
from newsdesk.stories.incremental import StoriesSummary
from newsdesk.stories.phrases import name_table
from newsdesk.stories.relevance import passing_only
from newsdesk.stories.vectors import document, tfidf
from scipy import sparse

from newsdesk.config import Config, OutletsConfig, StoriesConfig
from newsdesk.models import ROLES, Discussion, Item, Source, Story
from newsdesk.store import Store, utcnow
from newsdesk.story_store import delete_stories, load_stories, save_stories

__all__ = [  # the last four live in stories/grouping.py; imported from here before the split
    "PARALLEL_MIN",
    "StoriesSummary",
    "group_items",
    "update_stories",
    "HEADLINE_WORDS",
    "cluster_params",
    "is_headline",
    "story_id_for",
]


def group_items(
    items: list[Item],
    settings: StoriesConfig,
    *,
    outlets: OutletsConfig | None = None,
    previous: dict[str, str] | None = None,
) -> list[Story]:
    """Dedupe and cluster ``items`` into stories (with attribution from default outlets).

    ``previous`` maps item ids to the story ids of an earlier run: they keep them.
    """
    docs = [from_item(i) for i in items]
    return _group(docs, settings, outlets or OutletsConfig(), previous or {}, [], "")


PARALLEL_MIN = 5000  # from this many articles, near-duplicates run in a second process


def _dedupe_and_vectorise(
    docs: list[Doc], settings: StoriesConfig
) -> tuple[dict[str, str], sparse.csr_matrix]:
    """Duplicates and the TF-IDF matrix of every doc (IDF over all of them). The two are
    independent, so large inputs compute them on two cores at once."""

    def vectorise() -> sparse.csr_matrix:
        return tfidf(document(d.title, d.text, settings.text_words) for d in docs)[0]

    parallel = (
        len(docs) >= PARALLEL_MIN
        and (os.cpu_count() or 1) > 1
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1  # forking a threaded process is unsafe
    )
    if not parallel:
        return find_duplicates(docs, settings), vectorise()
    global _FORK_INPUT
    _FORK_INPUT = (docs, settings)  # the forked worker reads it from memory: nothing to pickle
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            future = pool.submit(_dedupe_forked)
            matrix = vectorise()
            try:
                return future.result(), matrix
            except BrokenProcessPool:  # the worker died (e.g. out of memory): do it here
                return find_duplicates(docs, settings), matrix
    finally:
        _FORK_INPUT = None


_FORK_INPUT: tuple[list[Doc], StoriesConfig] | None = None


def _dedupe_forked() -> dict[str, str]:
    assert _FORK_INPUT is not None
    return find_duplicates(*_FORK_INPUT)


def _group(
    docs: list[Doc],
    settings: StoriesConfig,
    outlets: OutletsConfig,
    previous: dict[str, str],
    discussions: list[Discussion],
    default_topic: str,
) -> list[Story]:
    seen: set[str] = set()
    docs = [d for d in docs if not (d.id in seen or seen.add(d.id))]  # type: ignore[func-returns-value]
    kept_of, matrix_all = _dedupe_and_vectorise(docs, settings)
    kept_rows = [i for i, d in enumerate(docs) if d.id not in kept_of]
    kept = [docs[i] for i in kept_rows]
    dups_of: defaultdict[str, list[Doc]] = defaultdict(list)
    for d in docs:
        if d.id in kept_of:
            dups_of[kept_of[d.id]].append(d)
    groups = cluster_docs(kept, matrix_all[kept_rows], dups_of, previous, settings)
    names = name_table(
        outlets.names,
        {d.outlet: d.site_name for d in docs if d.site_name},
        sorted({d.outlet for d in docs if d.outlet}),
    )
    story_of_url: dict[str, str] = {}
    for sid, members in groups.items():
        for d in members:
            for x in (d, *dups_of[d.id]):
                story_of_url.setdefault(x.canonical, sid)
    attached, _ = attach(discussions, story_of_url)
    stories = []
    posts = {d.hn_id: d for d in discussions}
    for sid, members in groups.items():
        dups = [x for d in members for x in dups_of[d.id]]
        threads = attached.get(sid, [])
        threads += [posts[i] for i in _post_ids(members) if i in posts]
        stories.append(_story(sid, members, dups, kept_of, outlets, names, threads, default_topic))
    stories.sort(key=lambda s: (s.first_published or "", s.story_id))
    return stories


def _post_ids(members: list[Doc]) -> list[int]:
    return [int(d.id[len(HN_PREFIX) :]) for d in members if d.id.startswith(HN_PREFIX)]


def _story(
    sid: str,
    members: list[Doc],
    dups: list[Doc],
    kept_of: dict[str, str],
    outlets: OutletsConfig,
    names: dict[str, str],
    threads: list[Discussion],
    default_topic: str,
) -> Story:
    text_posts = [d for d in members if d.id.startswith(HN_PREFIX)]
    articles = [d for d in members if not d.id.startswith(HN_PREFIX)]
    sources, excluded = attribute(articles, dups, kept_of, outlets, names) if articles else ([], 0)
    extra: list[Source] = []
    hn_ids: list[int] = []
    for d in threads:  # link posts on the story's articles, and its Ask HN posts
        src = discussion_source(d, outlets)
        hn_ids.append(d.hn_id)
        if src is None:
            excluded += 1
        else:
            extra.append(src)
    sources = sort_sources([*sources, *extra])
    lead = choose_lead(articles or text_posts, sources)
    everything = sorted([*members, *dups], key=lambda d: (d.hours is None, d.hours or 0.0, d.id))
    dated = [d for d in everything if d.hours is not None]
    topics = Counter(t for d in members for t in d.topics[:1])
    return Story(
        story_id=sid,
        topic=topics.most_common(1)[0][0] if topics else default_topic,
        title=story_title(lead, tuple(s.name for s in sources)),
        lead_item_id=lead.id,
        item_ids=tuple(d.id for d in everything),
        duplicates={d.id: kept_of[d.id] for d in dups},
        sources=tuple(sources),
        excluded=excluded,
        discussions=tuple(sorted(set(hn_ids))),
        first_published=dated[0].published if dated else None,
        updated=max((d.published for d in dated), default=None, key=lambda p: p or ""),
    )


def update_stories(config: Config, store: Store) -> StoriesSummary:
    """Group the store's articles (and Ask HN posts) into stories, keeping earlier stories' ids
    and members; save them with their source lists."""
    run_id = store.start_run("stories")
    try:
        before = {s.story_id: s for s in load_stories(store)}
        previous = {i: s.story_id for s in before.values() for i in s.item_ids}
        discussions = store.discussions()
        docs = [from_article(a) for a in store.articles()]
        docs += [text_post_doc(d) for d in discussions if is_text_post(d) and d.topics]
        default_topic = config.topics[0].slug if config.topics else ""
        outlets = with_feed_names(config.outlets, config.feeds)  # a feed's name names its outlet
        stories = _group(docs, config.stories, outlets, previous, discussions, default_topic)
        passing = passing_only(stories, {d.id: d for d in docs}, discussions, config.topics)
        stories = [s for s in stories if s.story_id not in passing]
        delete_stories(store, sorted(passing & before.keys()))  # saved by an earlier rule
        now = utcnow()
        changed, new, updated = [], 0, 0
        for s in stories:
            old = before.get(s.story_id)
            if old is None:
                new += 1
            elif (old.item_ids, old.sources, old.discussions, old.title) != (
                s.item_ids,
                s.sources,
                s.discussions,
                s.title,
            ):
                updated += 1
            else:
                continue
            changed.append(dataclasses.replace(s, updated=now))
        save_stories(store, changed)
        roles = Counter(src.role for s in stories for src in s.sources)
        summary = StoriesSummary(
            stories=len(stories),
            new=new,
            updated=updated,
            duplicates=sum(len(s.duplicates) for s in stories),
            roles={r: roles.get(r, 0) for r in ROLES},
            excluded=sum(s.excluded for s in stories),
            discussions=sum(len(s.discussions) for s in stories),
            passing=len(passing),
        )
    except BaseException:
        store.finish_run(run_id, "failed", {})
        raise
    store.finish_run(run_id, "ok", summary.__dict__)
    return summary
