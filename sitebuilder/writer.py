"""Write the site into a staging folder and only then put it in place.

Nothing is written into the output folder while pages are rendered and checked, so a build
that fails or is interrupted there leaves the previous site exactly as it was.

* Full build (no previous site, or most pages changed): the staging folder ``<out>.tmp-<pid>``
  becomes the whole new site (unchanged files hard-linked from the previous one) and is
  swapped in by one atomic exchange of the two folders (Linux ``renameat2(RENAME_EXCHANGE)``),
  so ``<out>`` is a complete site at every instant, for a web server or a Pages upload
  reading it. Where the exchange is not available, two renames (``<out>`` → ``<out>.old-<pid>``,
  then the new one in) leave a moment without ``<out>``; a build killed there is repaired by
  the next one (:func:`recover`).
* Patch (a few pages changed): the staging folder holds only the changed files; at the end
  each one is renamed over its old version (an atomic replace per file), files no longer
  produced are removed, and the manifest is replaced last. Swapping a whole 10,000-file tree
  to change two files would cost seconds of directory operations; this costs milliseconds,
  and should the process die inside this last step, the old manifest (still listing the
  pages to remove) makes the next build redo every page whose hash does not match and
  remove the rest.

:func:`recover` runs before every build: it puts back ``<out>.old-<pid>`` when a build died
between its two renames, and removes the ``.tmp-<pid>``/``.old-<pid>`` folders of builds
that are no longer running.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
from pathlib import Path, PurePosixPath

from newsdesk.errors import BuildError

_ODD_PARTS = frozenset(("", ".", ".."))  # path parts PurePosixPath drops or safe_rel refuses
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC


def safe_rel(rel: str) -> str:
    """Refuse any output path that could leave the output folder."""
    if "\\" not in rel and not _ODD_PARTS.intersection(rel.split("/")):
        return rel  # already plain (what PurePosixPath would give back): the common case
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
        _write_new(str(self._target(rel)), data)
        self.written += 1
        self.staged.append(rel)

    def commit(self, staged: list[str], stale: list[str], last: str) -> None:
        """Put the staged site in place. ``staged``: every file written (workers included),
        ``stale``: files of the previous site to remove, ``last``: the manifest."""
        if not self.patch:
            self._swap()
            return
        made: set[Path] = set()
        for rel in [r for r in staged if r != last]:
            dst = self.out / rel
            if dst.parent not in made:
                dst.parent.mkdir(parents=True, exist_ok=True)
                made.add(dst.parent)
            os.replace(self.tmp / rel, dst)
        self._remove(stale)  # before the new manifest, which no longer lists them
        os.replace(self.tmp / last, self.out / last)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _remove(self, stale: list[str]) -> None:
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

    def _swap(self) -> None:
        if not self.out.exists():
            os.rename(self.tmp, self.out)  # nothing to replace: one atomic rename
            return
        if _exchange(self.tmp, self.out):  # self.tmp now holds the previous site
            shutil.rmtree(self.tmp, ignore_errors=True)
            return
        old = self.out.with_name(f"{self.out.name}.old-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        os.rename(self.out, old)
        os.rename(self.tmp, self.out)
        shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step; False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False  # not Linux with glibc 2.28+ (the two-rename fallback is used)
    res = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if res == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # a file system without it
    raise OSError(code, os.strerror(code), str(b))


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process is not inside a build yet: any folder of its is left over
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def recover(out: Path) -> None:
    """Repair what dead builds left beside ``out`` (see the module doc): put ``<out>.old-<pid>``
    back if ``<out>`` is missing, and remove the staging folders of builds no longer running."""
    pattern = re.compile(re.escape(out.name) + r"\.(tmp|old)-(\d+)")
    try:
        siblings = sorted(out.parent.iterdir(), key=lambda p: p.name)
    except FileNotFoundError:
        return
    leftovers = [
        (m.group(1), p)
        for p in siblings
        if (m := pattern.fullmatch(p.name)) and p.is_dir() and not _running(int(m.group(2)))
    ]
    for kind, path in leftovers:
        if kind == "old" and not out.exists() and not out.is_symlink():
            os.rename(path, out)  # killed between the two renames: the previous site is back
        else:
            shutil.rmtree(path, ignore_errors=True)


def write_file(tmp: Path, rel: str, data: bytes, made: set[str]) -> None:
    """Used by worker processes writing straight into the staging folder (``made``: the
    folders this worker already created, to save a system call per file)."""
    path = f"{tmp}/{safe_rel(rel)}"
    parent = path.rpartition("/")[0]
    if parent not in made:
        os.makedirs(parent, exist_ok=True)
        made.add(parent)
    _write_new(path, data)


def _write_new(path: str, data: bytes) -> None:
    """Write ``data`` to a new file at ``path``; a file already there is replaced by a new one,
    never written through (it may be a hard link into the previous site)."""
    try:
        fd = os.open(path, _NEW_FILE, 0o666)
    except FileExistsError:
        os.unlink(path)
        fd = os.open(path, _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
