"""Review commands refuse what would surprise an editor: a story file outside the project's
content/, two files of one story (a copy), and approving a rejected story says what it does."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from testkit import run_cli

from newsdesk import content
from newsdesk.regenerate import save_generated

SLUG = "staff-inflate-ai-token-use-to-climb-leaderboards"


def one_error_line(res: subprocess.CompletedProcess[str]) -> str:
    assert res.returncode == 1, res.stdout + res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.stderr, res.stderr
    return lines[0]


def test_a_file_outside_the_content_folder_is_refused(
    project: Path, drafts, tmp_path_factory
) -> None:
    elsewhere = tmp_path_factory.mktemp("other") / "content"
    path = save_generated(elsewhere, drafts.make_meta(), drafts.BODY).path
    before = path.read_bytes()
    line = one_error_line(
        run_cli(
            project, "review", "approve", str(path), "--editor", "A", "--force", "--reason", "x"
        )
    )
    assert str(path) in line and "not in this project's content folder" in line
    assert path.read_bytes() == before


def test_a_file_inside_the_content_folder_is_still_named_by_its_path(project: Path, drafts) -> None:
    path = save_generated(project / "content", drafts.make_meta(), drafts.BODY).path
    res = run_cli(project, "review", "reject", str(path), "--reason", "off topic", "--editor", "B")
    assert res.returncode == 0, res.stderr
    assert content.read(path).meta["status"] == "rejected"


def test_approving_a_rejected_story_says_it_was_rejected(project: Path, drafts) -> None:
    path = save_generated(project / "content", drafts.make_meta(), drafts.BODY).path
    assert (
        run_cli(
            project, "review", "reject", SLUG, "--reason", "off topic", "--editor", "B"
        ).returncode
        == 0
    )
    res = run_cli(
        project,
        "review",
        "approve",
        SLUG,
        "--editor",
        "A",
        "--force",
        "--reason",
        "on topic after all",
    )
    assert res.returncode == 0, res.stderr
    assert "it was rejected by B, reason: off topic; approving it publishes it" in res.stdout
    assert content.read(path).meta["status"] == "published"


def test_two_files_of_one_story_are_refused_naming_both(project: Path, drafts) -> None:
    path = save_generated(project / "content", drafts.make_meta(), drafts.BODY).path
    copy = path.with_name("copy-of-it.md")
    shutil.copy(path, copy)
    for args in (
        ("review", "list"),
        ("review", "approve", SLUG, "--editor", "A", "--force", "--reason", "x"),
    ):
        line = one_error_line(run_cli(project, *args))
        assert str(path) in line and str(copy) in line and "same story (st-1)" in line
    assert content.read(path).meta["status"] == "draft"
    copy.unlink()
    assert run_cli(project, "review", "list").returncode == 0
