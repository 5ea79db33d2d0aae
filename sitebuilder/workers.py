"""Worker processes that read a share of the content files, keep the parsed pages, and render them.

Reading a story (YAML front matter, Markdown body) and rendering its page are the two costs of a
full build, and they happen on either side of planning (related stories need every summary).
With a plain process pool each parsed page went from the worker that read it to the main
process and on to whichever worker rendered it: two round trips of ~16 KB of pickled page per
story, a tenth of the build. Here each worker keeps the pages it read and renders the same
stories later, so only the small summaries travel. Workers are forked, so they start with the
modules already imported.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import multiprocessing as mp
import os
import pickle
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from newsdesk.sitebuilder import incremental, reader, render
from newsdesk.sitebuilder.article import ArticleJob, PageParts, page_parts, render_article
from newsdesk.sitebuilder.models import StoryPage
from newsdesk.sitebuilder.writer import write_file

from newsdesk.errors import ContentError


def worker_count() -> int:
    return min(os.cpu_count() or 1, 8)


def read_one(
    path: str, raw: bytes | None, root: str
) -> tuple[dict[str, Any], StoryPage | None, str]:
    """A content file (``raw``: its bytes, if already read) → ({"data": summary JSON, "key":
    its hash}, page, the file's sha256). A file that does not read is not an error here: its
    summary is ``reader.broken``'s (status ``invalid``) and its page None; the build decides."""
    if raw is None:
        with open(path, "rb") as fh:
            raw = fh.read()
    sha = hashlib.sha256(raw).hexdigest()
    try:
        page, summary = reader.read(Path(path), raw, _root(root))
    except ContentError as exc:
        return reader.broken(exc, raw, sha), None, sha
    data = summary.to_json()
    return {"data": data, "key": incremental.plain_digest(data)}, page, sha


@functools.lru_cache(maxsize=4)
def _root(root: str) -> Path:
    """The content folder as a Path, made once (not once per file)."""
    return Path(root)


def render_one(
    renderer: render.Renderer,
    page: StoryPage | None,
    job: ArticleJob,
    tmp: Path,
    made: set[str],
    parts: PageParts | None = None,
) -> None:
    if page is None:  # not read by this build (its summary came from the cache)
        root = renderer.config.path(renderer.config.build.content_dir)
        page = reader.read_story(Path(job.source_path), None, root)
    for rel, data in render_article(renderer, page, job, parts).items():
        write_file(tmp, rel, data, made)


def _serve(conn: Connection, inherited: list[Connection]) -> None:
    for other in inherited:  # the parent's pipe ends: with them closed here, the parent's
        other.close()  # death (even SIGKILL) is an EOF on ``conn`` and this worker exits
    pages: dict[str, StoryPage] = {}
    parts: dict[str, PageParts] = {}  # worked out while the main process plans
    renderer: render.Renderer | None = None
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        try:
            if msg[0] == "read":
                _, root, items = msg
                out = []
                for rel, path, raw in items:
                    summary, page, sha = read_one(path, raw, root)
                    if page is not None:
                        pages[rel] = page
                    out.append((summary, sha))
                conn.send(("ok", out))
                _prepare(pages, parts, [rel for rel, _, _ in items])
            else:  # ("render", config, topics, tmp, [(key, job)])
                _, config, topics, tmp, jobs = msg
                if renderer is None or renderer.config != config or renderer.topics != topics:
                    renderer = render.Renderer(config, topics)
                made: set[str] = set()
                folder = Path(tmp)
                for key, job in jobs:
                    page = pages.pop(key, None)
                    render_one(renderer, page, job, folder, made, parts.pop(key, None))
                conn.send(("ok", len(jobs)))
        except BaseException as exc:  # noqa: BLE001 - handed to the main process as it is
            conn.send(("error", _portable(exc)))


def _prepare(pages: dict[str, StoryPage], parts: dict[str, PageParts], rels: list[str]) -> None:
    """The plan-free parts of the pages just read (the main process is planning meanwhile).
    The read's reply is sent already: a page that fails here is left to its render to fail."""
    for rel in rels:
        page = pages.get(rel)
        if page is None:
            continue
        try:
            parts[rel] = page_parts(page)
        except Exception:  # noqa: BLE001, S112 - worked out again (and raised) when rendered
            continue


def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling both ways (the main process re-raises it), else a
    RuntimeError with its message (an error class whose __init__ takes other arguments)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any failure to round-trip
        return RuntimeError(f"{type(exc).__name__}: {exc}")


class Crew:
    """``n`` forked workers; a story (by its content file's ``rel`` path) sticks to the worker
    that read it."""

    def __init__(self, n: int) -> None:
        ctx = mp.get_context("fork")
        self.conns: list[Connection] = []
        self.procs: list[Any] = []
        self.home: dict[str, int] = {}  # story key → the worker holding its page
        for _ in range(n):
            parent, child = ctx.Pipe()
            inherited = [*self.conns, parent]
            proc = ctx.Process(target=_serve, args=(child, inherited), daemon=True)
            proc.start()
            child.close()
            self.conns.append(parent)
            self.procs.append(proc)
        self._busy: list[int] = []

    def read(
        self, root: str, items: list[tuple[str, str, bytes | None]]
    ) -> list[tuple[dict[str, Any], str]]:
        """(summary, sha256) of ``items`` (rel, path, raw), in order; each worker keeps the
        pages it read, by rel."""
        n = len(self.conns)
        shares = [items[i::n] for i in range(n)]
        for i, share in enumerate(shares):
            self.conns[i].send(("read", root, share))
            for key, _, _ in share:
                self.home[key] = i
        results = [self._reply(i) for i in range(n)]
        out: list[Any] = [None] * len(items)
        for i, res in enumerate(results):
            out[i::n] = res
        return out

    def start_render(
        self, config: Any, topics: list[Any], tmp: str, jobs: list[tuple[str, ArticleJob]]
    ) -> None:
        """Send every worker its stories to render (those it read, the rest shared out)."""
        n = len(self.conns)
        shares: list[list[tuple[str, ArticleJob]]] = [[] for _ in range(n)]
        spare = 0
        for key, job in jobs:
            i = self.home.get(key)
            if i is None:
                i, spare = spare % n, spare + 1
            shares[i].append((key, job))
        for i, share in enumerate(shares):
            self.conns[i].send(("render", config, topics, tmp, share))
        self._busy = list(range(n))

    def finish(self) -> None:
        """Wait for the render started by start_render (raises a worker's error)."""
        busy, self._busy = self._busy, []
        errors = []
        for i in busy:
            try:
                self._reply(i)
            except BaseException as exc:  # noqa: BLE001 - wait for every worker first
                errors.append(exc)
        if errors:
            raise errors[0]

    def _reply(self, i: int) -> Any:
        try:
            status, value = self.conns[i].recv()
        except EOFError:
            raise RuntimeError("a build worker process died") from None
        if status == "error":
            raise value
        return value

    def close(self, abort: bool = False) -> None:
        """Let the workers exit (``abort``: stop them now, mid-work)."""
        for conn in self.conns:
            with contextlib.suppress(OSError):
                conn.send(None)
        for proc in self.procs:
            if abort:
                proc.terminate()
            proc.join(timeout=10)
            if proc.is_alive():
                proc.kill()
                proc.join()
        for conn in self.conns:
            conn.close()
