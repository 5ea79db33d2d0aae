"""What every review action writes: the result line, the review record and log entry, flags
the editor fixed moved to ``verification.resolved``, and the refusals (flags left, citations
that would publish a broken page)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.review.proposals import SourceDiff

from newsdesk.content import ContentFile
from newsdesk.errors import ReviewError
from newsdesk.sentence_checks import Flag, norm, outstanding_flags, story_problems, tally


@dataclass(frozen=True)
class ActionResult:
    path: Path
    message: str
    diff: SourceDiff | None = None
    refused: bool = False  # review record: a hand-made decision that was not recorded


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
    first = flags[0].text
    first = first if len(first) <= 80 else first[:77] + "..."
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


def unchecked_note(cf: ContentFile) -> str:
    """What the page will say of the editor's own sentences, and how to check them."""
    told = tally(cf.body, cf.meta.get("sentence_keys"))
    if told is None or not told.unchecked:
        return ""
    of_them = f", {told.uncited} of them citing no source" if told.uncited else ""
    return (
        f"; the page names {len(told.unchecked)} sentence(s) by an editor as not confirmed{of_them}:"
        f" 'newsdesk verify --story {cf.slug}' shows what supports each (--record keeps those"
        " that pass)"
    )
