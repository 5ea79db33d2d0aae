"""`build-site` / `newsdesk build-site`: crawl → stories → drafts → render."""

from __future__ import annotations

import click

from newsdesk.errors import NewsdeskError


@click.command("build-site")
def build_site() -> None:
    """Run the whole cycle and render the site into _site/."""
    raise NewsdeskError("'build-site' is not implemented yet")
