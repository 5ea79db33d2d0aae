"""Static full-text search with Pagefind: its page, and its index of the built site.

Pagefind (the PyPI package ``pagefind[bin]`` ships its binary) reads the finished site and
writes a search bundle into ``<site>/pagefind/``: an index split into small files, a WebAssembly
search engine and a browser UI. Only story pages are indexed (their ``<article>`` carries
``data-pagefind-body``). The search page (``search/``) is the only page that runs script: its
Content-Security-Policy allows scripts from the site itself and WebAssembly compilation
(``'wasm-unsafe-eval'``), nothing else; every other page keeps ``script-src 'none'``. Without
JavaScript the search page says so and points to the topics, the archive and the outlets; the
search box in the masthead is a plain form that opens it.

The index is rebuilt when a build changed what the site's stories are: a story added or
removed, or any story's summary (headline, synopsis, sources, status...), or the templates,
config or builder (the manifest's summary keys and global key, stamped into the bundle). An
edit to a story's body alone (the quick rebuild: an editor fixes a sentence) keeps the index
until the next such build: Pagefind reads every page, seconds at 5,000 stories, against the
quick rebuild's 0.2 s (docs/benchmarks.md). A fresh index is written beside the old one and
swapped in whole, so a reader never meets half an index. When the binary is missing the build
still succeeds, with a one-line note that search was skipped.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from newsdesk.sitebuilder import incremental
from newsdesk.sitebuilder.pages import PageJob, simple_page
from newsdesk.sitebuilder.render import Renderer

BUNDLE = incremental.SEARCH_BUNDLE.rstrip("/")  # the folder, under the site, for the bundle
STAMP = ".newsdesk-search"  # in the bundle: what it was made from (see stamp)
URL = "search/"
# the story pages (urls.story_urls: YYYY/MM/slug/, undated/slug/) and few listings besides:
# Pagefind need not read the thousand listing pages of a big site (only stories are indexed)
STORY_PAGES = "{*/*/*/index.html,undated/*/index.html}"
TIMEOUT = 600  # seconds; 5,000 stories take a few


@dataclass(frozen=True)
class Indexed:
    """What indexing did: ``ran`` False with a ``note`` when search was skipped."""

    ran: bool
    seconds: float = 0.0
    files: int = 0
    bytes: int = 0
    note: str = ""


def search_page(renderer: Renderer) -> PageJob:
    title = renderer.config.site.title
    return simple_page(renderer, URL, "search.html", page_title=f"Search — {title}")


def binary() -> str | None:
    """The Pagefind executable: from the ``pagefind_bin`` package, else on PATH."""
    spec = importlib.util.find_spec("pagefind_bin")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for name in ("pagefind_extended", "pagefind", "pagefind.exe"):
            if (folder / name).is_file():
                return str(folder / name)
    return shutil.which("pagefind")


def stamp(out: Path) -> str:
    """What the index depends on, from the build's manifest: its global key and every content
    file's summary key (not the body's hash: see the module doc). "" without a manifest."""
    manifest = incremental.load(out)
    if manifest is None:
        return ""
    keys = sorted((rel, str(f.get("key", ""))) for rel, f in manifest.files.items())
    return incremental.digest(manifest.global_key, keys)


def update(out: Path, cancel: threading.Event | None = None) -> Indexed | None:
    """Index the site in ``out`` again unless the index in place was made from the same
    stories; prints a one-line note on stderr when search is skipped. None: nothing to do.
    ``cancel``: set from another thread, it stops Pagefind (the index in place is kept)."""
    now = stamp(out)
    mark = out / BUNDLE / STAMP
    if now and mark.is_file() and mark.read_text(encoding="utf-8") == now:
        return None
    result = index(out, now, cancel=cancel)
    if result.note:
        print(result.note, file=sys.stderr)
    return result


def _story_pages(out: Path) -> bool:
    """Whether the site has a page that STORY_PAGES matches."""
    dated = (p for p in out.glob("*/*/*/index.html") if not p.parts[-4].startswith("."))
    return next(dated, None) is not None or next(out.glob("undated/*/index.html"), None) is not None


def index(
    out: Path, made_from: str = "", exe: str | None = None, cancel: threading.Event | None = None
) -> Indexed:
    """Run Pagefind over the site in ``out`` into a fresh bundle, then swap it in;
    ``made_from``: the stamp to leave in it; ``cancel``: see update."""
    exe = exe or binary()
    if exe is None:
        return Indexed(
            False, note="search: skipped, the Pagefind binary is not installed "
            "(pip install 'pagefind[bin]')"
        )  # fmt: skip
    if not _story_pages(out):  # an empty site: nothing to find, and no stale index either
        shutil.rmtree(out / BUNDLE, ignore_errors=True)
        return Indexed(False, note="search: no story pages to index yet")
    fresh = out / f".{BUNDLE}.tmp-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    started = time.perf_counter()
    cmd = [exe, "--site", str(out), "--output-path", str(fresh), "--glob", STORY_PAGES, "--silent"]
    try:
        done = _run(cmd, cancel)
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(fresh, ignore_errors=True)
        return Indexed(False, note=f"search: skipped, Pagefind did not run ({exc})")
    if done is None:
        shutil.rmtree(fresh, ignore_errors=True)
        return Indexed(False, note="search: cancelled, the index in place is kept")
    if done.returncode != 0 or not (fresh / "pagefind.js").is_file():
        shutil.rmtree(fresh, ignore_errors=True)
        why = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return Indexed(False, note=f"search: skipped, Pagefind failed: {why[0]}")
    seconds = time.perf_counter() - started
    sizes = [p.stat().st_size for p in fresh.rglob("*") if p.is_file()]
    if made_from:
        (fresh / STAMP).write_text(made_from, encoding="utf-8")
    _swap(out / BUNDLE, fresh)
    return Indexed(True, seconds, len(sizes), sum(sizes))


def _run(cmd: list[str], cancel: threading.Event | None) -> subprocess.CompletedProcess[str] | None:
    """Run Pagefind to the end (TIMEOUT), or None when ``cancel`` was set first (it is killed)."""
    if cancel is None:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
    deadline = time.monotonic() + TIMEOUT
    # a session of its own: Ctrl-C in the terminal reaches the preview, which cancels, not
    # Pagefind; and killing the group also stops what a wrapper script (an npm shim) started
    with subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    ) as proc:
        while True:
            try:
                stdout, stderr = proc.communicate(timeout=0.1)  # retried: no output is lost
            except subprocess.TimeoutExpired:
                if cancel.is_set() or time.monotonic() > deadline:
                    _kill_group(proc)
                    if cancel.is_set():
                        return None
                    raise
                continue
            if cancel.is_set():
                return None
            return subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)


def _kill_group(proc: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.kill()
    proc.communicate()


def _swap(bundle: Path, fresh: Path) -> None:
    old = bundle.with_name(f".{BUNDLE}.old-{os.getpid()}")
    shutil.rmtree(old, ignore_errors=True)
    if bundle.exists():
        os.rename(bundle, old)
    os.rename(fresh, bundle)
    shutil.rmtree(old, ignore_errors=True)
