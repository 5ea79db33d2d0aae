"""`newsdesk summarize`."""

from __future__ import annotations

import click

from newsdesk.errors import NewsdeskError


@click.command("summarize")
def summarize() -> None:
    """Summarize one story from a JSON file (no database needed)."""
    raise NewsdeskError("'summarize' is not implemented yet")
