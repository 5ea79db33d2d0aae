"""One writer at a time (newsdesk/writelock.py): two editors' commands on one story, run as two
real processes, never lose a decision; the second is refused with one line naming the first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from testkit import cli_command

from newsdesk import content
from newsdesk.regenerate import save_generated

SLUG = "staff-inflate-ai-token-use-to-climb-leaderboards"
HOLD = (
    "import sys; from pathlib import Path; from newsdesk.writelock import writing\n"
    "with writing(Path(sys.argv[1])):\n"
    "    print('held', flush=True); sys.stdin.readline()\n"
)


def newsdesk(project: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        cli_command(project, *args),
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_command_that_finds_the_lock_held_changes_nothing(project: Path, drafts) -> None:
    path = save_generated(project / "content", drafts.make_meta(), drafts.BODY).path
    before = path.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(project)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        for args in (
            ("review", "reject", SLUG, "--reason", "r", "--editor", "B"),
            ("build-site", "--offline"),
        ):
            out, err = newsdesk(project, *args).communicate(timeout=120)
            lines = err.strip().splitlines()
            assert len(lines) == 1 and "Traceback" not in err, err
            assert "another newsdesk command is writing content/" in lines[0]
            assert f"(pid {holder.pid})" in lines[0]
        assert path.read_bytes() == before
        assert not (project / "_site").exists()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    again = newsdesk(project, "review", "reject", SLUG, "--reason", "r", "--editor", "B")
    _, err = again.communicate(timeout=120)
    assert content.read(path).meta["status"] == "rejected", err  # the lock was let go


def test_two_editors_at_once_lose_no_decision(project: Path, drafts) -> None:
    path = save_generated(project / "content", drafts.make_meta(), drafts.BODY).path
    a = newsdesk(project, "review", "approve", SLUG, "--editor", "A", "--force", "--reason", "ok")
    b = newsdesk(project, "review", "reject", SLUG, "--reason", "r", "--editor", "B")
    done = {}
    for name, proc in (("A", a), ("B", b)):
        out, err = proc.communicate(timeout=120)
        assert proc.returncode in (0, 1) and "Traceback" not in err, err
        if proc.returncode:  # refused, saying why; or the reject came second, after approval
            assert "another newsdesk command is writing" in err or "published" in err, err
        done[name] = proc.returncode == 0
    meta = content.read(path).meta
    log = meta.get("review_log") or []
    # every command that said it succeeded is in the log, and the file says the last decision
    assert sorted(e["editor"] for e in log) == sorted(n for n, ok in done.items() if ok)
    last = log[-1]["action"] if log else None
    assert meta["status"] == {"approved": "published", "rejected": "rejected", None: "draft"}[last]
