"""`newsdesk serve`: loopback only, serves the built site on 127.0.0.1, rebuilds on change."""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from newsdesk import content
from newsdesk.cli.preview import Preview
from newsdesk.cli.serve import loopback_host, sitebuilder_build
from newsdesk.config import Config
from newsdesk.errors import NewsdeskError
from newsdesk.regenerate import save_generated

ROOT = Path(__file__).resolve().parents[2]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as resp:  # 127.0.0.1 only
        return resp.read().decode("utf-8")


def fake_build(config: Config, out: Path) -> None:
    """Stands in for the sitebuilder: one page listing each story's title and status."""
    cfs = content.iter_content(config.path(config.build.content_dir))
    out.mkdir(parents=True, exist_ok=True)
    items = "".join(f"<li>{cf.meta['title']} ({cf.status})</li>" for cf in cfs)
    (out / "index.html").write_text(
        f"<base href='{config.site.base_url}'><ul>{items}</ul>", encoding="utf-8"
    )


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.com", "8.8.8.8"])
def test_non_loopback_hosts_are_refused(host: str) -> None:
    with pytest.raises(NewsdeskError, match="loopback"):
        loopback_host(host)


def test_loopback_hosts_are_accepted() -> None:
    assert loopback_host("127.0.0.1") == "127.0.0.1"
    assert loopback_host("localhost") == "127.0.0.1"
    assert loopback_host("::1") == "::1"


def test_cli_refuses_public_host_in_one_line(project: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsdesk",
            "serve",
            "--host",
            "0.0.0.0",
            "--config",
            str(project / "newsdesk.toml"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 2  # bad usage, refused before anything is built
    assert "Invalid value for '--host': 0.0.0.0 is not a loopback address" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_with_a_bad_config_fails_in_one_line_instead_of_serving(project: Path) -> None:
    config = project / "newsdesk.toml"
    config.write_text(config.read_text(encoding="utf-8") + "\nbogus = 1\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newsdesk", "serve", "--port", "0", "--config", str(config)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,  # before the fix it hung here: shutdown() of a server never started
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: ") and "bogus: unknown key" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "Previewing at" not in proc.stdout


def test_first_build_failure_releases_the_port_and_temp_folder(project: Path) -> None:
    def failing_build(config: Config, out: Path) -> None:
        raise NewsdeskError("content/x.md: broken front matter")

    preview = Preview(project / "newsdesk.toml", port=0, build=failing_build, log=print)
    with pytest.raises(NewsdeskError, match="broken front matter"):
        preview.start()
    assert not preview.out.parent.exists()
    assert preview.server is None


def test_serves_on_loopback_and_rebuilds_when_content_changes(project: Path, drafts) -> None:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    logs: list[str] = []
    preview = Preview(project / "newsdesk.toml", port=0, build=fake_build, log=logs.append)
    preview.start()
    try:
        assert preview.url.startswith("http://127.0.0.1:")
        page = fetch(preview.url)
        assert "Staff inflate AI token use to climb leaderboards (draft)" in page
        assert preview.url in page  # links point at the preview, not the public base_url
        assert preview.poll() is False  # nothing changed: no rebuild

        text = path.read_text(encoding="utf-8").replace("climb leaderboards", "top the charts")
        path.write_text(text, encoding="utf-8")
        assert preview.poll() is True
        assert "Staff inflate AI token use to top the charts (draft)" in fetch(preview.url)

        # a broken file: the error is reported, the last good site stays up
        path.write_text("no front matter here, just text", encoding="utf-8")
        assert preview.poll() is False
        assert any("no front matter" in line for line in logs)
        assert "top the charts" in fetch(preview.url)
        assert preview.poll() is False  # not retried until something changes again

        templates = project / "site_templates"
        templates.mkdir()
        builds = preview.builds
        content.write(path, drafts.make_meta(title="Fixed title"), drafts.BODY)
        (templates / "base.html").write_text("<html>{{ x }}</html>", encoding="utf-8")
        assert preview.poll() is True and preview.builds == builds + 1
        assert "Fixed title" in fetch(preview.url)
        (templates / "base.html").write_text("<html>{{ y }} changed</html>", encoding="utf-8")
        assert preview.poll() is True  # a template change rebuilds too
    finally:
        preview.stop()
    with pytest.raises(OSError):
        fetch(preview.url)


def test_real_sitebuilder_preview_shows_drafts_with_flags(project: Path, drafts) -> None:

    toml = project / "newsdesk.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8")
        + f'\n[build]\ntemplates_dir = "{(ROOT / "site_templates").as_posix()}"\n',
        encoding="utf-8",
    )
    save_generated(project / "content", drafts.make_meta(flagged=True), drafts.FLAGGED_BODY)
    preview = Preview(toml, port=0, build=sitebuilder_build, log=lambda m: None)
    preview.start()
    try:
        pages = [p for p in preview.out.rglob("index.html") if "staff-inflate" in str(p)]
        assert pages, "the draft's page was not rendered"
        rel = pages[0].relative_to(preview.out).as_posix()
        page = fetch(preview.url + rel)
        assert 'class="flag"' in page and drafts.FLAGGED_SENTENCE in page
        assert "Draft" in page
    finally:
        preview.stop()


def test_the_preview_says_when_a_story_is_left_out(project: Path, drafts) -> None:
    """A story the build leaves out (a broken front matter) is named in the preview's log, as
    build-site prints it, instead of vanishing without a word."""
    toml = project / "newsdesk.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8")
        + f'\n[build]\ntemplates_dir = "{(ROOT / "site_templates").as_posix()}"\n',
        encoding="utf-8",
    )
    path = save_generated(project / "content", drafts.make_meta(), drafts.FLAGGED_BODY).path
    logs: list[str] = []
    preview = Preview(toml, port=0, build=sitebuilder_build, log=logs.append)
    preview.start()
    try:
        text = Path(path).read_text(encoding="utf-8")
        Path(path).write_text(text.replace("status: draft", "status: drfat"), encoding="utf-8")
        assert preview.rebuild()
        assert any(line.startswith("warning:") and "drfat" in line for line in logs), logs
    finally:
        preview.stop()
