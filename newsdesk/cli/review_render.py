"""How `newsdesk review list` and `review show` print (table, plain columns, Markdown, text)."""

from __future__ import annotations

import difflib
import re
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsdesk.editor_text import unchecked
from newsdesk.text import counted, for_terminal

if TYPE_CHECKING:  # annotations only: `newsdesk --help` does not load the review stage
    from newsdesk.review.actions import FlagReport, Row, ShowReport

COLUMNS = ("status", "topic", "title", "sources", "flags", "last crawl", "edited", "new coverage")


def _cells(r: Row) -> tuple[str, ...]:
    return (
        r.status,
        r.topic,
        for_terminal(r.title, newlines=False),  # crawled text: no raw escapes
        r.counts,
        f"{r.flags}, {len(r.problems)} broken" if r.problems else str(r.flags),
        r.last_crawl or "-",
        "yes" if r.edited else "no",
        "yes" if r.proposal else "no",
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
    lines = [header, *((*_cells(r), r.slug, r.handle or r.slug) for r in rows)]
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
    table = Table(
        title=counted(len(rows), "story", "stories"),
        caption="name: what the review commands take, e.g. "
        f"newsdesk review show {rows[0].handle or rows[0].slug}",
        highlight=False,
    )
    name_width = max(len(r.handle or r.slug) for r in rows)
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
            Text(r.handle or r.slug),
            *(Text(cells[c]) for c in shown),
            style="bold red" if r.flags or r.problems else None,
        )
    console.print(table)


def rel(path: Path) -> str:
    """A path relative to the working directory when it is inside it (as git shows it)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
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
        flags = f"⚠️ {r.flags} flagged" if r.flags else "✓ none"
        if r.problems:  # approve and review record refuse these: say so before the merge
            flags += f"; ❌ {_md(r.problems[0])}"
        out.append(
            f"| **{_md(r.title)}** (`{r.slug}`) | {r.status} | {_md(r.counts)} | {flags} | "
            f"{'yes' if r.edited else 'no'} | {'yes' if r.proposal else 'no'} | "
            f"`{rel(r.path)}` |"
        )
    if len(rows) > MAX_MD_ROWS:
        out.append(f"\n…and {len(rows) - MAX_MD_ROWS} more: run `newsdesk review list`.")
    return "\n".join(out)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        text,
        100,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,  # a slug or a URL stays whole, to be copied
        break_long_words=False,
    )


def _src_line(src: dict[str, Any]) -> str:
    name = src.get("name") or src.get("outlet") or "?"
    read = "read" if src.get("read", True) else f"not read ({src.get('read_reason') or '?'})"
    when = f" — {src['published']}" if src.get("published") else ""
    return (
        f"[{src.get('n', '?')}] {for_terminal(str(name))} — {for_terminal(str(src.get('title') or ''))}{when} "
        f"[{src.get('role', '?')}] [{src.get('tier', '?')}] {read}\n      {src.get('url', '')}"
    )


def _log_line(entry: dict[str, Any]) -> str:
    extra = "".join(
        f"; {k}: {entry[k]}" for k in ("reason", "note", "added", "text") if entry.get(k)
    )
    forced = " (forced over flags)" if entry.get("forced") else ""
    return f"  {entry.get('at', '?')}  {entry.get('action', '?')} by {entry.get('editor', '?')}{forced}{extra}"


def render_show(report: ShowReport, text_diff: bool = False) -> None:
    meta = report.file.meta
    _show_header(report)
    sources = {s.get("n"): s for s in meta.get("sources") or [] if isinstance(s, dict)}
    _show_verification(report, sources)
    _show_changes(report, text_diff)
    _show_text_and_history(report, sources)


def _show_header(report: ShowReport) -> None:
    """Title, the story's line (slug, status, topic, date, file), counts, editing, review."""
    cf, r = report.file, report.row
    echo = click.echo
    echo(click.style(for_terminal(r.title), bold=True))
    echo(
        f"{r.slug} · {r.status} · {r.topic or 'no topic'} · {r.date or 'undated'} · {rel(cf.path)}"
    )
    if r.handle and r.handle != r.slug:
        echo(f"short name: {r.handle}")
    echo(r.counts)
    echo(
        f"edited by an editor: {'yes' if r.edited else 'no'}"
        + (f" · last crawl: {r.last_crawl}" if r.last_crawl else "")
    )
    if isinstance(cf.meta.get("review"), dict):
        echo("review:" + _log_line(cf.meta["review"])[1:])


