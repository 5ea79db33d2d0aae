"""The read step: every content file → its summary, from the last build's cache or parsed now.

A summary (:class:`~newsdesk.sitebuilder.models.Summary` as JSON, with its hash) is all that
planning needs of a story. Summaries are cached by content file path + sha256, so only new or
changed files are parsed; many of them are parsed by worker processes, which keep the pages
they parsed for the render step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.sitebuilder.incremental import ContentEntry
from newsdesk.sitebuilder.models import StoryPage
from newsdesk.sitebuilder.reader import HELD, INVALID
from newsdesk.sitebuilder.workers import Crew, read_one

from newsdesk.errors import BuildError, ContentError

CrewFor = Callable[[int], Crew | None]  # the worker processes for this many stories, if worth it


@dataclass(frozen=True)
class Read:
    """What the read step found."""

    entries: list[ContentEntry]  # every content file, its sha256 known
    files: dict[str, dict[str, Any]]  # the manifest's files: size, mtime, sha and summary key
    summaries: dict[str, dict[str, Any]]  # by ContentEntry.cache_key: {"data": …, "key": …}
    pages: dict[str, StoryPage]  # by rel: the pages parsed here (workers keep theirs)


def read(
    content_dir: Path,
    entries: list[ContentEntry],
    files: dict[str, dict[str, Any]],
    cache: dict[str, dict[str, Any]],
    crew_for: CrewFor,
) -> Read:
    """The summary of every content file in ``entries`` (as scanned, with ``files`` their
    manifest records); ``cache``: the last build's summaries by cache key."""
    todo = [e for e in entries if e.cache_key not in cache]
    summaries = {e.cache_key: cache[e.cache_key] for e in entries if e.cache_key in cache}
    fresh, pages = _parse(content_dir, todo, crew_for)
    hashed: dict[str, ContentEntry] = {}
    for e, (summary, sha) in zip(todo, fresh, strict=True):
        if not e.sha:  # hashed by the reader (a first build: see incremental.scan)
            e = hashed[e.rel] = dataclasses.replace(e, sha=sha)
        summaries[e.cache_key] = summary
    if hashed:
        entries = [hashed.get(e.rel, e) for e in entries]
    sha_of = {e.rel: e.sha for e in entries}
    key_of = {e.rel: summaries[e.cache_key]["key"] for e in entries}  # for the quick rebuild
    records = {rel: {**f, "sha": sha_of[rel], "key": key_of[rel]} for rel, f in files.items()}
    return Read(entries, records, summaries, pages)


def left_out(found: Read, strict: bool) -> tuple[str, ...]:
    """The files that do not read (reader.broken), as warnings: drafts are left out of the
    site. A broken published story fails the build (it would vanish from the site), and so
    does any broken file with ``strict``. Then the warnings of the published stories held back
    for a broken citation (reader.HELD: they read, and are left out; ``strict`` fails on them
    as on any warning)."""
    bad = sorted(
        (v["data"] for v in found.summaries.values() if v["data"].get("status") == INVALID),
        key=lambda d: str(d.get("error")),
    )
    published = [d for d in bad if d.get("published")]
    more = f" (and {len(bad) - 1} other broken file(s))" if len(bad) > 1 else ""
    if published:  # a status misspelt from 'published' is not one: say why the build stops
        why = (
            "the build stops rather than leave out a story whose status looks meant as "
            "'published'; fix the status"
            if published[0].get("unknown_status")
            else "a published story must read; fix it"
        )
        raise ContentError(f"{published[0]['error']}: {why}{more}")
    if strict and bad:
        raise BuildError(f"--strict: {bad[0]['error']}{more}")
    held = sorted(  # (sorted: the summaries come from the cache and the reader in any order)
        w for v in found.summaries.values() if v["data"].get("status") == HELD
        for w in v["data"].get("warnings", ())
    )  # fmt: skip
    return (*(f"{d['error']}: left out of the site" for d in bad), *held)


def _parse(
    content_dir: Path, todo: list[ContentEntry], crew_for: CrewFor
) -> tuple[list[tuple[dict[str, Any], str]], dict[str, StoryPage]]:
    """(summary, sha256) of each file of ``todo``, in order, and the pages parsed here."""
    pages: dict[str, StoryPage] = {}
    crew = crew_for(len(todo))
    if crew is not None:
        return crew.read(str(content_dir), [(e.rel, e.path, e.raw) for e in todo]), pages
    fresh = []
    for e in todo:
        summary, page, sha = read_one(e.path, e.raw, str(content_dir))
        if page is not None:
            pages[e.rel] = page
        fresh.append((summary, sha))
    return fresh, pages
