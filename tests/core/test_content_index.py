"""ContentIndex: stories found by story_id, each file read once until it changes, no module state."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdesk import content, content_index
from newsdesk.content_index import ContentIndex


def story(cdir: Path, slug: str, story_id: str, written: str | None = None) -> Path:
    path = cdir / "2026" / "05" / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    line = written if written is not None else story_id
    path.write_text(f"---\ntitle: {slug}\nslug: {slug}\nstory_id: {line}\n---\nBody\n", "utf-8")
    return path


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the index opens to find their story_id line."""
    opened: list[str] = []

    def counting_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(file))
        return open(file, *args, **kwargs)

    monkeypatch.setattr(content_index, "open", counting_open, raising=False)
    return opened


def test_finds_a_story_by_id_and_none_for_an_unknown_one(tmp_path: Path) -> None:
    a = story(tmp_path, "a", "st-1")
    story(tmp_path, "b", "st-2")
    index = ContentIndex(tmp_path)
    found = index.find("st-1")
    assert found is not None and found.path == a and found.fm.story_id == "st-1"
    assert index.find("st-9") is None
    assert ContentIndex(tmp_path / "missing").find("st-1") is None


def test_an_id_written_in_another_yaml_style_is_found(tmp_path: Path) -> None:
    story(tmp_path, "a", "st-1", written="'st-1'  # quoted, with a comment")
    found = ContentIndex(tmp_path).find("st-1")
    assert found is not None and found.slug == "a"


def test_each_file_is_read_once_until_it_changes(tmp_path: Path, reads: list[str]) -> None:
    a = story(tmp_path, "a", "st-1")
    story(tmp_path, "b", "st-2")
    index = ContentIndex(tmp_path)
    index.story_ids()
    assert len(reads) == 2
    index.story_ids()
    assert len(reads) == 2  # nothing changed: nothing read
    story(tmp_path, "a", "st-7")
    os.utime(a, ns=(1, 1))  # a different mtime even on a coarse clock
    assert index.story_ids() == {"st-7": [str(a)], "st-2": [str(tmp_path / "2026/05/b.md")]}
    assert reads[2:] == [str(a)]


def test_proposals_and_hidden_files_are_not_stories(tmp_path: Path) -> None:
    a = story(tmp_path, "a", "st-1")
    content.proposal_path(a).write_text(a.read_text("utf-8"), "utf-8")
    (a.parent / ".a.md.tmp").write_text(a.read_text("utf-8"), "utf-8")
    assert ContentIndex(tmp_path).story_ids() == {"st-1": [str(a)]}


def test_indexes_are_independent_objects(tmp_path: Path, reads: list[str]) -> None:
    story(tmp_path, "a", "st-1")
    ContentIndex(tmp_path).story_ids()
    ContentIndex(tmp_path).story_ids()
    assert len(reads) == 2  # no cache shared through module state
