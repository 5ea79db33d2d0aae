"""The drafts workflow's git plumbing: one commit per story; editors' pushed edits survive."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import testkit

from newsdesk import content
from newsdesk.regenerate import save_generated

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "draft_commits.py"
ENV = testkit.git_env("bot", "bot@example.invalid")


def sh(cwd: Path, *args: str) -> str:
    proc = subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def script(cwd: Path, *args: str) -> str:
    return sh(cwd, sys.executable, str(SCRIPT), *args)


def _repo(tmp_path: Path) -> tuple[Path, Path]:
    origin = tmp_path / "origin.git"
    sh(tmp_path, "git", "init", "-q", "--bare", "-b", "main", str(origin))
    work = tmp_path / "work"
    sh(tmp_path, "git", "clone", "-q", str(origin), str(work))
    sh(work, "git", "checkout", "-q", "-b", "main")
    (work / "README.md").write_text("site\n", encoding="utf-8")
    sh(work, "git", "add", "README.md")
    sh(work, "git", "commit", "-q", "-m", "base")
    sh(work, "git", "push", "-q", "origin", "main")
    return origin, work


def test_one_commit_per_story_and_pushed_edits_survive_the_next_run(tmp_path: Path, drafts) -> None:
    origin, work = _repo(tmp_path)
    assert script(work, "checkout", "--branch", "newsdesk/drafts") == "new"
    cdir = work / "content"
    a = save_generated(cdir, drafts.make_meta(flagged=True), drafts.FLAGGED_BODY).path
    b = save_generated(
        cdir, drafts.make_meta(story_id="st-2", title="Second story"), drafts.BODY
    ).path
    assert script(work, "commit") == "2"
    log = sh(work, "git", "log", "--format=%s", "main..HEAD").splitlines()
    assert sorted(log) == [
        "Draft: Second story",
        "Draft: Staff inflate AI token use to climb leaderboards",
    ]
    for rev in ("HEAD", "HEAD~1"):
        files = sh(work, "git", "show", "--name-only", "--format=", rev).splitlines()
        assert len(files) == 1  # each commit holds exactly one story
    body = sh(work, "git", "log", "-1", "--format=%b", "--grep", "Staff inflate")
    assert "1 flagged sentence(s) to check" in body and "2 sources" in body
    sh(work, "git", "push", "-q", "origin", "newsdesk/drafts")

    # an editor fixes the first story on the pull request branch (e.g. in GitHub's editor)
    editor = tmp_path / "editor"
    sh(tmp_path, "git", "clone", "-q", "-b", "newsdesk/drafts", str(origin), str(editor))
    ea = editor / a.relative_to(work)
    ea.write_text(ea.read_text(encoding="utf-8").replace("overnight", "all night"), "utf-8")
    sh(editor, "git", "commit", "-q", "-am", "Editor: wording")
    sh(editor, "git", "push", "-q", "origin", "newsdesk/drafts")
    edited = ea.read_bytes()

    # the next scheduled run starts from the pull request branch, so the edit is seen and kept
    sh(work, "git", "checkout", "-q", "main")
    assert script(work, "checkout", "--branch", "newsdesk/drafts") == "existing"
    assert a.read_bytes() == edited
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    out = save_generated(
        cdir,
        drafts.make_meta(flagged=True, sources=srcs),
        drafts.body_with(srcs, drafts.FLAGGED_BODY),
    )
    assert out.action == "proposal"
    grown = save_generated(
        cdir,
        drafts.make_meta(story_id="st-2", title="Second story", sources=srcs),
        drafts.body_with(srcs),
    )
    assert grown.action == "updated" and grown.path == b
    assert script(work, "commit") == "2"
    subjects = sh(work, "git", "log", "-2", "--format=%s").splitlines()
    assert sorted(subjects) == [
        "New coverage for: Staff inflate AI token use to climb leaderboards",
        "Update draft: Second story",
    ]
    assert a.read_bytes() == edited and content.proposal_path(a).exists()
    assert script(work, "commit") == "0"  # nothing left to commit


def test_status_edited_in_git_gets_a_review_record(tmp_path: Path, drafts) -> None:
    from click.testing import CliRunner

    from newsdesk.cli import cli

    _, work = _repo(tmp_path)
    (work / "newsdesk.toml").write_text(
        '[site]\ntitle = "t"\nbase_url = "http://127.0.0.1/"\n[crawl]\ndatabase = "d.db"\n'
        '[[topics]]\nslug = "tokenmaxxing"\nname = "T"\nkeywords = ["t"]\n',
        encoding="utf-8",
    )
    cdir = work / "content"
    a = save_generated(cdir, drafts.make_meta(flagged=True), drafts.FLAGGED_BODY).path
    b = save_generated(
        cdir, drafts.make_meta(story_id="st-2", title="Second story"), drafts.BODY
    ).path
    sh(work, "git", "add", ".")
    sh(work, "git", "commit", "-q", "-m", "drafts")
    # an editor fixes a's flagged sentence and publishes it, and rejects b, in GitHub's editor
    front, body = a.read_text(encoding="utf-8").split("\n---\n", 1)
    body = body.split("<mark")[0] + "The cost was not disclosed. [2]\n"
    a.write_text(front.replace("status: draft", "status: published") + "\n---\n" + body, "utf-8")
    b.write_text(b.read_text("utf-8").replace("status: draft", "status: rejected"), "utf-8")
    grace = {**ENV, "GIT_AUTHOR_NAME": "Grace Editor", "GIT_COMMITTER_NAME": "Grace Editor"}
    subprocess.run(
        ["git", "commit", "-q", "-am", "Off topic: a phone launch"], cwd=work, env=grace, check=True
    )

    result = CliRunner().invoke(cli, ["review", "record", "--config", str(work / "newsdesk.toml")])
    assert result.exit_code == 0, result.output
    assert "2 decision(s) recorded from git" in result.output
    ra, rb = content.read(a), content.read(b)
    assert (
        ra.meta["review"]["action"] == "approved" and ra.meta["review"]["editor"] == "Grace Editor"
    )
    assert "forced" not in ra.meta["review"] and ra.meta["verification"]["flagged"] == 0
    assert rb.meta["review"]["reason"] == "Off topic: a phone launch"
    assert rb.meta["review"]["editor"] == "Grace Editor"
    again = CliRunner().invoke(cli, ["review", "record", "--config", str(work / "newsdesk.toml")])
    assert "0 decision(s) recorded" in again.output  # recorded once


def test_published_in_git_with_flags_left_is_forced_with_the_commit_message_as_reason(
    tmp_path: Path, drafts
) -> None:
    from newsdesk.review.actions import record_git_decisions

    _, work = _repo(tmp_path)
    cdir = work / "content"
    a = save_generated(cdir, drafts.make_meta(flagged=True), drafts.FLAGGED_BODY).path
    sh(work, "git", "add", ".")
    sh(work, "git", "commit", "-q", "-m", "drafts")
    a.write_text(a.read_text("utf-8").replace("status: draft", "status: published"), "utf-8")
    grace = {**ENV, "GIT_AUTHOR_NAME": "Grace Editor", "GIT_COMMITTER_NAME": "Grace Editor"}
    subprocess.run(
        ["git", "commit", "-q", "-am", "Publish: the flagged figure is in the filing"],
        cwd=work,
        env=grace,
        check=True,
    )
    (result,) = record_git_decisions(cdir)
    review = content.read(a).meta["review"]
    assert (review["action"], review["forced"], review["editor"]) == (
        "approved",
        True,
        "Grace Editor",
    )
    assert review["reason"] == "Publish: the flagged figure is in the filing"
    assert "approved past 1 flagged sentence by Grace Editor" in result.message


def test_a_status_set_by_hand_that_git_does_not_hold_is_a_warning_naming_the_file(
    tmp_path: Path, drafts
) -> None:
    """`review record` said "0 decision(s) recorded" and nothing else, and the strict build then
    published the story with no approver named; a status edited after the draft's commit was
    credited to whoever committed the draft."""
    from click.testing import CliRunner

    from newsdesk.cli import cli

    _, work = _repo(tmp_path)
    config = testkit.write_config(work, site={"base_url": "http://127.0.0.1/"})
    cdir = work / "content"
    a = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    sh(work, "git", "add", ".")
    sh(work, "git", "commit", "-q", "-m", "drafts")
    b = save_generated(cdir, drafts.make_meta(story_id="st-2", title="Second story"), drafts.BODY)
    for path in (a, b.path):  # a: committed as a draft, published by hand; b: never committed
        path.write_text(path.read_text("utf-8").replace("status: draft", "status: published"))
    before = {p: p.read_bytes() for p in (a, b.path)}
    result = CliRunner().invoke(cli, ["review", "record", "--config", str(config)])
    assert result.exit_code == 0, result.output
    said = result.output.splitlines()
    assert said[-1] == "0 decision(s) recorded from git"
    warned = {line.split(": ", 2)[1]: line for line in said[:-1]}
    assert len(said) == 3 and all(line.startswith("warning: ") for line in warned.values())
    assert "'status: published' set by hand, its status change is not committed" in warned[str(a)]
    assert "'status: published' set by hand, not committed to git" in warned[str(b.path)]
    assert "'newsdesk review approve second-story'" in warned[str(b.path)]
    assert {p: p.read_bytes() for p in (a, b.path)} == before  # nothing recorded, nothing lost
