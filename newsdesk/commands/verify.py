"""`newsdesk verify`."""

from __future__ import annotations

import click

from newsdesk.errors import NewsdeskError


@click.command("verify")
def verify() -> None:
    """Check sentences against a story's items (no database needed)."""
    raise NewsdeskError("'verify' is not implemented yet")
