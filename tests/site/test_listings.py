"""The listing pages planned by listings.listing_jobs: which pages, in which order, saying what."""

from __future__ import annotations

from pathlib import Path

from newsdesk.sitebuilder import incremental
from newsdesk.sitebuilder.context import prepare
from newsdesk.sitebuilder.listings import listing_jobs
from newsdesk.sitebuilder.pages import PageJob
from newsdesk.sitebuilder.plan import plan
from newsdesk.sitebuilder.summaries import read
from sitekit import story, write_story

from newsdesk.config import Config


def jobs_for(cfg: Config, per_page: int = 20) -> list[PageJob]:
    ctx = prepare(cfg, None, False)
    entries, files = incremental.scan(ctx.content_dir, None, defer=True)
    site = plan(ctx, read(ctx.content_dir, entries, files, {}, lambda n: None))
    outlet_urls = {o: u for pj in site.story_jobs for o, u in pj.job.outlet_urls}
    return listing_jobs(site.renderer, site.stories, site.topics, outlet_urls, per_page)


def test_listings_come_in_a_fixed_order(cfg: Config, content_dir: Path) -> None:
    write_story(content_dir, story(title="May story", slug="may", story_id="m", date="2026-05-02"))
    write_story(
        content_dir, story(title="April story", slug="apr", story_id="a", date="2026-04-09")
    )
    paths = [j.path for j in jobs_for(cfg)]
    assert paths[:4] == [
        "index.html",  # ranked by significance, then the "latest" view beside it
        "latest/index.html",
        "topics/tokenmaxxing/index.html",
        "topics/agents/index.html",
    ]
    first_outlet = paths.index("outlets/aggregate-example/index.html")
    assert paths.index("outlets/index.html") > first_outlet
    assert paths[-6:] == [
        "archive/2026/05/index.html",  # newest month first
        "archive/2026/04/index.html",
        "archive/index.html",
        "about/index.html",
        "search/index.html",
        "404.html",
    ]


def test_listings_count_stories_in_words(cfg: Config, content_dir: Path) -> None:
    write_story(content_dir, story(title="One", slug="one", story_id="1", date="2026-05-02"))
    write_story(content_dir, story(title="Two", slug="two", story_id="2", date="2026-04-09"))
    by_path = {j.path: j for j in jobs_for(cfg)}
    outlets = by_path["outlets/index.html"].data[3]["entries"]
    gazette = next(e for e in outlets if e["label"] == "Harbour Gazette")
    assert gazette["note"] == "2 stories · original in 2"
    archive = by_path["archive/index.html"].data[3]["entries"]
    assert [(e["label"], e["note"]) for e in archive] == [
        ("May 2026", "1 story"),
        ("April 2026", "1 story"),
    ]
    stats = by_path["outlets/harbourgazette-example/index.html"].data[4]["stats"]
    assert stats.startswith("Reported in 2 stories on this site;") and stats.endswith("(100%).")
    assert by_path["topics/tokenmaxxing/index.html"].data[4]["stats"] == "2 stories"


def test_pages_split_at_per_page(cfg: Config, content_dir: Path) -> None:
    for i in range(3):
        write_story(content_dir, story(title=f"S{i}", slug=f"s{i}", story_id=f"s{i}"))
    paths = [j.path for j in jobs_for(cfg, per_page=2)]
    assert "index.html" in paths and "page/2/index.html" in paths
    assert "page/3/index.html" not in paths
    assert "latest/index.html" in paths and "latest/page/2/index.html" in paths


def test_a_discussion_site_is_listed_apart_from_the_outlets(cfg: Config, content_dir: Path) -> None:
    # the Outlets page listed Hacker News among the outlets, "original in 0", as if it reported
    write_story(content_dir, story(title="One", slug="one", story_id="1", date="2026-05-02"))
    by_path = {j.path: j for j in jobs_for(cfg)}
    index = by_path["outlets/index.html"].data[3]
    assert "Hacker News" not in [e["label"] for e in index["entries"]]
    assert "Harbour Gazette" in [e["label"] for e in index["entries"]]
    assert [(e["label"], e["note"]) for e in index["more"]] == [
        ("Hacker News", "1 story · discussed")
    ]
    assert index["more_heading"] == "Discussion sites"
    stats = by_path["outlets/news-ycombinator-com/index.html"].data[4]["stats"]
    assert "a discussion site, not a news outlet" in stats and "original" not in stats


def test_count_lines_state_no_zero(cfg: Config, content_dir: Path) -> None:
    # an outlet that was never first said "original in 0" and "in 0 of them (0%)"; an empty
    # topic said "0 stories" above "No stories here yet"
    write_story(content_dir, story(title="One", slug="one", story_id="1", date="2026-05-02"))
    by_path = {j.path: j for j in jobs_for(cfg)}
    entries = by_path["outlets/index.html"].data[3]["entries"]
    circuit = next(e for e in entries if e["label"] == "Daily Circuit")
    assert circuit["note"] == "1 story"
    stats = by_path["outlets/dailycircuit-example/index.html"].data[4]["stats"]
    assert stats == "Reported in 1 story on this site; not the first to report it."
    gazette = by_path["outlets/harbourgazette-example/index.html"].data[4]["stats"]
    assert gazette == "Reported in 1 story on this site; first to report it (original)."
    assert by_path["topics/agents/index.html"].data[4]["stats"] == ""
    notes = [e["note"] for e in entries] + [
        by_path["archive/index.html"].data[3]["entries"][0]["note"]
    ]
    assert not [n for n in notes if " 0 " in f" {n} " or "in 0" in n]
