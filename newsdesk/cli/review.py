"""`newsdesk review list|show|approve|reject|correct|accept`."""

from __future__ import annotations

from pathlib import Path

import click

from newsdesk.cli.edit_check import failing_edits, refuse_failing_edits, refuse_recorded
from newsdesk.cli.options import HELP_OPTIONS, config_option, get_config
from newsdesk.cli.review_list import print_list
from newsdesk.config import Config
from newsdesk.errors import NewsdeskError, ReviewError
from newsdesk.writelock import writing

EDITOR_HELP = "Name recorded for this action (default: git config user.name, else $USER)."


def _content_dir(config: Config) -> Path:
    return config.path(config.build.content_dir)


def _editor(config: Config, name: str | None) -> str:
    from newsdesk.review.records import resolve_editor

    return resolve_editor(name, cwd=_content_dir(config).parent)


@click.group("review", context_settings=HELP_OPTIONS)
def review() -> None:
    """List, read, approve, reject and correct drafts (content/*.md).

    Every action changes only the front matter of the story's file and records who and when;
    the text an editor wrote is never touched."""


@review.command("list", context_settings=HELP_OPTIONS)
@config_option
@click.option(
    "--status",
    type=click.Choice(["draft", "published", "rejected"]),
    help="Only stories with this status.",
)
@click.option("--topic", metavar="SLUG", help="Only stories of this topic (its slug).")
@click.option(
    "--pending",
    is_flag=True,
    help="Only what needs an editor: drafts, and stories with new coverage waiting.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "table", "plain", "markdown", "json"]),
    default="auto",
    show_default=True,
    help="auto: a table on a terminal, plain columns otherwise; markdown for pull requests.",
)
def list_cmd(
    config_path: str, status: str | None, topic: str | None, pending: bool, fmt: str
) -> None:
    """Show the stories with their status, source counts, flags and pending new coverage."""
    print_list(get_config(config_path), status, topic, pending, fmt)


@review.command("show", context_settings=HELP_OPTIONS)
@config_option
@click.argument("slug")
@click.option("--diff", is_flag=True, help="Also print the pending proposal's text as a diff.")
def show_cmd(config_path: str, slug: str, diff: bool) -> None:
    """Print a story with its verification report, each flagged sentence beside the source
    passage that should support it, and the new coverage pending since it was drafted."""
    from newsdesk.cli.review_render import render_show  # its sentence checks: only to show
    from newsdesk.review import actions

    config = get_config(config_path)
    report = actions.show(_content_dir(config), slug, config.path(config.crawl.database))
    render_show(report, text_diff=diff)


@review.command("approve", context_settings=HELP_OPTIONS)
@config_option
@click.argument("slug")
@click.option("--editor", help=EDITOR_HELP)
@click.option(
    "--force",
    is_flag=True,
    help="Publish even with flagged sentences, or sentences of yours that fail the check, left"
    " (recorded and shown on the page). Needs --reason.",
)
@click.option("--reason", help="Why (needed with --force: shown on the page beside the override).")
def approve_cmd(
    config_path: str, slug: str, editor: str | None, force: bool, reason: str | None
) -> None:
    """Publish a story (status: published). Refuses flagged sentences, and your own sentences
    that fail the check against the stored sources, unless --force; always refuses a citation
    [n] without a source n or a story without sources. What the check found is recorded, as
    `verify --record` records it, so the page is right at once. If new coverage is pending, its
    sources are merged into the list and your text is kept."""

    if force and not (reason or "").strip():  # a published story can't get one later
        raise ReviewError(f'approve --force needs --reason "why": nothing was changed in {slug}')
    config = get_config(config_path)
    with writing(config.root):  # from the check's read to the file's write
        _approve(config, slug, editor, force, reason)


def _approve(
    config: Config, slug: str, editor: str | None, force: bool, reason: str | None
) -> None:
    from newsdesk.review import actions

    checked = None  # what the check of your own sentences found (None: it could not run)
    if not force:  # an editor's own sentence that fails the check is refused like a flag
        checked = failing_edits(config, _content_dir(config), slug)
        refuse_failing_edits(checked.slug, checked.failing)
        refuse_recorded(checked.slug, checked.recorded)
    else:  # what --force overrides, when the store can tell; a store that cannot read
        try:  # does not stop a forced approval
            checked = failing_edits(config, _content_dir(config), slug)
        except NewsdeskError:
            checked = None
    ran = checked is not None and checked.ran
    result = actions.approve(
        _content_dir(config),
        slug,
        editor=_editor(config, editor),
        force=force,
        reason=reason,
        failing_edits=len(checked.failing) if checked is not None else None,
        checked=(checked.passed, checked.refused) if checked is not None and ran else None,
        database=config.path(config.crawl.database),
    )
    click.echo(result.message)


