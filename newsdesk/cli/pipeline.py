"""The pipeline's commands: `build-site` / `newsdesk build-site` runs crawl → stories →
drafts → render; `newsdesk crawl` runs its first stage alone (feeds and Hacker News into the
store) and `newsdesk articles` prints the articles it stored, one JSON line each.

The CLI alone knows the order of the stages, and this module is where it is written
(:func:`run_pipeline`); each stage is imported inside the function so this command works
(``--offline``) before every stage has landed.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import click

from newsdesk.cli.options import (
    HELP_OPTIONS,
    config_option,
    crawled_database,
    get_config,
    no_cache_option,
)
from newsdesk.config import Config
from newsdesk.errors import CrawlFailed, InputError, NewsdeskError, os_error
from newsdesk.store import Store
from newsdesk.text import counted
from newsdesk.writelock import writing


def run_pipeline(
    config: Config, *, replay: Path | None, strict: bool, reuse: bool = True
) -> list[str]:
    """Crawl (or replay), group into stories, write drafts; returns each stage's summary line.
    ``reuse``: skip the stories and drafts whose inputs are those of the last run."""
    from newsdesk import crawler, stories
    from newsdesk.summarizer.run import run_drafts

    crawled = crawler.crawl(config, replay=replay)
    lines = [crawled.line()]
    if crawled.every_feed_failed:  # the site is still built from content/; said on stderr
        click.echo(f"warning: {_all_failed(crawled.feeds_failed)}", err=True)
    with Store(config.path(config.crawl.database)) as store:
        lines.append(stories.update_stories(config, store, reuse=reuse).line())
    lines.append(run_drafts(config, strict=strict, reuse=reuse).line())
    return lines


@click.command(
    "build-site",
    context_settings=HELP_OPTIONS,
    short_help="Crawl, group, draft and render the site.",
)
@config_option
@click.option("--offline", is_flag=True, help="Render from content/ only: no crawl, no network.")
@click.option(
    "--replay",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Crawl from a recorded WARC archive (FILE.warc.gz) instead of the network.",
)
@click.option(
    "--drafts", is_flag=True, help="Render drafts too, marked as drafts with their flags."
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder (default: build.out from the config, _site/).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Fail on warnings: a broken internal link, a source without URL, a flagged sentence "
    "in a published article, a published story with no text or no recorded approval. Without "
    "it a published story whose [n] names no source is left out (one warning; exit 0).",
)
@click.option(
    "--allow-empty",
    is_flag=True,
    help="Build even when content/ is missing or holds no story while the site has stories "
    "(which empties the site; refused without this flag).",
)
@no_cache_option
def build_site(
    config_path: str,
    offline: bool,
    replay: Path | None,
    drafts: bool,
    out: Path | None,
    strict: bool,
    allow_empty: bool,
    no_cache: bool,
) -> None:
    """Run the whole cycle (crawl → stories → drafts) and render the site into _site/."""
    config = get_config(config_path)
    if offline and replay:
        raise click.UsageError("--offline and --replay exclude each other")
    from newsdesk.sitebuilder import build
    from newsdesk.sitebuilder.build import check_content

    with writing(config.root):
        # a vanished content/ must not wipe the site: refused before a crawl writes anything;
        # an --offline build refuses it itself, from its one walk of content/ (build.py)
        if not allow_empty and not offline:
            check_content(config, out)
        # a missing or damaged archive is refused by the crawl's loader, before anything is stored
        if not offline:
            for line in run_pipeline(config, replay=replay, strict=False, reuse=not no_cache):
                click.echo(line)
        summary = build(config, out=out, drafts=drafts, strict=strict, allow_empty=allow_empty)
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(summary.line())
    click.echo(  # loopback only: a --drafts build holds unreviewed pages
        f"view it: python3 -m http.server --bind 127.0.0.1 -d {shlex.quote(str(summary.out))}"
        " 8000  → http://127.0.0.1:8000/"
    )


@click.command(
    "crawl",
    context_settings=HELP_OPTIONS,
    short_help="Fetch the feeds and Hacker News into the store.",
)
@config_option
@click.option(
    "--record",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also archive every HTTP response into this WARC file (.warc.gz); an archive "
    "already there is replaced only when the crawl ends well.",
)
@click.option(
    "--replay",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Crawl from this recorded WARC archive instead of the network.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show progress (default: a live display on a terminal, log lines otherwise).",
)
def crawl(
    config_path: str, record: Path | None, replay: Path | None, progress: bool | None
) -> None:
    """Crawl the configured feeds and Hacker News into the store, politely and
    incrementally, then print a one-line summary."""
    from newsdesk.crawler import crawl as run_crawl

    config = get_config(config_path)
    try:
        summary = run_crawl(config, replay=replay, record=record, progress=progress)
    except (NewsdeskError, OSError, KeyboardInterrupt) as exc:
        if record is None:
            raise
        raise _with_archive_kept(exc, record) from None
    click.echo(summary.line())
    if summary.every_feed_failed:  # a scheduled crawl must not look fine (exit 3)
        kept = f"; {_archive_kept(record)}" if record is not None else ""
        raise CrawlFailed(_all_failed(summary.feeds_failed) + kept)


def _archive_kept(record: Path) -> str:
    """What a crawl that did not end well left at its --record path (the new recording is
    dropped: crawler.warc.Recorder writes beside it and renames only at a good end)."""
    if record.exists():
        return f"{record}: the archive already there is kept (this crawl's recording was dropped)"
    return f"{record}: no archive was written"


def _with_archive_kept(exc: BaseException, record: Path) -> BaseException:
    """The crawl's error (or Ctrl-C) as one line that also says the old archive is kept; an
    OSError that is not about a path is a bug and stays as it is."""
    if isinstance(exc, KeyboardInterrupt):
        why, code = "interrupted", 130
    else:
        known = os_error(exc) if isinstance(exc, OSError) else exc
        if not isinstance(known, NewsdeskError):
            return exc
        why, code = str(known), known.exit_code
    error = NewsdeskError(f"{why}; {_archive_kept(record)}")
    error.exit_code = code
    return error


def _all_failed(feeds: int) -> str:
    return (
        f"every feed failed ({counted(feeds, 'feed', 'feeds')}: see problems above); "
        "what was stored before is kept"
    )


@click.command(
    "articles",
    context_settings=HELP_OPTIONS,
    short_help="Print every stored article as one JSON line.",
)
@config_option
# --format is documented and validated, but JSON lines is the only format: its value is not used
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl"]),
    default="jsonl",
    show_default=True,
    expose_value=False,
    help="Output format: one JSON object per line.",
)
@click.option("--topic", help="Only articles of this topic slug.")
def articles(config_path: str, topic: str | None) -> None:
    """Print every stored article as one JSON line (id, url, canonical_url, title, text,
    author, site_name, published, language, links, read, source, topics, declared_original)."""
    config = get_config(config_path)
    if topic is not None and config.topic(topic) is None:
        known = ", ".join(t.slug for t in config.topics)
        raise InputError(f"unknown topic {topic!r} (configured: {known})")
    with Store(crawled_database(config)) as store:
        for article in store.articles(topic):
            click.echo(json.dumps(article.to_json(), ensure_ascii=False))
