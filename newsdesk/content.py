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
    sentence_keys: [key...] one per body sentence the verifier checked (newsdesk.text.sentence_key)
    refused_keys: [key...] an editor's sentences the check refused (verify --record, approve)
    discussion:   [{hn_id, url, title, points, num_comments,
                    comments: [{id, author, text, url}]}]
    timeline:     [{when, n, label}]   (n: source number)
    review:       {action, editor, at, reason?, forced?}  history in review_log
    review_log:   [{action, editor, at, reason?, forced?}]
    corrections:  [{at, editor, note}]
    meta_hash:    hash of the front matter as generated (all keys but status, the hashes and
                  the review keys); a file whose front matter no longer matches was edited too
    accepted_hash: body_hash of the last generation an editor accepted (review accept), so the
                  same generation is not proposed again
    dismissed_sources: [url...] new sources an editor turned down (review dismiss): not
                  proposed again
    accept:       (proposal files only) false as written; an editor sets it to true to accept
                  the new coverage without a terminal (``newsdesk review accept --marked``)
    last_crawl:   (optional) ISO time the story last gained or changed an article (a generator's
                  ``updated`` is stored here: ``updated`` is for editors)

Body layout (Markdown; every sentence ends with [n] citations):

    synopsis paragraph(s)           -- everything before the first '## ' heading
    ## Key takeaways                -- bullet list
    ## What happened                -- paragraphs, quotes as '> "…" — speaker, … [n]'
    ## Reaction and discussion
    ## Background
    Flagged sentences are wrapped in <mark class="flag" title="reason">…</mark>.

Counts are never stored: they are computed from ``sources`` with models.count_sources.

Regeneration (``newsdesk.regenerate.save_generated``) never overwrites an editor's work. A file
an editor touched (body or front matter), a published file and a rejected file are left
byte-identical; new material for them is written beside it as ``<slug>.proposal.md`` (status:
proposal), which ``newsdesk review show`` diffs and ``newsdesk review accept|approve`` merges. A
rejected story gets a proposal only when new source URLs arrive. Sources are compared by
``url_key`` (tracking parameters, ``www.``, scheme and a trailing slash do not make a URL new).
The rules are implemented in newsdesk/regenerate.py, which builds on this module.

The front matter is parsed and validated by :mod:`newsdesk.frontmatter` (``ContentFile.fm`` is
the typed view); ``ContentFile.meta`` is the mapping as written, for writing back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from newsdesk import content_files, frontmatter
from newsdesk.content_files import write_text
from newsdesk.errors import ContentError
from newsdesk.frontmatter import STATUSES, FrontMatter  # noqa: F401 (re-exported)
from newsdesk.source_list import counts_of, source_urls, sources_of, url_key  # noqa: F401 (re-exported)

# the writer is PyYAML's own (not libyaml's) so files come out byte-identical on every machine
# keys only editors and review actions write: kept when an untouched draft is regenerated
EDITOR_KEYS = (
    "review",
    "review_log",
    "corrections",
    "updated",
    "accepted_hash",
    "dismissed_sources",
)
# keys that do not count as an edit of the front matter: status and the review record change
# through review actions; the hashes describe the generation itself
UNHASHED_KEYS = frozenset({"status", "body_hash", "meta_hash", *EDITOR_KEYS})


@dataclass(frozen=True)
class ContentFile:
    """One content file as read: ``meta`` as written (for writing back), ``fm`` typed."""

    path: Path
    meta: dict[str, Any]
    body: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def fm(self) -> FrontMatter:
        """The front matter, typed and validated (``parse`` validates it as it reads)."""
        return frontmatter.validate(self.meta, self.path)

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

    @property
    def meta_edited(self) -> bool:
        """True when the front matter no longer matches the hash it was generated with."""
        expected = self.meta.get("meta_hash")
        return bool(expected) and expected != meta_hash(self.meta)

    @property
    def touched(self) -> bool:
        """An editor changed the body or the front matter (beyond status)."""
        return self.edited or self.meta_edited

    @property
    def source_urls(self) -> set[str]:
        return source_urls(self.meta)


def body_hash(body: str) -> str:
    """Hash of a body, insensitive to trailing whitespace at the end of the file."""
    return "sha256:" + hashlib.sha256(body.rstrip().encode("utf-8")).hexdigest()


def has_text(body: str) -> bool:
    """Whether a body holds anything to read: a line that is neither blank nor a heading (a
    draft of a story none of whose sources could be read has none, and is never published)."""
    return any(line.strip() and not line.lstrip().startswith("#") for line in body.splitlines())


