"""`newsdesk crawl`."""

from __future__ import annotations

import click

from newsdesk.errors import NewsdeskError


@click.command("crawl")
def crawl() -> None:
    """Crawl the configured feeds and Hacker News into the store."""
    raise NewsdeskError("'crawl' is not implemented yet")
