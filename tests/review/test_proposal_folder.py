"""A folder where a story's proposal goes (``<slug>.proposal.md``) is not new coverage: review
list used to say "new coverage: yes" for it. It is listed as broken, naming it, and review show
and approve say so in one line."""

from __future__ import annotations

from pathlib import Path

from testkit import run_cli

from newsdesk import content
from newsdesk.regenerate import save_generated


def _with_folder(project: Path, drafts) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    path = save_generated(project / "content", drafts.make_meta(), drafts.BODY).path
    folder = content.proposal_path(path)
    folder.mkdir()
    return path, folder


def test_review_list_names_the_folder_as_broken(project: Path, drafts) -> None:  # type: ignore[no-untyped-def]
    path, folder = _with_folder(project, drafts)
    res = run_cli(project, "review", "list", "--format", "plain")
    assert res.returncode == 0, res.stderr
    rows = {line.split()[0]: line for line in res.stdout.splitlines()[1:]}
    assert rows["draft"].split()[-3] == "no"  # the story: new coverage no
    assert "a folder, not a proposal file; remove it (no new coverage)" in rows["invalid"]
    # named by its path in the project (its last part alone named no place to look)
    assert rows["invalid"].split()[-1] == folder.relative_to(project).as_posix()


def test_review_show_and_approve_say_so_in_one_line(project: Path, drafts) -> None:  # type: ignore[no-untyped-def]
    path, folder = _with_folder(project, drafts)
    before = path.read_bytes()
    for action in (["show"], ["approve", "--editor", "A"]):
        res = run_cli(project, "review", action[0], path.stem, *action[1:])
        lines = res.stderr.strip().splitlines()
        assert res.returncode == 1 and len(lines) == 1, res.stdout + res.stderr
        assert lines[0] == (
            f"error: {folder}: a folder, not a proposal file; remove it (no new coverage)"
        )
    assert path.read_bytes() == before and folder.is_dir()
