"""The face of newsdesk: the command line and the preview server.

This subpackage is the only part that imports the stages and the only one that knows their
order (:mod:`newsdesk.cli.pipeline`). Each command lives in a module named for its work, mostly
its own name (``pipeline.py`` holds ``build-site``, ``crawl`` and ``articles``; ``draft.py``,
``draft`` and ``summarize``); :mod:`newsdesk.cli.app` names them in a table and imports a
command's module only when that command is used (:mod:`newsdesk.cli.lazy`).
"""

from __future__ import annotations

from newsdesk.cli.app import build_site_main, cli, main

__all__ = ["build_site_main", "cli", "main"]
