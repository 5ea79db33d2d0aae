"""Issue 13 items 9-11: content files written by a careless editor or an attacker.

Every case ends in one line naming the file (and the key), never a traceback, a hang or a
file from outside content/ on the site.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from newsdesk.sitebuilder.build import build
from sitekit import make_config, story, write_story

from newsdesk import content
from newsdesk.cli import cli
from newsdesk.errors import ContentError, NewsdeskError

PATH = Path("content/2026/03/x.md")
HEAD = "title: A story\nslug: a-story\nstatus: draft\n"


def bomb(levels: int = 9) -> str:
    """The 9x9 'billion laughs': 9**9 strings once every alias is copied."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def parse(front: str) -> content.ContentFile:
    return content.parse(f"---\n{HEAD}{front}---\nBody. [1]\n", PATH)


# --- item 9: aliases ---------------------------------------------------------------------


def test_an_alias_bomb_is_refused_before_anything_expands_it() -> None:
    with pytest.raises(ContentError, match=r"x\.md: front matter refused: it holds more than"):
        parse(bomb())


def test_an_alias_inside_its_own_anchor_is_refused() -> None:
    with pytest.raises(ContentError, match="an alias refers to the node that contains it"):
        parse("loop: &l [1, *l]\n")


@pytest.mark.parametrize(
    "many",
    ["big: [" + "0, " * 100_001 + "]\n", "big:\n" + "- 0\n" * 100_001],
    ids=["flow", "block"],
)
def test_more_values_than_the_limit_without_an_alias_are_refused(many: str) -> None:
    """No alias to count: the fast path counts the values it built (and yaml_block steps
    aside for documents that may hold more)."""
    with pytest.raises(ContentError, match=r"x\.md: front matter refused: it holds more than"):
        parse(many)


def test_nesting_a_hundred_thousand_deep_is_one_line() -> None:
    with pytest.raises(ContentError, match=r"x\.md: front matter is not valid YAML"):
        parse("deep: " + "[" * 100_000 + "]" * 100_000 + "\n")


@pytest.mark.parametrize("tagged", ["x: !!set\n", "x: !!omap a\n", "x: !!seq 3\n"])
def test_a_collection_tag_on_a_scalar_is_one_line_not_a_generator(tagged: str) -> None:
    """Found by the fuzz test: the fast loader returned a generator for ``!!set ''``."""
    with pytest.raises(ContentError, match="not valid YAML"):
        parse(tagged)


def test_a_few_harmless_aliases_still_read_as_safe_dump_writes_them() -> None:
    shared = ["https://a.example/x"]
    text = yaml.safe_dump({"title": "T", "slug": "t", "x": shared, "y": shared})
    assert "&id001" in text  # PyYAML's writer shares repeated objects with an anchor
    cf = content.parse(f"---\n{text}---\nBody\n", PATH)
    assert cf.meta["y"] == shared and content.meta_hash(cf.meta)


@pytest.fixture
def project(tmp_path: Path, newsdesk_toml: Callable[..., Path]) -> Path:
    newsdesk_toml(site={"title": "Hostile", "base_url": "http://127.0.0.1/"})
    (tmp_path / "content" / "2026" / "05").mkdir(parents=True)
    return tmp_path


def review(project: Path, *args: str) -> Any:
    return CliRunner().invoke(
        cli, ["review", args[0], "--config", str(project / "newsdesk.toml"), *args[1:]]
    )


def test_review_list_reject_and_approve_refuse_an_alias_bomb(project: Path) -> None:
    path = project / "content" / "2026" / "05" / "bomb.md"
    path.write_text(f"---\n{HEAD.replace('a-story', 'bomb')}{bomb()}---\nBody\n")
    listed = review(project, "list", "--format", "plain")
    assert listed.exit_code == 0 and "front matter refused: it holds more" in listed.output
    for args in (
        ("reject", "bomb", "--reason", "spam"),
        ("approve", "bomb", "--force", "--reason", "x"),
    ):
        res = review(project, *args)
        assert isinstance(res.exception, NewsdeskError), res.output
        assert "bomb.md" in str(res.exception)
        assert "front matter refused: it holds more" in str(res.exception)
    assert bomb() in path.read_text()  # nothing rewritten


# --- item 10: wrong types ----------------------------------------------------------------


