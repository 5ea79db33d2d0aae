"""The quick rebuild (an edit that changes one story's body only) makes the site a full build
makes; any edit other pages show goes through the full plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdesk.sitebuilder import build, incremental
from sitekit import story, write_story

from newsdesk import content
from newsdesk.errors import BuildError


def pages(site: Path) -> dict[str, bytes]:
    """The site's files, less the bookkeeping and the search index (which a body-only edit
    leaves as it was, by design: sitebuilder/search.py; test_search.py checks it)."""
    return {
        str(p.relative_to(site)): p.read_bytes()
        for p in site.rglob("*")
        if p.is_file()
        and not p.name.startswith(".newsdesk-")
        and p.relative_to(site).parts[0] != "pagefind"
    }


def edit(path: Path, old: str, new: str, **meta: str) -> None:
    cf = content.read(path)
    assert old in cf.body
    content.write(path, {**cf.meta, **meta}, cf.body.replace(old, new))


@pytest.fixture
def site(cfg, content_dir) -> Path:
    for i in range(5):
        write_story(
            content_dir,
            story(
                title=f"Leaderboard story {i}",
                slug=f"story-{i}",
                story_id=f"st-{i}",
                date=f"2026-05-{10 + i:02d}T09:00:00Z",
            ),
        )
    build(cfg)
    return cfg.path(cfg.build.out)


def test_body_edit_rewrites_one_page_and_matches_a_fresh_build(
    cfg, site, content_dir, tmp_path
) -> None:
    path = next(content_dir.rglob("story-2.md"))
    edit(path, "about 900 engineers", "about 950 engineers")
    cache = site / incremental.CACHE
    planned = (cache.stat().st_ino, cache.stat().st_mtime_ns)
    result = build(cfg)
    assert result.written == 2  # the page and its sources.json
    # the quick path ran: the full plan would have rewritten the summaries cache
    assert (cache.stat().st_ino, cache.stat().st_mtime_ns) == planned
    assert "950 engineers" in (site / "2026/05/story-2/index.html").read_text()
    assert pages(site) == pages(build(cfg, out=tmp_path / "fresh").out)
    assert build(cfg).noop


def test_title_edit_updates_listings_and_matches_a_fresh_build(
    cfg, site, content_dir, tmp_path
) -> None:
    path = next(content_dir.rglob("story-2.md"))
    edit(path, "about 900 engineers", "about 950 engineers")
    build(cfg)  # quick
    edit(path, "950 engineers", "975 engineers", title="A new headline for story two")
    result = build(cfg)
    assert result.written > 2
    assert "A new headline for story two" in (site / "index.html").read_text()
    assert "A new headline for story two" in (site / "atom.xml").read_text()
    assert pages(site) == pages(build(cfg, out=tmp_path / "fresh").out)


def test_deleted_output_is_put_back(cfg, site, content_dir) -> None:
    (site / "2026/05/story-4/index.html").unlink()
    edit(next(content_dir.rglob("story-2.md")), "about 900 engineers", "about 950 engineers")
    build(cfg)
    assert (site / "2026/05/story-4/index.html").is_file()


def test_strict_still_fails_on_a_known_warning_after_a_body_edit(cfg, content_dir) -> None:
    meta = story()
    meta["sources"][1]["url"] = "ftp://nope.example/x"
    path = write_story(content_dir, meta)
    build(cfg)
    edit(path, "about 900 engineers", "about 950 engineers")
    with pytest.raises(BuildError, match="no http"):
        build(cfg, strict=True)
