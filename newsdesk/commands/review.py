"""`newsdesk review list|show|approve|reject|correct`."""

from __future__ import annotations

import click


@click.group("review")
def review() -> None:
    """List, read, approve, reject and correct drafts."""
