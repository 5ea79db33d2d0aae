"""The real pages in headless Chromium: screenshots at phone and desktop widths, no console
errors, nothing missing, and script planted in untrusted text never runs."""

from __future__ import annotations

import html
import http.server
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cdp import wait_for
from newsdesk.sitebuilder import build, search
from sitekit import BODY, make_config, story, write_story

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")

PAYLOAD = (
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">"
    "<script>document.documentElement.setAttribute('data-pwned','script')</script>"
)
WIDTHS = {"phone": 390, "desktop": 1280}


class Server:
    """A static server on 127.0.0.1 that records every request's status."""

    def __init__(self, root: Path) -> None:
        self.log: list[tuple[str, int]] = []
        log = self.log

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *a, **kw):  # type: ignore[no-untyped-def]
                super().__init__(*a, directory=str(root), **kw)

            def log_request(self, code="-", size="-"):  # type: ignore[no-untyped-def]
                log.append((self.path, int(code) if str(code).isdigit() else 0))

            def log_message(self, *args):  # type: ignore[no-untyped-def]
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def chromium(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="chromium-", ignore_cleanup_errors=True) as profile:
        cmd = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
            "--disable-extensions", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
            "--enable-logging=stderr", "--v=0", *args, url,
        ]  # fmt: skip
        return subprocess.run(cmd, capture_output=True, text=True, timeout=90)


def console_messages(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ":CONSOLE" in ln]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    root = tmp_path_factory.mktemp("browser")
    www = root / "www"
    with Server(www) as server:
        # the site lives under a sub-path, as on GitHub project Pages
        cfg = make_config(root / "project", base_url=server.url + "newsdesk/")
        meta = story(
            title="Token leaderboard gamed " + PAYLOAD,
            slug="token-leaderboard-gamed",
            status="draft",
        )
        meta["discussion"][0]["comments"][0]["text"] = "Nice " + PAYLOAD
        meta["discussion"][0]["comments"][0]["author"] = PAYLOAD
        meta["verification"] = {
            "checked": 9,
            "flagged": 1,
            "sentences": [{"text": "x", "reasons": ["no source gives this date"]}],
        }
        body = BODY.replace(
            "The company said it has paused the rankings [5].",
            '<mark class="flag" title="no source gives this date">The company said it paused the rankings on May 3 [5].</mark> '
            + PAYLOAD,
        )
        content_dir = cfg.path(cfg.build.content_dir)
        write_story(content_dir, meta, body)
        for i in range(3):
            write_story(
                content_dir,
                story(
                    title=f"Follow-up {i}: leaderboards paused across the sector",
                    slug=f"follow-up-{i}",
                    story_id=f"f{i}",
                    date=f"2026-05-1{4 + i}T10:00:00Z",
                ),
            )
        build(cfg, out=www / "newsdesk", drafts=True)
        yield server, root


PAGES = {"index": "newsdesk/", "article": "newsdesk/2026/05/token-leaderboard-gamed/"}


def test_harness_detects_script_that_runs(served: tuple[Server, Path]) -> None:
    server, root = served
    (root / "www" / "control.html").write_text(
        "<!doctype html><title>c</title><script>document.documentElement.setAttribute('data-pwned','control')</script>"
    )
    res = chromium(server.url + "control.html", "--dump-dom")
    assert 'data-pwned="control"' in res.stdout


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_loads_clean_and_planted_script_does_not_run(
    served: tuple[Server, Path], name: str
) -> None:
    server, root = served
    server.log.clear()
    res = chromium(server.url + PAGES[name], "--dump-dom")
    assert "</html>" in res.stdout, res.stderr[-2000:]
    html_tag = re.search(r"<html[^>]*>", res.stdout).group(0)
    assert "data-pwned" not in html_tag  # set only if planted script ran
    assert "Token leaderboard gamed <img src=x" in html.unescape(res.stdout)  # shown as text
    assert console_messages(res.stderr) == []
    assert server.log and all(code in (200, 304) for _, code in server.log), server.log
    assert any(path.endswith("assets/style.css") for path, _ in server.log)


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_screenshots_at_phone_and_desktop_widths(
    served: tuple[Server, Path], name: str, width: str
) -> None:
    server, root = served
    keep = os.environ.get("NEWSDESK_SCREENSHOTS")
    out = Path(keep) if keep else root / "shots"
    out.mkdir(parents=True, exist_ok=True)
    png = out / f"{name}-{width}.png"
    res = chromium(
        server.url + PAGES[name], f"--screenshot={png}", f"--window-size={WIDTHS[width]},2200"
    )
    assert png.is_file(), res.stderr[-2000:]
    assert png_size(png) == (WIDTHS[width], 2200)
    assert png.stat().st_size > 20_000  # a rendered page, not a blank one
    assert console_messages(res.stderr) == []


