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


def git_last_author(path: str | Path) -> str | None:
    """The author of the last commit that changed ``path`` (who marked a proposal accepted)."""
    p = Path(path)
    try:
        proc = subprocess.run(
            ["git", "log", "-1", "--format=%an", "--", p.name],
            cwd=str(p.parent),
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    name = proc.stdout.strip()
    return name if proc.returncode == 0 and name else None


def resolve_editor(explicit: str | None = None, cwd: str | Path | None = None) -> str:
    """The editor's name for the review record; refuses to record an anonymous action."""
    if explicit is not None:
        name = " ".join(explicit.split())
        if not name:
            raise ReviewError("--editor is empty: give the name to record")
        return name
    name = git_user_name(cwd)
    if name:
        return name
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
