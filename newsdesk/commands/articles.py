"""`newsdesk articles`."""

from __future__ import annotations

import click

from newsdesk.errors import NewsdeskError


@click.command("articles")
def articles() -> None:
    """Print every stored article."""
    raise NewsdeskError("'articles' is not implemented yet")
