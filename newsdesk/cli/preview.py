"""The local preview behind `newsdesk serve`: build with drafts, serve on loopback, rebuild on change.

The site is built by the ``build`` function the CLI passes in (``newsdesk serve`` gives
``newsdesk.sitebuilder.build(config, out=<temp dir>, drafts=True)``: only the CLI calls
stages) with the config's ``base_url`` pointed at the preview's own address, so every link
stays local. A watcher polls the modification times of the content folder, the templates
folder and the config file and rebuilds when any of them changes; a failed rebuild keeps the
last good site. The search index, when an ``index`` function is given, is brought up to date
in the background after each build (:class:`newsdesk.cli.serve.Background`), so a rebuild is
served as soon as its pages are. What it does for editors: docs/editors.md, "The local preview".
"""

from __future__ import annotations

import dataclasses
import functools
import os
import shutil
import socket
import sys
import tempfile
import threading
from collections.abc import Callable
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from newsdesk.cli.serve import Background, loopback_host
from newsdesk.config import Config, load_config
from newsdesk.errors import NewsdeskError

BuildFn = Callable[[Config, Path], Any]
IndexFn = Callable[[Path, threading.Event], Any]  # (the site, cancel) → anything
Snapshot = dict[str, tuple[int, int]]


def snapshot(paths: list[Path]) -> Snapshot:
    """(mtime, size) of every non-hidden file under the given files and folders."""
    seen: Snapshot = {}
    for root in paths:
        if root.is_file():
            st = root.stat()
            seen[str(root)] = (st.st_mtime_ns, st.st_size)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if name.startswith("."):
                    continue  # editor swap files, our own atomic-write temp files
                p = os.path.join(dirpath, name)
                try:
                    st = os.stat(p)
                except FileNotFoundError:
                    continue
                seen[p] = (st.st_mtime_ns, st.st_size)
    return seen


class _Handler(SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")  # a reload always shows the latest build
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        pass  # quiet: the terminal is for rebuild messages


class _Server6(ThreadingHTTPServer):
    address_family = socket.AF_INET6


class Preview:
    """A preview server. ``start()`` builds and serves; ``poll()`` rebuilds if inputs changed."""

    def __init__(
        self,
        config_path: str | Path,
        host: str = "127.0.0.1",
        port: int = 8000,
        *,
        build: BuildFn,
        log: Callable[[str], None] | None = None,
        index: IndexFn | None = None,
    ) -> None:
        self.config_path = Path(config_path)
        self.host = loopback_host(host)
        self.port = port
        self.build_fn = build
        self.log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
        self.out = Path(tempfile.mkdtemp(prefix="newsdesk-preview-")) / "site"
        self.server: ThreadingHTTPServer | None = None
        self._snap: Snapshot = {}
        self._stop = threading.Event()
        self._serving = False
        self.builds = 0
        self.indexer = None if index is None else Background(lambda c: index(self.out, c), self.log)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def watched(self, config: Config) -> list[Path]:
        paths = [config.path(config.build.content_dir), config.path(config.build.templates_dir)]
        return [self.config_path, *(p for p in paths if p.exists())]

    def _inputs(self) -> tuple[Config | NewsdeskError, Snapshot]:
        """The config (or why it cannot be read) and the snapshot of everything watched."""
        try:
            config = load_config(self.config_path)
        except NewsdeskError as exc:
            return exc, snapshot([self.config_path]) if self.config_path.exists() else {}
        return config, snapshot(self.watched(config))

    def rebuild(self) -> bool:
        """Build once; on failure log the one-line error and keep serving the last good site.
        The search index waits meanwhile (Pagefind would read pages the build is replacing)
        and is brought up to date after, for the new site or the last good one."""
        if self.indexer is not None:
            self.indexer.pause()
        ok = self._build()
        if self.indexer is not None and self.builds:
            self.indexer.request()
        return ok

    def _build(self) -> bool:
        config, self._snap = self._inputs()  # taken first: edits during the build count
        try:
            if isinstance(config, NewsdeskError):
                raise config
            site = dataclasses.replace(config.site, base_url=self.url)
            summary = self.build_fn(dataclasses.replace(config, site=site), self.out)
        except NewsdeskError as exc:
            if self.builds == 0:
                raise  # nothing to show yet: the caller reports it and stops
            self.log(f"build failed, still showing the last good build: {exc}")
            return False
        except Exception as exc:  # a builder bug: keep the preview up once it has a site
            if self.builds == 0:
                raise
            self.log(
                f"build crashed ({type(exc).__name__}: {exc}); still showing the last good build"
            )
            return False
        for warning in getattr(summary, "warnings", ()):  # a story left out, say, is said
            self.log(f"warning: {warning}")
        self.builds += 1
        return True

    def changed(self) -> bool:
        return self._inputs()[1] != self._snap

    def poll(self) -> bool:
        """Rebuild if content, templates or config changed since the last build."""
        if not self.changed():
            return False
        self.log("change detected, rebuilding…")
        ok = self.rebuild()
        if ok:
            self.log(f"rebuilt: {self.url}")
        return ok

    def start(self) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        try:
            server_class = _Server6 if ":" in self.host else ThreadingHTTPServer
            self.server = server_class(
                (self.host, self.port),
                functools.partial(_Handler, directory=str(self.out)),
            )
        except OSError as exc:
            shutil.rmtree(self.out.parent, ignore_errors=True)
            raise NewsdeskError(
                f"cannot listen on {self.host}:{self.port} ({exc.strerror}); "
                "try another --port (0 picks a free one)"
            ) from None
        self.port = self.server.server_address[1]
        try:
            self.rebuild()
        except BaseException:
            self.stop()  # the first build failed: release the port and the temp folder
            raise
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self._serving = True

    def watch(self, interval: float = 1.0) -> None:
        """Poll for changes until stop() (or Ctrl-C in the caller)."""
        while not self._stop.wait(interval):
            self.poll()

    def stop(self) -> None:
        self._stop.set()
        if self.indexer is not None:
            self.indexer.stop()  # Pagefind killed before its folder goes
        if self.server is not None:
            if self._serving:  # shutdown() waits for serve_forever and would hang otherwise
                self.server.shutdown()
                self._serving = False
            self.server.server_close()
            self.server = None
        shutil.rmtree(self.out.parent, ignore_errors=True)
