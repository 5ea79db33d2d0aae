"""A newsdesk.toml written carelessly or on purpose: every problem in one clean line.

TOML has inf and nan, and integers past 64 bits; before, `crawl.timeout = inf` turned the
request timeout off (a slow-drip host held the crawl for ever), `nan` timed every request out
at once, and `retries = 99999999999999999999` retried a failing host with exponential backoff
for ever.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from testkit import write_config

from newsdesk.config import load_config
from newsdesk.errors import ConfigError


def _problems(tmp_path: Path, **tables: object) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(write_config(tmp_path, **tables))
    assert "\n" not in str(caught.value)
    return caught.value.problems


def _toml(tmp_path: Path, crawl: str) -> Path:
    path = tmp_path / "newsdesk.toml"
    path.write_text(
        '[site]\ntitle = "T"\nbase_url = "https://example.org/"\n'
        f'[crawl]\ndatabase = "d.db"\n{crawl}\n'
        "[stories]\nsimilarity_threshold = nan\n"
        '[[topics]]\nslug = "t"\nname = "T"\nkeywords = ["tokenmaxxing"]\n',
        encoding="utf-8",
    )
    return path


def test_infinite_and_nan_numbers_are_refused_by_name(tmp_path: Path) -> None:
    path = _toml(tmp_path, "timeout = inf\nbackoff = nan\nmax_retry_after = -inf")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.problems == [
        "crawl.timeout: expected a finite number, got inf",
        "crawl.backoff: expected a finite number, got nan",
        "crawl.max_retry_after: expected a finite number, got -inf",
        "stories.similarity_threshold: expected a finite number, got nan",
    ]


def test_crawl_limits_that_would_stall_a_crawl_are_refused(tmp_path: Path) -> None:
    crawl = {"database": "d.db", "retries": 99999999999999999999, "max_redirects": 1000}
    problems = _problems(tmp_path, crawl=crawl | {"timeout": 86400.0, "backoff": 3600})
    assert problems == [
        "crawl.timeout: must be at most 600",
        "crawl.retries: must be at most 10",
        "crawl.backoff: must be at most 60",
        "crawl.max_redirects: must be at most 30",
    ]


def test_an_integer_too_large_for_a_float_is_refused_by_name(tmp_path: Path) -> None:
    """float() of a 400-digit integer raises OverflowError: it was a traceback."""
    with pytest.raises(ConfigError) as caught:
        load_config(_toml(tmp_path, f"timeout = {10**400}"))
    assert caught.value.problems[0] == "crawl.timeout: number too large, got 10000000000000000000…"
    crawl = {"database": "d.db", "max_retry_after": 86400}  # a day's wait on one host's 429
    assert _problems(tmp_path, crawl=crawl) == ["crawl.max_retry_after: must be at most 600"]


def test_the_command_prints_every_problem_in_one_line(tmp_path: Path) -> None:
    path = _toml(tmp_path, 'timeout = inf\nretries = 1000\nconcurency = 3\ndatabase2 = "x"')
    done = subprocess.run(
        [sys.executable, "-m", "newsdesk", "crawl", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    for culprit in ("crawl.timeout", "crawl.retries", "crawl.concurency", "crawl.database2"):
        assert culprit in line


def test_counts_out_of_range_are_refused_by_name(tmp_path: Path) -> None:
    """Before: 'per_page = 0' ended build-site in a ZeroDivisionError traceback, a negative one
    built pages of nothing, and 'num_perm' sized a signature per article without bound."""
    problems = _problems(
        tmp_path,
        build={"per_page": 0},
        stories={"num_perm": 10**9},
        hackernews={"hits_per_page": -1},
    )
    assert problems == [
        "build.per_page: must be from 1 to 10,000, got 0",
        "hackernews.hits_per_page: must be from 1 to 1,000, got -1",
        "stories.num_perm: must be from 1 to 1,024, got 1,000,000,000",
    ]


def test_a_toml_nested_thousands_deep_is_one_line(tmp_path: Path) -> None:
    """Before: tomllib's RecursionError ended every command in a traceback."""
    path = _toml(tmp_path, "x = " + "[" * 100_000 + "]" * 100_000)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.problems == ["not valid TOML: arrays or tables nested too deeply"]


def test_a_control_character_in_a_configured_string_is_refused_by_name(tmp_path: Path) -> None:
    """Before: `title = "News\\u0000 \\u001b]52;c;eA==\\u0007"` reached every page raw (a NUL
    and a terminal escape in each <title>). Tab, newline and other scripts are fine."""
    problems = _problems(
        tmp_path,
        site={"title": "News\x00 \x1b]52;c;eA==\x07", "description": "Été\tà\n«Ünïcode» 🧨"},
        topics=[{"slug": "t", "name": "T\x9b", "keywords": ["tokenmaxxing"]}],
    )
    assert problems == [
        "site.title: control character U+0000 is not allowed",
        "topics[0].name: control character U+009B is not allowed",
    ]
