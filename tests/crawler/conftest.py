from __future__ import annotations

from collections.abc import Iterator

import pytest
from fixture_site import FixtureServer
from hostile_web import Web


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as s:
        yield s


@pytest.fixture
def web() -> Iterator[Web]:
    """A loopback web serving what the test puts in ``web.routes`` (hostile_web.Web)."""
    site = Web()
    with site.server:
        yield site
