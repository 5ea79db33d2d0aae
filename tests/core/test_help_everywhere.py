"""Every entry point takes -h as well as --help (issue 14, item 5), and `draft --strict` is
the deprecated name of `draft --drop-flagged` (item 6)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsdesk.cli import cli


def _commands(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in group.commands.items():
        yield (*path, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))


@pytest.mark.parametrize("path", [(), *_commands(cli)], ids=lambda p: " ".join(p) or "newsdesk")
def test_every_newsdesk_command_takes_dash_h(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "-h"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: ")


def test_the_build_site_console_script_takes_dash_h() -> None:
    code = "from newsdesk.cli import build_site_main; build_site_main(['-h'])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: build-site [OPTIONS]")
    assert "-h, --help" in done.stdout


def test_draft_strict_is_a_deprecated_alias_of_drop_flagged(tmp_path: Path) -> None:
    (tmp_path / "newsdesk.toml").write_text("", encoding="utf-8")
    helped = CliRunner().invoke(cli, ["draft", "-h"]).output
    assert "--drop-flagged" in helped and "--strict" not in helped
    result = CliRunner().invoke(cli, ["draft", "--config", str(tmp_path / "x.toml"), "--strict"])
    assert "'draft --strict' is deprecated, use 'draft --drop-flagged'" in result.stderr


def test_summarize_strict_is_a_deprecated_alias_too(tmp_path: Path) -> None:
    story = tmp_path / "story.json"
    story.write_text(
        '{"title": "T", "items": [{"id": "a", "url": "https://a.example/x", "title": "A", '
        '"text": "Staff ran idle agents to climb a token leaderboard at the firm."}]}',
        encoding="utf-8",
    )
    new = CliRunner().invoke(cli, ["summarize", "--input", str(story), "--drop-flagged"])
    old = CliRunner().invoke(cli, ["summarize", "--input", str(story), "--strict"])
    assert new.exit_code == old.exit_code == 0, new.output + old.output
    assert new.stdout == old.stdout and new.stderr == ""
    assert "'summarize --strict' is deprecated, use 'summarize --drop-flagged'" in old.stderr
