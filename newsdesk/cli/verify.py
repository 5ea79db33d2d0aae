"""`newsdesk verify --input story.json --text FILE --format json` (no database needed)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsdesk.cli.options import HELP_OPTIONS, optional_config_option, summarizer_settings


@click.command("verify", context_settings=HELP_OPTIONS)
@click.option(
    "--input",
    "input_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="story.json (the same format summarize reads).",
)
@click.option(
    "--text",
    "text_path",
    required=True,
    type=click.Path(dir_okay=False),
    help=(
        "One sentence per line, ending in [n] markers numbering the items in order; a line"
        " without markers is checked against every item."
    ),
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl"]),
    default="json",
    show_default=True,
    help="json: a list of verdicts; jsonl: one verdict per line.",
)
@optional_config_option
def verify(input_path: str, text_path: str, fmt: str, config_path: str | None) -> None:
    """Check sentences against a story's items: one verdict per non-empty line.

    A sentence passes when a passage of a cited item says the same thing (a paraphrase is
    fine) with its numbers, names, quotations, relations, times and negation intact. A verdict
    that fails lists the items that would support the sentence as "suggested".
    """
    from newsdesk.summarizer import verify_text
    from newsdesk.summarizer.storyfile import load_lines, load_story

    keywords = summarizer_settings(config_path)[1]  # also reports a bad config like the rest
    story = load_story(Path(input_path), keywords)
    verdicts = [v.to_json() for v in verify_text(story, load_lines(Path(text_path)))]
    if fmt == "json":
        click.echo(json.dumps(verdicts, ensure_ascii=False, indent=2))
    else:
        for v in verdicts:
            click.echo(json.dumps(v, ensure_ascii=False))
