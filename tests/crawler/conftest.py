from __future__ import annotations

from collections.abc import Iterator

import pytest
from fixture_site import FixtureServer


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as s:
        yield s
