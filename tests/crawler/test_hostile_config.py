"""Issue 13, item 8: a topic keyword with no letters or digits is a config error naming it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from testkit import TOPIC, write_config

from newsdesk.config import load_config
from newsdesk.errors import ConfigError


@pytest.mark.parametrize("keyword", ["<>", "---", " ?! ", "\u200b\u200b"])
def test_a_keyword_without_letters_is_a_config_error(tmp_path: Path, keyword: str) -> None:
    path = write_config(tmp_path, topics=[TOPIC | {"keywords": ["tokenmaxxing", keyword]}])
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "topics[0].keywords[1]" in str(caught.value) and "no letters or digits" in str(
        caught.value
    )


def test_crawl_with_such_a_keyword_fails_in_one_line(tmp_path: Path) -> None:
    path = write_config(tmp_path, topics=[TOPIC | {"keywords": ["<>"]}])
    done = subprocess.run(
        [sys.executable, "-m", "newsdesk", "crawl", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "topics[0].keywords[0]: '<>' has no letters or digits" in done.stderr
