"""Fixtures every test folder shares. The helpers behind them are in testkit.py; test helper
modules (testkit, loopback, crawler/fixture_site, crawler/crawl_config, site/sitekit,
site/sitecheck) import by their bare names through pyproject's pytest ``pythonpath``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import testkit


@pytest.fixture
def newsdesk_toml(tmp_path: Path) -> Callable[..., Path]:
    """``newsdesk_toml(**tables)`` writes the tests' newsdesk.toml (testkit.config_text: one
    site, one database, the tokenmaxxing topic, with ``tables`` laid over them) into tmp_path,
    or into ``root=``, and returns its path."""

    def write(root: Path | None = None, **tables: Any) -> Path:
        return testkit.write_config(tmp_path if root is None else root, **tables)

    return write


@pytest.fixture
def shared_eval() -> Callable[..., Path]:
    """``shared_eval(*parts)``: a path under ../shared/eval; the test skips when it is absent,
    or fails when the CI environment variable is set (testkit.shared_eval)."""
    return testkit.shared_eval
