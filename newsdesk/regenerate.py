"""Regeneration: writing a generated draft without ever overwriting an editor's work.

``save_generated`` (and ``save``, for a caller that keeps one :class:`ContentIndex` across many
stories) and ``find_by_story`` are the summarizer's way into content/. A story is found by its
``story_id`` through the index, so drafting n stories reads each file once, not n times. The
rules that keep editors' work are in :func:`save` and in the docstring of newsdesk/content.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.content import (
    EDITOR_KEYS,
    UNHASHED_KEYS,
    ContentError,
    ContentFile,
    body_hash,
    content_path,
    dumps,
    meta_hash,
    parse,
    proposal_path,
    read,
    slugify,
    write,
)
from newsdesk.content_files import write_text
from newsdesk.content_index import ContentIndex
from newsdesk.source_list import source_urls, url_key


@dataclass(frozen=True)
class SaveOutcome:
    path: Path
    action: str  # "created", "updated", "unchanged", "proposal", "skipped"
    reason: str = ""


def find_by_story(content_dir: str | Path, story_id: str) -> ContentFile | None:
    """The content file of a story (by the stories stage's id), or None."""
    return ContentIndex(content_dir).find(story_id)


def save_generated(content_dir: str | Path, meta: dict[str, Any], body: str) -> SaveOutcome:
    """Write a generated draft without ever overwriting an editor's work (see :func:`save`)."""
    return save(ContentIndex(content_dir), meta, body)


def _new_path(index: ContentIndex, meta: dict[str, Any], avoid: frozenset[str]) -> Path:
    """A path for a new story whose slug no other content file uses (nor one of ``avoid``)."""
    root = index.root
    taken = (index.stems() if root.exists() else set()) | avoid
    base = slugify(str(meta.get("slug") or meta.get("title") or "story"))
    slug, n = base, 2
    while slug in taken:  # another story already has this slug
        slug, n = f"{base}-{n}", n + 1
    return content_path(root, meta.get("date"), slug)


def _with_status(meta: dict[str, Any], status: str) -> dict[str, Any]:
    """meta with ``status`` placed after ``date`` (or at the end): the file reads top-down."""
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if key != "status":
            out[key] = value
        if key == "date":
            out["status"] = status
    out.setdefault("status", status)
    return out


def save(index: ContentIndex, meta: dict[str, Any], body: str) -> SaveOutcome:
    """Write a generated draft into ``index``'s folder without ever overwriting an editor's work
    (see :func:`_save`); the index takes in the file written."""
    outcome = _save(index, meta, body)
    if outcome.action in ("created", "updated", "proposal"):
        index.wrote(outcome.path)
    return outcome


def _save(
    index: ContentIndex, meta: dict[str, Any], body: str, avoid: frozenset[str] = frozenset()
) -> SaveOutcome:
    """Write a generated draft into ``index``'s folder without ever overwriting an editor's work.

    * no file for the story yet: create it (status draft, body_hash and meta_hash set);
    * an untouched draft: replace it with the new generation (status and editor keys kept);
    * edited (body or front matter), published: leave it byte-identical; if the generation
      brings new material (new source URLs, or a body other than the one it was generated
      from or last accepted) write it as a proposal beside it (``<slug>.proposal.md``);
    * rejected: leave it; a proposal only when new source URLs arrived, otherwise nothing.
    """
    if meta.get("updated") and not meta.get("last_crawl"):
        # the generator's "updated" is when the story last gained or changed an article; on
        # the page "updated" means an editor accepted new coverage, so it is kept as last_crawl
        meta = {**meta, "last_crawl": meta["updated"]}
    generation = {k: v for k, v in meta.items() if k not in UNHASHED_KEYS}
    generation["body_hash"] = body_hash(body)
    existing = index.find(str(generation.get("story_id")))
    if existing is None:
        path = _new_path(index, generation, avoid)
        generation["slug"] = path.stem
        generation = _with_status(generation, "draft")
        generation["meta_hash"] = meta_hash(generation)
        try:
            return SaveOutcome(write(path, generation, body, exclusive=True), "created")
        except FileExistsError:  # another program made that file meanwhile: look again
            index.story_ids()
            return _save(index, meta, body, avoid | {path.stem})
    generation["slug"] = existing.slug
    generated = "body_hash" in existing.meta  # a hand-written file is never replaced
    if existing.status == "draft" and generated and not existing.touched:
        outcome = _replace_draft(existing, generation, body)
        return outcome or _save(index, meta, body)  # an editor saved it meanwhile: decide again
    return _propose(existing, generation, body)


def _replace_draft(existing: ContentFile, meta: dict[str, Any], body: str) -> SaveOutcome | None:
    """Replace an untouched draft with the new generation (status and editor keys kept);
    None when the file changed on disk since it was read."""
    for key in EDITOR_KEYS:
        if key in existing.meta:
            meta[key] = existing.meta[key]
    meta = _with_status(meta, "draft")
    meta["meta_hash"] = meta_hash(meta)
    text = dumps(meta, body)
    on_disk = existing.path.read_text(encoding="utf-8")
    if on_disk == text:
        return SaveOutcome(existing.path, "unchanged")
    now = parse(on_disk, existing.path)
    if (now.meta, now.body) != (existing.meta, existing.body):
        return None
    return SaveOutcome(write_text(existing.path, text), "updated")


def _propose(existing: ContentFile, meta: dict[str, Any], body: str) -> SaveOutcome:
    """An editor's story (edited, published or rejected): new material goes to a proposal."""
    dismissed = {url_key(u) for u in existing.fm.dismissed_sources if u}
    new_urls = source_urls(meta) - existing.source_urls - dismissed
    known = {existing.fm.body_hash, existing.fm.accepted_hash}
    if existing.status == "rejected":
        why = "rejected by an editor"
        if not new_urls:
            return SaveOutcome(existing.path, "skipped", f"{why}; no new sources")
    else:
        why = "edited by an editor" if existing.touched else f"status is {existing.status}"
        if not new_urls and meta["body_hash"] in known:
            return SaveOutcome(existing.path, "unchanged", f"{why}; nothing new")
    prop = proposal_path(existing.path)
    if prop.exists() and _marked_accepted(prop):
        return SaveOutcome(prop, "unchanged", f"{why}; {ACCEPT_PENDING}")
    meta = _with_status(meta, "proposal")
    meta = {**meta, "accept": False}
    meta["meta_hash"] = meta_hash(meta)
    text = dumps(meta, body).replace("---\n", "---\n" + PROPOSAL_NOTE.format(slug=existing.slug), 1)
    if prop.exists() and prop.read_text(encoding="utf-8") == text:
        return SaveOutcome(prop, "unchanged", why)
    return SaveOutcome(write_text(prop, text), "proposal", why)


PROPOSAL_NOTE = (
    "# New coverage for {slug}, written by newsdesk draft. The story itself is unchanged.\n"
    "# To take the new sources: run 'newsdesk review accept {slug}', or set 'accept: true'\n"
    "# below (e.g. in the pull request) and the next drafts run merges them.\n"
)
ACCEPT_PENDING = "an editor set accept: true on its proposal: run 'newsdesk review accept --marked'"


def _marked_accepted(prop: Path) -> bool:
    try:
        return read(prop).fm.accept
    except ContentError:
        return True  # an editor is editing it: leave it alone