@review.command("accept", context_settings=HELP_OPTIONS)
@config_option
@click.argument("slug", required=False)
@click.option("--editor", help=EDITOR_HELP)
@click.option(
    "--replace-text",
    is_flag=True,
    help="Take the proposal's new text too (refused when you edited the text yourself).",
)
@click.option("--force", is_flag=True, help="With --replace-text: accept flagged sentences.")
@click.option(
    "--marked",
    is_flag=True,
    help="Instead of SLUG: accept every proposal an editor marked 'accept: true' (the editor "
    "recorded is the author of the commit that marked it, unless --editor is given).",
)
def accept_cmd(
    config_path: str,
    slug: str | None,
    editor: str | None,
    replace_text: bool,
    force: bool,
    marked: bool,
) -> None:
    """Accept the new coverage pending for a story: its new sources join the list (numbers of
    existing sources stay), 'updated' is set, your text stays as it is."""

    from newsdesk.review import actions

    config = get_config(config_path)
    if marked == bool(slug):
        raise click.UsageError("give a SLUG or --marked (not both)")
    with writing(config.root):
        if slug is None:  # --marked
            results = actions.accept_marked(_content_dir(config), editor=editor)
            for result in results:
                click.echo(result.message)
            click.echo(f"{len(results)} marked proposal(s) accepted")
            return
        result = actions.accept(
            _content_dir(config),
            slug,
            editor=_editor(config, editor),
            replace_text=replace_text,
            force=force,
        )
    click.echo(result.message)


@review.command("dismiss", context_settings=HELP_OPTIONS)
@config_option
@click.argument("slug")
@click.option("--reason", help="Why (kept in the review log).")
@click.option("--editor", help=EDITOR_HELP)
def dismiss_cmd(config_path: str, slug: str, reason: str | None, editor: str | None) -> None:
    """Turn down the new coverage pending for a story: its new sources are not proposed again
    (newer ones still are); the story stays as it is."""
    from newsdesk.review import actions

    config = get_config(config_path)
    with writing(config.root):
        result = actions.dismiss(
            _content_dir(config), slug, editor=_editor(config, editor), reason=reason
        )
    click.echo(result.message)


@review.command("record", context_settings=HELP_OPTIONS)
@config_option
def record_cmd(config_path: str) -> None:
    """Record who published or rejected stories by editing 'status:' by hand (e.g. in a pull
    request): the author, time and message of the commit that changed the line become the
    review record. The drafts workflow runs this. A story whose [n] citations have no source
    is not recorded: it is named on stderr and the command exits 1."""
    from newsdesk.review import actions

    config = get_config(config_path)
    with writing(config.root):
        results = actions.record_git_decisions(_content_dir(config))
    refused = [r for r in results if r.refused]
    for result in results:
        said = "error: " if result.refused else "warning: " if result.warning else ""
        click.echo(said + result.message, err=bool(said))
    recorded = len(results) - len(refused) - sum(r.warning for r in results)
    click.echo(f"{recorded} decision(s) recorded from git")
    if refused:
        raise ReviewError(
            f"{len(refused)} story(ies) set to published by hand would publish a broken page "
            "(see above): fix them, or set their status back to draft"
        )


@review.command("reject", context_settings=HELP_OPTIONS)
@config_option
@click.argument("slug")
@click.option("--reason", required=True, help="Why (kept in the review log).")
@click.option("--editor", help=EDITOR_HELP)
def reject_cmd(config_path: str, slug: str, reason: str, editor: str | None) -> None:
    """Reject a story: it is not published and not drafted again unless new sources arrive."""
    from newsdesk.review import actions

    config = get_config(config_path)
    with writing(config.root):
        result = actions.reject(
            _content_dir(config), slug, editor=_editor(config, editor), reason=reason
        )
    click.echo(result.message)


@review.command("correct", context_settings=HELP_OPTIONS)
@config_option
@click.argument("slug")
@click.option("--note", required=True, help="The correction, as readers should see it.")
@click.option("--editor", help=EDITOR_HELP)
def correct_cmd(config_path: str, slug: str, note: str, editor: str | None) -> None:
    """Record a correction on a published story (shown on its page and in the corrections feed)."""
    from newsdesk.review import actions

    config = get_config(config_path)
    with writing(config.root):
        result = actions.correct(
            _content_dir(config), slug, editor=_editor(config, editor), note=note
        )
    click.echo(result.message)
