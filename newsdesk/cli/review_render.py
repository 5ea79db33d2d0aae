"""How `newsdesk review show` prints a story: header, verification, changes, text, sources."""

from __future__ import annotations

import difflib
import textwrap
from typing import TYPE_CHECKING, Any

import click

from newsdesk.cli.review_list import rel
from newsdesk.sentence_checks import file_tally
from newsdesk.unprintable import for_terminal

if TYPE_CHECKING:  # annotations only: `newsdesk --help` does not load the review stage
    from newsdesk.review.actions import FlagReport, ShowReport


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


def _few(urls: list[str], shown: int = 3) -> str:
    """'a, b, c and 77 more': a syndicated report can be copied at 80 addresses."""
    if len(urls) <= shown + 1:  # "and 1 more" would be no shorter than the address
        return ", ".join(urls)
    return ", ".join(urls[:shown]) + f" and {len(urls) - shown} more"


def _log_line(entry: dict[str, Any]) -> str:
    extra = "".join(
        f"; {k}: {entry[k]}" for k in ("reason", "note", "added", "text") if entry.get(k)
    )
    forced = " (forced past the check)" if entry.get("forced") else ""
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
    told = file_tally(report.file.meta, report.file.body)  # refused apart from not checked
    if told is not None and report.file.edited and told.checked != ver.get("checked"):
        echo(f"  {told.checked} sentences of the text now checked (the page's count)")
    refused = told.refused if told is not None else ()
    waiting = [s for s in (told.unchecked if told is not None else ()) if s not in refused]
    slug = report.file.slug
    for mine, said in (
        (refused, f"refused by the check ('newsdesk verify --story {slug}' says why)"),
        (waiting, f"not confirmed, not yet checked ('newsdesk verify --story {slug}' checks them)"),
    ):
        if mine:  # what the page will mark, refused or not confirmed
            echo(_wrap(f"{len(mine)} sentence(s) by an editor {said}:", "  "))
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
                echo(f"  ~ [{ch.n}] also at: {_few(new)}   (a copy of {ch.url})")
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
