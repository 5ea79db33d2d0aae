"""`newsdesk articles`."""

from __future__ import annotations

import json

import click

from newsdesk.cli.options import HELP_OPTIONS, config_option, crawled_database, get_config
from newsdesk.errors import InputError
from newsdesk.store import Store


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
