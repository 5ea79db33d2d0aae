"""The import contract in pyproject.toml covers every module of the core.

import-linter checks only the modules a contract names, so a new core module left out of the
core layer would go unchecked: it could import a stage and nothing would say so.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STAGES = ("crawler", "stories", "summarizer", "review", "sitebuilder")


def _layers() -> list[set[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    return [{m.strip() for m in layer.replace("|", ":").split(":")} for layer in layers]


def test_every_core_module_is_in_the_core_layer() -> None:
    core = {
        f"newsdesk.{p.stem}"
        for p in (ROOT / "newsdesk").glob("*.py")
        if p.stem not in ("__init__", "__main__")
    }
    assert core - _layers()[-1] == set(), "add these modules to the core layer in pyproject.toml"
    assert _layers()[-1] - core == set(), "the core layer names modules that do not exist"


def test_the_cli_is_on_top_and_the_stages_below_it() -> None:
    layers = _layers()
    assert layers[0] == {"newsdesk.cli"}
    assert layers[1] == {f"newsdesk.{s}" for s in STAGES}


def test_every_stage_folder_installs_under_the_namespace() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"]["package-dir"]
    for stage in STAGES:
        assert mapping[f"newsdesk.{stage}"] == stage
        assert (ROOT / stage / "__init__.py").is_file()
    assert "crawler" not in config["tool"]["setuptools"]["packages"]  # no generic top-level name
