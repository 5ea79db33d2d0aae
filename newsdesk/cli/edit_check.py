"""`review approve`'s check of an editor's own sentences before it publishes them.

A sentence the editor wrote (one the drafts' checker never passed: not in the file's
``sentence_keys``) is checked against the story's sources, as `newsdesk verify --story` does,
when the store is there to read them from. One that fails is refused like a flagged sentence:
the editor fixes it, or publishes anyway with ``--force`` (the page then names it as refused by
the check). What the check found is recorded on approval, as `verify --record` records it. With
no store (a content-only checkout), or a story the store no longer has, the sentences are left
to the page's "not confirmed" caveat, and approve says they could not be checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.errors import InputError, ReviewError
from newsdesk.text import counted

if TYPE_CHECKING:
    from newsdesk.config import Config


@dataclass(frozen=True)
class EditCheck:
    """What approve's check of the editor's own sentences found."""

    slug: str  # the story's full slug
    failing: tuple[Any, ...]  # the editor's sentences that fail (SentenceCheck)
    passed: tuple[str, ...] = ()  # keys of the sentences that pass: recorded on approval
    refused: tuple[str, ...] = ()  # keys of the editor's sentences that fail: recorded too
    ran: bool = False  # False: nothing to check, or nothing to check against (no store)
    recorded: tuple[str, ...] = ()  # when it could not run: the editor's sentences the file
    # records as refused by an earlier check (refused_keys), refused again without --force


def failing_edits(config: Config, content_dir: Path, slug: str) -> EditCheck:
    """The editor's own sentences of story ``slug`` checked against the store (none when
    there is nothing to check them against)."""
    from newsdesk.review.actions import find
    from newsdesk.sentence_checks import tally

    database = config.path(config.crawl.database)
    cf = find(content_dir, slug)
    keys = cf.meta.get("sentence_keys")
    told = tally(cf.body, keys, cf.meta.get("refused_keys"))
    if cf.status == "published" or told is None or not told.unchecked:
        return EditCheck(cf.slug, ())
    if not database.exists():
        return EditCheck(cf.slug, (), recorded=told.refused)
    from newsdesk.store import Store
    from newsdesk.summarizer.filecheck import Stored, check_file

    with Store(database) as store:
        try:
            result = check_file(config, Stored.read(store), cf)
        except InputError:  # the store no longer has this story: nothing to check against
            return EditCheck(cf.slug, (), recorded=told.refused)
    known = {str(k) for k in keys or ()}
    mine = [s for s in result.sentences if not s.marked and s.key not in known]
    failing = tuple(s for s in mine if not s.verdict.supported)
    return EditCheck(
        cf.slug,
        failing,
        passed=tuple(s.key for s in mine if s.verdict.supported),
        refused=tuple(s.key for s in failing),
        ran=True,
    )


def refuse_failing_edits(slug: str, failing: tuple[Any, ...]) -> None:
    """Raise ReviewError naming the first of the editor's failing sentences, if any."""
    if failing:
        from newsdesk.summarizer.formats import short  # the stage loads on use, not at start-up

        first, n = failing[0], len(failing)
        broken = any(_no_such_source(s.verdict.reasons) for s in failing)
        raise ReviewError(
            f"{slug}: {counted(n, 'sentence', 'sentences')} of yours {'fails' if n == 1 else 'fail'}"
            f' the check ("{short(first.sentence)}": {first.verdict.reasons[0]}); fix'
            f" {'it' if n == 1 else 'them'} (see 'newsdesk verify --story {slug}')"
            + (
                ": a citation of a source the story does not have is never published, not even"
                " with --force"
                if broken
                else ', or publish anyway with --force --reason "…"'
            )
        )


def refuse_recorded(slug: str, recorded: tuple[str, ...]) -> None:
    """Raise ReviewError when the check could not run (no store, or the store lost the story)
    but the file records sentences of the editor's that an earlier check refused."""
    if recorded:
        from newsdesk.summarizer.formats import short

        n = len(recorded)
        raise ReviewError(
            f"{slug}: {counted(n, 'sentence', 'sentences')} of yours {'was' if n == 1 else 'were'}"
            f' refused by the check when it last ran ("{short(recorded[0])}", in refused_keys),'
            " and there is no store to check again: fix "
            f"{'it' if n == 1 else 'them'} and run 'newsdesk verify --story {slug} --record'"
            ' after a crawl, or publish anyway with --force --reason "…"'
        )


def _no_such_source(reasons: Any) -> bool:
    return any("which the story does not have" in r for r in reasons)
