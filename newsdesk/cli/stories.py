"""`newsdesk stories`: on the store, or on files (`--input items.jsonl --output stories.jsonl`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from newsdesk.cli.options import (
    HELP_OPTIONS,
    config_option,
    crawled_database,
    get_config,
    no_cache_option,
)
from newsdesk.config import StoriesConfig
from newsdesk.content_files import write_text
from newsdesk.errors import InputError
from newsdesk.models import Item
from newsdesk.store import Store

_REQUIRED = ("id", "url", "title")


def _item(data: Any, where: str) -> Item:
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object")
    for key in _REQUIRED:
        if not isinstance(data.get(key), str) or (key == "id" and not data[key]):
            raise InputError(
                f"{where}: '{key}' must be a non-empty string"
                if key == "id"
                else f"{where}: '{key}' must be a string"
            )
    for key in ("text", "published", "source", "declared_original"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f"{where}: '{key}' must be a string or null")
    links = data.get("links") or []
    if not isinstance(links, list) or not all(isinstance(u, str) for u in links):
        raise InputError(f"{where}: 'links' must be a list of strings")
    return Item(
        id=data["id"],
        url=data["url"],
        title=data["title"],
        text=data.get("text") or "",
        published=data.get("published"),
        source=data.get("source"),
        links=tuple(links),
        read=_read_flag(data.get("read", True)),
        declared_original=data.get("declared_original"),
    )


def _read_flag(value: Any) -> bool:
    """`read` as a boolean, or as `newsdesk articles` writes it: {"full_text": bool, ...}."""
    if isinstance(value, dict):
        return bool(value.get("full_text", True))
    return bool(value)


def read_items(path: Path) -> list[Item]:
    """Items from a JSONL file; a bad line is an InputError naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    items: list[Item] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        except RecursionError:  # [[[[… or {"a":{"a":… 100,000 deep
            raise InputError(f"{where}: JSON nested too deeply") from None
        item = _item(data, where)
        if item.id in seen:
            raise InputError(f"{where}: duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
    return items


@click.command(
    "stories",
    context_settings=HELP_OPTIONS,
    short_help="Group articles into stories, credit the first.",
)
@click.option(
    "--input",
    "input_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help=(
        "Items JSONL ({id, url, title, text?, published?, source?, links?, read?,"
        " declared_original?}); no database."
    ),
)
@click.option(
    "--output",
    "output_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Stories JSONL to write (default, or -: standard output), replaced whole or not at "
    "all. Needs --input.",
)
@config_option
@no_cache_option
@click.pass_context
def stories(
    ctx: click.Context,
    input_path: Path | None,
    output_path: Path | None,
    config_path: str,
    no_cache: bool,
) -> None:
    """Remove duplicates, group articles into stories, attribute sources.

    With --input: group a JSONL file of items (default settings, no config or database
    needed; an explicit --config supplies its [stories] settings) and write one line per
    story. Without: update the stories in the store and print a one-line summary.
    """
    if input_path is None:
        from newsdesk.stories import update_stories

        if output_path is not None:
            raise click.UsageError("--output needs --input")
        config = get_config(config_path)
        with Store(crawled_database(config)) as store:
            summary = update_stories(config, store, reuse=not no_cache)
        if not summary.stories:
            click.echo(
                "no stories: no crawled articles to group (run `newsdesk crawl` first)", err=True
            )
        click.echo(summary.line())
        return
    from newsdesk.stories import group_items

    settings = StoriesConfig()
    if ctx.get_parameter_source("config_path") is not click.core.ParameterSource.DEFAULT:
        settings = get_config(config_path).stories
    result = group_items(read_items(input_path), settings)
    lines = "".join(json.dumps(s.to_json(), ensure_ascii=False) + "\n" for s in result)
    if output_path is None or str(output_path) == "-":  # '-' wrote a file named '-'
        click.echo(lines, nl=False)
    else:
        existed = output_path.exists()
        try:  # a temp file beside it, renamed at the end: a failure keeps the old output
            write_text(output_path, lines)
        except OSError as exc:
            kept = "the file already there is kept" if existed else "nothing was written"
            raise InputError(f"{output_path}: cannot write ({exc.strerror}); {kept}") from None
        items = sum(len(s.item_ids) for s in result)
        dups = sum(len(s.duplicates) for s in result)
        click.echo(
            f"stories: {len(result)} from {items} items · duplicates: {dups} "
            f"· written to {output_path}",
            err=True,
        )
