"""Regeneration: ``content.save_generated`` and ``content.find_by_story`` (implemented here).

A story is found by its ``story_id`` through a stat-validated index of the content folder, so
drafting n stories reads each file once, not n times. The rules that keep editors' work are in
:func:`save` and in the docstring of newsdesk/content.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from newsdesk.content import (
    _UNHASHED,
    EDITOR_KEYS,
    ContentError,
    ContentFile,
    SaveOutcome,
    _content_entries,
    _content_paths,
    body_hash,
    content_path,
    dumps,
    meta_hash,
    parse,
    proposal_path,
    read,
    slugify,
    write,
    write_text,
)
from newsdesk.source_list import source_urls, url_key

_STORY_ID = re.compile(r"^story_id:[ \t]*(.*?)[ \t]*$", re.M)
# content folder -> {path: (mtime_ns, size, story id as written)}; re-validated by stat on use
_ID_INDEX: dict[str, dict[str, tuple[int, int, str]]] = {}


def _story_ids(root: Path) -> dict[str, list[str]]:
    """story id -> the files that mention it in a ``story_id:`` line (stat-validated cache:
    only new or changed files are read, so drafting n stories does not read n² files)."""
    key = str(root.resolve())
    cache = _ID_INDEX.get(key, {})
    fresh: dict[str, tuple[int, int, str]] = {}
    for p, st in _content_entries(root):
        hit = cache.get(p)
        if hit and hit[0] == st.st_mtime_ns and hit[1] == st.st_size:
            fresh[p] = hit
            continue
        with open(p, encoding="utf-8", errors="replace") as fh:
            m = _STORY_ID.search(fh.read())
        fresh[p] = (st.st_mtime_ns, st.st_size, m.group(1).strip("'\"") if m else "")
    _ID_INDEX[key] = fresh
    out: dict[str, list[str]] = {}
    for p, (_, _, sid) in fresh.items():
        out.setdefault(sid, []).append(p)
    return out


def find_story(content_dir: str | Path, story_id: str) -> ContentFile | None:
    """The content file of a story (by the stories stage's id), or None."""
    root = Path(content_dir)
    if not root.exists():
        return None
    ids = _story_ids(root)
    candidates = ids.get(story_id, [])
    if not candidates:  # an id written in another YAML style: check the files naming it
        candidates = [p for sid, ps in ids.items() if story_id in sid for p in ps]
    for p in candidates:
        cf = read(p)
        if str(cf.meta.get("story_id")) == story_id:
            return cf
    return None


def _new_path(content_dir: str | Path, meta: dict[str, Any]) -> Path:
    """A path for a new story whose slug no other content file uses."""
    root = Path(content_dir)
    taken = {p.stem for p in _content_paths(root)} if root.exists() else set()
    base = slugify(str(meta.get("slug") or meta.get("title") or "story"))
    slug, n = base, 2
    while slug in taken:  # another story already has this slug
        slug, n = f"{base}-{n}", n + 1
    return content_path(content_dir, meta.get("date"), slug)


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


def save(content_dir: str | Path, meta: dict[str, Any], body: str) -> SaveOutcome:
    """Write a generated draft without ever overwriting an editor's work.

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
    original = meta
    meta = {k: v for k, v in meta.items() if k not in _UNHASHED}
    meta["body_hash"] = body_hash(body)
    existing = find_story(content_dir, str(meta.get("story_id")))
    if existing is None:
        path = _new_path(content_dir, meta)
        meta["slug"] = path.stem
        meta = _with_status(meta, "draft")
        meta["meta_hash"] = meta_hash(meta)
        return SaveOutcome(write(path, meta, body), "created")

    meta["slug"] = existing.slug
    generated = "body_hash" in existing.meta  # a hand-written file is never replaced
    if existing.status == "draft" and generated and not existing.touched:
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
            return save(content_dir, original, body)  # an editor saved it meanwhile: decide again
        return SaveOutcome(write_text(existing.path, text), "updated")

    dismissed = {url_key(u) for u in existing.meta.get("dismissed_sources") or [] if u}
    new_urls = source_urls(meta) - existing.source_urls - dismissed
    known = {existing.meta.get("body_hash"), existing.meta.get("accepted_hash")}
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
        return read(prop).meta.get("accept") is True
    except ContentError:
        return True  # an editor is editing it: leave it alone
