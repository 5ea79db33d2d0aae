"""The shared test helpers (tests/testkit.py): the test config, and the ../shared/eval gate."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import testkit

from newsdesk.config import load_config


def test_the_test_config_is_valid_and_overrides_merge(newsdesk_toml) -> None:
    path = newsdesk_toml(crawl={"timeout": 2.0}, summarizer={"llm": {"model": "tiny"}})
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["crawl"] == {"database": "data/newsdesk.db", "timeout": 2.0}  # merged
    assert data["summarizer"] == {"llm": {"model": "tiny"}}  # a table in a table
    config = load_config(path)
    assert [t.slug for t in config.topics] == ["tokenmaxxing"]
    assert config.summarizer.llm.model == "tiny"


@pytest.fixture
def no_eval(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(testkit, "EVAL", tmp_path / "no-such-eval")
    for var in ("CI", "NEWSDESK_EVAL"):
        monkeypatch.delenv(var, raising=False)


def test_missing_eval_data_skips_locally_and_says_where_it_looked(no_eval) -> None:
    with pytest.raises(pytest.skip.Exception, match="no-such-eval/feeds is absent"):
        testkit.shared_eval("feeds")


def test_missing_eval_data_fails_under_ci(no_eval, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI runs these tests"):
        testkit.shared_eval("feeds")


def test_a_ci_without_the_data_says_so_and_skips(no_eval, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("NEWSDESK_EVAL", "absent")
    with pytest.raises(pytest.skip.Exception, match="NEWSDESK_EVAL=absent"):
        testkit.shared_eval("feeds")


def test_present_eval_data_is_returned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "feeds").mkdir()
    monkeypatch.setattr(testkit, "EVAL", tmp_path)
    monkeypatch.setenv("CI", "true")
    monkeypatch.delenv("NEWSDESK_EVAL", raising=False)
    assert testkit.shared_eval("feeds") == tmp_path / "feeds"
