"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from newsdesk.config import Config, load_config


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
