"""Grouping: one event per story, however many names two events share."""

from __future__ import annotations

import dataclasses

import numpy as np
from newsdesk.stories import group_items, story_id_for
from newsdesk.stories.cluster import ClusterParams, assign
from scipy import sparse

from newsdesk.config import OutletsConfig, StoriesConfig

from .conftest import AMAZON_JOBS, AMAZON_KINDLE, item  # noqa: TID252

JOBS_2 = (
    "Amazon is laying off roughly 14,000 people in corporate roles, according to a memo Andy "
    "Jassy sent to staff. Middle managers in retail and devices are the main targets, and "
    "those affected get sixteen weeks of severance."
)
KINDLE_2 = (
    "The new Kindle Scribe from Amazon finally has a colour screen. The eleven inch device "
    "comes with a stylus that now has an eraser, costs 399 dollars and ships on April 9."
)
AWS_OUTAGE = (
    "Amazon Web Services suffered an outage in its us-east-1 region on Wednesday that took "
    "down banking apps and games for several hours. Amazon blamed a DNS fault in an internal "
    "load balancer and said service was restored by the evening."
)


def groups(stories):  # type: ignore[no-untyped-def]
    return sorted(sorted(s.item_ids) for s in stories)


def test_same_company_same_week_different_events_are_not_merged() -> None:
    items = [
        item(
            "jobs-1",
            "https://a.example/jobs",
            "Amazon to cut 14,000 corporate jobs",
            AMAZON_JOBS,
            "2026-03-03T13:00:00Z",
        ),  # fmt: skip
        item(
            "kindle-1",
            "https://b.example/kindle",
            "Amazon unveils colour Kindle Scribe",
            AMAZON_KINDLE,
            "2026-03-04T15:00:00Z",
        ),  # fmt: skip
        item(
            "aws",
            "https://c.example/aws",
            "Amazon Web Services outage hits apps",
            AWS_OUTAGE,
            "2026-03-04T20:00:00Z",
        ),  # fmt: skip
        item(
            "jobs-2",
            "https://d.example/amazon-layoffs",
            "Amazon lays off 14,000 managers",
            JOBS_2,
            "2026-03-03T18:00:00Z",
        ),  # fmt: skip
        item(
            "kindle-2",
            "https://e.example/scribe",
            "Kindle Scribe goes colour",
            KINDLE_2,
            "2026-03-04T19:00:00Z",
        ),  # fmt: skip
    ]
    stories = group_items(items, StoriesConfig())
    assert groups(stories) == [["aws"], ["jobs-1", "jobs-2"], ["kindle-1", "kindle-2"]]


def test_the_entity_guard_is_what_keeps_a_bare_company_name_from_linking() -> None:
    """Two articles whose similarity comes from one shared name only (0.64 cosine, all of it
    from "nvidia"): the guard keeps them apart; without it they would merge."""
    # columns: nvidia, earnings, export
    matrix = sparse.csr_matrix(np.array([[0.8, 0.6, 0.0], [0.8, 0.0, 0.6]], dtype=np.float32))
    times = np.array([0.0, 1.0])
    guarded = ClusterParams(threshold=0.25, window_hours=96, entity_guard=0.5)
    assert assign(matrix, times, ["a", "b"], guarded) == ["a", "b"]
    unguarded = ClusterParams(threshold=0.25, window_hours=96, entity_guard=0.0)
    assert assign(matrix, times, ["a", "b"], unguarded) == ["a", "a"]


def test_the_same_words_far_apart_in_time_are_different_stories() -> None:
    items = [
        item(
            "march",
            "https://a.example/1",
            "Amazon to cut 14,000 corporate jobs",
            AMAZON_JOBS,
            "2026-03-03T13:00:00Z",
        ),  # fmt: skip
        item(
            "june",
            "https://b.example/2",
            "Amazon lays off 14,000 managers",
            JOBS_2,
            "2026-06-03T13:00:00Z",
        ),  # fmt: skip
    ]
    assert len(group_items(items, StoriesConfig())) == 2


