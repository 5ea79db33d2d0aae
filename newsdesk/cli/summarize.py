"""`newsdesk summarize --input story.json --format json|markdown` (no database needed)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from newsdesk.cli.options import (
    HELP_OPTIONS,
    drop_flagged_option,
    optional_config_option,
    summarizer_settings,
)


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
@click.option(
    "--backend",
    type=click.Choice(["extractive", "llm"]),
    default=None,
    help="Override the backend (default: extractive, or the config's).",
)
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
    from newsdesk.summarizer.markdown import render_article
    from newsdesk.summarizer.storyfile import load_story

    settings, keywords = summarizer_settings(config_path)
    if backend:
        settings = dataclasses.replace(settings, backend=backend)
    story = load_story(Path(input_path), keywords)
    draft = run(story, settings)
    if drop_flagged or strict_alias:
        draft = draft.without_flagged()
    if fmt == "json":
        click.echo(json.dumps(draft.to_json(), ensure_ascii=False, indent=2))
    else:
        names = numbering(story).names  # the outlet names "as reported by" uses too
        sources = [(names[n], it.title, it.url) for n, it in enumerate(story.items, 1)]
        click.echo(render_article(draft, sources), nl=False)
