"""The stories stage: duplicates, story clustering, lead choice and source attribution.

Entry points: :func:`group_items` (pure; the file interface) and :func:`update_stories`
(incremental, on the store: :mod:`newsdesk.stories.incremental`). See README "newsdesk stories".
The grouping (numpy, scipy, datasketch) is imported on first use of ``group_items`` or
``story_id_for``, so a cycle in which nothing changed never loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsdesk.stories.incremental import StoriesSummary, update_stories

if TYPE_CHECKING:
    from newsdesk.stories.run import group_items, story_id_for

__all__ = ["StoriesSummary", "group_items", "story_id_for", "update_stories"]


def __getattr__(name: str) -> Any:
    if name in ("group_items", "story_id_for"):
        from newsdesk.stories import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