def _set(where: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(meta: dict[str, Any]) -> None:
        *outer, last = where.split(".")
        holder: Any = meta
        for step in outer:
            holder = holder[step][0] if isinstance(holder[step], list) else holder[step]
        holder[last] = value

    return change


@pytest.mark.parametrize(
    ("where", "value", "key"),
    [
        ("sources.cited_by", 3, "sources[1].cited_by"),
        ("sources.also_at", 5, "sources[1].also_at"),
        ("timeline", 5, "timeline"),
        ("corrections", 5, "corrections"),
        ("discussion", 7, "discussion"),
        ("discussion.comments", 5, "discussion[1].comments"),
        ("verification.sentences", 5, "verification.sentences"),
        ("sources", 5, "sources"),
        ("excluded", "lots", "excluded"),
    ],
)
def test_a_number_where_a_list_belongs_names_the_file_and_the_key(
    tmp_path: Path, where: str, value: Any, key: str
) -> None:
    cfg = make_config(tmp_path / "p")
    meta = story()
    _set(where, value)(meta)
    path = write_story(cfg.path(cfg.build.content_dir), meta)
    with pytest.raises(NewsdeskError) as caught:
        build(cfg)
    assert f"{path}: {key}: expected" in str(caught.value)


def test_a_reason_that_is_not_a_list_names_the_sentence() -> None:
    with pytest.raises(ContentError, match=r"verification\.sentences\[1\]\.reasons: expected"):
        parse("verification: {sentences: [{text: x, reasons: 5}]}\n")


# used by the symlink tests below
def _link(target: Path, at: Path) -> Path:
    at.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, at)
    return at


# --- item 11: symlinks -------------------------------------------------------------------


def test_a_symlink_to_a_file_outside_content_is_never_published(tmp_path: Path) -> None:
    cfg = make_config(tmp_path / "p")
    cdir = cfg.path(cfg.build.content_dir)
    write_story(cdir, story())
    secret = tmp_path / "secret.md"
    content.write(secret, story(title="Leaked", slug="leak", story_id="x"), "Secret [1].")
    link = _link(secret, cdir / "2026" / "03" / "leak.md")
    summary = build(cfg)
    assert summary.stories == 1 and not (cfg.root / "_site" / "2026" / "05" / "leak").exists()
    assert any(f"{link}: a symlink to a file outside" in w for w in summary.warnings)
    assert [cf.slug for cf in content.iter_content(cdir)] == [story()["slug"]]
    files, errors = content.scan_content(cdir)
    assert len(files) == 1 and [p for p, _ in errors] == [link]


def test_a_directory_loop_and_a_folder_outside_are_not_followed(
    tmp_path: Path, project: Path
) -> None:
    cdir = project / "content"
    (cdir / "2026" / "05" / "story.md").write_text(f"---\n{HEAD}---\nBody\n")
    _link(cdir / "2026", cdir / "2026" / "05" / "loop")
    _link(cdir, cdir / "self")
    outside = tmp_path / "elsewhere"
    (outside / "x").mkdir(parents=True)
    (outside / "x" / "other.md").write_text(f"---\n{HEAD}---\nBody\n")
    _link(outside, cdir / "2026" / "elsewhere")
    listed = review(project, "list", "--format", "plain")
    assert listed.exit_code == 0, listed.output
    assert "a-story" in listed.output and "a symlink to a folder outside" in listed.output
    assert [p.name for p in content.content_paths(cdir)] == ["story.md"]


def test_a_symlink_inside_content_is_read(tmp_path: Path) -> None:
    cdir = tmp_path / "content"
    real = cdir / "2026" / "05" / "real.md"
    real.parent.mkdir(parents=True)
    real.write_text(f"---\n{HEAD}---\nBody\n")
    _link(real, cdir / "2026" / "06" / "alias.md")
    assert [p.name for p in content.content_paths(cdir)] == ["real.md", "alias.md"]


def test_a_story_symlink_that_loops_is_listed_as_broken_and_hides_no_other(
    project: Path,
) -> None:
    """Before: `x.md -> x.md` ended review list, review show and build-site in an ELOOP
    traceback, so one bad link hid every story."""
    cdir = project / "content"
    (cdir / "2026" / "05").mkdir(parents=True, exist_ok=True)
    (cdir / "2026" / "05" / "story.md").write_text(f"---\n{HEAD}---\nBody\n")
    loop = _link(Path("loop.md"), cdir / "2026" / "05" / "loop.md")
    listed = review(project, "list", "--format", "plain")
    assert listed.exit_code == 0, listed.output
    assert "a-story" in listed.output and "a symlink that cannot be followed" in listed.output
    files, errors = content.scan_content(cdir)
    assert [f.slug for f in files] == ["a-story"] and [p for p, _ in errors] == [loop]
