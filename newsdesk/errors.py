"""One exception tree for every error a user can cause.

The CLI catches :class:`NewsdeskError` (and a full disk or a place it may not write, turned into
one by :func:`disk_full` and :func:`not_permitted`) and prints ``str(error)`` as a single line on
stderr with exit code 1. Anything else is a bug and keeps its traceback.
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


class ReviewError(NewsdeskError):
    """A review action was refused (unknown slug, flagged draft without --force, ...)."""


class BuildError(NewsdeskError):
    """The site could not be built (or --strict turned warnings into a failure)."""


DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)  # no permission, immutable, read-only mount
FULL = (errno.ENOSPC, errno.EDQUOT)  # no space left, disk quota exceeded


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
    target = exc.filename2 or exc.filename  # (os.replace: the file the temporary one replaces)
    where = str(target) if target else ""
    name = os.path.basename(where)
    if (name.startswith(".") and name.endswith(".tmp")) or ".tmp-" in name:  # a writer's own
        where = os.path.dirname(where) or "."
    return NewsdeskError(
        f"{where + ': ' if where else ''}{exc.strerror or 'permission denied'}: newsdesk cannot "
        "write there (check its permissions, and 'lsattr' for the immutable flag); nothing was "
        "replaced"
    )
