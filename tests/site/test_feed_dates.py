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


def _undated(**overrides: object) -> dict[str, object]:
    """A published story with no date, and no review record unless given one."""
    meta = story(**overrides)
    del meta["date"]
    if "review" not in overrides:
        del meta["review"]
    return meta


def test_an_undated_story_is_dated_by_its_record_in_the_feeds_never_1970(
    cfg: Config, content_dir: Path
) -> None:
    """A published story with no date: said to date from 1970-01-01 in both feeds. Now its
    entry is dated by its approval (when it went live), else by its last crawl; a story whose
    file records no time at all is left out of the feeds, with a warning, and keeps its page."""
    write_story(  # approved on the 14th (the review record), last crawled on the 13th
        content_dir,
        _undated(
            slug="approved",
            last_crawl="2026-05-13T08:00:00Z",
            review={"action": "approved", "editor": "Grace Editor", "at": "2026-05-14T10:00:00Z"},
        ),
    )
    write_story(content_dir, _undated(slug="crawled", last_crawl="2026-05-13T08:00:00Z"))
    nowhen = write_story(content_dir, _undated(slug="nowhen", title="Nothing dates this"))
    write_story(content_dir, story(slug="dated", date="2026-05-02T08:00:00Z"))
    out = cfg.root / "_site"
    summary = build(cfg, out=out)
    for name in ("atom.xml", "rss.xml", "topics/tokenmaxxing/atom.xml", "sitemap.xml"):
        assert "1970" not in (out / name).read_text("utf-8"), name
    atom = ET.parse(out / "atom.xml").getroot()
    times = {
        e.findtext(f"{ATOM}id", "").rstrip("/").rsplit("/", 1)[-1]: (
            e.findtext(f"{ATOM}published"),
            e.findtext(f"{ATOM}updated"),
        )
        for e in atom.iter(f"{ATOM}entry")
    }
    assert times == {
        "approved": ("2026-05-14T10:00:00+00:00", "2026-05-14T10:00:00+00:00"),
        "crawled": ("2026-05-13T08:00:00+00:00", "2026-05-13T08:00:00+00:00"),
        "dated": ("2026-05-02T08:00:00+00:00", "2026-05-02T08:00:00+00:00"),
    }
    rss = ET.parse(out / "rss.xml").getroot()
    dates = {i.findtext("link", "").rstrip("/").rsplit("/", 1)[-1]: i.findtext("pubDate")
             for i in rss.iter("item")}  # fmt: skip
    assert dates["approved"] == "Thu, 14 May 2026 10:00:00 +0000" and "nowhen" not in dates
    rel = nowhen.relative_to(content_dir).as_posix()
    assert [w for w in summary.warnings if w.startswith(rel) and "no date" in w] == [
        f"{rel}: published with no date (nor an approval or a crawl time on record): left out "
        "of the site's feeds, its page is built; add a date: line"
    ]
    assert (out / "undated/nowhen/index.html").is_file()


def test_a_correction_updates_the_story_s_feed_entry(cfg: Config, content_dir: Path) -> None:
    """After `review correct` the entry's <updated> still said the story's first date, so feed
    readers never showed the corrected story again."""
    fix = {"at": "2026-05-09T16:00:00Z", "editor": "Sam Editor", "note": "We misnamed a firm."}
    write_story(content_dir, story(slug="a", date="2026-05-02T08:00:00Z", corrections=[fix]))
    out = cfg.root / "_site"
    build(cfg, out=out)
    entry = ET.parse(out / "atom.xml").getroot().find(f"{ATOM}entry")
    assert entry is not None
    assert entry.findtext(f"{ATOM}published") == "2026-05-02T08:00:00+00:00"
    assert entry.findtext(f"{ATOM}updated") == "2026-05-09T16:00:00+00:00"
    assert _updated(out / "atom.xml") == "2026-05-09T16:00:00+00:00"
