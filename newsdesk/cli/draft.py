"""`newsdesk draft`: a cited, verified draft per story, written into content/."""

from __future__ import annotations

import dataclasses

import click

from newsdesk.cli.options import (
    HELP_OPTIONS,
    config_option,
    crawled_database,
    drop_flagged_option,
    get_config,
    no_cache_option,
)


@click.command("draft", context_settings=HELP_OPTIONS)
@config_option
@drop_flagged_option
@click.option(
    "--backend",
    type=click.Choice(["extractive", "llm"]),
    default=None,
    help="Override summarizer.backend from the config.",
)
@no_cache_option
def draft(
    config_path: str, drop_flagged: bool, strict_alias: bool, backend: str | None, no_cache: bool
) -> None:
    """Write a cited, verified draft per story into content/."""
    from newsdesk.summarizer.run import run_drafts  # the stage's imports (numpy, scipy…) only here

    config = get_config(config_path)
    if backend:
        config = dataclasses.replace(
            config, summarizer=dataclasses.replace(config.summarizer, backend=backend)
        )
    crawled_database(config)  # say so when nothing was crawled, not "0 stories"
    summary = run_drafts(config, strict=drop_flagged or strict_alias, reuse=not no_cache)
    if not summary.stories:
        click.echo("no stories in the store yet (run `newsdesk stories` first)", err=True)
    click.echo(summary.line())
