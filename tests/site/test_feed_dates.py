"""The feeds' own dates: a feed with no published story said it was last updated on 1970-01-01,
and feed readers showed that date. An empty RSS feed now has no <lastBuildDate>; an empty Atom
feed (which must have <updated>) says the newest content time, else the build's time."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from newsdesk.sitebuilder import build
from sitekit import story, write_story

from newsdesk.config import Config

ATOM = "{http://www.w3.org/2005/Atom}"
FEEDS = ("atom.xml", "topics/tokenmaxxing/atom.xml", "topics/agents/atom.xml", "corrections.xml")


def _updated(path: Path) -> str:
    return ET.parse(path).getroot().findtext(f"{ATOM}updated") or ""


def test_an_empty_site_feeds_say_the_build_time(
    cfg: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796126400")  # 2026-12-01 12:00 UTC
    out = cfg.root / "_site"
    build(cfg, out=out, allow_empty=True)
    for name in FEEDS:
        assert _updated(out / name) == "2026-12-01T12:00:00+00:00", name
    for name in ("rss.xml", "topics/tokenmaxxing/rss.xml"):
        channel = ET.parse(out / name).getroot().find("channel")
        assert channel is not None and channel.find("lastBuildDate") is None, name
        assert "1970" not in (out / name).read_text(), name


def test_a_drafts_only_site_feeds_say_the_newest_content_time(
    cfg: Config, content_dir: Path
) -> None:
    write_story(content_dir, story(slug="old", status="draft", date="2026-05-02T08:00:00Z"))
    write_story(content_dir, story(slug="new", status="draft", date="2026-05-09T10:30:00Z"))
    out = cfg.root / "preview"
    build(cfg, out=out, drafts=True)
    for name in FEEDS:  # reproducible: the content's time, not the clock's
        assert _updated(out / name) == "2026-05-09T10:30:00+00:00", name


def test_a_feed_with_stories_says_its_newest_story(cfg: Config, content_dir: Path) -> None:
    write_story(content_dir, story(slug="a", date="2026-05-02T08:00:00Z"))
    write_story(content_dir, story(slug="b", date="2026-05-04T08:00:00Z", updated="2026-05-06"))
    out = cfg.root / "_site"
    build(cfg, out=out)
    assert _updated(out / "atom.xml") == "2026-05-06T00:00:00+00:00"
    channel = ET.parse(out / "rss.xml").getroot().find("channel")
    assert channel is not None and channel.findtext("lastBuildDate") == (
        "Wed, 06 May 2026 00:00:00 +0000"
    )
