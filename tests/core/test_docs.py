"""The docs stay true to the code: the CLI reference is current, every command and config key is
documented, every relative link leads to a file, and the README stays short."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import typing
from pathlib import Path

import pytest

from newsdesk import config_schema
from newsdesk.cli.app import cli

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


def _cli_reference():
    spec = importlib.util.spec_from_file_location(
        "cli_reference", ROOT / "scripts/cli_reference.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current() -> None:
    ref = _cli_reference()
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert text == ref.render(), "docs/cli.md is stale: run python scripts/cli_reference.py"
    assert ref.main(["--check"]) == 0


def _paths(group, prefix: str) -> list[str]:
    out = [prefix]
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            out.extend(_paths(cmd, f"{prefix} {name}"))
        else:
            out.append(f"{prefix} {name}")
    return out


def test_every_command_is_in_the_cli_reference() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    paths = _paths(cli, "newsdesk")
    assert "newsdesk build-site" in paths and "newsdesk review approve" in paths
    for path in paths:
        assert f"\n## {path}\n" in text, f"docs/cli.md misses {path!r}"


def _keys(cls: type, prefix: str = "") -> list[str]:
    """Every key of newsdesk.toml, dotted: 'crawl.timeout', 'topics.slug', 'summarizer.llm.model'."""
    hints = typing.get_type_hints(cls, vars(config_schema))
    out = []
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        key = prefix + f.name
        kind = hints[f.name]
        inner = typing.get_args(kind)[0] if typing.get_origin(kind) is list else kind
        if dataclasses.is_dataclass(inner):
            out.extend(_keys(inner, key + "."))
        else:
            out.append(key)
    return out


def test_every_config_key_is_documented() -> None:
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    keys = _keys(config_schema.Config)
    assert "crawl.timeout" in keys and "topics.slug" in keys and "summarizer.llm.model" in keys
    missing = [k for k in keys if f"`{k}`" not in text]
    assert not missing, f"docs/configuration.md misses {missing}"


LINK = re.compile(r"\]\(([^)\s]+)\)")
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


def _anchors(page: Path) -> set[str]:
    """The anchors GitHub makes of a page's headings (code blocks skipped)."""
    anchors: set[str] = set()
    fenced = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            slug = re.sub(r"[^\w\- ]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
            n = sum(1 for a in anchors if a == slug or re.fullmatch(re.escape(slug) + r"-\d+", a))
            anchors.add(f"{slug}-{n}" if n else slug)
    return anchors


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_lead_to_files(page: Path) -> None:
    broken = []
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):
            continue  # a URL: http:, mailto:
        path, _, anchor = target.partition("#")
        dest = page.parent / path if path else page
        if not dest.exists() or (anchor and dest.suffix == ".md" and anchor not in _anchors(dest)):
            broken.append(target)
    assert not broken, f"{page.name}: links to missing files or headings: {broken}"


def test_readme_is_short() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) < 150, f"README.md has {len(lines)} lines; move detail into docs/"
