"""Site test fixtures: a config in a temp folder (see sitekit.py for the content files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitekit import make_config

from newsdesk.config import Config


@pytest.fixture
def site_root(tmp_path: Path) -> Path:
    return tmp_path / "project"


@pytest.fixture
def cfg(site_root: Path) -> Config:
    return make_config(site_root)


@pytest.fixture
def content_dir(cfg: Config) -> Path:
    return cfg.path(cfg.build.content_dir)
