"""What every review action writes: the result line, the review record and log entry, flags
the editor fixed moved to ``verification.resolved``, and the refusals (flags left, citations
that would publish a broken page); and who and when a record names.

Who is reviewing (:func:`resolve_editor`): ``--editor``, else ``git config user.name``, else the
login name; the time of an action is :func:`now`, and a hand-made decision's author and time
come from git (:func:`git_last_change`).
"""

from __future__ import annotations

import getpass
import os
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.review.proposals import SourceDiff

from newsdesk.content import ContentFile
from newsdesk.errors import ReviewError
from newsdesk.sentence_checks import (
    Flag,
    clipped,
    file_tally,
    norm,
    outstanding_flags,
    story_problems,
)


@dataclass(frozen=True)
class ActionResult:
    path: Path
    message: str
    diff: SourceDiff | None = None
    refused: bool = False  # review record: a hand-made decision that was not recorded
    warning: bool = False  # review record: a decision git does not hold yet, not recorded


def record_action(
    meta: dict[str, Any], action: str, editor: str, at: str, decision: bool, **extra: Any
) -> dict[str, Any]:
    entry = {"action": action, "editor": editor, "at": at}
    entry.update({k: v for k, v in extra.items() if v not in (None, False, "")})
    if decision:
        meta["review"] = dict(entry)
    meta["review_log"] = [*(meta.get("review_log") or []), entry]
    return meta


def resolve_flags(cf: ContentFile, meta: dict[str, Any], editor: str, at: str) -> dict[str, Any]:
    """Move the flags the editor fixed out of the verification report (into ``resolved``),
    so the page and ``build-site --strict`` no longer count them."""
    ver = meta.get("verification")
    if not isinstance(ver, dict) or not ver.get("sentences"):
        return meta
    open_texts = {f.text for f in outstanding_flags(cf)}
    keep, fixed = [], []
    for s in ver["sentences"]:
        text = s.get("text") if isinstance(s, dict) else None
        flagged = isinstance(s, dict) and (s.get("reasons") or s.get("supported") is False)
        if flagged and text and norm(str(text)) not in open_texts:
            fixed.append({**s, "resolved_by": editor, "resolved_at": at})
        else:
            keep.append(s)
    if not fixed:
        return meta
    ver = {**ver, "sentences": keep, "resolved": [*(ver.get("resolved") or []), *fixed]}
    ver["flagged"] = max(0, int(ver.get("flagged") or 0) - len(fixed))
    meta["verification"] = ver
    return meta


def refuse_flags(cf: ContentFile, flags: list[Flag], verb: str) -> None:
    first = clipped(flags[0].text)
    raise ReviewError(
        f"{cf.slug} has {len(flags)} flagged sentence(s), e.g. {first!r} "
        f"({'; '.join(flags[0].reasons)}): fix or delete them in {cf.path} and remove the "
        f'<mark> tags, or {verb} with --force --reason "…" to publish them anyway (recorded on'
        " the page)"
    )


def problems_line(cf: ContentFile, meta: dict[str, Any]) -> str | None:
    """The citation problems that would publish a broken page, as one line (None: none)."""
    problems = story_problems(ContentFile(cf.path, meta, cf.body), "published")
    if not problems:
        return None
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return (
        f"{cf.slug} cannot be published: {problems[0]}{more}; fix the [n] markers or the "
        f"sources: list in {cf.path}"
    )


def unchecked_note(cf: ContentFile, database: Path | None = None) -> str:
    """What the page will say of the editor's own sentences (refused by the check, or not
    checked yet), and how to check them: a command that works where it runs, so without the
    crawl database (``database`` missing) it says so instead of sending the editor to
    ``verify``, which needs it."""
    told = file_tally(cf.meta, cf.body)
    if told is None or not told.unchecked:
        return ""
    refused, pending = len(told.refused), len(told.unchecked) - len(told.refused)
    named = [
        f"{refused} sentence(s) of yours as refused by the check" if refused else "",
        f"{pending} sentence(s) by an editor as not confirmed" if pending else "",
    ]
    of_them = f", {told.uncited} of them citing no source" if told.uncited else ""
    said = f"; the page names {' and '.join(n for n in named if n)}{of_them}"
    if pending and database is not None and not database.exists():
        return (
            f"{said}: they could not be checked here, without the crawl database ({database});"
            f" where the crawl ran, 'newsdesk verify --story {cf.slug} --record' checks and"
            " records them (the drafts workflow does it on its next run)"
        )
    if pending:
        return (
            f"{said}: 'newsdesk verify --story {cf.slug}' shows what supports each (--record"
            " keeps those that pass)"
        )
    return (
        f"{said}: 'newsdesk verify --story {cf.slug}' says why; fix them and run it with --record"
    )


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


def git_uncommitted(path: str | Path) -> str | None:
    """Why git cannot say who set ``path``'s ``status:`` ("not in a git repository", "not
    committed to git", "its status change is not committed"), or None when it can."""
    p = Path(path)

    def git(*args: str) -> subprocess.CompletedProcess[str] | None:
        try:
            return subprocess.run(
                ["git", *args, "--", p.name], cwd=str(p.parent), capture_output=True,
                text=True, timeout=10, check=False,
            )  # fmt: skip
        except (OSError, subprocess.SubprocessError):
            return None

    tracked = git("ls-files", "--error-unmatch")
    if tracked is None or tracked.returncode != 0:
        inside = git("rev-parse", "--is-inside-work-tree")
        in_repo = inside is not None and inside.returncode == 0
        return "not committed to git" if in_repo else "not in a git repository"
    changed = git("diff", "HEAD", "--name-only", "-G^status:")
    return "its status change is not committed" if changed and changed.stdout.strip() else None


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
