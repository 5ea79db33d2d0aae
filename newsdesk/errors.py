"""One exception tree for every error a user can cause.

The CLI catches :class:`NewsdeskError` (and an ``OSError`` about a path, turned into one by
:func:`os_error`: a full disk, a place it may not write, a file where a folder should be, a
name too long, a symlink loop, ...) and prints ``str(error)`` as a single line on stderr with
exit code 1. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import errno
import os
import re


class NewsdeskError(Exception):
    """Base of every user-facing error: its message is one clean line."""

    exit_code = 1  # the command's exit status (docs/cli.md)

    def __str__(self) -> str:  # keep it to one line whatever the message holds
        return " ".join(super().__str__().split())


class ConfigError(NewsdeskError):
    """The configuration file is missing, unreadable or invalid."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = list(problems)
        super().__init__(f"{path}: " + "; ".join(self.problems))


def toml_error(path: str, message: str, text: str) -> ConfigError:
    """A TOML syntax error as ``file:line:col: not valid TOML: …``, the position an editor jumps
    to (tomllib puts it at the end of its message; the end of the document is its last line)."""
    m = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if m:
        where, why = f"{m.group(1)}:{m.group(2)}", message[: m.start()]
    else:
        lines = text.split("\n")
        where = f"{len(lines)}:{len(lines[-1]) + 1}"
        why = message.removesuffix(" (at end of document)") + " at the end of the file"
    return ConfigError(f"{path}:{where}", [f"not valid TOML: {why}"])


class StoreError(NewsdeskError):
    """The database cannot be opened, or is from a newer version of newsdesk."""


class InputError(NewsdeskError):
    """An input file (JSONL, JSON, text, archive) is missing or malformed."""


class ContentError(NewsdeskError):
    """A content file (front matter + Markdown) is missing or malformed."""


class FetchError(NewsdeskError):
    """A URL was refused or could not be fetched (used inside the crawler, recorded per URL)."""


class CrawlFailed(NewsdeskError):
    """Every feed of a crawl failed: what was stored is kept, and a scheduled run must notice."""

    exit_code = 3


class CheckFailed(NewsdeskError):
    """`verify --input --text --exit-code` ran, and some lines fail the check (the verdicts are
    printed): a script can tell from the exit status."""

    exit_code = 3


class ReviewError(NewsdeskError):
    """A review action was refused (unknown slug, flagged draft without --force, ...)."""


class BuildError(NewsdeskError):
    """The site could not be built (or --strict turned warnings into a failure)."""


DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)  # no permission, immutable, read-only mount
FULL = (errno.ENOSPC, errno.EDQUOT)  # no space left, disk quota exceeded
NAME_MAX = 255  # bytes in one file name on ext4, xfs, btrfs, tmpfs, APFS


def disk_full(exc: OSError) -> NewsdeskError | None:
    """One line for a full disk (or quota), naming the file being written; None for any other
    OSError. Every writer writes to a temp file and renames it, so nothing stored is lost."""
    if exc.errno not in FULL:
        return None
    where = f"{exc.filename}: " if exc.filename else ""
    return NewsdeskError(
        f"{where}{exc.strerror or 'no space left on device'}: nothing was replaced; "
        "free some space and run again"
    )


def not_permitted(exc: OSError) -> NewsdeskError | None:
    """One line for a file or folder newsdesk may not write (its mode, ``chattr +i``, a
    read-only mount), naming it; None for any other OSError. A writer's temporary file is named
    by its folder, which is what the user can fix; the writers leave the old file in place."""
    if exc.errno not in DENIED:
        return None
    where = _named(exc)
    return NewsdeskError(
        f"{where + ': ' if where else ''}{exc.strerror or 'permission denied'}: newsdesk cannot "
        "write there (check its permissions, and 'lsattr' for the immutable flag); nothing was "
        "replaced"
    )


def _named(exc: OSError) -> str:
    """The path an OSError is about, as the user knows it: the file a temporary one replaces
    (``os.replace``), and a writer's own temporary file named by its folder."""
    target = exc.filename2 or exc.filename
    where = os.fsdecode(target) if isinstance(target, (str, bytes)) else str(target or "")
    name = os.path.basename(where)
    if (name.startswith(".") and name.endswith(".tmp")) or ".tmp-" in name:  # a writer's own
        where = os.path.dirname(where) or "."
    return where


def _not_a_folder(where: str) -> tuple[str, str] | None:
    """The first path on the way to ``where`` (itself last) that exists and is not a folder,
    with what it is instead; None if there is none."""
    parts = [os.path.abspath(where)]
    while os.path.dirname(parts[-1]) != parts[-1]:
        parts.append(os.path.dirname(parts[-1]))
    for part in reversed(parts):
        if os.path.lexists(part) and not os.path.isdir(part):
            what = "a symlink that leads to no folder" if os.path.islink(part) else "a file"
            return (part if os.path.isabs(where) else os.path.relpath(part)), what
    return None


def _why(exc: OSError, where: str) -> str:
    reason = exc.strerror or "cannot be used"
    culprit = None
    if exc.errno == errno.ENOTDIR or (exc.errno == errno.EEXIST and exc.filename2 is None):
        culprit = _not_a_folder(where)
    if culprit is not None:
        return f"{culprit[0]}: is {culprit[1]} where a folder is needed ({reason})"
    if exc.errno == errno.EISDIR:
        return f"{where}: is a folder where a file is needed ({reason})"
    if exc.errno == errno.ENAMETOOLONG:
        return _too_long(where, reason)
    if exc.errno == errno.ELOOP:
        return f"{where}: a symlink in this path loops ({reason})"
    return f"{where}: {reason}"


def _too_long(where: str, reason: str) -> str:
    """Name the part of a path that is too long: a name over the usual 255 bytes (with the
    path up to it), else the whole path."""
    parts = where.split(os.sep)
    for i, part in enumerate(parts):
        if len(os.fsencode(part)) > NAME_MAX:
            return (
                f"{os.sep.join(parts[: i + 1])}: a name in this path is too long for the file "
                f"system ({len(os.fsencode(part))} bytes; {reason})"
            )
    return f"{where}: this path is too long for the file system ({reason})"


def os_error(exc: OSError) -> NewsdeskError | None:
    """One line for an OSError about a path (a full disk, a place newsdesk may not write, a
    file where a folder should be or the reverse, a name too long, a symlink loop, ...), naming
    the path and the reason; None for one that names no path (a bug, or the network's, which
    the crawler records per URL). Every writer writes a temp file and renames it, so the file
    it would have replaced is still there."""
    known = disk_full(exc) or not_permitted(exc)
    if known is not None:
        return known
    if exc.filename is None and exc.filename2 is None:
        return None
    return NewsdeskError(_why(exc, _named(exc)))
