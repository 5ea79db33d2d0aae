"""sitebuilder: content/ + site_templates/ + config → a static site for GitHub Pages.

Readers (:mod:`reader`: content files → page models) → generators (:mod:`pages`,
:mod:`article`, :mod:`feeds`, :mod:`seo`) → writer (:mod:`writer`, staged and swapped in),
driven by :func:`build` with an incremental manifest (:mod:`incremental`).
"""

from __future__ import annotations

from newsdesk.sitebuilder.build import BuildSummary, build

__all__ = ["BuildSummary", "build"]
