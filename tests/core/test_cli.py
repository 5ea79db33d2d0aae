from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from newsdesk.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def _all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out.extend(_all_commands(cmd, prefix + name + " "))
    return out


def test_every_command_and_option_has_help() -> None:
    for name, cmd in _all_commands(cli):
        assert cmd.help and cmd.help.strip(), f"command {name!r} has no help"
        for param in cmd.params:
            if isinstance(param, click.Option):
                assert param.help, f"option {param.opts} of {name!r} has no help"


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, _ in _all_commands(cli):
        assert f"newsdesk {name}" in readme or name == "build-site", f"README misses {name!r}"
    assert "build-site" in readme


def test_user_error_is_one_line_exit_1(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsdesk", "crawl", "--config", str(tmp_path / "missing.toml")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0
    assert "missing.toml" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_usage_is_exit_2(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsdesk", "no-such-command"], capture_output=True, text=True
    )
    assert proc.returncode == 2
