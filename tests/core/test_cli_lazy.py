"""`newsdesk --help` imports no command module (session 35: the CLI's start time).

The group lists its commands from a table (newsdesk/cli/app.py, COMMANDS) and imports a
command's module when the command is looked up, so `--help`, `--version` or one command do not
load the config schema, the store, the content and YAML readers or the other commands.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import click
import pytest

from newsdesk.cli.app import COMMANDS, make_cli
from newsdesk.cli.lazy import LazyGroup

# what `newsdesk --help` imported before (every command module and, through them, these)
LAZY = (
    "yaml",
    "newsdesk.config",
    "newsdesk.config_schema",
    "newsdesk.content",
    "newsdesk.frontmatter",
    "newsdesk.models",
    "newsdesk.sentence_checks",
    "newsdesk.store",
    "newsdesk.cli.draft",
    "newsdesk.cli.pipeline",
    "newsdesk.cli.review",
    "newsdesk.cli.serve",
    "newsdesk.cli.stories",
    "newsdesk.cli.verify",
)


def _loaded_after(*args: str, cwd: str | None = None, also: tuple[str, ...] = ()) -> list[str]:
    """Which of LAZY a `newsdesk ARGS` run in a fresh interpreter had imported when it ended."""
    code = (
        "import sys\n"
        "from newsdesk.cli import main\n"
        "try:\n"
        f"    main({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print('LOADED', sorted(m for m in {LAZY + also!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=cwd
    )
    last = out.stdout.strip().splitlines()[-1]
    assert last.startswith("LOADED "), out.stdout
    return list(ast.literal_eval(last.removeprefix("LOADED ")))


@pytest.mark.parametrize("args", [("--help",), ("-h",), ("--version",), ()])
def test_help_and_version_import_no_command_module(args: tuple[str, ...]) -> None:
    assert _loaded_after(*args) == []


def test_a_command_s_help_imports_its_own_module_only() -> None:
    loaded = _loaded_after("review", "--help")
    assert "newsdesk.cli.review" in loaded
    assert not {"newsdesk.cli.draft", "newsdesk.cli.pipeline", "newsdesk.cli.serve"} & set(loaded)


def test_review_list_in_a_project_without_content_loads_no_review_stage(
    tmp_path: Path, newsdesk_toml
) -> None:
    """Nothing to list: it says so before loading the review stage and the content reader
    (docs/benchmarks.md, session 36)."""
    newsdesk_toml()
    loaded = _loaded_after("review", "list", cwd=str(tmp_path), also=("newsdesk.review.actions",))
    assert "newsdesk.cli.review" in loaded
    assert not {"newsdesk.review.actions", "newsdesk.content", "newsdesk.store"} & set(loaded)


def _help(group: click.Group, width: int) -> str:
    ctx = click.Context(group, info_name="newsdesk", terminal_width=width, max_content_width=width)
    return group.get_help(ctx)


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_the_listing_from_the_table_is_the_commands_own(width: int) -> None:
    """The lines the table gives `newsdesk --help` are those the loaded commands give, at any
    terminal width (click shortens a docstring's first sentence to fit, not a short_help)."""
    cli = make_cli()
    assert isinstance(cli, LazyGroup)
    from_table = _help(cli, width)
    assert cli.lazy.loaded() == frozenset()
    for name in COMMANDS:
        assert cli.commands[name].name == name
    assert cli.lazy.loaded() == frozenset(COMMANDS)
    assert from_table == _help(cli, width)
    assert "build-site" in from_table and "Commands:" in from_table


def test_an_unknown_command_is_refused_as_before() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsdesk", "reveiw"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "No such command 'reveiw'" in done.stderr
