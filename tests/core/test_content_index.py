"""ContentIndex: stories found by story_id, each file read once until it changes, no module state."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdesk import content, content_files, content_index
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
    real = content_index.content_files.walk

    def counting_walk(root):  # type: ignore[no-untyped-def]
        done.append(str(root))
        return real(root)

    monkeypatch.setattr(content_index.content_files, "walk", counting_walk)
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
        "old.md",
        *(f"story-{i}.md" for i in range(1, 30)),
    }
    assert save(index, {"title": "Story 5", "slug": "story-5", "date": "2026-05-04",
                        "story_id": "st-5"}, "Body 5.\n").action == "unchanged"  # fmt: skip


HAND = "---\ntitle: Editor's own\nslug: {slug}\nstory_id: hand-1\nstatus: published\n---\nMine.\n"


def _meta(i: int) -> dict[str, str]:
    return {
        "title": f"Story {i}",
        "slug": f"story-{i}",
        "date": "2026-05-04",
        "story_id": f"st-{i}",
    }


def test_a_file_an_editor_adds_during_a_save_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk import regenerate

    index = ContentIndex(tmp_path)
    regenerate.save(index, _meta(1), "Body 1.\n")
    theirs = tmp_path / "2026" / "05" / "story-3.md"
    real_write = regenerate.write

    def write_while_an_editor_saves(path, meta, body, **kw):  # type: ignore[no-untyped-def]
        theirs.write_text(HAND.format(slug="story-3"), "utf-8")
        return real_write(path, meta, body, **kw)

    monkeypatch.setattr(regenerate, "write", write_while_an_editor_saves)
    regenerate.save(index, _meta(2), "Body 2.\n")
    monkeypatch.setattr(regenerate, "write", real_write)
    out = regenerate.save(index, _meta(3), "Body 3.\n")  # slug story-3: the editor's name
    assert out.action == "created" and out.path.name == "story-3-2.md"
    assert theirs.read_text("utf-8") == HAND.format(slug="story-3")


def test_a_new_story_is_never_written_over_a_file_the_index_missed(tmp_path: Path) -> None:
    from newsdesk import regenerate

    index = ContentIndex(tmp_path)
    regenerate.save(index, _meta(1), "Body 1.\n")
    folder = tmp_path / "2026" / "05"
    stamp = os.stat(folder).st_mtime_ns
    theirs = folder / "story-2.md"
    theirs.write_text(HAND.format(slug="story-2"), "utf-8")
    os.utime(folder, ns=(stamp, stamp))  # as a coarse clock leaves it: the index cannot tell
    out = regenerate.save(index, _meta(2), "Body 2.\n")
    assert out.action == "created" and out.path.name == "story-2-2.md"
    assert theirs.read_text("utf-8") == HAND.format(slug="story-2")
    with pytest.raises(FileExistsError):
        content_files.write_text(theirs, "other text", exclusive=True)


def test_a_draft_deleted_unseen_is_looked_for_again_not_read(tmp_path: Path) -> None:
    from newsdesk import regenerate

    index = ContentIndex(tmp_path)
    first = regenerate.save(index, _meta(1), "Body 1.\n").path
    folder = first.parent
    stamp = os.stat(folder).st_mtime_ns
    first.unlink()
    os.utime(folder, ns=(stamp, stamp))
    assert index.find("st-1") is None  # before: ContentError, no such content file
    assert regenerate.save(index, _meta(1), "Body 1.\n").action == "created"
