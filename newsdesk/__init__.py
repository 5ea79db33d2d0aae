"""newsdesk: the shared core (models, config, store, content format, errors, text utilities).

The stages install beneath it (newsdesk.crawler, …) and the command line is newsdesk.cli; see
docs/architecture.md."""

from __future__ import annotations

__version__ = "0.1.0"
