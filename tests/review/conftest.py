"""Fixtures for review tests: a tiny newsdesk project with generated drafts written by us."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import testkit

SOURCES = [
    {
        "n": 1,
        "url": "https://ledger.example/leaderboard-scheme",
        "outlet": "ledger.example",
        "name": "The Ledger",
        "title": "Staff gamed the AI leaderboard",
        "published": "2026-05-12T09:00:00Z",
        "role": "original",
        "tier": "trusted",
        "read": False,
        "read_reason": "paywall",
        "cited_by": [2],
        "also_at": [],
    },
    {
        "n": 2,
        "url": "https://circuit.example/tokenmaxxing",
        "outlet": "circuit.example",
        "name": "Circuit Weekly",
        "title": "Tokenmaxxing: burning tokens for rank",
        "published": "2026-05-12T15:10:00Z",
        "role": "coverage",
        "tier": "unrated",
        "read": True,
        "read_reason": "full text",
        "cited_by": [],
        "also_at": [],
    },
]

NEW_SOURCE = {
    "n": 3,
    "url": "https://harbor.example/token-leaderboards-end",
    "outlet": "harbor.example",
    "name": "Harbor Daily",
    "title": "Company ends token leaderboard",
    "published": "2026-05-14T08:00:00Z",
    "role": "coverage",
    "tier": "unrated",
    "read": True,
    "read_reason": "full text",
    "cited_by": [],
    "also_at": [],
}

BODY = """Employees at a software firm ran idle agents to climb an internal token leaderboard. [1][2]

## Key takeaways

- The leaderboard ranked staff by tokens used. [2]

## What happened

Staff left agents looping overnight to inflate their counts. [2]
"""

FLAGGED_SENTENCE = "The firm spent 9 million dollars on the wasted tokens."
FLAGGED_BODY = BODY + (
    f'\n<mark class="flag" title="number 9 not in the cited source">{FLAGGED_SENTENCE}</mark> [2]\n'
)


def make_meta(
    story_id: str = "st-1",
    title: str = "Staff inflate AI token use to climb leaderboards",
    sources: list[dict[str, Any]] | None = None,
    flagged: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    srcs = [dict(s) for s in (sources if sources is not None else SOURCES)]
    meta: dict[str, Any] = {
        "title": title,
        "slug": extra.pop("slug", None) or title.lower().replace(" ", "-"),
        "topic": "tokenmaxxing",
        "date": "2026-05-12T09:00:00Z",
        "story_id": story_id,
        "generator": {"name": "extractive", "version": "test", "settings": {}},
        "reading_time": 1,
        "sources": srcs,
        "excluded": 0,
        "verification": {
            "checked": 4 if flagged else 3,
            "flagged": 1 if flagged else 0,
            "sentences": (
                [{"text": FLAGGED_SENTENCE, "reasons": ["number 9 not in the cited source"]}]
                if flagged
                else []
            ),
        },
        "timeline": [
            {"when": s["published"], "n": s["n"], "label": f"{s['name']} reports"} for s in srcs
        ],
    }
    meta.update(extra)
    return meta


def body_with(sources: list[dict[str, Any]], base: str = BODY) -> str:
    """A generated body that mentions each source beyond the first two in a sentence."""
    extra = "".join(f"\n{s['name']} followed the story. [{s['n']}]\n" for s in sources[2:])
    return base + extra


@pytest.fixture
def project(tmp_path: Path, newsdesk_toml: Callable[..., Path]) -> Path:
    """The tests' newsdesk.toml (tests/conftest.py) with the site on 127.0.0.1, and content/."""
    newsdesk_toml(site={"title": "Review Test", "base_url": "http://127.0.0.1/"})
    (tmp_path / "content").mkdir()
    return tmp_path


@pytest.fixture
def drafts() -> Any:
    """The generated-draft builders above, for test modules (importlib mode: no sibling imports)."""
    import types

    return types.SimpleNamespace(
        make_meta=make_meta,
        body_with=body_with,
        BODY=BODY,
        FLAGGED_BODY=FLAGGED_BODY,
        FLAGGED_SENTENCE=FLAGGED_SENTENCE,
        SOURCES=SOURCES,
        NEW_SOURCE=NEW_SOURCE,
    )


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo crawled and drafted once per test module (test_verify_story, test_editor_flow)."""
    root = tmp_path_factory.mktemp("drafted-demo")
    testkit.draft_demo(root)
    return root


@pytest.fixture
def site(drafted: Path, tmp_path: Path) -> Path:
    """A fresh copy of the drafted demo for each test (tests edit its files)."""
    return testkit.fresh_copy(drafted, tmp_path)
