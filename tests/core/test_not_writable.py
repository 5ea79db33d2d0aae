"""A folder or file newsdesk may not write (chmod, ``chattr +i``, a read-only mount), and the
rarer errors a path can give (a file where a folder is needed, a folder where a file is, a name
too long, a symlink loop): one line naming it, no traceback, nothing lost. The tests make the
write fail with the error the system gives (as root, chmod would not stop the write); the
others are made for real where a test can make them."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newsdesk.cli import build_site_main, main
from newsdesk.errors import not_permitted, os_error

STORY = (
    "---\ntitle: A story\nslug: x\nstatus: draft\nsources:\n"
    "- n: 1\n  url: https://a.example/2026/05/x.html\n  name: A\n  role: original\n"
    "---\nBody. [1]\n"
)


def _run(entry: Callable[[list[str]], None], args: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        entry(args)
    return int(done.value.code or 0), capsys.readouterr().err


def _project(tmp_path: Path, newsdesk_toml: Callable[..., Path]) -> Path:
    newsdesk_toml()
    story = tmp_path / "content" / "2026" / "05" / "x.md"
    story.parent.mkdir(parents=True)
    story.write_text(STORY)
    return story


def _immutable(src: object, dst: object) -> None:
    """os.replace onto a file under ``chattr +i``."""
    raise PermissionError(errno.EPERM, "Operation not permitted", str(src), None, str(dst))


@pytest.mark.parametrize(
    "action",
    [["approve", "x"], ["reject", "x", "--reason", "off topic"]],
    ids=["approve", "reject"],
)
def test_a_story_file_that_cannot_be_replaced_is_one_line_naming_it(
    action: list[str], tmp_path: Path, newsdesk_toml, capsys, monkeypatch
) -> None:
    story = _project(tmp_path, newsdesk_toml)
    monkeypatch.setattr("newsdesk.content_files.os.replace", _immutable)
    config = ["--config", str(tmp_path / "newsdesk.toml")]
    code, err = _run(main, ["review", *action, "--editor", "ed", *config], capsys)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith(f"error: {story}: Operation not permitted: newsdesk cannot write there")
    assert story.read_text() == STORY and [p.name for p in story.parent.iterdir()] == ["x.md"]


def test_a_site_folder_that_cannot_be_written_is_one_line_and_keeps_the_site(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from newsdesk.sitebuilder import writer
    from sitekit import make_config, story, write_story

    cfg = make_config(tmp_path / "p")
    write_story(cfg.path(cfg.build.content_dir), story())
    args = ["--offline", "--config", str(cfg.root / "newsdesk.toml")]
    assert _run(build_site_main, args, capsys)[0] == 0
    site = cfg.root / "_site"
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    write_story(cfg.path(cfg.build.content_dir), story(slug="another", title="Another story"))

    def denied(self: object, rel: str, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(site / rel))

    monkeypatch.setattr(writer.Staging, "write", denied)
    code, err = _run(build_site_main, args, capsys)
    assert code == 1 and err.count("\n") == 1 and "Permission denied" in err, err
    assert str(site) in err
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in cfg.root.iterdir() if p.name.startswith("_site")) == ["_site"]


def test_a_writer_s_temporary_file_is_named_by_its_folder() -> None:
    exc = PermissionError(errno.EACCES, "Permission denied", "/p/content/2026/05/.x.md.k2j.tmp")
    assert str(not_permitted(exc)).startswith("/p/content/2026/05: Permission denied:")
    exc = PermissionError(errno.EROFS, "Read-only file system", "/p/_site.tmp-4242")
    assert str(not_permitted(exc)).startswith("/p: Read-only file system:")
    assert not_permitted(OSError(errno.EIO, "Input/output error", "/p/x")) is None


def _one_line(code: int, err: str) -> str:
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    return err.removeprefix("error: ").strip()


def _site_project(tmp_path: Path, capsys) -> tuple[list[str], Path]:
    from sitekit import make_config, story, write_story

    cfg = make_config(tmp_path / "p")
    write_story(cfg.path(cfg.build.content_dir), story())
    args = ["--offline", "--config", str(cfg.root / "newsdesk.toml")]
    assert _run(build_site_main, args, capsys)[0] == 0
    return args, cfg.root


def _files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("where", ["file", "loop", "long"])
def test_a_site_folder_that_is_a_file_a_loop_or_too_long_a_name_is_one_line(
    where: str, tmp_path: Path, capsys
) -> None:
    args, root = _site_project(tmp_path, capsys)
    blocker = root / "out"
    if where == "file":
        blocker.write_text("mine\n")
        out, named, why = blocker / "site", blocker, "is a file where a folder is needed"
    elif where == "loop":
        blocker.symlink_to(blocker.name)
        out, named, why = blocker, blocker, "is a symlink that leads to no folder"
    else:
        out = named = root / ("a" * 300)
        why = "a name in this path is too long"
    said = _one_line(*_run(build_site_main, [*args, "--out", str(out)], capsys))
    assert said.startswith(f"{named}: {why}"), said
    if where == "file":
        assert blocker.read_text() == "mine\n"
    kept = ["_site", "content", "newsdesk.toml", *(["out"] if where != "long" else [])]
    # nothing else made, but the write lock build-site holds while it runs (writelock.py)
    assert sorted(p.name for p in root.iterdir() if p.name != ".newsdesk.lock") == sorted(kept)


@pytest.mark.parametrize("kind", ["file", "loop"])
def test_a_content_folder_that_is_a_file_or_a_loop_is_named_and_the_site_is_kept(
    kind: str, tmp_path: Path, capsys
) -> None:
    """It was read as an empty folder: `review list` said "no stories" and build-site replaced
    the site with an empty one."""
    args, root = _site_project(tmp_path, capsys)
    site = _files(root / "_site")
    cdir = root / "content"
    cdir.rename(root / "kept")
    cdir.write_text("not a folder\n") if kind == "file" else cdir.symlink_to("content")
    why = "is a file where a folder is needed" if kind == "file" else "a symlink in this path loops"
    said = _one_line(*_run(build_site_main, args, capsys))
    assert said.startswith(f"{cdir}: {why}"), said
    assert _files(root / "_site") == site
    said = _one_line(*_run(main, ["review", "list", *args[1:]], capsys))
    assert said.startswith(f"{cdir}: {why}"), said


def test_a_database_folder_that_is_a_file_is_named(tmp_path: Path, newsdesk_toml, capsys) -> None:
    config = newsdesk_toml(crawl={"database": "data/newsdesk.db"}, hackernews={"enabled": False})
    (tmp_path / "data").write_text("mine\n")
    said = _one_line(*_run(main, ["articles", "--config", str(config)], capsys))
    assert "no database yet" in said  # reading: nothing to read, as before
    said = _one_line(*_run(main, ["crawl", "--no-progress", "--config", str(config)], capsys))
    assert said == (
        f"cannot create the database: {tmp_path / 'data'}: is a file where a folder is needed "
        "(File exists)"
    ), said
    assert (tmp_path / "data").read_text() == "mine\n"


def _fails(code: int) -> Callable[[object, object], None]:
    def replace(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code), str(src), None, str(dst))

    return replace


@pytest.mark.parametrize(
    ("code", "why"),
    [
        (errno.ENOTDIR, "Not a directory"),
        (errno.EISDIR, "is a folder where a file is needed"),
        (errno.ENAMETOOLONG, "too long for the file system"),
        (errno.ELOOP, "a symlink in this path loops"),
        (errno.EIO, "Input/output error"),
    ],
    ids=["ENOTDIR", "EISDIR", "ENAMETOOLONG", "ELOOP", "EIO"],
)
@pytest.mark.parametrize(
    "action",
    [["approve", "x"], ["reject", "x", "--reason", "off topic"]],
    ids=["approve", "reject"],
)
def test_rarer_write_errors_on_a_story_file_are_one_line_and_keep_it(
    action: list[str], code: int, why: str, tmp_path: Path, newsdesk_toml, capsys, monkeypatch
) -> None:
    story = _project(tmp_path, newsdesk_toml)
    monkeypatch.setattr("newsdesk.content_files.os.replace", _fails(code))
    config = ["--config", str(tmp_path / "newsdesk.toml")]
    said = _one_line(*_run(main, ["review", *action, "--editor", "ed", *config], capsys))
    assert said.startswith(f"{story}: ") and why in said, said
    assert story.read_text() == STORY and [p.name for p in story.parent.iterdir()] == ["x.md"]


def test_os_error_names_the_path_a_user_knows() -> None:
    loop = OSError(errno.ELOOP, "Too many levels of symbolic links", "/p/.x.md.k2j.tmp")
    assert str(os_error(loop)).startswith("/p: a symlink in this path loops")
    moved = OSError(errno.ENOTDIR, "Not a directory", "/p/_site.tmp-4242", None, "/p/_site")
    assert str(os_error(moved)).startswith("/p/_site: ")
    assert os_error(OSError(errno.ECONNRESET, "Connection reset by peer")) is None  # no path
