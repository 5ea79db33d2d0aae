"""A folder or file newsdesk may not write (chmod, ``chattr +i``, a read-only mount): one line
naming it, no traceback, nothing lost. The tests make the write fail with the error the system
gives (as root, chmod would not stop the write)."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pytest

from newsdesk.cli import build_site_main, main
from newsdesk.errors import not_permitted

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
