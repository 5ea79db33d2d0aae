"""Headline-only input (feeds without pages): the defaults adapt with no flag."""

from __future__ import annotations

import numpy as np
from newsdesk.stories import group_items
from newsdesk.stories.second_pass import merge_headline_stories
from newsdesk.stories.vectors import document, tfidf

from newsdesk.config import StoriesConfig

from .conftest import item  # noqa: TID252

RECALL = [  # one event in two vocabularies: the recall, and the fires behind it
    "Harbor Robotics recalls 40,000 Kestrel robots",
    "Harbor Robotics recall covers 40,000 Kestrel units",
    "Kestrel battery fires hit two Ohio warehouses",
    "Battery fires in Ohio warehouses traced to Kestrel robots",
    "Kestrel robots recalled after Ohio battery fires",
]
OTHER = [  # the same week, the same kind of product, another company and another fault
    "Tern Aviation grounds delivery drones after crash",
    "Tern drone crash prompts grounding of delivery fleet",
]
# the defaults before headline adaptation: the full-text bar for headlines, no merging
TEXT_BAR = StoriesConfig(headline_entity_guard=0.5, headline_merge_threshold=0.0)


def _items() -> list:  # type: ignore[type-arg]
    titles = [*RECALL, *OTHER]
    return [
        item(
            f"h{n}",
            f"https://s{n}.example/2026/03/{n}-story",
            t,
            "",
            f"2026-03-02T{8 + n:02d}:00:00Z",
        )
        for n, t in enumerate(titles)
    ]


def _groups(stories) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return sorted(sorted(s.item_ids) for s in stories)


def test_headlines_of_one_event_group_and_the_same_company_s_other_news_stays_apart() -> None:
    stories = group_items(_items(), StoriesConfig())
    recall = {f"h{n}" for n in range(len(RECALL))}
    other = {f"h{n}" for n in range(len(RECALL), len(RECALL) + len(OTHER))}
    story_of = {i: set(s.item_ids) for s in stories for i in s.item_ids}
    assert story_of["h0"] == recall
    assert not story_of["h5"] & recall and story_of["h5"] <= other


def test_the_full_text_bar_splits_the_headlines_of_one_event() -> None:
    stories = group_items(_items(), TEXT_BAR)
    assert len([s for s in stories if set(s.item_ids) & {"h0", "h1", "h2", "h3", "h4"}]) > 1


def test_the_merge_pass_leaves_stories_from_an_earlier_run_alone() -> None:
    items = _items()[:3]
    matrix, _ = tfidf(document(i.title, "", 150) for i in items)
    times = np.array([0.0, 1.0, 2.0])
    labels = ["a", "b", "c"]
    merged = merge_headline_stories(matrix, times, labels, frozenset({0, 1, 2}), frozenset(),
                                    96.0, 0.01, 0.0)  # fmt: skip
    assert len(set(merged)) < 3 and merged[0] == "a"
    kept = merge_headline_stories(matrix, times, labels, frozenset({0, 1, 2}), frozenset({0, 1, 2}),
                                  96.0, 0.01, 0.0)  # fmt: skip
    assert kept == labels
