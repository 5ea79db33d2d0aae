"""`newsdesk draft`."""

from __future__ import annotations

import click

from newsdesk.errors import NewsdeskError


@click.command("draft")
def draft() -> None:
    """Write a cited, verified draft per story into content/."""
    raise NewsdeskError("'draft' is not implemented yet")
