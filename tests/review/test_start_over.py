"""Starting over and what to commit (issue 14, item 8): the README and the editor guide say
how, and .gitignore matches what they say: data/ and _site/ ignored, content/ committed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_and_the_guide_say_how_to_start_over_and_what_to_commit() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    guide = " ".join((ROOT / "docs" / "editors.md").read_text(encoding="utf-8").split())
    for text in (readme, guide):
        assert "rm -rf data content _site" in text
        assert "`content/`" in text and "not ignored" in text
    assert "do not commit them here" in readme
    assert "What to commit:" in guide and "never `data/`" in guide


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_gitignore_ignores_what_the_commands_rebuild_and_not_the_stories(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    shutil.copy(ROOT / ".gitignore", tmp_path / ".gitignore")
    paths = ["data/newsdesk.db", "_site/index.html", "content/2026/03/a-story.md"]
    done = subprocess.run(
        ["git", "check-ignore", "--no-index", *paths], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.stdout.split() == ["data/newsdesk.db", "_site/index.html"]
