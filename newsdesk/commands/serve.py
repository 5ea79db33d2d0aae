"""`newsdesk serve`."""

from __future__ import annotations

import click

from newsdesk.errors import NewsdeskError


@click.command("serve")
def serve() -> None:
    """Preview the site locally, rebuilding on change."""
    raise NewsdeskError("'serve' is not implemented yet")
