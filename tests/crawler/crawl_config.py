"""The crawler tests' newsdesk.toml, pointing at the fixture site.

A module of its own (not conftest.py): ``from conftest import`` picks whichever conftest module
pytest loaded last, another folder's when several folders are collected in one run.
"""

from __future__ import annotations

from pathlib import Path

from testkit import TOPIC
from testkit import write_config as write_config_in

ALL_FEEDS = [
    "good",
    "atom",
    "rdf",
    "latin1",
    "bozo",
    "slow",
    "flaky",
    "ratelimited",
    "loop-a",
    "html",
    "huge",
    "private",
]


def write_config(tmp_path: Path, base: str, feeds: list[str], **crawl: object) -> Path:
    """The tests' newsdesk.toml (testkit.write_config) pointing at the fixture server."""
    settings = {
        "database": "data/test.db",
        "allow_private_addresses": True,
        "timeout": 2.0,
        "retries": 1,
        "backoff": 0.05,
        "max_body_bytes": 200_000,
        "max_retry_after": 5.0,
        "lookback_days": 0,
    } | crawl
    hackernews = {
        "search_url": f"{base}/hn/search",
        "item_url": f"{base}/hn/item/{{id}}.json",
        "max_comments": 3,
    }
    paths = {f: "/private/feed.xml" if f == "private" else f"/feeds/{f}.xml" for f in feeds}
    return write_config_in(
        tmp_path,
        site={"base_url": "https://example.github.io/t/"},
        crawl=settings,
        hackernews=hackernews,
        topics=[TOPIC | {"keywords": ["tokenmaxxing", "token maxxing"]}],
        feeds=[{"id": f, "url": f"{base}{path}"} for f, path in paths.items()],
    )
