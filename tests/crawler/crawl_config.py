"""The crawler tests' newsdesk.toml, pointing at the fixture site.

A module of its own (not conftest.py): ``from conftest import`` picks whichever conftest module
pytest loaded last, another folder's when several folders are collected in one run.
"""

from __future__ import annotations

from pathlib import Path

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
    """A newsdesk.toml pointing at the fixture server."""
    settings = {
        "allow_private_addresses": True,
        "timeout": 2.0,
        "retries": 1,
        "backoff": 0.05,
        "max_body_bytes": 200_000,
        "max_retry_after": 5.0,
        "lookback_days": 0,
    } | crawl
    lines = [
        '[site]\ntitle = "T"\nbase_url = "https://example.github.io/t/"\n',
        '[crawl]\ndatabase = "data/test.db"',
        *(f"{k} = {str(v).lower() if isinstance(v, bool) else v}" for k, v in settings.items()),
        f'\n[hackernews]\nsearch_url = "{base}/hn/search"\nitem_url = "{base}/hn/item/{{id}}.json"',
        "max_comments = 3\n",
        '[[topics]]\nslug = "tokenmaxxing"\nname = "Tokenmaxxing"',
        'keywords = ["tokenmaxxing", "token maxxing"]\n',
    ]
    for f in feeds:
        path = "/private/feed.xml" if f == "private" else f"/feeds/{f}.xml"
        lines.append(f'[[feeds]]\nid = "{f}"\nurl = "{base}{path}"\n')
    path = tmp_path / "newsdesk.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
