"""Write the site into a staging folder and swap it in at the end.

An interrupted or failed build leaves the previous site exactly as it was: nothing is written
into the output folder itself. Unchanged files of the previous site are hard-linked into the
staging folder (no copying), changed files are written fresh (the link is broken first, so the
previous site's file is never modified), and at the end two renames swap the folders.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath

from newsdesk.errors import BuildError


def safe_rel(rel: str) -> str:
    """Refuse any output path that could leave the output folder."""
    p = PurePosixPath(rel)
    if p.is_absolute() or not p.parts or any(part in ("..", "") for part in p.parts) or "\\" in rel:
        raise BuildError(f"refusing to write outside the output folder: {rel!r}")
    return str(p)


class Staging:
    """A sibling folder ``<out>.tmp-<pid>`` that becomes ``<out>`` on commit."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.tmp = out.with_name(f"{out.name}.tmp-{os.getpid()}")
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self.tmp.mkdir(parents=True)
        self._dirs: set[Path] = {self.tmp}
        self.written = 0

    def _target(self, rel: str) -> Path:
        path = self.tmp / safe_rel(rel)
        parent = path.parent
        if parent not in self._dirs:
            parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(parent)
        return path

    def link(self, rel: str) -> None:
        """Carry a file of the previous site over unchanged (hard link, or copy if impossible)."""
        src, dst = self.out / rel, self._target(rel)
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    def write(self, rel: str, data: bytes) -> None:
        path = self._target(rel)
        if path.exists():
            path.unlink()  # never write through a hard link into the previous site
        path.write_bytes(data)
        self.written += 1

    def commit(self) -> None:
        old = self.out.with_name(f"{self.out.name}.old-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        if self.out.exists():
            os.rename(self.out, old)
        os.rename(self.tmp, self.out)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def write_file(tmp: Path, rel: str, data: bytes) -> None:
    """Used by worker processes writing straight into the staging folder."""
    path = tmp / safe_rel(rel)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    path.write_bytes(data)
