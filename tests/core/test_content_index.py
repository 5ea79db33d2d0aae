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


@pytest.fixture
def walks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The walks of the content folder the index makes."""
    done: list[str] = []
    real = content_index.content_walk.walk

    def counting_walk(root):  # type: ignore[no-untyped-def]
        done.append(str(root))
        return real(root)

    monkeypatch.setattr(content_index.content_walk, "walk", counting_walk)
    return done


def test_finds_walk_the_folder_again_only_when_a_folder_changed(
    tmp_path: Path, walks: list[str]
) -> None:
    a = story(tmp_path, "a", "st-1")
    index = ContentIndex(tmp_path)
    assert index.find("st-1") is not None and index.find("st-9") is None
    assert len(walks) == 1
    b = story(tmp_path, "b", "st-2")  # another program adds a file: its folder changed
    os.utime(b.parent, ns=(5, 5))  # a different folder mtime even on a coarse clock
    found = index.find("st-2")
    assert found is not None and found.path == b and len(walks) == 2
    a.write_text(a.read_text("utf-8").replace("Body", "Edited"), "utf-8")  # in place
    found = index.find("st-1")
    assert found is not None and found.body.strip() == "Edited"  # read fresh, no walk
    assert len(walks) == 2


def test_a_file_in_a_new_folder_is_found(tmp_path: Path) -> None:
    story(tmp_path, "a", "st-1")
    index = ContentIndex(tmp_path)
    assert index.find("st-3") is None
    new = tmp_path / "2026" / "06" / "c.md"
    new.parent.mkdir(parents=True)
    new.write_text("---\ntitle: c\nslug: c\nstory_id: st-3\n---\nBody\n", "utf-8")
    os.utime(tmp_path / "2026", ns=(7, 7))
    found = index.find("st-3")
    assert found is not None and found.path == new


def test_saving_many_new_stories_walks_the_folder_a_few_times(
    tmp_path: Path, walks: list[str]
) -> None:
    from newsdesk.regenerate import save

    story(tmp_path, "old", "st-0")
    index = ContentIndex(tmp_path)
    for i in range(1, 30):
        meta = {"title": f"Story {i}", "slug": f"story-{i}", "date": "2026-05-04",
                "story_id": f"st-{i}"}  # fmt: skip
        assert index.find(f"st-{i}") is None
        assert save(index, meta, f"Body {i}.\n").action == "created"
    assert len(walks) == 1, walks  # the first find only: each write is taken in
    assert {p.rsplit("/", 1)[-1] for ps in index.story_ids().values() for p in ps} == {
        "old.md", *(f"story-{i}.md" for i in range(1, 30))
    }
    assert save(index, {"title": "Story 5", "slug": "story-5", "date": "2026-05-04",
                        "story_id": "st-5"}, "Body 5.\n").action == "unchanged"  # fmt: skip
