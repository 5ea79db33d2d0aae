"""sitebuilder: content/ + site_templates/ + config → a static site for GitHub Pages.

Readers (:mod:`reader`: content files → page models) → generators (:mod:`listings`,
:mod:`article`, :mod:`feeds`: feeds, sitemap.xml, robots.txt) → writer (:mod:`writer`, staged
and swapped in), driven by :func:`build` with an incremental manifest (:mod:`incremental`). The
build's steps: read (:mod:`summaries`) → plan (:mod:`plan`) → diff (:func:`incremental.compare`)
→ render and swap (:mod:`publish`, which also holds the quick rebuild: the shortcut for an edit
to a few story bodies).
"""

from __future__ import annotations

from newsdesk.sitebuilder.build import BuildSummary, build

__all__ = ["BuildSummary", "build"]
