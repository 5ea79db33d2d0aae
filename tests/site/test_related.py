"""Related stories: pages.related scores each pair of neighbours once (the score is symmetric)
and must pick exactly what scoring every (story, candidate) pair on its own picks."""

from __future__ import annotations

import dataclasses
import random
from collections import defaultdict

from newsdesk.sitebuilder import pages
from newsdesk.sitebuilder.models import Summary

WORDS = [
    "agents",
    "token",
    "budget",
    "leaderboard",
    "model",
    "usage",
    "staff",
    "report",
    "review",
    "policy",
    "the",
    "of",
]
OUTLETS = [(f"o{i}.example", f"Outlet {i}", "coverage") for i in range(8)]


def _story(rng: random.Random, i: int) -> Summary:
    outlets = rng.sample(OUTLETS, rng.randint(0, 4))
    if rng.random() < 0.2:
        outlets.append(("news.ycombinator.com", "HN", "discussion"))
    return Summary(
        slug=f"s{i}",
        title=" ".join(rng.choices(WORDS, k=rng.randint(1, 7))),
        topic=rng.choice(["a", "b", "c"]),
        date=rng.choice([None, "2026-01-0" + str(rng.randint(1, 9))]),
        updated=None,
        status="published",
        synopsis="",
        counts_line="",
        check_line="",
        reading_time=1,
        outlets=tuple(outlets),
        key=f"k{i}",
        url=f"2026/01/s{i}/",
    )


def _reference(stories: list[Summary], k: int, window: int) -> dict[str, list[str]]:
    """Every story's candidates scored one by one (the previous code, without its cache)."""
    ordered = sorted(stories, key=lambda s: (s.date or "", s.url))
    groups: dict[str, list[Summary]] = defaultdict(list)
    for s in ordered:
        groups[s.topic].append(s)
    position = {s.url: i for i, s in enumerate(ordered)}
    in_topic = {s.url: i for g in groups.values() for i, s in enumerate(g)}
    out = {}
    for s in ordered:
        g, i, j = groups[s.topic], in_topic[s.url], position[s.url]
        cands = {c.url: c for c in g[max(0, i - window) : i + window + 1]}
        cands.update({c.url: c for c in ordered[max(0, j - window) : j + window + 1]})
        cands.pop(s.url)
        mine = pages._words(s.title)
        sources = {o[0] for o in s.outlets if o[2] != "discussion"}
        scored = []
        for c in cands.values():
            theirs = pages._words(c.title)
            shared = len(mine & theirs)
            union = (len(mine) + len(theirs) - shared) or 1
            score = (
                3 * shared / union
                + len(sources & {o[0] for o in c.outlets if o[2] != "discussion"})
                + (1.5 if c.topic == s.topic else 0)
                - abs(position[c.url] - j) / (4 * window)
            )
            if score > 0.5:
                scored.append((-score, c.url))
        out[s.url] = [u for _, u in sorted(scored)[:k]]
    return out


def _urls(found: dict[str, list[Summary]]) -> dict[str, list[str]]:
    return {u: [r.url for r in rs] for u, rs in found.items()}


def test_related_matches_scoring_every_pair_on_its_own() -> None:
    rng = random.Random(7)
    for trial in range(40):
        stories = [_story(rng, i) for i in range(rng.randint(0, 80))]
        k, window = rng.randint(1, 4), rng.randint(1, 14)
        found, _ = pages.related(stories, k, window)
        assert _urls(found) == _reference(stories, k, window), trial


def test_related_with_a_partly_stale_cache_gives_the_fresh_answer() -> None:
    rng = random.Random(11)
    stories = [_story(rng, i) for i in range(200)]
    _, cache = pages.related(stories)
    changed = [
        dataclasses.replace(s, key=s.key + "'", title=s.title + " budget")
        if rng.random() < 0.1
        else s
        for s in stories
    ]
    found, new_cache = pages.related(changed, cache=cache)
    assert _urls(found) == _reference(changed, 3, 12)
    assert new_cache == pages.related(changed)[1]
