"""`update_stories` on a store: incremental, stable ids, HN attached, saved and loaded."""

from __future__ import annotations

from newsdesk.stories import update_stories

from newsdesk.config import Config
from newsdesk.models import Discussion
from newsdesk.store import Store
from newsdesk.story_store import load_stories, save_stories

from .conftest import AMAZON_JOBS, article, hn_link, item  # noqa: TID252


def fill(store: Store, items) -> None:  # type: ignore[no-untyped-def]
    for it in items:
        store.save_article(article(it), content_hash=str(hash(it.text)))


def test_stories_are_saved_with_sources_and_reload_identically(config: Config, week) -> None:  # type: ignore[no-untyped-def]
    with Store(config.path(config.crawl.database)) as store:
        fill(store, week)
        summary = update_stories(config, store)
        assert summary.new == 3 and summary.updated == 0
        assert summary.duplicates == 2
        loaded = load_stories(store)
        assert len(loaded) == 3
        story = next(s for s in loaded if "ars" in s.item_ids)
        assert story.topic == "tokenmaxxing"
        assert story.sources[0].role == "original" and story.sources[0].read is False
        assert story.duplicates == {"syndicated": "blog", "blog-amp": "blog"}
        assert load_stories(store, topic="elsewhere") == []
        save_stories(store, loaded)  # saving what was loaded changes nothing
        assert load_stories(store) == loaded
        line = summary.line()
        assert "3 new" in line and "duplicates: 2" in line and "3 original, 2 coverage" in line


def test_a_second_crawl_adds_to_existing_stories_and_keeps_their_ids(config: Config, week) -> None:  # type: ignore[no-untyped-def]
    with Store(config.path(config.crawl.database)) as store:
        fill(store, week[:4])
        update_stories(config, store)
        before = {s.story_id: set(s.item_ids) for s in load_stories(store)}
        fill(store, week[4:])
        follow_up = item("jobs-2", "https://www.cnbc.com/amazon-corporate-layoffs",
                         "Amazon cuts 14,000 corporate roles", AMAZON_JOBS.replace("Amazon will",
                         "Amazon said it will") + " Shares rose.", "2026-03-03T16:00:00Z")  # fmt: skip
        fill(store, [follow_up])
        summary = update_stories(config, store)
        after = {s.story_id: set(s.item_ids) for s in load_stories(store)}
        for sid, members in before.items():
            assert after[sid] == members
        assert summary.new == 2 and summary.updated == 0
        jobs = next(m for m in after.values() if "jobs" in m)
        assert "jobs-2" in jobs
        again = update_stories(config, store)
        assert (again.new, again.updated) == (0, 0), "a rerun without new articles changes nothing"


def test_hn_discussions_attach_to_the_story_of_the_article_they_link(config: Config, week) -> None:  # type: ignore[no-untyped-def]
    with Store(config.path(config.crawl.database)) as store:
        fill(store, week)
        # HN links the blog's AMP page: a duplicate's URL still finds the story
        store.save_discussion(
            hn_link(4101, "https://amp.aiweekly.example/2026/03/token-leaderboard-gaming/amp")
        )
        store.save_discussion(hn_link(4102, "https://unrelated.example/never-crawled"))
        update_stories(config, store)
        story = next(s for s in load_stories(store) if "ars" in s.item_ids)
        assert story.discussions == (4101,)
        hn = [s for s in story.sources if s.role == "discussion"]
        assert len(hn) == 1
        assert hn[0].hn_id == 4101 and hn[0].points == 120 and hn[0].num_comments == 48
        assert hn[0].url == "https://news.ycombinator.com/item?id=4101"
        assert story.sources[-1] == hn[0], "discussions come last"


def test_an_ask_hn_post_on_the_topic_becomes_its_own_story(config: Config, week) -> None:  # type: ignore[no-untyped-def]
    ask = Discussion(
        hn_id=5001,
        title="Ask HN: How do you measure AI adoption without tokenmaxxing?",
        url=None,
        text="Our company ranks engineers by token usage and people now run idle agents. "
        "What do you measure instead? Accepted changes, review time, something else?",
        created="2026-03-06T12:00:00Z",
        points=85,
        num_comments=60,
        topics=("tokenmaxxing",),
    )
    with Store(config.path(config.crawl.database)) as store:
        fill(store, week)
        store.save_discussion(ask)
        update_stories(config, store)
        story = next(s for s in load_stories(store) if "hn-5001" in s.item_ids)
        assert story.item_ids == ("hn-5001",)
        assert story.lead_item_id == "hn-5001"
        assert story.discussions == (5001,)
        assert story.title.startswith("Ask HN:")
        assert [s.role for s in story.sources] == ["discussion"]
        assert (story.sources[0].points, story.sources[0].num_comments) == (85, 60)


def test_an_interrupted_save_leaves_the_previous_stories_whole(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from newsdesk.models import Story

    class Interrupted(list):  # Ctrl-C arrives after the first story was written
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield self[0]
            raise KeyboardInterrupt

    a = Story("s-a", "t", "A", lead_item_id="x", item_ids=("x", "y"))
    b = Story("s-b", "t", "B", lead_item_id="z", item_ids=("z",))
    with Store(tmp_path / "s.db") as store:
        save_stories(store, [a, b])
        moved_a = Story("s-a", "t", "A", lead_item_id="x", item_ids=("x",))
        moved_b = Story("s-b", "t", "B", lead_item_id="y", item_ids=("y", "z"))
        with pytest.raises(KeyboardInterrupt):
            save_stories(store, Interrupted([moved_a, moved_b]))
        after = {s.story_id: (s.lead_item_id, s.item_ids) for s in load_stories(store)}
    assert after == {"s-a": ("x", ("x", "y")), "s-b": ("z", ("z",))}
