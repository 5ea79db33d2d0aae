"""`newsdesk crawl`."""

from __future__ import annotations

from pathlib import Path

import click

from newsdesk.cli.options import HELP_OPTIONS, config_option, get_config


@click.command(
    "crawl",
    context_settings=HELP_OPTIONS,
    short_help="Fetch the feeds and Hacker News into the store.",
)
@config_option
@click.option(
    "--record",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also archive every HTTP response into this WARC file (.warc.gz).",
)
@click.option(
    "--replay",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Crawl from this recorded WARC archive instead of the network.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show progress (default: a live display on a terminal, log lines otherwise).",
)
def crawl(
    config_path: str, record: Path | None, replay: Path | None, progress: bool | None
) -> None:
    """Crawl the configured feeds and Hacker News into the store, politely and
    incrementally, then print a one-line summary."""
    from newsdesk.crawler import crawl as run_crawl

    config = get_config(config_path)
    summary = run_crawl(config, replay=replay, record=record, progress=progress)
    click.echo(summary.line())
