"""The build manifest: what the last build read and wrote, so the next one redoes only what changed.

``<out>/.newsdesk-build.json`` (read by every build) holds
* ``global``: one hash of the builder version, every template, the config and the drafts flag;
* ``files``: for each content file its size, mtime and sha256 (a file whose size and mtime
  are unchanged is not even read again);
* ``outputs``: for each output file, the hash of the inputs it was rendered from.
``<out>/.newsdesk-cache.json`` (read only when something changed) holds the digest of each
content file (keyed by path + sha256), so listings, feeds and related stories are planned
without parsing unchanged files (a file that does not read: its error message, served until the
file changes, so a builder that words it otherwise bumps VERSION), and the related stories of
each story.
``<out>/.newsdesk-jobs.json`` (read only by the quick rebuild, see publish.py) holds, for each
rendered story, the inputs of its page besides its content file, and the site's topics.

A page is rendered again only when its inputs hash differs; a build in which no hash differs
writes nothing at all. The manifest lives inside the output folder, so it is swapped in
together with the site it describes.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from newsdesk import content_files

MANIFEST = ".newsdesk-build.json"  # small: read by every build, written last
CACHE = ".newsdesk-cache.json"  # summaries and related stories: read only when rebuilding
JOBS = ".newsdesk-jobs.json"  # each story page's inputs: read only by the quick rebuild
BOOKKEEPING = frozenset({MANIFEST, CACHE, JOBS})
# the search bundle (search.BUNDLE): written into the site after the build, by search.update,
# and replaced whole there; the plan does not produce it, so it is never stale
SEARCH_BUNDLE = "pagefind/"
VERSION = 19  # bump when the builder changes what it renders or the manifest layout, or the
# wording of an error it keeps in the cache (a broken file's, read once: 15, the unknown status;
# 16, "\\127.0.0.1" at the start of a line renders without its backslash; 17, counts lines in
# span.part pieces, an outlet's headline in the timeline in quotation marks; 18, summaries
# carry the story_id; 19, a published story with a broken citation is held: status "held";
# summaries carry ``recorded``, the time an undated story is known by, for its feed entry)


@dataclass
class Manifest:
    global_key: str = ""
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    site: dict[str, Any] = field(default_factory=dict)  # stories, drafts, warnings of the build
    summaries: dict[str, dict[str, Any]] = field(default_factory=dict)  # in CACHE
    related: dict[str, Any] = field(default_factory=dict)  # in CACHE


@dataclass(frozen=True)
class ContentEntry:
    rel: str  # path relative to the content folder, '/'-separated
    path: str  # the file (a string: building 5,000 Path objects costs a no-op build 0.1 s)
    sha: str
    raw: bytes | None  # the bytes when they had to be read for hashing

    @property
    def cache_key(self) -> str:
        return f"{self.rel}\0{self.sha}"


def digest(*parts: Any) -> str:
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# orjson writes json.dumps(…, sort_keys=True, ensure_ascii=False, separators=(",", ":"))'s text
# for str, int, bool, None, lists, tuples and dicts with str keys; other types are refused here
_PLAIN = (
    orjson.OPT_SORT_KEYS
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_SUBCLASS
)


def _refuse(value: Any) -> Any:
    raise TypeError(type(value).__name__)


def plain_digest(data: Any) -> str:
    """``digest(data)`` for data without floats (a story's summary: strings, whole numbers,
    None, lists and dicts), written by orjson (a sixth of the time). A float would be written
    otherwise (``1e-05`` as ``0.00001``), so data that may hold one goes to digest(); anything
    orjson refuses (another type, a non-str key, a lone surrogate, an int past 64 bits) is
    left to it too."""
    try:
        text = orjson.dumps((data,), default=_refuse, option=_PLAIN)
    except TypeError:  # (orjson.JSONEncodeError)
        return digest(data)
    return hashlib.sha256(text).hexdigest()[:32]


def fast_digest(*parts: str) -> str:
    """digest() for a flat list of strings, without JSON (thousands per build)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, ValueError):  # orjson.JSONDecodeError is a ValueError
        return None
    return data if isinstance(data, dict) and data.get("version") == VERSION else None


def load(out: Path) -> Manifest | None:
    """The last build's manifest (without its cache: see load_cache), or None."""
    data = _read_json(out / MANIFEST)
    if data is None:
        return None
    return Manifest(
        global_key=str(data.get("global", "")),
        files=dict(data.get("files") or {}),
        outputs=dict(data.get("outputs") or {}),
        site=dict(data.get("site") or {}),
    )


def stories_built(out: Path) -> int:
    """How many story pages the last build wrote into ``out``, by a builder of any VERSION (0
    when no build did): what a build from an empty content/ would remove."""
    try:
        data = orjson.loads((out / MANIFEST).read_bytes())
    except (OSError, ValueError):
        return 0
    site = data.get("site") if isinstance(data, dict) else None
    stories = site.get("stories") if isinstance(site, dict) else None
    return stories if isinstance(stories, int) else 0


