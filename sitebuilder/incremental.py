"""The build manifest: what the last build read and wrote, so the next one redoes only what changed.

``<out>/.newsdesk-build.json`` holds
* ``global``: one hash of the builder version, every template, the config and the drafts flag;
* ``files``: for each content file its size, mtime and sha256 (a file whose size and mtime
  are unchanged is not even read again);
* ``summaries``: the digest of each content file (keyed by path + sha256), so listings, feeds
  and related stories are planned without parsing unchanged files;
* ``outputs``: for each output file, the hash of the inputs it was rendered from.

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

MANIFEST = ".newsdesk-build.json"
VERSION = 5  # bump when the builder changes what it renders or the manifest layout


@dataclass
class Manifest:
    global_key: str = ""
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    summaries: dict[str, dict[str, Any]] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    related: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": VERSION,
            "global": self.global_key,
            "files": self.files,
            "summaries": self.summaries,
            "outputs": self.outputs,
            "related": self.related,
        }


@dataclass(frozen=True)
class ContentEntry:
    rel: str  # path relative to the content folder, '/'-separated
    path: Path
    sha: str
    raw: bytes | None  # the bytes when they had to be read for hashing

    @property
    def cache_key(self) -> str:
        return f"{self.rel}\0{self.sha}"


def digest(*parts: Any) -> str:
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(out: Path) -> Manifest | None:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return None
    return Manifest(
        global_key=str(data.get("global", "")),
        files=dict(data.get("files") or {}),
        summaries=dict(data.get("summaries") or {}),
        outputs=dict(data.get("outputs") or {}),
        related=dict(data.get("related") or {}),
    )


def dumps(manifest: Manifest) -> bytes:
    return json.dumps(manifest.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _walk(root: Path, prefix: str = ""):
    with os.scandir(root) as it:
        for e in it:
            if e.name.startswith("."):
                continue
            if e.is_dir(follow_symlinks=False):
                yield from _walk(Path(e.path), f"{prefix}{e.name}/")
            elif e.name.endswith(".md") and ".proposal" not in e.name and e.is_file():
                yield f"{prefix}{e.name}", e


def scan(
    content_dir: Path, old: Manifest | None
) -> tuple[list[ContentEntry], dict[str, dict[str, Any]]]:
    """Every content file (same selection as newsdesk.content.iter_content), with its sha256."""
    entries: list[ContentEntry] = []
    files: dict[str, dict[str, Any]] = {}
    if not content_dir.is_dir():
        return entries, files
    known = old.files if old else {}
    for rel, e in sorted(_walk(content_dir)):
        st = e.stat()
        prev = known.get(rel)
        if prev and prev.get("size") == st.st_size and prev.get("mtime_ns") == st.st_mtime_ns:
            sha, raw = str(prev["sha"]), None
        else:
            raw = Path(e.path).read_bytes()
            sha = hashlib.sha256(raw).hexdigest()
        files[rel] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha": sha}
        entries.append(ContentEntry(rel=rel, path=Path(e.path), sha=sha, raw=raw))
    return entries, files


def existing_outputs(out: Path) -> set[str]:
    """Every file under the output folder (relative, '/'-separated), hidden files included."""
    found: set[str] = set()
    if not out.is_dir():
        return found
    stack = [(out, "")]
    while stack:
        d, prefix = stack.pop()
        with os.scandir(d) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    stack.append((Path(e.path), f"{prefix}{e.name}/"))
                else:
                    found.add(prefix + e.name)
    return found
