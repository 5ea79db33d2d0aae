#!/usr/bin/env python3
"""Git plumbing of the scheduled drafts workflow (.github/workflows/drafts.yml).

    python scripts/draft_commits.py checkout --branch newsdesk/drafts --base main
        Put the working tree on the drafts branch *before* the pipeline runs: the existing
        branch (with every edit editors pushed to the pull request) with the base merged in,
        or a new branch from the base. Editors' edits are therefore seen by `newsdesk draft`,
        which never overwrites them.

    python scripts/draft_commits.py commit [--content content]
        Commit each changed story under content/ separately (the story's file and its
        proposal together), with the title, counts line and flags in the message.
        Prints how many commits it made.

It only runs git; the story details come from newsdesk.content and newsdesk.review.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from newsdesk.review import actions as review

from newsdesk import content
from newsdesk.errors import NewsdeskError


def git(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=check)


def checkout(branch: str, base: str, remote: str = "origin") -> str:
    """Switch to the drafts branch; returns 'existing' or 'new'."""
    exists = git("ls-remote", "--exit-code", "--heads", remote, branch, check=False)
    if exists.returncode == 0:
        git("fetch", "--quiet", remote, branch, base)
        git("checkout", "--quiet", "-B", branch, f"{remote}/{branch}")
        merged = git("merge", "--no-edit", "--quiet", f"{remote}/{base}", check=False)
        if merged.returncode != 0:
            git("merge", "--abort", check=False)
            raise SystemExit(
                f"error: {branch} conflicts with {base}; resolve it in the pull request "
                f"(or delete the branch to start over) and run the workflow again"
            )
        return "existing"
    git("checkout", "--quiet", "-B", branch)
    return "new"


def changed_files(content_dir: Path) -> list[Path]:
    out = git(
        "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", str(content_dir)
    ).stdout
    paths = []
    entries = out.split("\0")
    i = 0
    while i < len(entries):
        entry = entries[i]
        i += 1
        if len(entry) < 4:
            continue
        if entry[0] in "RC":  # renames carry the old path in the next field
            i += 1
        paths.append(Path(entry[3:]))
    return sorted(p for p in paths if p.suffix == ".md" and not p.name.startswith("."))


def story_key(path: Path) -> Path:
    name = path.name.replace(".proposal.md", ".md")
    return path.with_name(name)


def message(main: Path, files: list[Path]) -> str:
    """The commit message; call before staging (a story not yet tracked is a new draft)."""
    try:
        cf = content.read(main)
    except NewsdeskError:
        return f"Update {main.as_posix()}"
    row = review.row(cf)
    if row.proposal and any(".proposal" in f.name for f in files):
        subject = f"New coverage for: {row.title}"
    elif git("ls-files", "--error-unmatch", "--", str(main), check=False).returncode != 0:
        subject = f"Draft: {row.title}"
    else:
        subject = f"Update {row.status}: {row.title}"
    flags = f"{row.flags} flagged sentence(s) to check" if row.flags else "no flagged sentences"
    return f"{subject[:72]}\n\n{row.counts} · {flags}\nslug: {row.slug}\nfile: {main.as_posix()}\n"


def commit(content_dir: Path) -> int:
    groups: dict[Path, list[Path]] = defaultdict(list)
    for path in changed_files(content_dir):
        groups[story_key(path)].append(path)
    made = 0
    for main, files in sorted(groups.items()):
        msg = message(main, files)
        git("add", "-A", "--", *(str(f) for f in files))
        if git("diff", "--cached", "--quiet", check=False).returncode == 0:
            continue
        git("commit", "--quiet", "-m", msg)
        made += 1
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    co = sub.add_parser("checkout", help="switch to the drafts branch before the pipeline runs")
    co.add_argument("--branch", default="newsdesk/drafts", help="the pull request's branch")
    co.add_argument("--base", default="main", help="the branch the pull request merges into")
    co.add_argument("--remote", default="origin", help="the git remote")
    cm = sub.add_parser("commit", help="commit each changed story separately")
    cm.add_argument("--content", default="content", help="the content folder")
    args = parser.parse_args(argv)
    if args.cmd == "checkout":
        print(checkout(args.branch, args.base, args.remote))
    else:
        print(commit(Path(args.content)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
