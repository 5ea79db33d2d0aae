"""The stories stage: duplicates, story clustering, lead choice and source attribution.

Entry points: :func:`group_items` (pure; the file interface) and :func:`update_stories`
(incremental, on the store). See README "newsdesk stories".
"""

from __future__ import annotations

from newsdesk.stories.run import StoriesSummary, group_items, story_id_for, update_stories

__all__ = ["StoriesSummary", "group_items", "story_id_for", "update_stories"]
