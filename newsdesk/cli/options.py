"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsdesk.errors import InputError

if TYPE_CHECKING:  # the config schema loads when a command reads its config, not at start-up
    from newsdesk.config import Config, SummarizerConfig

# -h as well as --help, on every command; subcommands inherit it from their group, and a
# command that is also a console script of its own (build-site) needs it set itself
HELP_OPTIONS: dict[str, Any] = {"help_option_names": ["-h", "--help"]}


def config_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--config PATH (default: newsdesk.toml in the working directory)."""
    return click.option(
        "--config",
        "config_path",
        default="newsdesk.toml",
        show_default=True,
        type=click.Path(dir_okay=False),
        help="Configuration file; paths inside it are relative to its folder.",
    )(func)


def get_config(config_path: str) -> Config:
    from newsdesk.config import load_config

    return load_config(config_path)


def crawled_database(config: Config) -> Path:
    """The store's path, or a clear error when nothing was crawled yet (the commands that only
    read the store must not create an empty one and report zero results as if all was well)."""
    path = config.path(config.crawl.database)
    if not path.exists():
        raise InputError(f"{path}: no database yet (run `newsdesk crawl` first)")
    return path


def optional_config_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--config PATH for the file commands (summarize, verify): they need no config at all."""
    return click.option(
        "--config",
        "config_path",
        default=None,
        type=click.Path(dir_okay=False),
        help="Optional config for its [summarizer] and [summarizer.llm] settings and topic keywords (none needed).",
    )(func)


def summarizer_settings(config_path: str | None) -> tuple[SummarizerConfig, tuple[str, ...]]:
    """The summarizer settings and topic keywords of an optional config (defaults without)."""
    from newsdesk.config import SummarizerConfig, load_config

    if not config_path:
        return SummarizerConfig(), ()
    config = load_config(config_path)
    return config.summarizer, tuple(k for t in config.topics for k in t.keywords)


def no_cache_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--no-cache (``no_cache``): do the stories' and drafts' work even where its inputs are
    those of the last run (newsdesk/cycle_cache.py)."""
    return click.option(
        "--no-cache",
        is_flag=True,
        help="Regroup and redraft every story, also those whose inputs did not change since "
        "the last run (which are otherwise skipped). Editors' changes are kept either way.",
    )(func)


def _warn_strict(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    if value:
        name = ctx.info_name or "draft"
        click.echo(
            f"warning: '{name} --strict' is deprecated, use '{name} --drop-flagged' (it drops "
            "flagged sentences; 'build-site --strict' fails the build instead)",
            err=True,
        )
    return value


def drop_flagged_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--drop-flagged (``drop_flagged``), and its old name --strict (``strict_alias``: hidden,
    still accepted, with a warning on stderr, since build-site --strict means something else)."""
    func = click.option(
        "--strict",
        "strict_alias",
        is_flag=True,
        hidden=True,
        callback=_warn_strict,
        help="Deprecated: the old name of --drop-flagged.",
    )(func)
    return click.option(
        "--drop-flagged",
        is_flag=True,
        help="Leave out the sentences the verifier flags, instead of marking them for the editor.",
    )(func)
