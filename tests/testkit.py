"""Helpers every test folder shares: the tests' newsdesk.toml and the ../shared/eval gate.

Importable as ``testkit`` from any test (pyproject's pytest ``pythonpath``), like ``loopback``;
tests/conftest.py wraps them in the fixtures ``newsdesk_toml`` and ``shared_eval``.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
# Real-world third-party data, read in place and never copied into the repository (see its
# SOURCES.md). NEWSDESK_EVAL points elsewhere, e.g. from a git worktree outside the checkout.
EVAL = Path(os.environ.get("NEWSDESK_EVAL") or REPO.parent / "shared" / "eval")

TOPIC: dict[str, Any] = {
    "slug": "tokenmaxxing",
    "name": "Tokenmaxxing",
    "keywords": ["tokenmaxxing"],
}

# The smallest valid project: one site, one database, one topic. Tests override what they need.
DEFAULTS: dict[str, Any] = {
    "site": {"title": "T", "base_url": "https://example.org/"},
    "crawl": {"database": "data/newsdesk.db"},
    "topics": [TOPIC],
}


def config_data(**tables: Any) -> dict[str, Any]:
    """DEFAULTS with ``tables`` laid over them: a table (dict) given for a default table is
    merged key by key (``crawl={"timeout": 2.0}`` keeps the database); anything else replaces
    (``topics=[...]``) or adds (``outlets={...}``; a table inside a table, as in
    ``summarizer={"llm": {...}}``, is written as [summarizer.llm]). ``None`` drops a default."""
    data = copy.deepcopy(DEFAULTS)
    for name, value in tables.items():
        if value is None:
            data.pop(name, None)
        elif isinstance(value, dict) and isinstance(data.get(name), dict):
            data[name] = data[name] | value
        else:
            data[name] = copy.deepcopy(value)
    return data


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # a TOML basic string (backslashes escaped)
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    raise TypeError(f"no TOML for {v!r}")


def _tables(name: str, table: dict[str, Any], header: str = "[{}]") -> list[str]:
    """[name] with its keys, then a [name.key] for each key whose value is a table."""
    keys = [f"{k} = {_value(v)}" for k, v in table.items() if not isinstance(v, dict)]
    subs = [t for k, v in table.items() if isinstance(v, dict) for t in _tables(f"{name}.{k}", v)]
    return ["\n".join([header.format(name), *keys]) + "\n", *subs]


def config_text(**tables: Any) -> str:
    """config_data(**tables) written as TOML, tables in the order given (defaults first)."""
    parts = []
    for name, value in config_data(**tables).items():
        if isinstance(value, dict):
            parts.extend(_tables(name, value))
        else:  # a list of tables: [[topics]], [[feeds]]
            parts.extend(t for entry in value for t in _tables(name, entry, "[[{}]]"))
    return "\n".join(parts)


def write_config(root: Path, *, name: str = "newsdesk.toml", **tables: Any) -> Path:
    """Write config_text(**tables) to root/name (root is created) and return its path."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / name
    path.write_text(config_text(**tables), encoding="utf-8")
    return path


def shared_eval(*parts: str) -> Path:
    """EVAL/parts, for tests that read real-world data from ../shared/eval.

    Locally, when it is absent (a fresh clone, a worktree elsewhere), the test is skipped and
    says why. Under CI (the CI environment variable is set, as .ci/run and GitHub Actions do)
    it fails instead: CI must show these tests ran, not that they quietly skipped. The one
    exception is a CI that cannot have the data and says so with NEWSDESK_EVAL=absent (GitHub's
    hosted runners, .github/workflows/ci.yml): there the tests skip as they do locally.
    """
    absent_here = os.environ.get("NEWSDESK_EVAL") == "absent"
    path = EVAL.joinpath(*parts)
    if absent_here or not path.exists():
        why = f"{path} is absent (real-world test data, read in place from ../shared/eval)"
        if absent_here:
            why = "NEWSDESK_EVAL=absent: this CI has no ../shared/eval (real-world test data)"
        elif os.environ.get("CI"):
            pytest.fail(f"{why}; CI runs these tests, so it must be there", pytrace=False)
        pytest.skip(why)
    return path


def draft_demo(root: Path) -> Any:
    """The bundled demo drafted in ``root`` as build-site does it: the repository's
    newsdesk.toml copied there, the recorded crawl replayed, stories grouped, drafts written.
    Returns the loaded Config."""
    import shutil

    from newsdesk.summarizer import run as draft_cmd

    from newsdesk import crawler, stories
    from newsdesk.config import load_config
    from newsdesk.store import Store

    shutil.copy(REPO / "newsdesk.toml", root / "newsdesk.toml")
    config = load_config(root / "newsdesk.toml")
    crawler.crawl(config, replay=REPO / "demo" / "tokenmaxxing.warc.gz", progress=False)
    with Store(config.path(config.crawl.database)) as store:
        stories.update_stories(config, store)
    draft_cmd.run_drafts(config)
    return config


def fresh_copy(built: Path, tmp_path: Path) -> Path:
    """A copy of a folder a module fixture built once (the demo, drafted), for a test that
    edits its files; copied files keep their mtimes, and the records inside are relative."""
    import shutil

    folder = tmp_path / "site"
    shutil.copytree(built, folder)
    return folder


def norvale_story(root: Path) -> Path:
    """The demo's Norvale story file under ``root`` (a drafted demo)."""
    (path,) = (root / "content").rglob("norvale-*.md")
    return path


def git_env(name: str = "Grace Editor", email: str = "grace@example.invalid") -> dict[str, str]:
    """The environment for a test's git commands: this process's, with ``name`` <``email``> as
    the author and committer (CI has no git identity)."""
    return {
        **os.environ,
        "GIT_AUTHOR_NAME": name,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": name,
        "GIT_COMMITTER_EMAIL": email,
    }


def checked(source: str, claim: str) -> tuple[str, ...]:
    """The verifier's reasons against ``claim`` citing one source, ``source`` (none: supported):
    the rule tests of tests/summarizer ask this one question of invented passages."""
    from newsdesk.summarizer.verify import Checker

    return Checker({1: source}).check(claim, (1,))


def cli_command(project: Path, *args: str) -> list[str]:
    """The newsdesk CLI in a process of its own, for tests that need one (two commands at once,
    a lock held), with the project's newsdesk.toml after the command and its subcommand."""
    argv = [*args[:2], "--config", str(project / "newsdesk.toml"), *args[2:]]
    return [sys.executable, "-c", "from newsdesk.cli import main; main()", *argv]


def run_cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``cli_command`` run to its end in the project's folder, its output captured."""
    return subprocess.run(
        cli_command(project, *args), cwd=project, capture_output=True, text=True, timeout=120
    )
