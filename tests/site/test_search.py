"""Issue 14 item 16: static full-text search with Pagefind.

The build indexes the story pages into pagefind/ (and says so in one line when it cannot);
the search page is the only one whose Content-Security-Policy lets script run, and only what
Pagefind needs; the page still helps a reader without JavaScript; in Chromium a query from
the masthead's form finds the story, on a site served under a sub-path.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cdp import wait_for
from newsdesk.sitebuilder import build, search
from sitecheck import html_files, soup
from sitekit import make_config, story, write_story
from test_browser import CHROMIUM, Server

from newsdesk import content
from newsdesk.config import Config

needs_pagefind = pytest.mark.skipif(search.binary() is None, reason="pagefind[bin] not installed")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
SEARCH_CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'"
)


def two_stories(cfg: Config) -> None:
    content_dir = cfg.path(cfg.build.content_dir)
    write_story(content_dir, story())
    write_story(
        content_dir,
        story(title="Agents left running overnight", slug="agents-overnight", story_id="st-2"),
        "Staff at Ostrava Labs left coding agents running all night to win a contest [2].\n",
    )


def csp(page: Path) -> str:
    return soup(page).select_one("meta[http-equiv='Content-Security-Policy']")["content"]


@needs_pagefind
def test_build_indexes_the_story_pages_and_reindexes_when_the_stories_change(
    cfg: Config,
) -> None:
    two_stories(cfg)
    undated = story(title="An undated story", slug="undated-one", story_id="st-u", date=None)
    path = write_story(cfg.path(cfg.build.content_dir), undated)
    site = build(cfg).out
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text())
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == 3  # stories only
    assert not list(site.glob(".pagefind.*"))  # the fresh bundle was swapped in whole

    def stamp() -> int:
        return (site / "pagefind/pagefind-entry.json").stat().st_mtime_ns

    before = stamp()
    build(cfg)  # nothing changed: the index stays as it is
    assert stamp() == before
    cf = content.read(path)
    content.write(path, cf.meta, cf.body.replace("[1][2]", "[1][2][3]", 1))
    assert build(cfg).written  # a body edit alone (the quick rebuild) keeps the index
    assert stamp() == before
    content.write(path, {**cf.meta, "title": "An undated story, retitled"}, cf.body)
    build(cfg)  # a headline changed: indexed again
    assert stamp() != before
    shutil.rmtree(site / "pagefind")
    build(cfg)  # nothing changed, but the index is missing: made again
    assert (site / "pagefind/pagefind.js").is_file()


@needs_pagefind
def test_index_false_leaves_the_index_to_a_later_build(cfg: Config) -> None:
    """benchmarks/build.py times the build and Pagefind apart."""
    two_stories(cfg)
    site = build(cfg, index=False).out
    assert (site / "search/index.html").is_file() and not (site / "pagefind").exists()
    assert search.update(site) is not None  # what build() would have run
    assert (site / "pagefind/pagefind.js").is_file()


def test_without_the_binary_the_build_succeeds_and_says_search_was_skipped(
    cfg: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(search, "binary", lambda: None)
    two_stories(cfg)
    summary = build(cfg)
    assert summary.stories == 2 and summary.warnings == ()
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "search: skipped, the Pagefind binary is not installed (pip install 'pagefind[bin]')"
    ]
    assert not (summary.out / "pagefind").exists()
    assert soup(summary.out / "search/index.html").select_one("#search-nojs a[href$='archive/']")


def test_only_the_search_page_may_run_script_and_only_what_pagefind_needs(cfg: Config) -> None:
    two_stories(cfg)
    site = build(cfg).out
    assert csp(site / "search/index.html") == SEARCH_CSP
    scripts = soup(site / "search/index.html").select("script[src]")
    assert [s["src"] for s in scripts] == ["../assets/search.js"]
    others = [p for p in html_files(site) if p != site / "search/index.html"]
    assert others and all("script-src 'none'" in csp(p) for p in others)
    for page in others:  # the masthead's search is a plain form that opens the search page
        form = soup(page).select_one("header.masthead form[role=search]")
        assert form["method"] == "get" and form["action"].endswith("search/")
        assert form.select_one("input[name=q]")
    assert "form-action 'self'" in csp(site / "index.html")
    js = (site / "assets/search.js").read_text()
    assert "eval(" not in js and "innerHTML" not in js


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("search")
    with Server(root / "www") as server:
        cfg = make_config(root / "project", base_url=server.url + "newsdesk/")
        two_stories(cfg)
        build(cfg, out=root / "www" / "newsdesk")
        yield server.url + "newsdesk/"


@needs_chromium
@needs_pagefind
def test_a_query_finds_the_story_in_chromium_under_a_sub_path(served: str) -> None:
    links = "Array.from(document.querySelectorAll('.pagefind-ui__result-link'))"
    found, messages = wait_for(
        CHROMIUM, served + "search/?q=ostrava", f"{links}.map(a => a.pathname)"
    )
    assert found == ["/newsdesk/2026/05/agents-overnight/"]
    assert messages == []  # no CSP violation, no error
    hidden, _ = wait_for(
        CHROMIUM, served + "search/", "document.getElementById('search-nojs').hidden"
    )
    assert hidden is True  # with JavaScript the no-script note goes away


@needs_chromium
def test_without_javascript_the_search_page_points_to_every_story(served: str) -> None:
    look = """document.readyState === 'complete' && JSON.stringify({
        note: document.getElementById('search-nojs').innerText,
        shown: !document.getElementById('search-nojs').hidden,
        links: Array.from(document.querySelectorAll('#search-nojs a')).map(a => a.pathname),
        ui: document.querySelectorAll('.pagefind-ui').length})"""
    value, _ = wait_for(CHROMIUM, served + "search/?q=leaderboard", look, javascript=False)
    seen = json.loads(value)
    assert seen["shown"] and "needs JavaScript" in seen["note"] and seen["ui"] == 0
    paths = {"/newsdesk/archive/", "/newsdesk/latest/", "/newsdesk/outlets/"}
    assert paths <= set(seen["links"])


@needs_pagefind
def test_a_site_with_no_stories_left_drops_its_index_and_says_why(
    cfg: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    two_stories(cfg)
    out = build(cfg).out
    assert (out / "pagefind/pagefind.js").is_file()
    capsys.readouterr()
    for path in content.content_paths(cfg.path(cfg.build.content_dir)):
        path.unlink()
    summary = build(cfg, allow_empty=True)  # emptying a site that has stories is said explicitly
    assert summary.stories == 0
    assert capsys.readouterr().err.strip().splitlines() == ["search: no story pages to index yet"]
    assert not (out / "pagefind").exists()  # no stale index finding deleted stories
