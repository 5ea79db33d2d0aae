"""The summarizer's two commands: `newsdesk draft` writes a cited, verified draft per story of
the store into content/; `newsdesk summarize --input story.json --format json|markdown` drafts
one story from a JSON file (no database needed)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from newsdesk.cli.options import (
    HELP_OPTIONS,
    config_option,
    crawled_database,
    drop_flagged_option,
    get_config,
    no_cache_option,
    optional_config_option,
    summarizer_settings,
)
from newsdesk.writelock import writing


def _backend_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--backend extractive|llm (``backend``: None keeps the configured one)."""
    return click.option(
        "--backend", type=click.Choice(["extractive", "llm"]), default=None, help=help_text
    )


@click.command("draft", context_settings=HELP_OPTIONS)
@config_option
@drop_flagged_option
@_backend_option("Override summarizer.backend from the config.")
@no_cache_option
def draft(
    config_path: str, drop_flagged: bool, strict_alias: bool, backend: str | None, no_cache: bool
) -> None:
    """Write a cited, verified draft per story into content/.

    A story none of whose sources could be read has no text and gets no draft: the summary
    line counts and names them."""
    from newsdesk.summarizer.run import run_drafts  # the stage's imports (numpy, scipy…) only here

    config = get_config(config_path)
    if backend:
        config = dataclasses.replace(
            config, summarizer=dataclasses.replace(config.summarizer, backend=backend)
        )
    crawled_database(config)  # say so when nothing was crawled, not "0 stories"
    with writing(config.root):
        summary = run_drafts(config, strict=drop_flagged or strict_alias, reuse=not no_cache)
    if not summary.stories:
        click.echo("no stories in the store yet (run `newsdesk stories` first)", err=True)
    click.echo(summary.line())


@click.command("summarize", context_settings=HELP_OPTIONS)
@click.option(
    "--input",
    "input_path",
    required=True,
    type=click.Path(dir_okay=False),
    help='story.json: {"title"?, "items": [{"id","url","title","text",...}]}',
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown"]),
    default="json",
    show_default=True,
    help="json: synopsis, takeaways, sentences with item_ids; markdown: the whole article (body, timeline, discussion, numbered sources).",
)
@_backend_option("Override the backend (default: extractive, or the config's).")
@optional_config_option
@drop_flagged_option
def summarize(
    input_path: str,
    fmt: str,
    backend: str | None,
    config_path: str | None,
    drop_flagged: bool,
    strict_alias: bool,
) -> None:
    """Summarize one story from a JSON file (no database needed). `[n]` numbers the items."""
    from newsdesk.summarizer import summarize as run
    from newsdesk.summarizer.compose import numbering
    from newsdesk.summarizer.draft import render_article
    from newsdesk.summarizer.formats import load_story

    settings, keywords = summarizer_settings(config_path)
    if backend:
        settings = dataclasses.replace(settings, backend=backend)
    story = load_story(Path(input_path), keywords)
    drafted = run(story, settings)
    if drop_flagged or strict_alias:
        drafted = drafted.without_flagged()
    if fmt == "json":
        click.echo(json.dumps(drafted.to_json(), ensure_ascii=False, indent=2))
    else:
        names = numbering(story).names  # the outlet names "as reported by" uses too
        sources = [(names[n], it.title, it.url) for n, it in enumerate(story.items, 1)]
        click.echo(render_article(drafted, sources), nl=False)
