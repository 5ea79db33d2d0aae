"""A content folder's stories by ``story_id``: a stat-validated index, so that drafting n
stories reads each file once rather than n times.

The index remembers, for every story file, its size, its modification time and the id written
on its ``story_id:`` line; each lookup re-checks them with one ``scandir`` of the folder and
reads only files that are new or changed, so it never answers from a stale file. One
``ContentIndex`` lives as long as its caller keeps it (a drafting run holds one).
"""

from __future__ import annotations

import re
from pathlib import Path

from newsdesk.content import ContentFile, content_entries, read

_STORY_ID = re.compile(r"^story_id:[ \t]*(.*?)[ \t]*$", re.M)


class ContentIndex:
    """Story files of one content folder by story id (see the module docstring)."""

    def __init__(self, content_dir: str | Path) -> None:
        self.root = Path(content_dir)
        # path -> (mtime_ns, size, story id as written on its line)
        self._seen: dict[str, tuple[int, int, str]] = {}

    def story_ids(self) -> dict[str, list[str]]:
        """story id as written -> the files that name it in a ``story_id:`` line."""
        fresh: dict[str, tuple[int, int, str]] = {}
        for p, st in content_entries(self.root):
            hit = self._seen.get(p)
            if hit and hit[0] == st.st_mtime_ns and hit[1] == st.st_size:
                fresh[p] = hit
                continue
            with open(p, encoding="utf-8", errors="replace") as fh:
                m = _STORY_ID.search(fh.read())
            fresh[p] = (st.st_mtime_ns, st.st_size, m.group(1).strip("'\"") if m else "")
        self._seen = fresh
        out: dict[str, list[str]] = {}
        for p, (_, _, sid) in fresh.items():
            out.setdefault(sid, []).append(p)
        return out

    def find(self, story_id: str) -> ContentFile | None:
        """The content file of a story (by the stories stage's id), or None."""
        if not self.root.exists():
            return None
        ids = self.story_ids()
        candidates = ids.get(story_id, [])
        if not candidates:  # an id written in another YAML style: check the files naming it
            candidates = [p for sid, ps in ids.items() if story_id in sid for p in ps]
        for p in candidates:
            cf = read(p)
            if str(cf.meta.get("story_id")) == story_id:
                return cf
        return None
