"""`newsdesk serve`: a local preview of the site, drafts included, rebuilt on change.

:class:`Background` keeps one job up to date in a background thread: the search index. The
preview's rebuild of the pages takes a fraction of a second, but Pagefind reads every story
page again whenever the stories' summaries change (a headline, a source): seconds at a few
thousand stories. The preview therefore serves the rebuilt pages at once and brings the search
index up to date behind them. Requests made while the job runs coalesce into one more run
after it; ``pause()`` stops the running job (the preview pauses it while a rebuild rewrites the
pages it reads) and ``stop()`` ends them all; either sets the job's cancel event (Pagefind is
killed, the index in place is kept) and waits briefly for the thread.
"""

from __future__ import annotations

import ipaddress
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import click

from newsdesk.cli.options import HELP_OPTIONS, config_option
from newsdesk.config import Config
from newsdesk.errors import NewsdeskError


def sitebuilder_build(config: Config, out: Path) -> Any:
    """The real build: the sitebuilder with drafts shown; the search index is left to
    sitebuilder_index, which the preview runs in the background."""
    try:
        from newsdesk.sitebuilder import build
    except ImportError:
        raise NewsdeskError(
            "the site builder (sitebuilder.build) is not available in this installation; "
            "reinstall newsdesk with 'pip install -e .'"
        ) from None
    return build(config, out=out, drafts=True, index=False, allow_empty=True)


def sitebuilder_index(out: Path, cancel: threading.Event) -> Any:
    """Bring the preview's search index up to date (Pagefind reads every story page when the
    stories changed); says so when it did."""
    from newsdesk.sitebuilder.search import update

    done = update(out, cancel)
    if done is not None and done.ran:
        click.echo(f"search index updated ({done.seconds:.2f} s)", err=True)
    return done


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def loopback_host(host: str) -> str:
    """The address to bind: only loopback is allowed (the preview shows unreviewed drafts)."""
    if host.strip().lower() == "localhost":
        return "127.0.0.1"
    try:
        ip = ipaddress.ip_address(host.strip().strip("[]"))
    except ValueError:
        raise NewsdeskError(
            f"--host {host!r} is not an IP address; the preview only listens on loopback "
            "(127.0.0.1, ::1 or localhost)"
        ) from None
    if not ip.is_loopback:
        raise NewsdeskError(
            f"--host {host} is not a loopback address: the preview shows unreviewed drafts and "
            "only listens on this machine (127.0.0.1, ::1 or localhost)"
        )
    return str(ip)


def _loopback(host: str) -> str:
    """A bad --host is bad usage (exit 2), reported before anything is built (here, not in
    preview.py: checking an address loads no web server)."""
    try:
        loopback_host(host)
    except NewsdeskError as exc:
        raise click.BadParameter(str(exc).removeprefix("--host ")) from None
    return host


@click.command(
    "serve", context_settings=HELP_OPTIONS, short_help="Preview the site locally, drafts included."
)
@config_option
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0 picks a free one).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Loopback address to listen on (127.0.0.1, ::1 or localhost; others are refused).",
    callback=lambda _ctx, _param, value: _loopback(value),
)
@click.option(
    "--interval",
    type=click.FloatRange(0.1, 60),
    default=1.0,
    show_default=True,
    help="Seconds between checks of content/, templates and the config for changes.",
)
def serve(config_path: str, port: int, host: str, interval: float) -> None:
    """Preview the site locally as it will look, drafts included (with the review banner and
    flagged sentences highlighted); rebuilds when content, templates or the config change."""
    from newsdesk.cli.preview import Preview  # http.server: only when serving

    preview = Preview(
        config_path,
        host=host,
        port=port,
        build=sitebuilder_build,
        log=lambda m: click.echo(m, err=True),
        index=sitebuilder_index,
    )
    preview.start()
    signal.signal(signal.SIGTERM, _interrupt)  # stop cleanly (temp folder removed) on kill too
    click.echo(
        f"Previewing at {preview.url} (drafts included). Rebuilds when content, templates or "
        f"{config_path} change. Ctrl-C to stop."
    )
    try:
        preview.watch(interval)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        preview.stop()


Job = Callable[[threading.Event], Any]


class Background:
    """Runs ``job(cancel)`` in one thread at a time, again when asked while it runs."""

    def __init__(self, job: Job, log: Callable[[str], None]) -> None:
        self.job = job
        self.log = log
        self.cancel = threading.Event()  # set by stop(): no more runs
        self.runs = 0  # finished runs (tests and the log)
        self._lock = threading.Lock()
        self._wanted = False
        self._thread: threading.Thread | None = None
        self._this_run = threading.Event()  # set by stop() or pause(): the running job stops

    def request(self) -> None:
        """Run the job soon: now if it is idle, else once more after the current run."""
        with self._lock:
            if self.cancel.is_set():
                return
            self._wanted = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._lock:
                if not self._wanted or self.cancel.is_set():
                    self._thread = None
                    return
                self._wanted = False
                self._this_run = threading.Event()
            try:
                self.job(self._this_run)
            except Exception as exc:  # noqa: BLE001 - the preview keeps serving its pages
                self.log(f"search index not updated ({type(exc).__name__}: {exc})")
            self.runs += 1

    def busy(self) -> bool:
        with self._lock:
            return self._thread is not None

    def pause(self, timeout: float = 5.0) -> None:
        """Stop the running job, if any, and the run asked for after it, and wait up to
        ``timeout`` seconds for it to end (the preview pauses the index while it rebuilds the
        pages the index reads, then asks for a run)."""
        with self._lock:
            self._this_run.set()
            self._wanted = False  # the caller asks again when the pages are ready
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Cancel the running job, if any, and wait up to ``timeout`` seconds for it to end."""
        with self._lock:
            self.cancel.set()
        self.pause(timeout)
