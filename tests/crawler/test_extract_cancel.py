"""Ctrl-C during a crawl: a cancellation that lands just as a page's extraction thread
finishes must still stop the crawl (crawler/article_phase.py read_fields). With
``asyncio.wait_for`` on Python 3.11 the finished result won and the crawl ran on to the end."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest
from newsdesk.crawler import article_phase


@pytest.mark.parametrize("turns", range(6))
def test_a_cancel_landing_as_the_extraction_thread_returns_is_not_lost(
    monkeypatch: pytest.MonkeyPatch, turns: int
) -> None:
    release, returned = threading.Event(), threading.Event()

    def extraction(entry: object, resp: object) -> dict[str, Any]:
        release.wait(5)
        returned.set()
        return {"read": True}

    monkeypatch.setattr(article_phase, "article_fields", extraction)

    async def scenario() -> None:
        task = asyncio.ensure_future(article_phase.read_fields(None, None))  # type: ignore[arg-type]
        for _ in range(5):  # the task starts the thread and waits for it
            await asyncio.sleep(0)
        release.set()
        returned.wait(5)
        time.sleep(0.05)  # the loop is held: the thread's result is queued, not yet seen
        for _ in range(turns):  # the result passes through a few layers before the cancel
            await asyncio.sleep(0)
        if not task.cancel():  # Ctrl-C arrives while the result travels...
            assert task.result() == {"read": True}  # ...or after it arrived: nothing to stop
            return
        for _ in range(10):  # let the result travel through every layer first
            await asyncio.sleep(0)
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
