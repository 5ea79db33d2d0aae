"""`python -m newsdesk`."""

from __future__ import annotations

from newsdesk.cli import main

main()
