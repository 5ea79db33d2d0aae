"""robots.txt outcomes (a parser crash allows, and is logged) and the crawl's counters."""

from __future__ import annotations

import asyncio
import dataclasses
import logging

import httpx
import pytest
from newsdesk.crawler import guard as robots_module
from newsdesk.crawler.context import Counts, CrawlSummary
from newsdesk.crawler.fetch import Fetcher
from newsdesk.crawler.guard import Robots

from newsdesk.config import CrawlConfig

ROBOTS = "User-agent: *\nDisallow: /private/\n"


def _allowed(url: str, status: int = 200) -> tuple[bool, str | None]:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/robots.txt"
        return httpx.Response(status, text=ROBOTS)

    config = CrawlConfig(database="x", backoff=0.01, retries=0, allow_private_addresses=True)

    async def run() -> tuple[bool, str | None]:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with client, Fetcher(config, client=client) as fetcher:
            return await Robots(fetcher, "newsdesk-test").allowed(url)

    return asyncio.run(run())


def test_robots_rules_apply() -> None:
    assert _allowed("http://127.0.0.1/news/a.html") == (True, None)
    assert _allowed("http://127.0.0.1/private/a.html") == (
        False,
        "disallowed by http://127.0.0.1/robots.txt",
    )
    assert _allowed("http://127.0.0.1/private/a.html", status=404) == (True, None)
    allowed, why = _allowed("http://127.0.0.1/a.html", status=500)
    assert not allowed and why and why.startswith("robots.txt unavailable (http 500)")


def test_a_robots_parser_crash_allows_everything_and_is_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def crash(text: str) -> object:
        raise ValueError("bad rule")

    monkeypatch.setattr(robots_module.Protego, "parse", crash)
    with caplog.at_level(logging.WARNING, logger="newsdesk.crawler.robots"):
        assert _allowed("http://127.0.0.1/private/a.html") == (True, None)
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert record.getMessage() == (
        "http://127.0.0.1/robots.txt could not be parsed (ValueError: bad rule); everything allowed"
    )


def test_counts_are_the_summary_fields_and_freeze_into_it() -> None:
    counted = {f.name for f in dataclasses.fields(Counts)}
    assert counted == {f.name for f in dataclasses.fields(CrawlSummary)} - {"run_id"}
    counts = Counts()
    counts.feeds_fetched += 2
    counts.articles_extracted += 1
    counts.seconds = 1.5
    counts.problems.append("a: broken")
    summary = counts.summary(7)
    assert summary == CrawlSummary(
        run_id=7, feeds_fetched=2, articles_extracted=1, seconds=1.5, problems=("a: broken",)
    )
    assert Counts().problems == [] and Counts().problems is not Counts().problems
