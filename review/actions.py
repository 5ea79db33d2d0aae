"""Review actions as plain functions: approve, accept, dismiss, reject, correct (and, from
review/state.py, find, list_rows and show, re-exported here).

Every action rewrites only the front matter (atomically) and keeps the body byte-identical; it
records who and when in ``review`` (the last status decision) and appends to ``review_log``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsdesk.review.hand_record import record_git_decisions  # noqa: F401 (re-exported)
from newsdesk.review.proposals import diff_sources, merge_proposal, take_proposal
from newsdesk.review.records import (  # noqa: F401 (ActionResult: part of the API)
    ActionResult,
    git_last_author,
    now,
    problems_line,
    record_action,
    refuse_flags,
    resolve_flags,
    unchecked_note,
)
from newsdesk.review.state import (  # noqa: F401 (re-exported: the review API in one place)
    FlagReport,
    Row,
    ShowReport,
    broken_row,
    find,  # from review/names.py
    list_rows,
    row,
    show,
)

from newsdesk import content
from newsdesk.content import ContentFile
from newsdesk.errors import ContentError, ReviewError
from newsdesk.sentence_checks import outstanding_flags, record_checks, unchecked


def _unrecorded(cf: ContentFile) -> bool:
    """A story published by hand whose approval no editor is recorded for (``review`` names
    none): approve records one."""
    review = cf.meta.get("review")
    return cf.status == "published" and not (isinstance(review, dict) and review.get("editor"))


def _approvable(cf: ContentFile, pending: bool) -> None:
    """Refuse an approval that has nothing to publish or must first take the new draft."""
    if cf.status == "rejected" and pending:
        raise ReviewError(
            f"{cf.slug} was rejected and new coverage is pending: run "
            f"'newsdesk review accept {cf.slug}' to take the new draft, read it, then approve"
        )
    if cf.status == "published" and not pending and not _unrecorded(cf):
        raise ReviewError(f"{cf.slug} is already published and no new coverage is pending")
    if not content.has_text(cf.body):  # --force does not override it: there is nothing to read
        raise ReviewError(
            f"{cf.slug} has no text to publish (none of its sources could be read): write its "
            f"text in {cf.path}, or reject it with 'newsdesk review reject {cf.slug} --reason …'"
        )


def approve(
    content_dir: str | Path,
    slug: str,
    *,
    editor: str,
    force: bool = False,
    reason: str | None = None,
    at: str | None = None,
    failing_edits: int | None = None,
    checked: tuple[Sequence[str], Sequence[str]] | None = None,
    database: Path | None = None,
) -> ActionResult:
    """Publish a story; merge a pending proposal's new sources (the body stays the editor's).
    With ``force``, publishing over flags or over the editor's own sentences that fail the
    check (``failing_edits``, counted by the CLI against the store; when None, not known, the
    sentences no check passed count) is recorded as forced; without it, flags are refused.
    ``checked``: the keys of the editor's sentences the CLI's check passed and refused, recorded
    as ``verify --record`` records them (so the page is right at once). ``database``: the crawl
    database the advice on unchecked sentences may send the editor to."""
    at = at or now()
    cf = find(content_dir, slug)
    prop = content.read_proposal(cf)
    _approvable(cf, prop is not None)
    meta = merge_proposal(cf, prop, at) if prop else dict(cf.meta)
    broken = problems_line(cf, meta)
    if broken:  # a dead [n] is never an editorial choice: --force does not override it
        raise ReviewError(broken)
    fresh = cf.status != "published" or _unrecorded(cf)  # a decision to record
    flags = outstanding_flags(cf)
    if flags and not force and fresh:
        refuse_flags(cf, flags, "approve")
    diff = diff_sources(cf.meta, prop.meta) if prop else None
    if prop is not None:
        record_action(meta, "accepted", editor, at, False, added=len(diff.new) if diff else 0)
    mine, kind = _own_sentences(cf, failing_edits)
    if fresh:
        meta["status"] = "published"
        resolve_flags(cf, meta, editor, at)
        reason = " ".join((reason or "").split()) or None
        forced = force and bool(flags or mine)
        record_action(meta, "approved", editor, at, True, forced=forced, reason=reason)
    if checked is not None:  # what approve checked is recorded, as verify --record does
        meta = record_checks(meta, cf.body, *checked) or meta
    content.replace_meta(cf, meta)
    if prop is not None:
        prop.path.unlink(missing_ok=True)
    what = "published" if fresh else "updated"
    extra = f", {len(diff.new)} new source(s) merged" if diff else ""
    overridden = [
        f"{len(flags)} flag(s)" if flags else "",
        f"{mine} {kind} sentence(s) of yours" if mine else "",
    ]
    said = " and ".join(x for x in overridden if x) if force else ""
    forced_note = f", {said} overridden" if said else ""
    note = unchecked_note(ContentFile(cf.path, meta, cf.body), database)
    text = f"{cf.slug}: {what} by {editor}{extra}{forced_note}{note}{_was_rejected(cf)}"
    return ActionResult(cf.path, text, diff)


def _was_rejected(cf: ContentFile) -> str:
    """Approving a rejected story publishes it: said, with who rejected it and why."""
    last = cf.meta.get("review")
    if cf.status != "rejected" or not isinstance(last, dict):
        return ""
    why = f", reason: {last['reason']}" if last.get("reason") else ""
    who = f" by {last['editor']}" if last.get("editor") else ""
    return f" (it was rejected{who}{why}; approving it publishes it)"


def _own_sentences(cf: ContentFile, failing_edits: int | None) -> tuple[int, str]:
    """How many of the editor's own sentences --force publishes over, and what they are: those
    failing against the store (the CLI counts them), else, when that is not known, those no
    check passed; none for a story already published."""
    if cf.status == "published":
        return 0, ""
    if failing_edits is None:
        return len(unchecked(cf.body, cf.meta.get("sentence_keys")) or ()), "unconfirmed"
    return failing_edits, "failing"


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
            refuse_flags(cf, flags, "accept")
        meta = record_action(
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
        record_action(meta, "accepted", editor, at, False, added=len(diff.new))
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
    record_action(meta, "dismissed", editor, at, False, reason=" ".join((reason or "").split()))
    content.replace_meta(cf, meta)
    prop.path.unlink(missing_ok=True)
    return ActionResult(
        cf.path, f"{cf.slug}: new coverage dismissed by {editor} ({len(urls)} source(s))", diff
    )


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
    if cf.status == "rejected" and prop is None:  # run twice: one decision, one log entry
        raise ReviewError(f"{cf.slug} is already rejected and no new coverage is pending")
    # sources seen in a pending proposal are rejected too: only newer ones reopen the story
    meta = merge_proposal(cf, prop, at) if prop else dict(cf.meta)
    meta.pop("updated", None)
    if "updated" in cf.meta:  # rejecting is not new coverage
        meta["updated"] = cf.meta["updated"]
    meta["status"] = "rejected"
    record_action(meta, "rejected", editor, at, True, reason=reason)
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
            f"{cf.slug} is {'a draft' if cf.status == 'draft' else cf.status}, not published: a "
            "correction is for a published story; change the text of an unpublished one directly"
        )
    meta = dict(cf.meta)
    done = list(meta.get("corrections") or [])
    if any(c.get("note") == note and str(c.get("at"))[:10] == at[:10] for c in done):
        raise ReviewError(f"{cf.slug} already has this correction from today; nothing added")
    meta["corrections"] = [*done, {"at": at, "editor": editor, "note": note}]
    record_action(meta, "corrected", editor, at, False, note=note)
    content.replace_meta(cf, meta)
    return ActionResult(cf.path, f"{cf.slug}: correction recorded by {editor}")
