"""The crawl's two commands: `newsdesk crawl` fetches the feeds and Hacker News into the store;
`newsdesk articles` prints the articles it stored, one JSON line each."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsdesk.cli.options import HELP_OPTIONS, config_option, crawled_database, get_config
from newsdesk.errors import InputError
from newsdesk.store import Store


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


@click.command(
    "articles",
    context_settings=HELP_OPTIONS,
    short_help="Print every stored article as one JSON line.",
)
@config_option
# --format is documented and validated, but JSON lines is the only format: its value is not used
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl"]),
    default="jsonl",
    show_default=True,
    expose_value=False,
    help="Output format: one JSON object per line.",
)
@click.option("--topic", help="Only articles of this topic slug.")
def articles(config_path: str, topic: str | None) -> None:
    """Print every stored article as one JSON line (id, url, canonical_url, title, text,
    author, site_name, published, language, links, read, source, topics, declared_original)."""
    config = get_config(config_path)
    if topic is not None and config.topic(topic) is None:
        known = ", ".join(t.slug for t in config.topics)
        raise InputError(f"unknown topic {topic!r} (configured: {known})")
    with Store(crawled_database(config)) as store:
        for article in store.articles(topic):
            click.echo(json.dumps(article.to_json(), ensure_ascii=False))
