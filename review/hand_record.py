"""`newsdesk review record`: the review record of stories published or rejected by editing
``status:`` by hand (in a pull request), written from git."""

from __future__ import annotations

from pathlib import Path

from newsdesk.review.records import (
    ActionResult,
    git_last_change,
    git_uncommitted,
    problems_line,
    record_action,
    resolve_flags,
)

from newsdesk import content
from newsdesk.sentence_checks import file_tally, outstanding_flags
from newsdesk.text import counted


def record_git_decisions(content_dir: str | Path) -> list[ActionResult]:
    """Give a review record to stories published or rejected by editing ``status:`` by hand
    (in a pull request): the editor and time are those of the commit that changed the line,
    the reason of a rejection (or of publishing with flags left, recorded as forced) its commit
    message. Flags the editor fixed move to ``resolved``. A story whose citations would publish
    a broken page is not recorded: its result says why, with ``refused`` set."""
    results = []
    for cf in content.scan_content(content_dir)[0]:
        last = cf.fm.review.get("action") if cf.fm.review is not None else None
        wanted = {"published": "approved", "rejected": "rejected"}.get(cf.status)
        if wanted is None or last == wanted or (wanted == "approved" and last == "reopened"):
            continue
        said, warn = wanted, ""  # what the result line says was done, and a warning
        # an edit not committed: the last commit of a status line (the draft's) is not its editor
        why = git_uncommitted(cf.path)
        change = None if why else git_last_change(cf.path, r"^status:")
        if change is None:  # no approver to name: said, and left for a commit or a command
            results.append(_unrecorded(cf, why or "no commit changed its status line"))
            continue
        editor, at, subject = change
        meta = dict(cf.meta)
        if wanted == "approved":
            broken = problems_line(cf, meta)
            if broken:  # left as it is, and said: the workflow stops before the build
                results.append(
                    ActionResult(cf.path, f"{broken} (published by {editor})", None, True)
                )
                continue
            flags = outstanding_flags(cf)
            resolve_flags(cf, meta, editor, at)
            # publishing with flags left overrides the check, as --force does: the commit
            # message that made the change is its reason, shown on the page
            reason = subject if flags else None
            record_action(
                meta, "approved", editor, at, True, forced=bool(flags), reason=reason, via="git"
            )
            if flags:
                past = counted(len(flags), "flagged sentence", "flagged sentences")
                said = f"approved past {past}"
            told = file_tally(meta, cf.body)
            if told is not None and told.refused and not flags:  # not an override: a warning
                n = len(told.refused)
                warn = (
                    f"; {counted(n, 'sentence', 'sentences')} of it the check refused"
                    f" (refused_keys): fix {'it' if n == 1 else 'them'}, or"
                    " 'build-site --strict' fails"
                )
        else:
            record_action(meta, "rejected", editor, at, True, reason=subject, via="git")
        content.replace_meta(cf, meta)
        results.append(
            ActionResult(cf.path, f"{cf.slug}: {said} by {editor} at {at} (from git){warn}")
        )
    return results


def _unrecorded(cf: content.ContentFile, why: str) -> ActionResult:
    """The warning for a status set by hand that git cannot name an editor for."""
    command = "approve" if cf.status == "published" else "reject"
    return ActionResult(
        cf.path,
        f"{cf.path}: 'status: {cf.status}' set by hand, {why}: no review record written (no "
        f"editor to name); commit it and run 'newsdesk review record' again, or use "
        f"'newsdesk review {command} {cf.slug}'",
        None,
        warning=True,
    )
