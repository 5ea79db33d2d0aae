from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.config import load_config, parse_config
from newsdesk.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]

MINIMAL = {
    "site": {"title": "T", "base_url": "https://example.org/sub/"},
    "crawl": {"database": "data/x.db"},
    "topics": [{"slug": "tokenmaxxing", "name": "Tokenmaxxing", "keywords": ["tokenmaxxing"]}],
}


def test_repository_config_loads_with_defaults() -> None:
    cfg = load_config(ROOT / "newsdesk.toml")
    assert cfg.site.title == "Tokenmaxxing Watch"
    assert cfg.topics[0].keywords[0] == "tokenmaxxing"
    assert cfg.crawl.allow_private_addresses is False
    assert "news.ycombinator.com" in cfg.outlets.discussion
    assert cfg.path(cfg.crawl.database) == ROOT / "data" / "newsdesk.db"


def test_every_problem_is_reported_at_once_with_its_key_path() -> None:
    data = {
        "site": {"title": 3, "base_url": "https://example.org/", "colour": "red"},
        "crawl": {"database": "x.db", "concurrency": "many"},
        "topics": [{"slug": "a", "name": "A"}],
        "feeds": [{"id": "f", "url": "https://e.org/rss", "oops": 1}],
    }
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="bad.toml")
    problems = info.value.problems
    assert "site.title: expected string, got int 3" in problems
    assert any(p.startswith("site.colour: unknown key") for p in problems)
    assert any(p.startswith("crawl.concurrency: expected integer") for p in problems)
    assert "topics[0].keywords: required key is missing" in problems
    assert any(p.startswith("feeds[0].oops: unknown key") for p in problems)
    assert str(info.value).startswith("bad.toml: ")
    assert "\n" not in str(info.value)


def test_a_mistyped_key_gets_the_key_it_was_meant_to_be() -> None:
    data = {**MINIMAL, "stories": {"similarity_treshold": 0.3, "wibble": 1}}
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="bad.toml")
    typo, other = info.value.problems
    assert typo == "stories.similarity_treshold: unknown key (did you mean similarity_threshold?)"
    assert other.startswith("stories.wibble: unknown key (expected one of ")


def test_type_and_value_problems_are_reported_together() -> None:
    data = {
        "site": {"title": 3, "base_url": "not a url"},
        "crawl": {"database": "x.db", "concurrency": 0},
        "topics": [{"slug": "Bad Slug", "name": "A", "keywords": ["a"]}, {"name": "B"}],
        "feeds": [{"id": "f", "url": "ftp://e.org"}],
    }
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="bad.toml")
    problems = info.value.problems
    assert "site.title: expected string, got int 3" in problems
    assert "site.base_url: must be an http(s) URL, got 'not a url'" in problems
    assert "crawl.concurrency: must be at least 1" in problems
    assert "topics[1].slug: required key is missing" in problems
    assert "topics[0].slug: 'Bad Slug' must be lowercase letters, digits, '-'" in problems
    assert "feeds[0].url (feed 'f'): must be an http(s) URL, got 'ftp://e.org'" in problems


def test_value_rules() -> None:
    data = {**MINIMAL, "summarizer": {"backend": "magic"}, "crawl": {"database": "x", "timeout": 0}}
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert any("summarizer.backend" in p for p in info.value.problems)
    assert any("crawl.timeout" in p for p in info.value.problems)


def test_missing_file_and_bad_toml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[site\ntitle=", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)
