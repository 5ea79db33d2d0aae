"""`newsdesk draft`: a cited, verified draft per story, written into content/."""

from __future__ import annotations

import dataclasses

import click

from newsdesk.cli.options import HELP_OPTIONS, config_option, crawled_database, get_config
from newsdesk.summarizer.run import run_drafts


@click.command("draft", context_settings=HELP_OPTIONS)
@config_option
@click.option(
    "--drop-flagged",
    is_flag=True,
    help="Leave out the sentences the verifier flags, instead of marking them for the editor.",
)
@click.option(
    "--strict",
    "strict_alias",
    is_flag=True,
    hidden=True,  # the old name of --drop-flagged; build-site --strict means "fail on warnings"
)
@click.option(
    "--backend",
    type=click.Choice(["extractive", "llm"]),
    default=None,
    help="Override summarizer.backend from the config.",
)
def draft(config_path: str, drop_flagged: bool, strict_alias: bool, backend: str | None) -> None:
    """Write a cited, verified draft per story into content/."""
    if strict_alias:
        click.echo(
            "warning: 'draft --strict' is deprecated, use 'draft --drop-flagged' (it drops "
            "flagged sentences; 'build-site --strict' fails the build instead)",
            err=True,
        )
    config = get_config(config_path)
    if backend:
        config = dataclasses.replace(
            config, summarizer=dataclasses.replace(config.summarizer, backend=backend)
        )
    crawled_database(config)  # say so when nothing was crawled, not "0 stories"
    summary = run_drafts(config, strict=drop_flagged or strict_alias)
    if not summary.stories:
        click.echo("no stories in the store yet (run `newsdesk stories` first)", err=True)
    click.echo(summary.line())
