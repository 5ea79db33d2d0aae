"""The content format: ``content/<yyyy>/<mm>/<slug>.md`` = YAML front matter + Markdown body.

This file is the contract between the summarizer (writes drafts), the editors (edit them),
review (changes status) and the sitebuilder (reads them; never the database).

Front matter keys (all written by ``newsdesk draft``; editors may change any of them):

    title:        headline (the story's, not one outlet's)
    slug:         file-name-safe, unique
    topic:        topic slug
    date:         first publication of the story's coverage (ISO 8601)
    updated:      last time an editor accepted new coverage (ISO 8601) or absent
    status:       draft | published | rejected
    story_id:     the stories stage's stable id
    generator:    {name: extractive|llm, version, settings: {...}}
    body_hash:    sha256 of the body as generated; a body that no longer matches was edited
    reading_time: minutes
    sources:      [{n, url, outlet, name, title, published, role, tier, read, read_reason,
                    cited_by: [n...], also_at: [url...], hn_id?, points?, num_comments?}]
    excluded:     number of blocked sources left out
    verification: {checked, flagged, sentences: [{text, reasons: [...]}]}
    discussion:   [{hn_id, url, title, points, num_comments,
                    comments: [{id, author, text, url}]}]
    timeline:     [{when, n, label}]   (n: source number)
    review:       {action, editor, at, reason?, forced?}  history in review_log
    review_log:   [{action, editor, at, reason?, forced?}]
    corrections:  [{at, editor, note}]

Body layout (Markdown; every sentence ends with [n] citations):

    synopsis paragraph(s)           -- everything before the first '## ' heading
    ## Key takeaways                -- bullet list
    ## What happened                -- paragraphs, quotes as '> "…" — speaker, … [n]'
    ## Reaction and discussion
    ## Background
    Flagged sentences are wrapped in <mark class="flag" title="reason">…</mark>.

Counts are never stored: they are computed from ``sources`` with models.count_sources.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsdesk.errors import ContentError

STATUSES = ("draft", "published", "rejected", "proposal")
_FM = re.compile(r"\A---\s*\n(.*?)\n---\s*\n?(.*)\Z", re.S)


@dataclass(frozen=True)
class ContentFile:
    path: Path
    meta: dict[str, Any]
    body: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return str(self.meta.get("slug") or self.path.stem)

    @property
    def status(self) -> str:
        return str(self.meta.get("status", "draft"))

    @property
    def edited(self) -> bool:
        """True when the body no longer matches the hash it was generated with."""
        expected = self.meta.get("body_hash")
        return bool(expected) and expected != body_hash(self.body)


def body_hash(body: str) -> str:
    """Hash of a body, insensitive to trailing whitespace at the end of the file."""
    return "sha256:" + hashlib.sha256(body.rstrip().encode("utf-8")).hexdigest()


def slugify(text: str, max_len: int = 80) -> str:
    """A safe file name: ASCII letters, digits and '-', never empty, never '..'."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")[:max_len].strip("-")
    return slug or "story"


def parse(text: str, path: Path) -> ContentFile:
    m = _FM.match(text)
    if not m:
        raise ContentError(f"{path}: no front matter (the file must start with a '---' line)")
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise ContentError(f"{path}: front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise ContentError(f"{path}: front matter must be a mapping of keys to values")
    status = meta.get("status", "draft")
    if status not in STATUSES:
        raise ContentError(f"{path}: status must be one of {', '.join(STATUSES)}, got {status!r}")
    for key in ("title", "slug"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise ContentError(f"{path}: front matter key {key!r} is missing or empty")
    return ContentFile(path=path, meta=meta, body=m.group(2))


def read(path: str | Path) -> ContentFile:
    p = Path(path)
    try:
        return parse(p.read_text(encoding="utf-8"), p)
    except FileNotFoundError:
        raise ContentError(f"{p}: no such content file") from None
    except UnicodeDecodeError:
        raise ContentError(f"{p}: not UTF-8 text") from None


def dumps(meta: dict[str, Any], body: str) -> str:
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{front}---\n{body.rstrip()}\n"


def write(path: str | Path, meta: dict[str, Any], body: str) -> Path:
    """Write atomically (temp file + rename): a crash never leaves half a file."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(dumps(meta, body))
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p


def iter_content(content_dir: str | Path) -> list[ContentFile]:
    """Every content file under content_dir, sorted by path (proposals and hidden files skipped)."""
    root = Path(content_dir)
    if not root.exists():
        return []
    files = sorted(
        p for p in root.rglob("*.md") if not p.name.startswith(".") and ".proposal" not in p.name
    )
    return [read(p) for p in files]


def content_path(content_dir: str | Path, date: str | None, slug: str) -> Path:
    """content/<yyyy>/<mm>/<slug>.md, from an ISO date (undated: content/undated/)."""
    m = re.match(r"(\d{4})-(\d{2})", date or "")
    sub = Path(m.group(1), m.group(2)) if m else Path("undated")
    return Path(content_dir) / sub / f"{slugify(slug)}.md"


@dataclass(frozen=True)
class SaveOutcome:
    path: Path
    action: str  # "created", "updated", "unchanged", "proposal", "skipped"
    reason: str = ""


def proposal_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.proposal.md")


def find_by_story(content_dir: str | Path, story_id: str) -> ContentFile | None:
    for cf in iter_content(content_dir):
        if cf.meta.get("story_id") == story_id:
            return cf
    return None


def save_generated(content_dir: str | Path, meta: dict[str, Any], body: str) -> SaveOutcome:
    """Write a generated draft without ever overwriting an editor's work.

    * no file for the story yet: create it (status draft, body_hash of the body);
    * a draft nobody edited: replace it with the new generation (status kept);
    * edited, published or rejected: leave it byte-identical; write the new generation as a
      proposal beside it (``<slug>.proposal.md``) for the editor to accept or ignore.
    """
    meta = {**meta, "body_hash": body_hash(body)}
    existing = find_by_story(content_dir, str(meta.get("story_id")))
    if existing is None:
        path = content_path(content_dir, meta.get("date"), str(meta["slug"]))
        n = 2
        while path.exists():  # another story already has this slug
            path = content_path(content_dir, meta.get("date"), f"{meta['slug']}-{n}")
            n += 1
        meta["slug"] = path.stem
        meta.setdefault("status", "draft")
        return SaveOutcome(write(path, meta, body), "created")
    meta["slug"] = existing.slug
    if existing.status == "draft" and not existing.edited:
        if (
            existing.meta.get("body_hash") == meta["body_hash"]
            and existing.body.rstrip() == body.rstrip()
        ):
            return SaveOutcome(existing.path, "unchanged")
        meta["status"] = "draft"
        return SaveOutcome(write(existing.path, meta, body), "updated")
    why = "edited by an editor" if existing.edited else f"status is {existing.status}"
    prop = proposal_path(existing.path)
    if prop.exists():
        old = read(prop)
        if old.body.rstrip() == body.rstrip():
            return SaveOutcome(prop, "unchanged", why)
    return SaveOutcome(write(prop, {**meta, "status": "proposal"}, body), "proposal", why)
