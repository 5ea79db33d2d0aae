"""newsdesk: the shared core (models, config, store, content format, errors, CLI)."""

from __future__ import annotations

__version__ = "0.1.0"
