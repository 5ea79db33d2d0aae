"""`newsdesk serve`: a local preview of the site, drafts included, rebuilt on change."""

from __future__ import annotations

import signal
import threading
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
    return build(config, out=out, drafts=True, index=False)


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


def _loopback(host: str) -> str:
    """A bad --host is bad usage (exit 2), reported before anything is built."""
    from newsdesk.cli.preview import loopback_host

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
