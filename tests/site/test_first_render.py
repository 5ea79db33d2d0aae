"""A first build's story pages go to the workers as soon as they are planned (build._FirstRender),
before the listings and feeds are planned; a plan that fails after that leaves nothing behind."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

import pytest
from newsdesk.sitebuilder import build, plan, workers
from sitekit import story, write_story

from newsdesk.errors import BuildError


@pytest.fixture
def parallel(cfg, content_dir, monkeypatch):
    for i in range(4):
        write_story(content_dir, story(title=f"Early {i}", slug=f"e-{i}", story_id=f"e{i}"))
    monkeypatch.setattr(sys.modules["newsdesk.sitebuilder.build"], "PARALLEL_FROM", 1)
    events: list[str] = []
    real_start, real_jobs = workers.Crew.start_render, plan._page_jobs

    def start_render(self, *args):
        events.append("stories sent")
        return real_start(self, *args)

    def page_jobs(*args):
        events.append("listings planned")
        return real_jobs(*args)

    monkeypatch.setattr(workers.Crew, "start_render", start_render)
    monkeypatch.setattr(plan, "_page_jobs", page_jobs)
    return events


def test_a_first_build_sends_the_stories_before_planning_the_listings(
    cfg, parallel, tmp_path: Path
) -> None:
    (tmp_path / "o").mkdir()
    first = build(cfg, out=tmp_path / "o" / "site")
    assert parallel == ["stories sent", "listings planned"]
    assert first.written > 4 and (tmp_path / "o" / "site" / "index.html").is_file()
    assert [p.name for p in (tmp_path / "o").iterdir()] == ["site"]  # the staging folder went in


def test_a_rebuild_plans_everything_first(cfg, parallel, tmp_path: Path, content_dir) -> None:
    build(cfg, out=tmp_path / "site")
    parallel.clear()
    for i in range(3):
        write_story(content_dir, story(title=f"More {i}", slug=f"m-{i}", story_id=f"m{i}"))
    build(cfg, out=tmp_path / "site")
    assert parallel == ["listings planned", "stories sent"]  # (which pages changed: the plan)


def test_strict_after_the_stories_were_sent_stops_the_workers_and_writes_nothing(
    cfg, parallel, tmp_path: Path, content_dir, monkeypatch
) -> None:
    meta = story(title="No link", slug="e-bad", story_id="ebad")
    meta["sources"][0]["url"] = "not a url"  # a warning: --strict fails after the plan
    write_story(content_dir, meta)
    closed: list[bool] = []
    real_close = workers.Crew.close

    def close(self, abort: bool = False) -> None:
        closed.append(abort)
        real_close(self, abort)

    monkeypatch.setattr(workers.Crew, "close", close)
    (tmp_path / "o").mkdir()
    with pytest.raises(BuildError, match="strict"):
        build(cfg, out=tmp_path / "o" / "site", strict=True)
    assert parallel[0] == "stories sent"
    assert closed and closed[0] is True
    assert multiprocessing.active_children() == []
    assert list((tmp_path / "o").iterdir()) == []  # no site, no staging folder
