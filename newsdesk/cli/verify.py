"""`newsdesk verify --story NAME [--record]` (a content file, sources read from the store) and
`newsdesk verify --input story.json --text FILE` (no database needed).

`review approve` runs the same check on an editor's own sentences (newsdesk/cli/edit_check.py).
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsdesk.cli.options import HELP_OPTIONS, get_config, summarizer_settings
from newsdesk.errors import CheckFailed, InputError
from newsdesk.text import counted

if TYPE_CHECKING:
    from newsdesk.config import Config
    from newsdesk.content import ContentFile
    from newsdesk.summarizer.filecheck import FileCheck, Stored


@click.command(
    "verify", context_settings=HELP_OPTIONS, short_help="Check sentences against their sources."
)
@click.option(
    "--story",
    "name",
    help=(
        "A story of content/ (its slug, file, or the short name `review list` shows): check"
        " every sentence of its body, [n] numbered as its sources: list, against the stored"
        " articles."
    ),
)
@click.option(
    "--edited",
    is_flag=True,
    help=(
        "Instead of --story: every story of content/ whose body an editor changed since it"
        " was drafted (a story the database no longer holds is named and skipped)."
    ),
)
@click.option(
    "--record",
    is_flag=True,
    help=(
        "With --story or --edited: add the sentences that pass to the file's sentence_keys, so"
        " the page no longer names them as an editor's unconfirmed text, and an editor's"
        " sentences that fail to refused_keys, so the page names them as refused by the check."
    ),
)
@click.option(
    "--input",
    "input_path",
    type=click.Path(dir_okay=False),
    help="story.json (the same format summarize reads); with --text.",
)
@click.option(
    "--text",
    "text_path",
    type=click.Path(dir_okay=False),
    help=(
        "With --input: one sentence per line, ending in [n] markers numbering the items in"
        " order; a line without markers is checked against every item."
    ),
)
@click.option(
    "--no-copy-rule",
    "meaning_only",
    is_flag=True,
    help=(
        "With --input: leave out the copy rule, so a line copied from an item passes when the"
        " item says it (to measure the meaning check alone, as an evaluation does)."
    ),
)
@click.option(
    "--exit-code",
    "exit_code",
    is_flag=True,
    help=(
        "With --input: exit 3 when any line fails the check (the verdicts are printed all the"
        " same, and one line on stderr counts the failures), so a script can tell."
    ),
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    default=None,
    help=(
        "text: a line per failing sentence (the default with --story and --edited); json: a"
        " list of verdicts (the default with --input); jsonl: one verdict per line (with"
        " --edited, each with its story's slug)."
    ),
)
@click.option(
    "--config",
    "config_path",
    default=None,
    type=click.Path(dir_okay=False),
    help=(
        "Configuration file (default with --story: newsdesk.toml; optional with --input, for"
        " [summarizer] settings and topic keywords)."
    ),
)
def verify(
    name: str | None,
    edited: bool,
    record: bool,
    input_path: str | None,
    text_path: str | None,
    meaning_only: bool,
    exit_code: bool,
    fmt: str | None,
    config_path: str | None,
) -> None:
    """Check sentences against what their sources say: a story's file, or lines of text.

    A sentence passes when a passage of a cited source says the same thing (a paraphrase is
    fine) with its numbers, names, quotations, relations, times and negation intact. It also
    fails when it copies 8 or more words of a source without quotation marks, or most of one
    source sentence in its order (a close copy), as a draft would (--no-copy-rule leaves this
    out of --input's verdicts). A sentence that fails lists the sources that would support it
    ("suggested").

    Exit status: 0 when the check ran, whatever its verdicts (the verdicts and the report say
    what failed); with --input and --exit-code, 3 when any line fails; 1 an error.
    """
    if (meaning_only or exit_code) and not (input_path and text_path):
        flag = "--no-copy-rule" if meaning_only else "--exit-code"
        raise click.UsageError(f"{flag} goes with --input and --text")
    if name is not None or edited:
        if input_path or text_path:
            raise click.UsageError("--story checks a content file: leave out --input and --text")
        if name is not None and edited:
            raise click.UsageError("give --story NAME or --edited, not both")
        if edited and fmt == "json":
            raise click.UsageError(
                "--edited prints text or jsonl (a verdict a line, with its story)"
            )
        _verify_stories(name, record, fmt or "text", config_path or "newsdesk.toml")
        return
    if record:
        raise click.UsageError("--record needs --story NAME or --edited")
    if not (input_path and text_path):
        raise click.UsageError("give --story NAME, or --input story.json and --text FILE")
    _verify_lines(
        Path(input_path), Path(text_path), fmt or "json", config_path, meaning_only, exit_code
    )


def _verify_lines(
    input_path: Path,
    text_path: Path,
    fmt: str,
    config_path: str | None,
    meaning_only: bool,
    exit_code: bool,
) -> None:
    from newsdesk.summarizer import verify_text
    from newsdesk.summarizer.filecheck import with_copy_check
    from newsdesk.summarizer.formats import load_lines, load_story

    settings, keywords = summarizer_settings(config_path)  # also reports a bad config
    story = load_story(input_path, keywords)
    lines = [line for line in load_lines(text_path) if line.strip()]  # a verdict each
    verdicts = verify_text(story, lines, settings)
    if not meaning_only:  # held to the copy rule, as drafts and an editor's text are
        verdicts = with_copy_check(story, lines, verdicts)
    if fmt == "text":
        for v in verdicts:
            click.echo(_text_line(v.text, v.to_json()))
    else:
        _echo_json([v.to_json() for v in verdicts], fmt)
    failing = sum(not v.supported for v in verdicts)
    if failing and exit_code:  # after the verdicts: a script tells a failing text by status 3
        raise CheckFailed(
            f"{failing} of {counted(len(verdicts), 'line', 'lines')} failed the check"
        )


def _verify_stories(name: str | None, record: bool, fmt: str, config_path: str) -> None:
    """One story (``name``), or every story an editor edited (``name`` None); --record holds
    the write lock (newsdesk/writelock.py) from the read to the write."""
    from newsdesk.writelock import writing

    config = get_config(config_path)
    with writing(config.root) if record else contextlib.nullcontext():
        _verify_in(config, name, record, fmt)


def _verify_in(config: Config, name: str | None, record: bool, fmt: str) -> None:
    from newsdesk import content
    from newsdesk.cli.options import crawled_database
    from newsdesk.review.actions import find
    from newsdesk.store import Store

    content_dir = config.path(config.build.content_dir)
    database = crawled_database(config)  # before any report: nothing to check against
    if name is not None:
        files = [find(content_dir, name)]
    else:
        found, broken = content.scan_content(content_dir)
        files = [cf for cf in found if _edited_story(cf)]
        if fmt == "text":
            click.echo(f"{counted(len(files), 'story', 'stories')} edited since drafting")
        for _, exc in broken:  # not checked, and said so (the build names them too)
            click.echo(f"warning: {exc}: cannot be read, not checked", err=True)
    from newsdesk.summarizer.filecheck import Stored

    with Store(database) as store:
        stored = Stored.read(store)  # the stories and threads, read once for every file
        for cf in files:
            _verify_file(config, stored, cf, record=record, fmt=fmt, skip_missing=name is None)


def _edited_story(cf: ContentFile) -> bool:
    return cf.edited and cf.status != "proposal" and not cf.path.name.endswith(".proposal.md")


def _verify_file(
    config: Config, stored: Stored, cf: ContentFile, *, record: bool, fmt: str, skip_missing: bool
) -> None:
    from newsdesk import content
    from newsdesk.summarizer.filecheck import check_file, record_keys

    try:
        result = check_file(config, stored, cf)
    except InputError as exc:
        if not skip_missing:
            raise
        click.echo(f"{cf.slug}: skipped, {exc}", err=True)
        return
    if fmt == "text":
        _echo_story(result)
    else:
        tag = {"story": cf.slug} if skip_missing else {}  # --edited: whose sentence it is
        _echo_json([{**tag, **s.verdict.to_json()} for s in result.sentences], fmt)
    if record:
        meta = record_keys(cf, result)
        added = len(meta["sentence_keys"]) - len(cf.meta.get("sentence_keys") or []) if meta else 0
        refused = len(meta.get("refused_keys") or []) if meta else 0
        if meta is not None:
            content.replace_meta(cf, meta)
        as_drafted = bool(cf.meta.get("body_hash")) and not cf.edited
        click.echo(_record_line(cf.path, added, refused, as_drafted))


def _echo_json(verdicts: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(verdicts, ensure_ascii=False, indent=2))
    else:
        for v in verdicts:
            click.echo(json.dumps(v, ensure_ascii=False))


def _text_line(sentence: str, verdict: dict[str, Any]) -> str:
    if verdict["supported"]:
        return f"✓ {sentence}"
    line = f"✗ {sentence}\n    " + "; ".join(verdict["reasons"])
    suggested = verdict.get("suggested") or []
    if suggested:
        line += " · supported by " + "".join(f"[{n}]" for n in suggested)
    return line


def _echo_story(result: FileCheck) -> None:
    failing = result.failing
    total = len(result.sentences)
    click.echo(
        f"{result.slug}: {total} sentence(s) checked · {total - len(failing)} pass"
        f" · {len(failing)} fail"
    )
    for s in failing:
        click.echo(_text_line(s.sentence, s.verdict.to_json()))
    for s in result.sentences:
        if s.marked and s.verdict.supported:
            click.echo(f"✓ now passes, remove its <mark> flag: {s.sentence}")


def _record_line(path: Path, added: int, refused: int, as_drafted: bool) -> str:
    if as_drafted:
        return f"{path}: the body is as drafted; its sentences' keys are already recorded"
    said = []
    if added:
        said.append(
            f"{added} checked sentence(s) recorded in sentence_keys; the page no longer lists"
            " them as not confirmed"
        )
    if refused:
        said.append(
            f"{refused} failing sentence(s) of yours recorded in refused_keys; the page names"
            " them as refused by the check until you fix them"
        )
    return f"{path}: " + ("; ".join(said) if said else "nothing new to record")
