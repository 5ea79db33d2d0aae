"""Review actions as plain functions: approve, accept, dismiss, reject, correct (and, from
review/state.py, find, list_rows and show, re-exported here).

Every action rewrites only the front matter (atomically) and keeps the body byte-identical; it
records who and when in ``review`` (the last status decision) and appends to ``review_log``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.review.editor import git_last_author, git_last_change, now
from newsdesk.review.proposals import (
    SourceDiff,
    diff_sources,
    merge_proposal,
    take_proposal,
)
from newsdesk.review.state import (  # noqa: F401 (re-exported: the review API in one place)
    FlagReport,
    Row,
    ShowReport,
    broken_row,
    find,
    list_rows,
    row,
    show,
)

from newsdesk import content
from newsdesk.content import ContentFile
from newsdesk.errors import ContentError, ReviewError
from newsdesk.flags import Flag, norm, outstanding_flags, story_problems


@dataclass(frozen=True)
class ActionResult:
    path: Path
    message: str
    diff: SourceDiff | None = None
    refused: bool = False  # review record: a hand-made decision that was not recorded


def _record(
    meta: dict[str, Any], action: str, editor: str, at: str, decision: bool, **extra: Any
) -> dict[str, Any]:
    entry = {"action": action, "editor": editor, "at": at}
    entry.update({k: v for k, v in extra.items() if v not in (None, False, "")})
    if decision:
        meta["review"] = dict(entry)
    meta["review_log"] = [*(meta.get("review_log") or []), entry]
    return meta


def _resolve_flags(cf: ContentFile, meta: dict[str, Any], editor: str, at: str) -> dict[str, Any]:
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


def _refuse_flags(cf: ContentFile, flags: list[Flag], verb: str) -> None:
    first = flags[0].text
    first = first if len(first) <= 80 else first[:77] + "..."
    raise ReviewError(
        f"{cf.slug} has {len(flags)} flagged sentence(s), e.g. {first!r} "
        f"({'; '.join(flags[0].reasons)}): fix or delete them in {cf.path} and remove the "
        f"<mark> tags, or {verb} with --force to publish them anyway (recorded on the page)"
    )


def _problems_line(cf: ContentFile, meta: dict[str, Any]) -> str | None:
    """The citation problems that would publish a broken page, as one line (None: none)."""
    problems = story_problems(ContentFile(cf.path, meta, cf.body), "published")
    if not problems:
        return None
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return (
        f"{cf.slug} cannot be published: {problems[0]}{more}; fix the [n] markers or the "
        f"sources: list in {cf.path}"
    )


def approve(
    content_dir: str | Path,
    slug: str,
    *,
    editor: str,
    force: bool = False,
    reason: str | None = None,
    at: str | None = None,
) -> ActionResult:
    """Publish a story; merge a pending proposal's new sources (the body stays the editor's)."""
    at = at or now()
    cf = find(content_dir, slug)
    prop = content.read_proposal(cf)
    if cf.status == "rejected" and prop is not None:
        raise ReviewError(
            f"{cf.slug} was rejected and new coverage is pending: run "
            f"'newsdesk review accept {cf.slug}' to take the new draft, read it, then approve"
        )
    if cf.status == "published" and prop is None:
        raise ReviewError(f"{cf.slug} is already published and no new coverage is pending")
    meta = merge_proposal(cf, prop, at) if prop else dict(cf.meta)
    broken = _problems_line(cf, meta)
    if broken:  # a dead [n] is never an editorial choice: --force does not override it
        raise ReviewError(broken)
    flags = outstanding_flags(cf)
    if flags and not force and cf.status != "published":
        _refuse_flags(cf, flags, "approve")
    diff = diff_sources(cf.meta, prop.meta) if prop else None
    if prop is not None:
        _record(meta, "accepted", editor, at, False, added=len(diff.new) if diff else 0)
    if cf.status != "published":
        meta["status"] = "published"
        _resolve_flags(cf, meta, editor, at)
        reason = " ".join((reason or "").split()) or None
        _record(meta, "approved", editor, at, True, forced=bool(flags and force), reason=reason)
    content.replace_meta(cf, meta)
    if prop is not None:
        prop.path.unlink(missing_ok=True)
    what = "published" if cf.status != "published" else "updated"
    extra = f", {len(diff.new)} new source(s) merged" if diff else ""
    forced = f", {len(flags)} flag(s) overridden" if flags and force else ""
    return ActionResult(cf.path, f"{cf.slug}: {what} by {editor}{extra}{forced}", diff)


def accept(
    content_dir: str | Path,
    slug: str,
    *,
    editor: str,
    replace_text: bool = False,
    force: bool = False,
    at: str | None = None,
) -> ActionResult:
    """Take a pending proposal: merge its new sources (default) or its whole text."""
    at = at or now()
    cf = find(content_dir, slug)
    prop = content.read_proposal(cf)
    if prop is None:
        raise ReviewError(
            f"{cf.slug} has no pending proposal (no new coverage since it was drafted)"
        )
    diff = diff_sources(cf.meta, prop.meta)
    if cf.status == "rejected" or replace_text:
        if cf.edited and cf.status != "rejected":
            raise ReviewError(
                f"{cf.slug}: your edited text would be replaced; copy what you need from "
                f"{prop.path} by hand, or run accept without --replace-text to merge the sources"
            )
        status = "draft" if cf.status == "rejected" else cf.status
        new = ContentFile(cf.path, take_proposal(cf, prop, status), prop.body)
        flags = outstanding_flags(ContentFile(cf.path, prop.meta, prop.body))
        if flags and status == "published" and not force:
            _refuse_flags(cf, flags, "accept")
        meta = _record(
            new.meta,
            "reopened" if cf.status == "rejected" else "accepted",
            editor,
            at,
            cf.status == "rejected",
            text="replaced",
            forced=bool(flags and force),
        )
        if status == "published":
            meta["updated"] = at
        content.write(cf.path, meta, prop.body)
    else:
        meta = merge_proposal(cf, prop, at)
        _record(meta, "accepted", editor, at, False, added=len(diff.new))
        content.replace_meta(cf, meta)
    prop.path.unlink(missing_ok=True)
    return ActionResult(
        cf.path,
        f"{cf.slug}: new coverage accepted by {editor}, {len(diff.new)} new source(s)",
        diff,
    )


def accept_marked(
    content_dir: str | Path, *, editor: str | None = None, at: str | None = None
) -> list[ActionResult]:
    """Accept every proposal an editor marked ``accept: true`` (the no-terminal way). The
    editor recorded is ``editor`` if given, else the author of the commit that marked it."""
    results = []
    for cf in content.scan_content(content_dir)[0]:  # broken files show up in review list
        try:
            prop = content.read_proposal(cf)
        except ContentError:
            continue  # a proposal being edited by hand: not accepted until it parses
        if prop is None or not prop.fm.accept:
            continue
        who = editor or git_last_author(prop.path) or "unknown editor"
        results.append(accept(content_dir, cf.slug, editor=who, at=at))
    return results


def dismiss(
    content_dir: str | Path,
    slug: str,
    *,
    editor: str,
    reason: str | None = None,
    at: str | None = None,
) -> ActionResult:
    """Turn down a pending proposal: its new sources are remembered as dismissed and not
    proposed again; the story is unchanged otherwise."""
    at = at or now()
    cf = find(content_dir, slug)
    prop = content.read_proposal(cf)
    if prop is None:
        raise ReviewError(f"{cf.slug} has no pending proposal to dismiss")
    diff = diff_sources(cf.meta, prop.meta)
    meta = dict(cf.meta)
    urls = [str(s["url"]) for s in diff.new if s.get("url")]
    meta["dismissed_sources"] = [*(meta.get("dismissed_sources") or []), *urls]
    meta["accepted_hash"] = prop.meta.get("body_hash")
    _record(meta, "dismissed", editor, at, False, reason=" ".join((reason or "").split()))
    content.replace_meta(cf, meta)
    prop.path.unlink(missing_ok=True)
    return ActionResult(
        cf.path, f"{cf.slug}: new coverage dismissed by {editor} ({len(urls)} source(s))", diff
    )


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
        change = git_last_change(cf.path, r"^status:")
        if change is None:
            continue  # not committed yet: the command line records it instead
        editor, at, subject = change
        meta = dict(cf.meta)
        if wanted == "approved":
            broken = _problems_line(cf, meta)
            if broken:  # left as it is, and said: the workflow stops before the build
                results.append(
                    ActionResult(cf.path, f"{broken} (published by {editor})", None, True)
                )
                continue
            flags = outstanding_flags(cf)
            _resolve_flags(cf, meta, editor, at)
            # publishing with flags left overrides the check, as --force does: the commit
            # message that made the change is its reason, shown on the page
            reason = subject if flags else None
            _record(
                meta, "approved", editor, at, True, forced=bool(flags), reason=reason, via="git"
            )
        else:
            _record(meta, "rejected", editor, at, True, reason=subject, via="git")
        content.replace_meta(cf, meta)
        results.append(ActionResult(cf.path, f"{cf.slug}: {wanted} by {editor} at {at} (from git)"))
    return results


def reject(
    content_dir: str | Path, slug: str, *, editor: str, reason: str, at: str | None = None
) -> ActionResult:
    """Reject a story; it is not drafted again unless new sources arrive."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ReviewError('give a reason with --reason "…" (it is kept in the review log)')
    at = at or now()
    cf = find(content_dir, slug)
    prop = content.read_proposal(cf)
    # sources seen in a pending proposal are rejected too: only newer ones reopen the story
    meta = merge_proposal(cf, prop, at) if prop else dict(cf.meta)
    if "updated" in cf.meta:
        meta["updated"] = cf.meta["updated"]  # rejecting is not new coverage
    else:
        meta.pop("updated", None)
    meta["status"] = "rejected"
    _record(meta, "rejected", editor, at, True, reason=reason)
    content.replace_meta(cf, meta)
    if prop is not None:
        prop.path.unlink(missing_ok=True)
    return ActionResult(cf.path, f"{cf.slug}: rejected by {editor} ({reason})")


def correct(
    content_dir: str | Path, slug: str, *, editor: str, note: str, at: str | None = None
) -> ActionResult:
    """Record a correction on a published story (shown on its page and in the corrections feed)."""
    note = " ".join((note or "").split())
    if not note:
        raise ReviewError('give the correction with --note "…"')
    at = at or now()
    cf = find(content_dir, slug)
    if cf.status != "published":
        raise ReviewError(
            f"{cf.slug} is a {cf.status}, not published: edit its text directly instead"
        )
    meta = dict(cf.meta)
    meta["corrections"] = [
        *(meta.get("corrections") or []),
        {"at": at, "editor": editor, "note": note},
    ]
    _record(meta, "corrected", editor, at, False, note=note)
    content.replace_meta(cf, meta)
    return ActionResult(cf.path, f"{cf.slug}: correction recorded by {editor}")
