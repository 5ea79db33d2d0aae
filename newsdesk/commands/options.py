"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from newsdesk.config import Config, load_config
from newsdesk.errors import InputError


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
    return load_config(config_path)


def crawled_database(config: Config) -> Path:
    """The store's path, or a clear error when nothing was crawled yet (the commands that only
    read the store must not create an empty one and report zero results as if all was well)."""
    path = config.path(config.crawl.database)
    if not path.exists():
        raise InputError(f"{path}: no database yet (run `newsdesk crawl` first)")
    return path
