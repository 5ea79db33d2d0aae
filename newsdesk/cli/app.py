"""The command line: `newsdesk <command>` and `build-site`.

The CLI alone knows the order of the stages. Each command lives in a module of newsdesk/cli/
named for its work, mostly its own name (pipeline.py holds build-site, crawl and articles;
draft.py, draft and summarize); this module only names them, with the module each lives in,
and turns user-facing errors into one line and exit code 1. A command's module is imported when
the command is used, so `newsdesk --help` or one command loads none of the others.
"""

from __future__ import annotations

import sqlite3
import sys

import click

from newsdesk import __version__
from newsdesk.cli.lazy import Lazy, LazyGroup
from newsdesk.cli.options import HELP_OPTIONS
from newsdesk.errors import NewsdeskError, os_error

PIPE_CLOSED = 128 + 13  # the shell's status of a command SIGPIPE (13) ended


# each command's module is imported when the command is looked up, not when the CLI starts
# (`newsdesk --help` lists them from this table); test_cli_lazy.py checks the table's lines
COMMANDS = {
    "crawl": Lazy(
        "newsdesk.cli.pipeline", "crawl", "Fetch the feeds and Hacker News into the store."
    ),
    "articles": Lazy(
        "newsdesk.cli.pipeline", "articles", "Print every stored article as one JSON line."
    ),
    "stories": Lazy(
        "newsdesk.cli.stories", "stories", "Group articles into stories, credit the first."
    ),
    "draft": Lazy(
        "newsdesk.cli.draft",
        "draft",
        summary="Write a cited, verified draft per story into content/.",
    ),
    "summarize": Lazy(
        "newsdesk.cli.draft",
        "summarize",
        summary="Summarize one story from a JSON file (no database needed). `[n]` numbers the"
        " items.",
    ),
    "verify": Lazy("newsdesk.cli.verify", "verify", "Check sentences against their sources."),
    "review": Lazy(
        "newsdesk.cli.review",
        "review",
        summary="List, read, approve, reject and correct drafts (content/*.md).",
    ),
    "serve": Lazy("newsdesk.cli.serve", "serve", "Preview the site locally, drafts included."),
    "build-site": Lazy(
        "newsdesk.cli.pipeline", "build_site", "Crawl, group, draft and render the site."
    ),
}


def make_cli() -> click.Group:
    """The `newsdesk` group, none of its commands loaded yet."""

    @click.group(cls=LazyGroup, table=COMMANDS, context_settings=HELP_OPTIONS)
    @click.version_option(__version__, prog_name="newsdesk")
    def cli() -> None:
        """newsdesk: follow topics across feeds and Hacker News, draft grounded, cited stories,
        review them, and publish a static news site."""

    return cli


cli = make_cli()


def _run(command: click.Command, args: list[str] | None = None, prog: str | None = None) -> None:
    stdout = sys.stdout
    try:
        try:
            command.main(args=args, prog_name=prog, standalone_mode=False)
        except sqlite3.DatabaseError as exc:  # a damaged page is found when it is read
            from newsdesk.store import damaged  # the store loads with the commands that use it

            raise damaged(exc) from None
        except OSError as exc:  # about a path: one line naming it; else a bug
            known = os_error(exc)
            if known is None:
                raise
            raise known from None
    except NewsdeskError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):  # click turns Ctrl-C into Abort
        click.echo("interrupted", err=True)
        sys.exit(130)
    except click.NoSuchOption as exc:
        if exc.option_name == "--config" and exc.ctx is not None and exc.ctx.parent is None:
            exc = click.NoSuchOption(
                "--config",
                f"{exc.message.rstrip('.')} here: it goes after the command, as in"
                " 'newsdesk review list --config PATH'",
                ctx=exc.ctx,
            )
        exc.show()
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except SystemExit as exc:
        # click ends with 1 when a pipe it writes to breaks ('| head' stopped reading), after
        # wrapping stdout: end quietly, with the status of a Unix tool SIGPIPE stopped (141, as
        # 'yes | head' under 'set -o pipefail'), so a script still sees the work was cut short
        if exc.code == 1 and sys.stdout is not stdout:  # click swapped it: a pipe broke
            sys.exit(PIPE_CLOSED)
        raise
    sys.exit(0)


def main(args: list[str] | None = None) -> None:
    """Entry point of the `newsdesk` console script."""
    _run(cli, args, "newsdesk")


def build_site_main(args: list[str] | None = None) -> None:
    """Entry point of the `build-site` console script (same as `newsdesk build-site`)."""
    from newsdesk.cli.pipeline import build_site

    _run(build_site, args, "build-site")