GEOMETRY = """document.readyState === 'complete' && JSON.stringify({
    width: document.documentElement.scrollWidth,
    main: document.querySelector('.story-main').getBoundingClientRect(),
    rail: document.querySelector('.story-rail').getBoundingClientRect()})"""


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_story_uses_the_width_at_1280_and_stays_one_column_at_390(
    served: tuple[Server, Path], width: str
) -> None:
    """Issue 14 item 15: at 1280 px the timeline and sources sit in a side column beside the
    text (no empty right third); at 390 px one column, nothing wider than the screen."""
    server, _ = served
    px = WIDTHS[width]
    value, messages = wait_for(CHROMIUM, server.url + PAGES["article"], GEOMETRY, width=px)
    g = json.loads(value)
    assert g["width"] <= px and messages == []
    main, rail = g["main"], g["rail"]
    if px >= 1280:
        assert rail["left"] >= main["right"] and rail["top"] < main["top"] + 100
        assert rail["right"] > 0.85 * px  # the side column reaches across the width
    else:
        assert rail["top"] >= main["bottom"] and rail["right"] <= px


@pytest.mark.skipif(search.binary() is None, reason="pagefind[bin] not installed")
def test_planted_script_does_not_run_from_search_results(served: tuple[Server, Path]) -> None:
    """The search page is the one page that runs script: a result whose title and text carry
    planted markup shows it as text, and nothing planted runs."""
    server, _ = served
    # Pagefind's UI fills its results in one by one: wait until as many are shown as its
    # message counts (it shows five at first), or a planted title could still be loading.
    look = """(() => {
        const links = document.querySelectorAll('.pagefind-ui__result-link');
        const msg = document.querySelector('.pagefind-ui__message');
        const total = msg ? parseInt(msg.textContent, 10) : NaN;
        return links.length > 0 && links.length >= Math.min(total, 5);
    })() && JSON.stringify({
        titles: Array.from(document.querySelectorAll('.pagefind-ui__result-link'))
            .map(a => a.textContent),
        excerpts: document.querySelectorAll('.pagefind-ui__result-excerpt img').length,
        pwned: document.documentElement.hasAttribute('data-pwned')})"""
    url = server.url + "newsdesk/search/?q=leaderboard"
    value, messages = wait_for(
        CHROMIUM, url, look, seconds=90
    )  # WebAssembly is slow on a busy machine
    seen = json.loads(value)
    assert any("Token leaderboard gamed <img src=x" in t for t in seen["titles"]), seen
    assert seen["excerpts"] == 0 and seen["pwned"] is False
    assert messages == []  # not even a blocked inline handler: nothing planted became markup


CHECKS = """document.readyState === 'complete' && JSON.stringify(
    [...document.querySelectorAll('SELECTOR')].map(p => {
        const box = p.getBoundingClientRect(), mark = p.querySelector('.check');
        const r = mark.getBoundingClientRect(), line = mark.getClientRects();
        return {top: box.top, left: box.left, checkTop: r.top, checkLeft: r.left,
                right: r.right, boxRight: box.right, lines: line.length};
    }))"""


def test_the_card_s_check_badge_wraps_cleanly_at_390(served: tuple[Server, Path]) -> None:
    """Issue 12: on a phone the story card's "✓ every sentence checked" went to a line of its
    own indented by its 0.6rem margin. Where it starts a line now, it starts at the card's text
    edge, in one piece, and stays inside the card."""
    server, _ = served
    look = CHECKS.replace("SELECTOR", ".card .counts")
    value, messages = wait_for(CHROMIUM, server.url + PAGES["index"], look, width=390)
    cards = json.loads(value)
    assert cards and messages == []
    wrapped = [c for c in cards if c["checkTop"] > c["top"] + 2]
    assert wrapped  # the fixture's cards are long enough to wrap at 390 px
    for c in cards:
        assert c["lines"] == 1 and c["right"] <= c["boxRight"] + 0.5
    for c in wrapped:
        assert abs(c["checkLeft"] - c["left"]) < 1, c


def test_the_story_page_s_check_badge_wraps_cleanly_at_390(served: tuple[Server, Path]) -> None:
    """The story page's counts line did what the cards' did before: its badge, wrapped onto
    a line of its own, started 0.6rem in (the newcomer's screenshot, session 31)."""
    server, _ = served
    look = CHECKS.replace("SELECTOR", "header .counts, .counts:has(.check)")
    value, messages = wait_for(CHROMIUM, server.url + PAGES["article"], look, width=390)
    (line,) = json.loads(value)
    assert messages == [] and line["checkTop"] > line["top"] + 2  # it wraps at 390 px
    assert line["lines"] == 1 and line["right"] <= line["boxRight"] + 0.5
    assert abs(line["checkLeft"] - line["left"]) < 1, line