def test_story_ids_survive_a_rerun_with_more_items(week) -> None:  # type: ignore[no-untyped-def]
    first = group_items(week[:5], StoriesConfig())
    later = item("kindle", "https://www.theverge.com/2026/3/5/amazon-kindle-scribe-colour",
                 "Amazon unveils a colour Kindle Scribe", AMAZON_KINDLE, "2026-03-05T15:00:00Z")  # fmt: skip
    extra = item("late-copy", "https://news.example/leaderboards", "Leaderboard gaming at work",
                 week[1].text + " Updated with comment.", "2026-03-02T20:00:00Z")  # fmt: skip
    second = group_items([*week[:5], later, extra], StoriesConfig())
    before = {s.story_id: set(s.item_ids) for s in first}
    after = {s.story_id: set(s.item_ids) for s in second}
    for sid, members in before.items():
        assert members <= after[sid], "every earlier story keeps its id and members"
    assert story_id_for("kindle") in after
    leaderboard = next(sid for sid, m in after.items() if "ars" in m)
    assert "late-copy" in after[leaderboard]


def test_previous_assignments_are_kept_even_when_new_items_would_regroup_them() -> None:
    a = item("a", "https://a.example/1", "Amazon to cut 14,000 corporate jobs", AMAZON_JOBS)
    b = item("b", "https://b.example/2", "Amazon lays off 14,000 managers", JOBS_2)
    stories = group_items([a, b], StoriesConfig(), previous={"a": "s-old-1", "b": "s-old-2"})
    assert {s.story_id: s.item_ids for s in stories} == {"s-old-1": ("a",), "s-old-2": ("b",)}


def test_lead_and_title(week) -> None:  # type: ignore[no-untyped-def]
    story = next(s for s in group_items(week, StoriesConfig()) if "ars" in s.item_ids)
    # the FT original was never fetched: the earliest readable report, a trusted one, leads
    assert story.lead_item_id == "ars"
    assert story.title == "Workers game AI token leaderboards, FT reports"
    titled = item("t", "https://t.example/x", "Amazon to cut 14,000 jobs - Reuters", AMAZON_JOBS)
    (only,) = group_items([titled], StoriesConfig())
    assert only.title == "Amazon to cut 14,000 jobs"


def test_links_pull_a_short_link_post_and_a_linked_company_post_into_the_story(week) -> None:  # type: ignore[no-untyped-def]
    """A two-line link post shares few words with the coverage, and a company's own post is
    written in its own voice; the links say where they belong."""
    blog = "https://aiweekly.example/2026/03/token-leaderboard-gaming"
    company = "https://engineering.acme.example/blog/2026/03/changes-to-our-usage-dashboard"
    text = (
        "Today we are switching off the token leaderboard on our internal dashboard. We heard "
        "that some engineers left agents running overnight to climb it. Usage figures will no "
        "longer appear in reviews, and we will publish spending per team without names. We "
        "should have listened sooner to the engineers who raised it."
    )
    post = item("company", company, "Changes to our usage dashboard", text, "2026-03-02T09:00:00Z")
    coverage = dataclasses.replace(week[1], links=(*week[1].links, company))
    link_post = item("link", "https://digest.example/2026/03/02/link", "Link: leaderboard gaming",
                     "Predictable. The good write-up is at AI Weekly.", "2026-03-02T21:00:00Z",
                     links=(blog,))  # fmt: skip
    items = [week[0], coverage, post, link_post, *week[4:]]
    outlets = OutletsConfig(primary=[*OutletsConfig().primary, "engineering.acme.example"])
    stories = group_items(items, StoriesConfig(), outlets=outlets)
    together = next(s for s in stories if "ars" in s.item_ids)
    assert {"company", "link"} <= set(together.item_ids)
    roles = {s.item_id: s.role for s in together.sources}
    assert roles["company"] == "primary"
    without_links = [dataclasses.replace(i, links=()) for i in items]
    apart = next(s for s in group_items(without_links, StoriesConfig()) if "ars" in s.item_ids)
    assert not {"company", "link"} & set(apart.item_ids), "the text alone would not join them"
