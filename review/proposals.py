"""Proposals: new material for a story an editor owns, diffed and merged without losing edits.

A proposal is the regenerated draft written beside the story as ``<slug>.proposal.md`` by
``regenerate.save_generated``. Merging it keeps the editor's body byte-identical and the existing
source numbers (so the body's ``[n]`` citations stay right): new sources are appended with the
next numbers, their ``cited_by`` numbers renumbered, new discussion threads and timeline entries
added, ``updated`` set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsdesk.content import EDITOR_KEYS, ContentFile, meta_hash, url_key

# fields of a source whose change is worth telling the editor about
WATCHED = ("title", "published", "read", "read_reason", "role", "tier", "outlet", "name")


@dataclass(frozen=True)
class SourceChange:
    url: str
    n: int | None  # the number in the current list
    fields: tuple[tuple[str, Any, Any], ...]  # (field, current, proposed)


@dataclass(frozen=True)
class SourceDiff:
    new: tuple[dict[str, Any], ...]  # in the proposal, not in the current list
    removed: tuple[dict[str, Any], ...]  # in the current list, not in the proposal
    changed: tuple[SourceChange, ...]  # same URL, different facts (an updated article)

    @property
    def empty(self) -> bool:
        return not (self.new or self.removed or self.changed)


def _urls(src: dict[str, Any]) -> set[str]:
    return {url_key(u) for u in [src.get("url"), *(src.get("also_at") or [])] if u}


def _sources(meta: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in meta.get("sources") or [] if isinstance(s, dict)]


def _match(src: dict[str, Any], others: list[dict[str, Any]]) -> dict[str, Any] | None:
    urls = _urls(src)
    return next((o for o in others if urls & _urls(o)), None)


def diff_sources(current: dict[str, Any], proposal: dict[str, Any]) -> SourceDiff:
    """What the proposal's source list adds, drops and changes, matched by URL (or also_at)."""
    cur, new = _sources(current), _sources(proposal)
    added = tuple(s for s in new if _match(s, cur) is None)
    removed = tuple(s for s in cur if _match(s, new) is None)
    changed = []
    for src in cur:
        other = _match(src, new)
        if other is None:
            continue
        fields = tuple(
            (f, src.get(f), other.get(f))
            for f in WATCHED
            if f in other and str(src.get(f)) != str(other.get(f))
        )
        known = _urls(src)
        copies = sorted(u for u in other.get("also_at") or [] if u and url_key(u) not in known)
        if copies:
            fields += (("also_at", None, copies),)
        if fields:
            changed.append(SourceChange(str(src.get("url")), src.get("n"), fields))
    return SourceDiff(added, removed, tuple(changed))


def _renumber(value: Any, mapping: dict[int, int]) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return mapping.get(value, value)
    return value


def merge_sources(
    current: dict[str, Any], proposal: dict[str, Any]
) -> tuple[list[dict[str, Any]], dict[int, int], list[int]]:
    """(merged list, proposal n -> merged n, the merged numbers of the new sources).

    Existing entries stay exactly as the editor has them; new ones are appended."""
    merged = [dict(s) for s in _sources(current)]
    mapping: dict[int, int] = {}
    added: list[int] = []
    next_n = max((int(s.get("n") or 0) for s in merged), default=0) + 1
    new_entries = []
    for src in _sources(proposal):
        old = _match(src, merged)
        pn = src.get("n")
        if old is not None:
            if isinstance(pn, int) and isinstance(old.get("n"), int):
                mapping[pn] = old["n"]
            more = [u for u in src.get("also_at") or [] if u and url_key(u) not in _urls(old)]
            if more:  # a new copy of a known source: remembered, nothing else changes
                old["also_at"] = [*(old.get("also_at") or []), *more]
            continue
        entry = dict(src)
        if isinstance(pn, int):
            mapping[pn] = next_n
        entry["n"] = next_n
        added.append(next_n)
        next_n += 1
        new_entries.append(entry)
    for entry in new_entries:
        if isinstance(entry.get("cited_by"), list):
            entry["cited_by"] = [_renumber(v, mapping) for v in entry["cited_by"]]
    return merged + new_entries, mapping, added


def merge_proposal(cf: ContentFile, proposal: ContentFile, at: str) -> dict[str, Any]:
    """The story's front matter with the proposal's new coverage merged in (body untouched)."""
    meta = dict(cf.meta)
    sources, mapping, added = merge_sources(cf.meta, proposal.meta)
    meta["sources"] = sources
    known_hn = {d.get("hn_id") for d in cf.fm.discussion}
    new_threads = [d for d in proposal.fm.discussion if d.get("hn_id") not in known_hn]
    if new_threads:
        meta["discussion"] = list(meta.get("discussion") or []) + new_threads
    added_set = set(added)
    new_events = []
    for event in proposal.fm.timeline:
        n = event.get("n")
        merged_n = mapping.get(n) if isinstance(n, int) else None  # (n may be any YAML value)
        if merged_n is not None and merged_n in added_set:
            new_events.append({**event, "n": merged_n})
    if new_events:
        timeline = list(meta.get("timeline") or []) + new_events
        meta["timeline"] = sorted(timeline, key=lambda e: str(e.get("when") or ""))
    for key in ("excluded", "last_crawl"):
        if key in proposal.meta:
            meta[key] = proposal.meta[key]
    meta["updated"] = at
    meta["accepted_hash"] = proposal.meta.get("body_hash")
    if not cf.meta_edited and "meta_hash" in cf.meta:
        meta["meta_hash"] = meta_hash(meta)  # a review action, not a hand edit
    return meta


def take_proposal(cf: ContentFile, proposal: ContentFile, status: str) -> dict[str, Any]:
    """The proposal's front matter (its text replaces the story's), editor keys kept."""
    meta = {k: v for k, v in proposal.meta.items() if k != "status"}
    for key in EDITOR_KEYS:
        if key in cf.meta:
            meta[key] = cf.meta[key]
    meta.pop("accepted_hash", None)
    meta["slug"] = cf.slug
    meta["status"] = status
    meta["meta_hash"] = meta_hash(meta)
    return meta
