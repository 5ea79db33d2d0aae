"""What the last cycle's stories and drafts stages were computed from, so the next cycle
skips the work whose inputs did not change (issue 16: a no-op cycle under a second).

The record is one small JSON file beside the database (``data/newsdesk.db`` →
``data/newsdesk.cycle.json``), with a section per stage:

* ``stories``: one key, a hash of every input of the grouping (the store's articles and
  discussions, the ``[stories]``, ``[outlets]`` and ``[[topics]]`` config, the stories stage's
  code, and the stories as saved after the run), and that run's summary;
* ``drafts``: per story, a hash of the story's inputs (the story, its articles and
  discussions, its topic, the ``[summarizer]`` config, the summarizer's code) and the state
  (size, mtime, sha256) of its content file and proposal as the run left them, by their paths
  relative to the content folder (a copy or a fresh checkout with the same bytes still counts).

A stage whose key matches does no work; a story whose key matches and whose files are as
they were is not drafted again (re-drafting it would write the same bytes). Deleting the file,
or ``--no-cache`` on the commands, redoes everything. The file is only ever an optimisation:
unreadable or from another layout, it is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsdesk.config import Config
from newsdesk.store import Store

LAYOUT = 1  # bump when the file's layout or a key's recipe changes
ARTICLE_COLUMNS = (
    "id, url, canonical_url, final_url, redirects, title, text, author, site_name, published,"
    " language, links, read, read_reason, source, topics, fetched_at, declared_original"
)


def digest(*parts: Any) -> str:
    """A stable hash of JSON-able parts (dataclasses go through ``dataclasses.asdict`` first)."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def code_digest(*modules: str) -> str:
    """A hash of the source of the packages ``modules`` name (without importing them):
    a change to a stage's code makes its cached work stale."""
    h = hashlib.sha256()
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            h.update(f"{name}: not found\0".encode())
            continue
        for folder in spec.submodule_search_locations:
            for path in sorted(Path(folder).glob("*.py")):
                h.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:32]


def file_state(path: str | Path) -> list[Any] | None:
    """[size, mtime_ns, sha256] of a file, or None when there is none."""
    try:
        st = os.stat(path)
        with open(path, "rb") as fh:
            sha = hashlib.sha256(fh.read()).hexdigest()[:32]
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, sha]


def still(path: str | Path, state: Any) -> list[Any] | None | bool:
    """Whether ``path`` is as ``state`` (from :func:`file_state`) recorded it: True when its
    size and mtime match, its current state when only its bytes do (a checkout or a copy
    touched it), False when it differs."""
    try:
        st = os.stat(path)
    except OSError:
        return state is None
    if not isinstance(state, list) or len(state) != 3 or st.st_size != state[0]:
        return False
    if st.st_mtime_ns == state[1]:
        return True
    now = file_state(path)
    return now if now is not None and now[2] == state[2] else False


def _plain(store: Store) -> sqlite3.Cursor:
    """A cursor returning plain tuples (the store's connection makes sqlite3.Row objects)."""
    cur = store.db.cursor()
    cur.row_factory = None
    return cur


def article_digests(store: Store) -> dict[str, str]:
    """{article id: a hash of every column a stage reads}, in one query."""
    rows = _plain(store).execute(f"SELECT {ARTICLE_COLUMNS} FROM articles")
    return {
        row[0]: hashlib.sha256(repr(row).encode("utf-8", "surrogatepass")).hexdigest()[:32]
        for row in rows
    }


def rows_digest(store: Store, queries: Iterable[str]) -> str:
    """A hash of the rows the ``queries`` return, in their order."""
    h = hashlib.sha256()
    cur = _plain(store)
    for query in queries:
        h.update(query.encode("utf-8") + b"\0")
        for row in cur.execute(query):
            h.update(repr(row).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def cache_path(config: Config) -> Path | None:
    """The record's file, beside the database (None for an in-memory database)."""
    db = config.crawl.database
    if db == ":memory:":
        return None
    path = config.path(db)
    return path.with_name(path.stem + ".cycle.json")


class CycleCache:
    """One stage's section of the record: load, look up, replace, save (atomically)."""

    def __init__(self, config: Config, section: str, *, reuse: bool = True) -> None:
        """``reuse=False`` (``--no-cache``): look nothing up, but record this run's work."""
        self.path = cache_path(config)
        self.section = section
        self._all: dict[str, Any] = self._load() if self.path is not None else {}
        self.old: dict[str, Any] = dict(self._all.get(section) or {}) if reuse else {}
        self.new: dict[str, Any] = {}

    def _load(self) -> dict[str, Any]:
        assert self.path is not None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return {}
        return data if isinstance(data, dict) and data.get("layout") == LAYOUT else {}

    def save(self) -> None:
        """Replace this stage's section with ``new`` (other sections are kept)."""
        if self.path is None:
            return
        data = {**self._all, "layout": LAYOUT, self.section: self.new}
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data), encoding="utf-8")  # roles keep their order
            os.replace(tmp, self.path)
        except OSError:  # a read-only folder: the next cycle just does the work again
            tmp.unlink(missing_ok=True)
