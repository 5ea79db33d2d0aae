"""A content folder's stories by ``story_id``: a stat-validated index, so that drafting n
stories reads each file once rather than n times, and lists the folder once rather than n times.

The index remembers, for every story file, its size, its modification time and the id written
on its ``story_id:`` line, and for every folder its modification time.

* ``story_ids()`` re-checks every file with one walk of the folder and reads only files that
  are new or changed, so it never answers from a stale file.
* ``find()`` walks the folder again only when a folder changed since the last walk (a file
  added, removed or renamed in it: editors' tools and newsdesk's own writes save by renaming).
  Otherwise it reads the files the index holds for the id, fresh from disk. What this misses
  until the next walk: a file rewritten in place, without a rename, to carry another story's
  id; and, on a file system whose clock is coarser than the time between two changes (1-2 s
  on some), a change made in the same tick as the last look. A new story's file is created
  only where no file is (``content.write(..., exclusive=True)``), so a missed file is never
  overwritten. A drafting run of 1,564 stories walked its folder three times a story before.
* ``wrote(path)``: the caller just wrote ``path`` into the folder; the index takes it in
  without a walk of the whole folder, listing that one folder to check that nothing else
  came or went there (a drafting run holds one index for all its saves).

One ``ContentIndex`` lives as long as its caller keeps it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from newsdesk import content_files
from newsdesk.content import ContentFile, read

_STORY_ID = re.compile(r"^story_id:[ \t]*(.*?)[ \t]*$", re.M)


def _story_id(path: str) -> str | None:
    """The id on the file's ``story_id:`` line ("" without one); None if it went away."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            m = _STORY_ID.search(fh.read())
    except OSError:
        return None
    return m.group(1).strip("'\"") if m else ""


class ContentIndex:
    """Story files of one content folder by story id (see the module docstring)."""

    def __init__(self, content_dir: str | Path) -> None:
        self.root = Path(content_dir)
        # path -> (mtime_ns, size, story id as written on its line)
        self._seen: dict[str, tuple[int, int, str]] = {}
        self._folders: dict[str, int] | None = None  # None: never walked
        self._ids: dict[str, list[str]] | None = None  # _seen by story id (None: work it out)

    def story_ids(self) -> dict[str, list[str]]:
        """story id as written -> the files that name it in a ``story_id:`` line."""
        scan = content_files.walk(self.root)
        fresh: dict[str, tuple[int, int, str]] = {}
        for f in scan.files:
            st = f.stat
            hit = self._seen.get(f.path)
            if hit and hit[0] == st.st_mtime_ns and hit[1] == st.st_size:
                fresh[f.path] = hit
            elif (sid := _story_id(f.path)) is not None:  # (None: deleted since the walk)
                fresh[f.path] = (st.st_mtime_ns, st.st_size, sid)
        self._seen, self._folders, self._ids = fresh, scan.folders, None
        return {sid: list(paths) for sid, paths in self._by_id().items()}

    def _by_id(self) -> dict[str, list[str]]:
        if self._ids is None:
            self._ids = {}
            for p, (_, _, sid) in self._seen.items():
                self._ids.setdefault(sid, []).append(p)
        return self._ids

    def _folders_unchanged(self) -> bool:
        if self._folders is None:
            return False
        try:
            return all(os.stat(d).st_mtime_ns == m for d, m in self._folders.items())
        except OSError:  # a folder went away
            return False

    def _refresh(self) -> bool:
        """Walk the folder if one of its folders changed since the last look; True if it did."""
        if self._folders_unchanged():
            return False
        self.story_ids()
        return True

    def stems(self) -> set[str]:
        """The file names (without .md) of the story files, as of the last walk or write."""
        self._refresh()
        return {os.path.basename(p)[:-3] for p in self._seen}

    def find(self, story_id: str) -> ContentFile | None:
        """The content file of a story (by the stories stage's id), or None."""
        if not self.root.exists():
            return None
        walked = self._refresh()
        ids = self._by_id()
        candidates = ids.get(story_id, [])
        if not candidates:  # an id written in another YAML style: check the files naming it
            candidates = [p for sid, ps in ids.items() if story_id in sid for p in ps]
        for p in candidates:
            if not walked and not os.path.exists(p):  # gone, its folder's mtime unchanged
                self._folders = None
                return self.find(story_id)
            cf = read(p)
            if str(cf.meta.get("story_id")) == story_id:
                return cf
        return None

    def wrote(self, path: str | Path) -> None:
        """``path`` was just written (a story file or a proposal beside one): take it in, and
        its folder's new modification time, so that the next ``find`` does not walk again."""
        p = str(path)
        folder = os.path.dirname(p)
        if self._folders is None or folder not in self._folders:
            return  # a folder the last walk did not list: the next find walks
        mtime = os.stat(folder).st_mtime_ns  # before the listing: a later change shows
        if content_files.is_story_name(os.path.basename(p)):
            st, sid, was = os.stat(p), _story_id(p) or "", self._seen.get(p)
            self._seen[p] = (st.st_mtime_ns, st.st_size, sid)
            if was is None and self._ids is not None:
                self._ids.setdefault(sid, []).append(p)
            elif was is not None and was[2] != sid:
                self._ids = None
        if self._listed(folder) != {q for q in self._seen if os.path.dirname(q) == folder}:
            self._folders = None  # another program added or removed a file meanwhile: walk
            return
        self._folders[folder] = mtime

    @staticmethod
    def _listed(folder: str) -> set[str]:
        with os.scandir(folder) as it:
            return {e.path for e in it if content_files.is_story_name(e.name)}