def _show_verification(report: ShowReport, sources: dict[Any, dict[str, Any]]) -> None:
    """The drafting-time verification counts, then every sentence still flagged."""
    found = report.file.meta.get("verification")
    ver: dict[str, Any] = found if isinstance(found, dict) else {}
    echo = click.echo
    echo("")
    echo(click.style("Verification", bold=True))
    echo(
        f"  {ver.get('checked', '?')} sentences checked, {ver.get('flagged', 0)} flagged when "
        f"drafted; {len(report.flags)} still flagged in the text"
    )
    mine = unchecked(report.file.body, report.file.meta.get("sentence_keys"))
    if mine:  # what the page will call not confirmed
        echo(
            _wrap(
                f"{len(mine)} sentence(s) by an editor not confirmed"
                f" ('newsdesk verify --story {report.file.slug}' checks them):",
                "  ",
            )
        )
        for sentence in mine:
            echo(_wrap(for_terminal(f"- {sentence}"), "    "))
    for i, fr in enumerate(report.flags, 1):
        _show_flag(i, fr, sources, report.texts_available)
    for problem in report.problems:  # approve refuses these, --force or not
        echo(_wrap(f"cannot be published: {problem}", "  "))


def _show_flag(
    i: int, fr: FlagReport, sources: dict[Any, dict[str, Any]], texts_available: bool
) -> None:
    """One flagged sentence: why, what it cites, the best source passage, unread sources."""
    echo = click.echo
    echo(_wrap(for_terminal(f'{i}. "{fr.flag.text}"'), "  "))
    echo(_wrap("why: " + "; ".join(fr.flag.reasons), "     "))
    for n in fr.flag.cites:
        src = sources.get(n)
        label = (
            for_terminal(f"{src.get('name') or src.get('outlet')} — {src.get('title')}")
            if src
            else "not in the source list"
        )
        echo(_wrap(f"cites [{n}] {label}", "     "))
    if fr.passage:
        p = fr.passage
        echo(
            _wrap(
                f'source passage [{p.n}] ({round(p.score * 100)}% of its words): "{p.text}"',
                "     ",
            )
        )
    elif texts_available:
        echo("     no supporting passage found in the cited source(s)")
    else:
        echo("     no supporting passage found (no crawl database to search the sources' text)")
    unread = [n for n in fr.flag.cites if n in sources and not sources[n].get("read", True)]
    for n in unread:
        why = sources[n].get("read_reason") or "not fetched"
        echo(f"     source [{n}] was not read ({why}): its text could not be checked")


def _show_changes(report: ShowReport, text_diff: bool) -> None:
    """New coverage pending: sources added, gone and changed, and the text diff if asked."""
    echo = click.echo
    echo("")
    echo(click.style("What changed since the draft was written", bold=True))
    if report.proposal is None or report.diff is None:
        echo("  nothing: no new coverage pending")
        return
    d = report.diff
    echo(f"  new coverage pending in {rel(report.proposal.path)}")
    numbers: list[int | None] = list(report.new_numbers) + [None] * len(d.new)
    for src, n in zip(d.new, numbers, strict=False):
        echo("  + new source " + _src_line({**src, "n": n or src.get("n")}))
    for src in d.removed:
        echo("  - no longer found " + _src_line(src))
    for ch in d.changed:
        for field, old, new in ch.fields:
            if field == "also_at":
                echo(f"  ~ [{ch.n}] also at: {', '.join(new)}   (a copy of {ch.url})")
            else:
                echo(f"  ~ [{ch.n}] {field}: {old!r} → {new!r}   ({ch.url})")
    if d.empty:
        echo("  the same sources; the generated text changed (see --diff)")
    echo(
        f"  to take it: newsdesk review accept {report.row.handle or report.row.slug}"
        "   (or approve, which also merges it)"
    )
    if text_diff:
        diff = difflib.unified_diff(
            report.file.body.splitlines(),
            report.proposal.body.splitlines(),
            "your text",
            "proposed text",
            lineterm="",
        )
        for line in diff:
            echo("  " + line)


def _show_text_and_history(report: ShowReport, sources: dict[Any, dict[str, Any]]) -> None:
    """The text, the source list, corrections and the review log."""
    meta = report.file.meta
    echo = click.echo
    echo("")
    echo(click.style("Text", bold=True))
    echo(for_terminal(report.file.body.rstrip()))
    echo("")
    echo(click.style(f"Sources ({report.row.counts})", bold=True))
    for src in sources.values():
        echo("  " + _src_line(src))
    if meta.get("corrections"):
        echo("")
        echo(click.style("Corrections", bold=True))
        for c in meta["corrections"]:
            echo(f"  {c.get('at')} {c.get('editor')}: {c.get('note')}")
    if meta.get("review_log"):
        echo("")
        echo(click.style("Review log", bold=True))
        for entry in meta["review_log"]:
            echo(_log_line(entry))
