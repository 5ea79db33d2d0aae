"""A folder inside content/ that cannot be read (mode 000) is a warning naming it: its stories
used to drop out of the site with no word, and --strict passed. The tests run as root too, where
chmod does not stop a read, so the listing fails with the error the system gives."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from newsdesk.sitebuilder import build
from sitekit import story, write_story

from newsdesk import content_files
from newsdesk.cli import cli
from newsdesk.config import Config
from newsdesk.errors import BuildError

WHY = "a folder that cannot be read (Permission denied); its stories are left out"


@pytest.fixture
def locked(content_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two stories, the April one in a folder no one may list."""
    write_story(content_dir, story())
    april = write_story(content_dir, story(slug="april-one", date="2026-04-02T09:00:00Z")).parent
    scandir = os.scandir

    def refusing(path: str) -> object:
        if os.path.abspath(path) == str(april):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return scandir(path)

    monkeypatch.setattr(content_files.os, "scandir", refusing)
    april.chmod(0)
    yield april
    april.chmod(0o755)


def test_the_build_warns_naming_the_folder(cfg: Config, locked: Path) -> None:
    summary = build(cfg)
    assert summary.stories == 1
    assert f"{locked}: {WHY}" in summary.warnings


def test_strict_fails_on_it(cfg: Config, locked: Path) -> None:
    with pytest.raises(BuildError, match=f"first: {locked}: a folder that cannot be read"):
        build(cfg, strict=True)


def test_review_list_names_it(cfg: Config, locked: Path) -> None:
    listed = CliRunner().invoke(
        cli, ["review", "list", "--format", "plain", "--config", str(cfg.root / "newsdesk.toml")]
    )
    row = next(line for line in listed.output.splitlines() if "cannot be read" in line)
    assert row.startswith("invalid") and WHY in row
    assert row.split()[-1] == str(locked)  # its whole path (the test runs outside the project),
    # not "04", its last part, which named no place an editor could find


def test_review_list_names_it_by_its_path_in_the_project(
    cfg: Config, locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from the project, the name column shows the folder's path there, as git does, in
    the plain columns and in the terminal's table."""
    monkeypatch.chdir(cfg.root)
    where = locked.relative_to(cfg.root).as_posix()  # content/2026/04
    for fmt in ("plain", "table"):
        listed = CliRunner().invoke(cli, ["review", "list", "--format", fmt])
        assert listed.exit_code == 0, listed.output
        (row,) = [line for line in listed.output.splitlines() if where in line]
        assert row.split()[-1 if fmt == "plain" else 1] == where, fmt
