"""A content folder that vanished (moved away, a mistyped build.content_dir) must not wipe the
published site: build-site refuses with one line naming it, unless --allow-empty."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from sitekit import story, write_story


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    code = "from newsdesk.cli import build_site_main; build_site_main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


PAGE = "2026/05/lumen-freight-token-leaderboard/index.html"


def test_a_moved_content_folder_leaves_the_site_alone(cfg, content_dir) -> None:
    write_story(content_dir, story())
    assert run("--offline", cwd=cfg.root).returncode == 0
    page = cfg.root / "_site" / PAGE
    assert page.is_file()
    content_dir.rename(content_dir.with_name("content.bak"))
    res = run("--offline", "--strict", cwd=cfg.root)
    assert res.returncode == 1, res.stdout
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.stderr
    assert "content does not exist" in lines[0] and "1 story" in lines[0]
    assert "--allow-empty" in lines[0]
    assert page.is_file()  # nothing removed
    res = run("--offline", cwd=cfg.root)  # nor without --offline's flags: the same refusal
    assert res.returncode == 1 and page.is_file()


def test_an_empty_content_folder_is_refused_and_allowed_with_the_flag(cfg, content_dir) -> None:
    write_story(content_dir, story())
    assert run("--offline", cwd=cfg.root).returncode == 0
    for f in content_dir.rglob("*.md"):
        f.unlink()
    res = run("--offline", cwd=cfg.root)
    assert res.returncode == 1 and "holds no story file" in res.stderr
    assert (cfg.root / "_site" / PAGE).is_file()
    res = run("--offline", "--allow-empty", cwd=cfg.root)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("site: 0 stories") and not (cfg.root / "_site" / PAGE).exists()


def test_a_first_build_from_nothing_still_works(cfg) -> None:
    res = run("--offline", cwd=cfg.root)  # no content, no site yet: nothing to protect
    assert res.returncode == 0, res.stderr
    assert "content does not exist: the site has no stories" in res.stderr  # but it is said


def test_strict_refuses_a_first_build_from_a_missing_content_folder(cfg) -> None:
    """The Pages workflow builds with --strict into a fresh folder: a content folder missing
    there (not committed, a mistyped build.content_dir) deployed an empty site, exit 0."""
    res = run("--offline", "--strict", cwd=cfg.root)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert "content does not exist: the site has no stories" in res.stderr
    assert not (cfg.root / "_site" / "index.html").exists()
    assert run("--offline", "--strict", "--allow-empty", cwd=cfg.root).returncode == 0


def test_the_view_command_quotes_an_output_folder_with_spaces(cfg, content_dir) -> None:
    write_story(content_dir, story())
    out = "_site/ünï cödé"
    res = run("--offline", "--out", out, cwd=cfg.root)
    assert res.returncode == 0, res.stderr
    view = next(line for line in res.stdout.splitlines() if line.startswith("view it:"))
    words = shlex.split(view.split("→")[0].removeprefix("view it: "))
    assert words[words.index("-d") + 1] == out, view


def test_a_copied_story_file_is_refused_naming_both(cfg, content_dir) -> None:
    path = write_story(content_dir, story())
    copy = path.with_name("copy.md")
    copy.write_bytes(path.read_bytes())
    res = run("--offline", cwd=cfg.root)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    line = res.stderr.strip()
    assert "same story (st-0001)" in line and str(copy) in line and path.name in line
    assert not (cfg.root / "_site").exists()


def test_a_site_an_older_builder_made_is_protected_too(cfg, content_dir) -> None:
    import json

    from newsdesk.sitebuilder import incremental

    write_story(content_dir, story())
    assert run("--offline", cwd=cfg.root).returncode == 0
    manifest = cfg.root / "_site" / incremental.MANIFEST
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["version"] = incremental.VERSION - 1  # the first build after an upgrade
    manifest.write_text(json.dumps(data), encoding="utf-8")
    shutil.rmtree(content_dir)
    res = run("--offline", cwd=cfg.root)
    assert res.returncode == 1 and "content does not exist" in res.stderr
    assert (cfg.root / "_site" / PAGE).is_file()


def test_an_offline_build_walks_content_once(cfg, content_dir, monkeypatch) -> None:
    """build-site --offline listed content/ twice (the check that it is not empty, then the
    build's scan); the build's own scan makes the same refusal, so once is enough."""
    from click.testing import CliRunner

    from newsdesk import content_files
    from newsdesk.cli import cli

    write_story(content_dir, story())
    walked: list[str] = []
    walk = content_files.walk

    def counted(folder):
        walked.append(str(folder))
        return walk(folder)

    monkeypatch.setattr(content_files, "walk", counted)
    monkeypatch.chdir(cfg.root)
    built = CliRunner().invoke(cli, ["build-site", "--offline"])
    assert built.exit_code == 0, built.output
    assert walked == [str(content_dir)]
    for f in content_dir.rglob("*.md"):
        f.unlink()
    refused = CliRunner().invoke(cli, ["build-site", "--offline"])  # the refusal still holds
    assert refused.exit_code == 1 and "holds no story file" in str(refused.exception)
    assert (cfg.root / "_site" / PAGE).is_file()
