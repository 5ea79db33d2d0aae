"""`newsdesk stories`."""

from __future__ import annotations

import click

from newsdesk.errors import NewsdeskError


@click.command("stories")
def stories() -> None:
    """Remove duplicates, group articles into stories, attribute sources."""
    raise NewsdeskError("'stories' is not implemented yet")
