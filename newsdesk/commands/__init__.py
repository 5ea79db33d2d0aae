"""One module per CLI command; shared option helpers live in options.py."""

from __future__ import annotations
