"""Fixture data for the site tests: a config in a temp folder and content files written by hand,
exactly in the format of newsdesk/content.py's docstring (no crawl, no database)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from testkit import TOPIC, write_config

from newsdesk import content
from newsdesk.config import Config, load_config

REPO = Path(__file__).resolve().parents[2]
BASE_URL = "https://example.github.io/newsdesk/"

TOPICS = [
    TOPIC | {"description": "Staff inflating their AI token usage to climb internal leaderboards."},
    {"slug": "agents", "name": "AI agents", "keywords": ["agents"]},
]

STORY: dict[str, Any] = {
    "title": "Engineers at Lumen Freight inflated token counts to top an internal AI leaderboard",
    "slug": "lumen-freight-token-leaderboard",
    "topic": "tokenmaxxing",
    "date": "2026-05-12T09:00:00Z",
    "status": "published",
    "story_id": "st-0001",
    "generator": {"name": "extractive", "version": "0.1", "settings": {}},
    # published by an editor (a published story with no recorded approval is a warning)
    "review": {"action": "approved", "editor": "Grace Editor", "at": "2026-05-12T12:00:00Z"},
    "reading_time": 3,
    "sources": [
        {
            "n": 1,
            "url": "https://harbourgazette.example/2026/05/lumen-tokens",
            "outlet": "harbourgazette.example",
            "name": "Harbour Gazette",
            "title": "Inside Lumen Freight's token leaderboard",
            "published": "2026-05-12T09:00:00Z",
            "role": "original",
            "tier": "trusted",
            "read": False,
            "read_reason": "paywall",
            "cited_by": [2, 3],
            "also_at": ["https://amp.harbourgazette.example/lumen-tokens"],
        },
        {
            "n": 2,
            "url": "https://dailycircuit.example/news/lumen-leaderboard",
            "outlet": "dailycircuit.example",
            "name": "Daily Circuit",
            "title": "Lumen staff gamed AI usage rankings, report says",
            "published": "2026-05-12T15:10:00Z",
            "role": "coverage",
            "tier": "unrated",
            "read": True,
            "read_reason": "full text",
            "cited_by": [3],
        },
        {
            "n": 3,
            "url": "https://aggregate.example/item/991",
            "outlet": "aggregate.example",
            "name": "Aggregate",
            "title": "Token leaderboards are being gamed",
            "published": "2026-05-12T17:00:00Z",
            "role": "coverage",
            "tier": "unrated",
            "read": True,
        },
        {
            "n": 4,
            "url": "https://news.ycombinator.com/item?id=4242",
            "outlet": "news.ycombinator.com",
            "name": "Hacker News",
            "title": "Lumen engineers inflated token counts",
            "published": "2026-05-12T17:40:00Z",
            "role": "discussion",
            "tier": "unrated",
            "read": True,
            "hn_id": 4242,
            "points": 412,
            "num_comments": 4,
        },
        {
            "n": 5,
            "url": "https://lumenfreight.example/newsroom/statement",
            "outlet": "lumenfreight.example",
            "name": "Lumen Freight",
            "title": "Statement on internal tooling metrics",
            "published": "2026-05-13T08:00:00Z",
            "role": "primary",
            "tier": "unrated",
            "read": True,
        },
    ],
    "excluded": 1,
    "verification": {"checked": 9, "flagged": 0, "sentences": []},
    "discussion": [
        {
            "hn_id": 4242,
            "url": "https://harbourgazette.example/2026/05/lumen-tokens",
            "title": "Lumen engineers inflated token counts",
            "points": 412,
            "num_comments": 4,
            "comments": [
                {
                    "id": 4243,
                    "author": "mira_k",
                    "text": "Any metric that becomes a target gets gamed; token counts are just the newest one.",
                    "url": "https://news.ycombinator.com/item?id=4243",
                },
                {
                    "id": 4244,
                    "author": "dtoh",
                    "text": "We had a dashboard like this. People ran agents overnight on nothing.",
                    "url": "https://news.ycombinator.com/item?id=4244",
                },
            ],
        },
    ],
    "timeline": [
        {
            "when": "2026-05-12T09:00:00Z",
            "n": 1,
            "label": "first report (not read: paywall), cited by 2 sources",
        },
        {"when": "2026-05-12T15:10:00Z", "n": 2, "label": "coverage citing the original"},
        {"when": "2026-05-12T17:40:00Z", "n": 4, "label": "Hacker News thread, 412 points"},
    ],
}

BODY = """Engineers at Lumen Freight ran scripted prompts to inflate their token usage and climb an internal AI leaderboard [1][2]. The company said it has paused the rankings [5].

## Key takeaways

- An internal leaderboard ranked staff by AI tokens used [1][2].
- Some engineers looped agents overnight to inflate their counts [2].
- Lumen Freight paused the leaderboard and is reviewing its metrics [5].

## What happened

The leaderboard went live in March and ranked about 900 engineers by tokens consumed each week [1]. Several engineers wrote scripts that sent long prompts in a loop to climb the ranking [2][3].

> "We measured the wrong thing, and people did exactly what we measured" — Dana Ortiz, head of platform, as told to Harbour Gazette (reported by Daily Circuit) [2]

## Reaction and discussion

On Hacker News, commenters compared the episode to earlier gamed metrics such as lines of code [4].

## Background

Companies increasingly track AI usage as a proxy for adoption [3].
"""


def story(**overrides: Any) -> dict[str, Any]:
    """STORY with ``overrides``; another slug is another story (its own story_id), unless the
    story_id is given: two files holding one story_id are a copy, which the build refuses."""
    meta = copy.deepcopy(STORY)
    if "slug" in overrides and "story_id" not in overrides:
        meta["story_id"] = f"st-{overrides['slug']}"
    meta.update(overrides)
    return meta


def write_story(content_dir: Path, meta: dict[str, Any], body: str = BODY) -> Path:
    path = content.content_path(content_dir, str(meta.get("date") or ""), meta["slug"])
    n = 2
    while path.exists():
        path = path.with_name(f"{content.slugify(meta['slug'])}-{n}.md")
        n += 1
    return content.write(path, meta, body)


def make_config(
    root: Path, base_url: str = BASE_URL, per_page: int = 20, templates: str | None = None
) -> Config:
    """The tests' newsdesk.toml (testkit.write_config) for a site: two topics, a trusted outlet,
    the repository's templates (or ``templates``), in root; loaded."""
    tpl = templates or str(REPO / "site_templates")
    site = {
        "title": "Tokenmaxxing Watch",
        "base_url": base_url,
        "description": "Grounded, cited coverage of staff inflating AI token usage.",
    }
    path = write_config(
        root,
        site=site,
        topics=TOPICS,
        outlets={"trusted": ["harbourgazette.example"]},
        build={"templates_dir": tpl, "per_page": per_page},
    )
    return load_config(path)