def load_cache(out: Path, manifest: Manifest) -> None:
    data = _read_json(out / CACHE) or {}
    manifest.summaries = dict(data.get("summaries") or {})
    manifest.related = dict(data.get("related") or {})


def load_jobs(out: Path) -> dict[str, Any] | None:
    data = _read_json(out / JOBS)
    if data is None or not isinstance(data.get("stories"), dict):
        return None
    return data


def _dump(data: dict[str, Any]) -> bytes:
    return orjson.dumps(data)  # compact UTF-8 JSON, ~10x faster than json for these files


def dumps_index(manifest: Manifest) -> bytes:
    """The manifest file's contents."""
    return _dump(
        {
            "version": VERSION,
            "global": manifest.global_key,
            "files": manifest.files,
            "outputs": manifest.outputs,
            "site": manifest.site,
        }
    )


def dumps(manifest: Manifest) -> tuple[bytes, bytes]:
    """(manifest, cache) file contents."""
    cache = {"version": VERSION, "summaries": manifest.summaries, "related": manifest.related}
    return dumps_index(manifest), _dump(cache)


def dumps_jobs(stories: dict[str, Any], topics: list[Any]) -> bytes:
    return _dump({"version": VERSION, "stories": stories, "topics": topics})


def scan(
    content_dir: Path,
    old: Manifest | None,
    defer: bool = False,
    warnings: list[str] | None = None,
) -> tuple[list[ContentEntry], dict[str, dict[str, Any]]]:
    """Every content file (newsdesk.content_files, as every reader of content/ lists them),
    with its sha256; the symlinks it skipped are added to ``warnings``.

    ``defer`` (a first build, where every file is parsed anyway): leave ``sha`` empty for the
    reader to fill in, so the files are read and hashed by the workers, not here."""
    entries: list[ContentEntry] = []
    files: dict[str, dict[str, Any]] = {}
    if not os.path.lexists(content_dir):
        return entries, files  # no content yet (a file there is an error: walk raises it)
    known = old.files if old else {}
    found = content_files.walk(content_dir)
    if warnings is not None:
        warnings.extend(f"{path}: {why}" for path, why in found.skipped)
    for f in sorted(found.files, key=lambda f: f.rel):
        rel, e, st = f.rel, f, f.stat
        prev = known.get(rel)
        if prev and prev.get("size") == st.st_size and prev.get("mtime_ns") == st.st_mtime_ns:
            sha, raw = str(prev["sha"]), None
        elif defer:
            sha, raw = "", None
        else:
            with open(e.path, "rb") as fh:
                raw = fh.read()
            sha = hashlib.sha256(raw).hexdigest()
        files[rel] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha": sha}
        entries.append(ContentEntry(rel=rel, path=e.path, sha=sha, raw=raw))
    return entries, files


@dataclass(frozen=True)
class Changes:
    """The diff step's answer: what this build must write and remove."""

    changed: frozenset[str]  # output files whose inputs differ, or that are missing on disk
    stale: tuple[str, ...]  # files of the previous build no longer produced (sorted)
    patch: bool  # few changes: write only those, not a whole new tree (see writer.py)
    same_content: bool  # the content files are those of the previous build

    @property
    def none(self) -> bool:
        """Nothing to write, nothing to remove."""
        return not self.changed and not self.stale and self.same_content


def shas(files: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Content identity only: a touched but unchanged file is not a change."""
    return {rel: str(f["sha"]) for rel, f in files.items()}


def compare(
    out: Path, old: Manifest | None, outputs: dict[str, str], files: dict[str, dict[str, Any]]
) -> Changes:
    """The diff step: the planned ``outputs`` (and content ``files``) against the previous
    build's manifest and the files actually in ``out``."""
    previous = old.outputs if old else {}
    on_disk = existing_outputs(out) if old else set()
    # from the files actually there, not only the manifest's: a page that a killed build
    # left behind is removed too (bookkeeping files are not outputs)
    stale = sorted(
        p
        for p in on_disk
        if p not in outputs and p not in BOOKKEEPING and not p.startswith(SEARCH_BUNDLE)
    )
    changed = {p for p, k in outputs.items() if previous.get(p) != k or p not in on_disk}
    return Changes(
        changed=frozenset(changed),
        stale=tuple(stale),
        patch=old is not None and 2 * (len(changed) + len(stale)) < len(outputs),
        same_content=old is not None and shas(old.files) == shas(files),
    )


def existing_outputs(out: Path) -> set[str]:
    """Every file under the output folder (relative, '/'-separated), hidden files included."""
    found: set[str] = set()
    if not out.is_dir():
        return found
    stack = [(str(out), "")]
    while stack:
        d, prefix = stack.pop()
        with os.scandir(d) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    stack.append((e.path, f"{prefix}{e.name}/"))
                else:
                    found.add(prefix + e.name)
    return found