def meta_hash(meta: dict[str, Any]) -> str:
    """Hash of the front matter as it reads back from the file, without status and hashes."""
    plain = {k: v for k, v in _to_builtin(meta).items() if k not in UNHASHED_KEYS}
    text = json.dumps(plain, sort_keys=True, ensure_ascii=False, default=str)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def slugify(text: str, max_len: int = 80) -> str:
    """A safe file name: ASCII letters, digits and '-', never empty, never '..'."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")[:max_len].strip("-")
    return slug or "story"


def parse(text: str, path: Path) -> ContentFile:
    """A content file's text as a ContentFile (front matter validated: ContentError if not)."""
    front, body = frontmatter.split(text, path)
    meta = frontmatter.load(front, path)
    fm = frontmatter.validate(meta, path)
    cf = ContentFile(path=path, meta=meta, body=body)
    cf.__dict__["fm"] = fm  # validated already: becomes the cached property's value
    return cf


def read(path: str | Path) -> ContentFile:
    p = Path(path)
    try:
        return parse(p.read_text(encoding="utf-8"), p)
    except FileNotFoundError:
        raise ContentError(f"{p}: no such content file") from None
    except UnicodeDecodeError:
        raise ContentError(f"{p}: not UTF-8 text") from None


def _to_builtin(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _to_builtin(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_to_builtin(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def dumps(meta: dict[str, Any], body: str) -> str:
    front = yaml.safe_dump(_to_builtin(meta), sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{front}---\n{body.rstrip()}\n"


def write(path: str | Path, meta: dict[str, Any], body: str, *, exclusive: bool = False) -> Path:
    """Write atomically (temp file + rename): a crash never leaves half a file.
    ``exclusive``: see write_text."""
    return write_text(path, dumps(meta, body), exclusive=exclusive)


def content_entries(root: Path) -> list[tuple[str, os.stat_result]]:
    """(path, stat) of every story file under root (newsdesk.content_files: *.md, no proposals,
    no hidden files, no symlink leaving root, no symlinked folder)."""
    return [(f.path, f.stat) for f in content_files.walk(root).files]


def content_paths(root: Path) -> list[Path]:
    """The story files under root, sorted (as content_entries)."""
    return [Path(p) for p, _ in content_entries(root)]


_FENCES = re.compile(r"\A---[ \t\r]*\n.*?\n---[ \t\r]*(?:\n|\Z)", re.S)


def replace_meta(cf: ContentFile, meta: dict[str, Any]) -> Path:
    """Rewrite a file's front matter atomically, keeping everything after it byte-identical
    (blank lines and line endings included). Refuses if the file changed since ``cf`` was read."""
    try:
        # no newline translation: kept as is; a byte-order mark is dropped (split ignores it)
        raw = cf.path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except FileNotFoundError:
        raise ContentError(f"{cf.path}: the file disappeared while it was being updated") from None
    except UnicodeDecodeError:
        raise ContentError(f"{cf.path}: not UTF-8 text") from None
    fences = _FENCES.match(raw)
    as_read = raw.replace("\r\n", "\n").replace("\r", "\n")  # what read() saw
    if fences is None or parse(as_read, cf.path).body != cf.body:
        raise ContentError(f"{cf.path}: the file changed while it was being updated; run again")
    front = yaml.safe_dump(_to_builtin(meta), sort_keys=False, allow_unicode=True, width=100)
    return write_text(cf.path, f"---\n{front}---\n{raw[fences.end() :]}")


def iter_content(content_dir: str | Path) -> list[ContentFile]:
    """Every content file under content_dir, sorted by path (proposals and hidden files skipped)."""
    root = Path(content_dir)
    if not root.exists():
        return []
    return [read(p) for p in content_paths(root)]


def scan_content(
    content_dir: str | Path,
) -> tuple[list[ContentFile], list[tuple[Path, ContentError]]]:
    """Like iter_content, but a malformed file is returned as its error instead of stopping
    the scan (so one typo does not hide every other story from an editor); so is a symlink
    that was skipped because it leaves the folder."""
    root = Path(content_dir)
    files: list[ContentFile] = []
    errors: list[tuple[Path, ContentError]] = []
    scan = content_files.walk(root)
    for p, why in scan.skipped:
        errors.append((Path(p), ContentError(f"{p}: {why}")))
    for f in scan.files:
        try:
            files.append(read(f.path))
        except ContentError as exc:
            errors.append((Path(f.path), exc))
    return files, errors


def content_path(content_dir: str | Path, date: str | None, slug: str) -> Path:
    """content/<yyyy>/<mm>/<slug>.md, from an ISO date (undated: content/undated/)."""
    m = re.match(r"(\d{4})-(\d{2})", str(date or ""))
    sub = Path(m.group(1), m.group(2)) if m else Path("undated")
    return Path(content_dir) / sub / f"{slugify(slug)}.md"


def proposal_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.proposal.md")


def read_proposal(cf: ContentFile) -> ContentFile | None:
    """The pending proposal beside a content file, or None; a folder (anything not a file)
    at its path is a ContentError, never new coverage."""
    prop = proposal_path(cf.path)
    if prop.exists() and not prop.is_file():
        raise not_a_proposal(prop)
    return read(prop) if prop.exists() else None


def not_a_proposal(prop: Path) -> ContentError:
    what = "a folder" if prop.is_dir() else "not a regular file"
    return ContentError(f"{prop}: {what}, not a proposal file; remove it (no new coverage)")
