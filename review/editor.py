"""Who is reviewing: ``--editor``, else ``git config user.name``, else the login name."""

from __future__ import annotations

import getpass
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.errors import ReviewError


def git_user_name(cwd: str | Path | None = None) -> str | None:
    """``git config user.name`` as seen from cwd, or None (no git, not set, timed out)."""
    try:
        proc = subprocess.run(
            ["git", "config", "user.name"],
            cwd=str(cwd) if cwd and Path(cwd).is_dir() else None,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    name = proc.stdout.strip()
    return name if proc.returncode == 0 and name else None


def git_last_change(path: str | Path, pattern: str | None = None) -> tuple[str, str, str] | None:
    """(author, ISO time, subject) of the last commit that changed ``path`` (only commits whose
    diff adds or removes a line matching the regex ``pattern``, if given), or None."""
    p = Path(path)
    args = ["git", "log", "-1", "--format=%an%x00%aI%x00%s"]
    if pattern:
        args.append(f"-G{pattern}")
    try:
        proc = subprocess.run(
            [*args, "--", p.name],
            cwd=str(p.parent),
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    fields = proc.stdout.strip().split("\0")
    if proc.returncode != 0 or len(fields) != 3 or not fields[0]:
        return None
    when = datetime.fromisoformat(fields[1]).astimezone(UTC).replace(microsecond=0)
    return fields[0], when.isoformat().replace("+00:00", "Z"), fields[2]


def git_last_author(path: str | Path) -> str | None:
    """The author of the last commit that changed ``path`` (who marked a proposal accepted)."""
    change = git_last_change(path)
    return change[0] if change else None


def resolve_editor(explicit: str | None = None, cwd: str | Path | None = None) -> str:
    """The editor's name for the review record; refuses to record an anonymous action."""
    if explicit is not None:
        name = " ".join(explicit.split())
        if not name:
            raise ReviewError("--editor is empty: give the name to record")
        return name
    configured = git_user_name(cwd)
    if configured:
        return configured
    for var in ("USER", "LOGNAME", "USERNAME"):
        if os.environ.get(var, "").strip():
            return os.environ[var].strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise ReviewError(
            "cannot tell who you are: pass --editor NAME or set git config user.name"
        ) from None


def now() -> str:
    """The current time, ISO 8601 UTC to the second ('2026-05-12T09:00:00Z')."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
