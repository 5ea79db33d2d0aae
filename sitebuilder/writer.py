"""Write the site into a staging folder and only then put it in place.

Nothing is written into the output folder while pages are rendered and checked, so a build
that fails or is interrupted there leaves the previous site exactly as it was.

* Full build (no previous site, or most pages changed): the staging folder ``<out>.tmp-<pid>``
  becomes the whole new site (unchanged files hard-linked from the previous one), and two
  renames swap the folders.
* Patch (a few pages changed): the staging folder holds only the changed files; at the end
  each one is renamed over its old version (an atomic replace per file), files no longer
  produced are removed, and the manifest is replaced last. Swapping a whole 10,000-file tree
  to change two files would cost seconds of directory operations; this costs milliseconds,
  and should the process die inside this last step, the old manifest makes the next build
  redo every page whose hash does not match.
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
    """A sibling folder ``<out>.tmp-<pid>`` that is put in place on commit."""

    def __init__(self, out: Path, patch: bool = False) -> None:
        self.out = out
        self.patch = patch
        self.tmp = out.with_name(f"{out.name}.tmp-{os.getpid()}")
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self.tmp.mkdir(parents=True)
        self._dirs: set[Path] = {self.tmp}
        self.written = 0
        self.staged: list[str] = []

    def _target(self, rel: str) -> Path:
        path = self.tmp / safe_rel(rel)
        parent = path.parent
        if parent not in self._dirs:
            parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(parent)
        return path

    def link(self, rel: str) -> None:
        """Carry a file of the previous site over unchanged (full builds only)."""
        if self.patch:
            return
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
        self.staged.append(rel)

    def commit(self, staged: list[str], stale: list[str], last: str) -> None:
        """Put the staged site in place. ``staged``: every file written (workers included),
        ``stale``: files of the previous site to remove, ``last``: the manifest."""
        if not self.patch:
            self._swap()
            return
        made: set[Path] = set()
        for rel in [r for r in staged if r != last] + [last]:
            dst = self.out / rel
            if dst.parent not in made:
                dst.parent.mkdir(parents=True, exist_ok=True)
                made.add(dst.parent)
            os.replace(self.tmp / rel, dst)
        for rel in stale:
            path = self.out / safe_rel(rel)
            path.unlink(missing_ok=True)
            parent = path.parent
            while parent != self.out:
                try:
                    parent.rmdir()  # only succeeds when empty
                except OSError:
                    break
                parent = parent.parent
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _swap(self) -> None:
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


def write_file(tmp: Path, rel: str, data: bytes, made: set[Path]) -> None:
    """Used by worker processes writing straight into the staging folder (``made``: the
    folders this worker already created, to save a system call per file)."""
    path = tmp / safe_rel(rel)
    if path.parent not in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        made.add(path.parent)
    if path.exists():
        path.unlink()
    path.write_bytes(data)
