"""Content files edited carelessly or on purpose, through build-site and review.

Each ends in a built site with nothing unsafe in it, or one clean line naming the file; none
is lost or half-written, and none holds a reader for long.
"""

from __future__ import annotations

import os
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
from click.testing import CliRunner
from newsdesk.sitebuilder import build
from sitecheck import html_files, soup
from sitekit import BODY, story, write_story

from newsdesk import content
from newsdesk.cli import cli

ARTICLE = "2026/05/lumen-freight-token-leaderboard/index.html"


def test_a_byte_order_mark_before_the_front_matter_is_read(cfg, content_dir) -> None:
    """Before: 'no front matter', and a published story with one failed the build."""
    path = write_story(content_dir, story())
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert build(cfg).stories == 1
    assert soup(cfg.path(cfg.build.out) / ARTICLE).select_one("h1").get_text().startswith("Engin")
    draft = write_story(content_dir, story(slug="draft-one", story_id="st-2", status="draft"))
    draft.write_bytes(b"\xef\xbb\xbf" + draft.read_bytes())
    config = str(cfg.root / "newsdesk.toml")
    done = CliRunner().invoke(
        cli, ["review", "reject", "draft-one", "--config", config, "--reason", "x"]
    )
    assert done.exit_code == 0, done.output
    assert content.read(draft).fm.status == "rejected" and content.read(draft).body.startswith(
        "Engineers"
    )


def test_characters_xml_forbids_never_break_the_feeds(cfg, content_dir) -> None:
    """Before: a NUL or an ESC (a YAML escape in the title, raw in the body) ended build-site in
    lxml's ValueError traceback."""
    meta = story(title="Leaderboard \x00 gamed \x1b[2J again", synopsis="Staff \x0b gamed it")
    write_story(content_dir, meta, BODY.replace("Engineers", "Engi\x00neers", 1))
    build(cfg)
    site = cfg.path(cfg.build.out)
    for feed in ("atom.xml", "rss.xml", "topics/tokenmaxxing/atom.xml"):
        root = ET.fromstring((site / feed).read_bytes())  # well-formed XML
        assert "Leaderboard gamed [2J again" in ET.tostring(root, encoding="unicode")
    assert feedparser.parse((site / "atom.xml").read_bytes()).entries


def test_a_long_single_quoted_title_reads_in_linear_time(cfg, content_dir) -> None:
    """safe_dump single-quotes a title that ends in a space and folds it over ~2,500 lines;
    the reader matched the whole scalar again at each line (3 s for 200 KB; now a few ms)."""
    path = write_story(content_dir, story(title="Word " * 40_000))
    assert len(path.read_text(encoding="utf-8").splitlines()) > 2000
    started = time.monotonic()
    assert content.read(path).fm.title == "Word " * 40_000
    assert time.monotonic() - started < 0.5


def test_a_fifo_and_a_folder_named_like_a_story_do_not_hold_the_build(cfg, content_dir) -> None:
    write_story(content_dir, story())
    (content_dir / "2026" / "05" / "folder.md").mkdir()
    os.mkfifo(content_dir / "2026" / "05" / "pipe.md")  # reading it would wait for a writer
    started = time.monotonic()
    summary = build(cfg)
    assert summary.stories == 1 and time.monotonic() - started < 10
    done = CliRunner().invoke(cli, ["review", "list", "--config", str(cfg.root / "newsdesk.toml")])
    assert done.exit_code == 0 and "Traceback" not in done.output


def test_slugs_and_topics_cannot_leave_the_output(cfg, content_dir, tmp_path: Path) -> None:
    write_story(content_dir, story(slug="/tmp/evil-abs", story_id="st-a"))
    write_story(content_dir, story(slug="../../../../evil-up", story_id="st-b", title="Other"))
    write_story(content_dir, story(slug="x" * 5000, story_id="st-c", title="Long"))
    write_story(content_dir, story(slug="ok", story_id="st-d", title="Topic", topic="../../evil-t"))
    build(cfg)
    site = cfg.path(cfg.build.out).resolve()
    written = [p.resolve() for p in site.rglob("*")]
    assert all(site in p.parents for p in written)
    evil = list(tmp_path.rglob("*evil-*"))  # the story files and pages, single safe segments
    assert {p.name for p in evil} >= {"evil-t", "evil-up", "tmp-evil-abs"}
    assert all(site in p.parents or content_dir in p.parents for p in evil)
    assert max(len(p.name) for p in written) <= 100


def test_markdown_and_html_that_smuggle_script_are_inert(cfg, content_dir) -> None:
    smuggled = (
        "\n[click][r] and [here](<javascript:alert(1)>) and ![i](javascript:alert(2))\n\n"
        "[r]: javascript:alert(3)\n\n"
        '<a href="jav&#x09;ascript:alert(4)">tab</a> <a href="&#106;avascript:alert(5)">ent</a>'
        ' <a href="data:text/html,alert(6)">data</a> <svg onload=alert(7)></svg>'
        ' <iframe srcdoc="<script>alert(8)</script>"></iframe> <math><mi xlink:href="javascript:alert(9)">m</mi></math>'
        " <form action=javascript:alert(10)><button>go</button></form>"
        ' <meta http-equiv="refresh" content="0;url=javascript:alert(11)">'
        ' <base href="javascript:alert(12)//"> <style>body{display:none}</style>\n'
    )
    write_story(content_dir, story(), BODY + smuggled)
    build(cfg)
    doc = soup(cfg.path(cfg.build.out) / ARTICLE)
    main = doc.select_one("main") or doc
    assert not main.select("svg, iframe, math, form, meta, base, style, script, object, embed")
    for el in main.find_all(True):
        assert not [a for a in el.attrs if a.startswith("on")], el
        for attr in ("href", "src", "action", "xlink:href", "formaction"):
            value = "".join(str(el.get(attr) or "").split()).lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), el
    for page in html_files(cfg.path(cfg.build.out)):
        assert "alert(1" not in "".join(str(s) for s in soup(page).select("script"))
