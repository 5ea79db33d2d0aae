"""Atomic file writes: a temp file in the same folder, fsynced, then renamed (or, for a file
that must be new, hard-linked) into place, so a crash never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
