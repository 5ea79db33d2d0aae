"""Content files on disk: the one scan of a content folder (:func:`walk`: which files are
stories, and which symlinks are refused) and atomic writes (:func:`write_text`).

Every reader of ``content/`` (review, drafting, the site build) lists its files here, so they
all see the same stories and refuse the same links:

* story files are ``*.md`` that are not proposals (``*.proposal.md``) nor hidden (``.*``);
* a symlinked file is read only when its target is inside the content folder: a link to
  ``/etc/passwd`` or to another project's drafts is skipped with a warning, so it can never
  be published;
* a symlinked directory is never followed (a loop cannot hang a scan); its files are read
  where they really are when that is inside the folder, and one leaving it is warned about;
* a content folder that is a file (or a symlink loop, or cannot be read) is an OSError, which
  the CLI reports as one line naming it, never an empty list of stories;
* a folder inside it that cannot be read (mode 000) is skipped with a warning naming it (its
  stories would otherwise drop out of the site unseen).

Atomic file writes: a temp file in the same folder, fsynced, then renamed (or, for a file that
must be new, hard-linked) into place, so a crash never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Found:
    """A story file: its path relative to the folder ('/'-separated), its path, its stat."""

    rel: str
    path: str
    stat: os.stat_result


@dataclass
class Walk:
    files: list[Found] = field(default_factory=list)  # sorted by rel
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why), sorted
    # every folder listed → its mtime (ns) taken just before it was listed: a file added,
    # removed or renamed in it since then changes it
    folders: dict[str, int] = field(default_factory=dict)


def is_story_name(name: str) -> bool:
    return name.endswith(".md") and ".proposal" not in name and not name.startswith(".")


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def walk(content_dir: str | Path) -> Walk:
    """The story files under ``content_dir`` and the symlinks skipped (see module doc)."""
    found = Walk()
    top = str(content_dir)
    root = os.path.realpath(top)
    stack = [(top, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            mtime = os.stat(folder).st_mtime_ns
            with os.scandir(folder) as it:
                entries = list(it)
        except FileNotFoundError:
            continue  # no content yet (or a folder removed while walking)
        except OSError as exc:
            if folder == top:  # a file, a symlink loop, unreadable: say so, never "no stories"
                raise
            why = f"a folder that cannot be read ({exc.strerror}); its stories are left out"
            found.skipped.append((folder, why))  # a warning (build-site --strict fails on it)
            continue
        found.folders[folder] = mtime
        for e in entries:
            if e.name.startswith("."):
                continue
            if e.is_symlink():
                try:
                    _link(e, prefix, root, found)
                except OSError as exc:  # a loop (x.md -> x.md): this file, not the whole scan
                    why = f"a symlink that cannot be followed ({exc.strerror}); skipped"
                    found.skipped.append((e.path, why))
            elif e.is_dir(follow_symlinks=False):
                stack.append((e.path, f"{prefix}{e.name}/"))
            elif is_story_name(e.name) and e.is_file(follow_symlinks=False):
                found.files.append(Found(prefix + e.name, e.path, e.stat(follow_symlinks=False)))
    found.files.sort(key=lambda f: f.rel.split("/"))
    found.skipped.sort()
    return found


def _link(e: os.DirEntry[str], prefix: str, root: str, found: Walk) -> None:
    target = os.path.realpath(e.path)
    leaves = not _inside(target, root)
    if e.is_dir():
        if leaves:
            found.skipped.append((e.path, f"a symlink to a folder outside {root}; not followed"))
        return  # never followed: its files are read where they are (or not at all)
    if not is_story_name(e.name) or not e.is_file():
        return  # not a story, or a dangling link
    if leaves:
        found.skipped.append((e.path, f"a symlink to a file outside {root}; skipped"))
        return
    found.files.append(Found(prefix + e.name, e.path, e.stat()))


def write_text(path: str | Path, text: str, *, exclusive: bool = False) -> Path:
    """Write atomically (temp file in the same folder, fsync, rename): a crash at any point
    leaves either the old file or the new one, never half a file. Keeps the file's mode.
    ``exclusive``: a new file only; FileExistsError if ``path`` exists, even when another
    program made it a moment ago (the temp file is hard-linked into place, not renamed)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = p.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        if exclusive:
            _link_new(tmp, p)
        else:
            os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p


def _link_new(tmp: str, p: Path) -> None:
    """Put ``tmp`` at ``p`` unless ``p`` exists (FileExistsError), then drop ``tmp``."""
    try:
        os.link(tmp, p)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system: check, then rename
        if p.exists():
            raise FileExistsError(f"{p}: already exists") from None
        os.replace(tmp, p)
        return
    os.unlink(tmp)
