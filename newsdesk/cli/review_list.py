"""How `newsdesk review list` prints: a table for a terminal, plain columns, or Markdown for a
pull request body."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newsdesk.config import Config
from newsdesk.text import counted
from newsdesk.unprintable import for_terminal

if (
    TYPE_CHECKING
):  # annotations only: `--help` and an empty project's list do not load the review stage
    from newsdesk.review.actions import Row

COLUMNS = ("status", "topic", "title", "sources", "flags", "last crawl", "edited", "new coverage")


def editor_counts(r: Row, refused: str, pending: str) -> list[str]:
    """An editor's own sentences no check passed, those the check refused apart from those not
    checked yet (one count, "not confirmed", hid a refusal): each count before its words."""
    waiting = r.unconfirmed - r.refused
    return [f"{r.refused} {refused}"] * bool(r.refused) + [f"{waiting} {pending}"] * bool(waiting)


def _name(r: Row) -> str:
    """What the name column shows: the short name the review commands take; for a file or
    folder that does not read, its path (relative to the working folder when inside it), which
    is what an editor must find: its last part alone ('04', 'bad') named no place."""
    return rel(r.path) if r.status == "invalid" else r.handle or r.slug


def _cells(r: Row) -> tuple[str, ...]:
    flags = f"{r.flags}, {len(r.problems)} broken" if r.problems else str(r.flags)
    if mine := editor_counts(r, "refused", "unchecked"):
        flags += f"; editor's: {', '.join(mine)}"
    if r.no_text:  # approve refuses it: say so before an editor tries
        flags += "; no text"
    return (
        r.status,
        r.topic,
        for_terminal(r.title, newlines=False),  # crawled text: no raw escapes
        r.counts,
        flags,
        r.last_crawl or "-",
        "yes" if r.edited else "no",
        "yes" if r.proposal else "no",
    )


def print_list(
    config: Config, status: str | None, topic: str | None, pending: bool, fmt: str
) -> None:
    """`review list`: the rows the filters keep, in the format asked for."""
    rows = _rows(config, status, topic, pending)
    if fmt == "auto":
        fmt = "table" if sys.stdout.isatty() else "plain"
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(r.to_json(), ensure_ascii=False))
        return
    if not rows and (status or topic or pending):  # the filter, not the store, is empty
        asked = [f"--status {status}"] * bool(status) + [f"--topic {topic}"] * bool(topic)
        known = ", ".join(t.slug for t in config.topics)
        unknown = (
            f" (not a configured topic; configured: {known})"
            if topic and not config.topic(topic)
            else ""
        )
        click.echo(f"no stories match {' '.join(asked + ['--pending'] * pending)}{unknown}")
        return
    render_list(rows, fmt)


def _rows(config: Config, status: str | None, topic: str | None, pending: bool) -> list[Row]:
    folder = config.path(config.build.content_dir)
    if not os.path.lexists(folder):  # no content yet: no need to load the review stage
        return []
    from newsdesk.review import actions

    return actions.list_rows(
        folder,
        status=status,
        topic=topic,
        pending=pending,
        database=config.path(config.crawl.database),
    )


def render_list(rows: list[Row], fmt: str) -> None:
    if fmt == "markdown":
        click.echo(markdown_list(rows))
        return
    if not rows:
        click.echo("no stories (run 'newsdesk draft' to write drafts into content/)")
        return
    if fmt == "table":
        _table(rows)
        return
    header = (*COLUMNS, "slug", "name")  # name: the short name every review command takes
    lines = [header, *((*_cells(r), r.slug, _name(r)) for r in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    for line in lines:
        cells = [c.ljust(w) for c, w in zip(line[:-1], widths, strict=True)]
        click.echo("  ".join([*cells, line[-1]]).rstrip())


def _table(rows: list[Row]) -> None:
    """The table for a terminal. Each story is named by its handle, on one line, never cut:
    the short unique name every review command takes. Narrow terminals drop the columns an
    editor needs least (topic, edited, last crawl) before wrapping the title."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text  # cells as Text: crawled titles are never read as rich markup

    console = Console()
    wide = {"topic": 120, "edited": 120, "last crawl": 150}
    shown = [c for c in COLUMNS if console.width >= wide.get(c, 0)]
    example = next((r for r in rows if r.status != "invalid"), None)
    table = Table(
        title=counted(len(rows), "story", "stories"),
        caption=f"name: what the review commands take, e.g. newsdesk review show {_name(example)}"
        if example
        else "name: the file or folder that does not read",
        highlight=False,
    )
    name_width = max(len(_name(r)) for r in rows)
    table.add_column("name", no_wrap=True, min_width=name_width, style="bold")
    for column in shown:
        table.add_column(
            "new" if column == "new coverage" else column,
            ratio=3 if column == "title" else 1 if column == "sources" else None,
            overflow="fold" if column == "title" else "ellipsis",
        )
    for r in rows:
        cells = dict(zip(COLUMNS, _cells(r), strict=True))
        table.add_row(
            Text(_name(r)),
            *(Text(cells[c]) for c in shown),
            style="bold red" if r.flags or r.problems or r.no_text else None,
        )
    console.print(table)


def rel(path: Path) -> str:
    """A path relative to the working directory when it is inside it (as git shows it). Its
    own last part is not followed: it may be a symlink that loops (x.md -> x.md)."""
    try:
        return (path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _md(text: str) -> str:
    """Table-cell safe: no column breaks, no raw HTML, no line breaks."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"([\\`*_\[\]|])", r"\\\1", text)
    return " ".join(text.split())


MAX_MD_ROWS = 150  # a pull request body holds at most 65,536 characters


def markdown_list(rows: list[Row]) -> str:
    """The pull request body: one line per story with its counts and verification flags."""
    if not rows:
        return "No drafts to review."
    out = [
        "| story | status | sources | flags | edited | new coverage | file |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows[:MAX_MD_ROWS]:
        said = [f"⚠️ {r.flags} flagged"] if r.flags else []
        for told in editor_counts(r, "refused by the check", "not yet checked"):
            said.append(f"⚑ {told.replace(' ', ' by an editor ', 1)}")  # as the page says it
        if r.problems:  # approve and review record refuse these: say so before the merge
            said.append(f"❌ {_md(r.problems[0])}")
        if r.no_text:
            said.append("❌ no text (approve refuses it: write its text or reject it)")
        flags = "; ".join(said) or "✓ none"  # (a tick only where nothing is outstanding)
        out.append(
            f"| **{_md(r.title)}** (`{r.slug}`) | {r.status} | {_md(r.counts)} | {flags} | "
            f"{'yes' if r.edited else 'no'} | {'yes' if r.proposal else 'no'} | "
            f"`{rel(r.path)}` |"
        )
    if len(rows) > MAX_MD_ROWS:
        out.append(f"\n…and {len(rows) - MAX_MD_ROWS} more: run `newsdesk review list`.")
    return "\n".join(out)
