"""One writer at a time: the lock every command that writes content/ or the site holds.

Two editors running ``review approve`` and ``review reject`` on one story at once each read the
file, changed its front matter and wrote it back: both said they succeeded, the last write won
and the other's decision vanished from ``review_log``. A command that writes content/ or the
site (review approve, reject, correct, accept, dismiss, record; draft; build-site) holds this
lock from before it reads to after it writes, so every read-change-write of a story file
(``review_log`` included) sees the one before it.

The lock is ``.newsdesk.lock`` in the project (the config file's folder), locked with
``flock``: the kernel lets it go when the process ends however it ends, so a killed command
leaves no stale lock behind. The file holds the holder's pid, for the message. A second command
does not wait: it stops at once with one line naming the holder, and nothing was changed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from newsdesk.errors import NewsdeskError

LOCK_NAME = ".newsdesk.lock"


class BusyError(NewsdeskError):
    """Another newsdesk command holds the write lock."""


def lock_path(root: Path) -> Path:
    return Path(root) / LOCK_NAME


@contextlib.contextmanager
def writing(root: Path) -> Iterator[None]:
    """Hold the project's write lock (``root``: the config file's folder) for the block;
    BusyError at once when another process holds it."""
    path = lock_path(root)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            raise BusyError(
                f"another newsdesk command is writing content/ (pid {holder}); try again when it "
                f"has finished (lock: {path})"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        try:
            yield
        finally:
            os.ftruncate(fd, 0)  # (the file stays: removing it would race the next locker)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _holder(fd: int) -> str:
    """The pid the holder wrote, or "unknown" when it has not written it yet."""
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        text = ""
    return text if text.isdigit() else "unknown"
