"""The fetcher's rules, with httpx.MockTransport standing in for the network."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
from newsdesk.crawler.fetch import Fetcher, Response

from newsdesk.config import CrawlConfig


def fetch(handler, url: str, **settings: object) -> tuple[Response, Counter[str]]:
    seen: Counter[str] = Counter()

    def counting(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] += 1
        return handler(request)

    config = CrawlConfig(database="x", backoff=0.01, retries=2, max_retry_after=1.0, **settings)

    async def run() -> Response:
        client = httpx.AsyncClient(transport=httpx.MockTransport(counting))
        async with client, Fetcher(config, client=client) as fetcher:
            return await fetcher.get(url)

    return asyncio.run(run()), seen


def test_5xx_is_retried_then_explained() -> None:
    resp, seen = fetch(lambda r: httpx.Response(502), "http://93.184.216.34/x")
    assert (resp.ok, resp.error, seen["/x"]) == (False, "http 502", 3)  # 1 try + 2 retries


def test_404_is_not_retried() -> None:
    resp, seen = fetch(lambda r: httpx.Response(404), "http://93.184.216.34/x")
    assert (resp.error, seen["/x"]) == ("http 404", 1)


def test_retry_after_over_the_cap_gives_up_with_the_reason() -> None:
    resp, seen = fetch(
        lambda r: httpx.Response(429, headers={"Retry-After": "3600"}), "http://93.184.216.34/x"
    )
    assert seen["/x"] == 1 and resp.error and "Retry-After 3600 s" in resp.error


def test_503_with_short_retry_after_succeeds() -> None:
    calls = Counter()

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return httpx.Response(503, headers={"Retry-After": "0"})
        return httpx.Response(200, text="ok")

    resp, _ = fetch(handler, "http://93.184.216.34/x")
    assert resp.ok and resp.body == b"ok"


def test_declared_length_over_the_cap_is_refused() -> None:
    resp, _ = fetch(
        lambda r: httpx.Response(200, content=b"x" * 2000),
        "http://93.184.216.34/x",
        max_body_bytes=1000,
    )
    assert resp.error == "body over 1000 bytes"


def test_redirects_are_recorded_and_each_hop_is_guarded() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/a":
            return httpx.Response(301, headers={"Location": "/b"})
        if request.url.path == "/b":
            return httpx.Response(302, headers={"Location": "http://127.0.0.1/admin"})
        return httpx.Response(200, text="secret")

    resp, seen = fetch(handler, "http://93.184.216.34/a")
    assert resp.refused and "non-public address 127.0.0.1" in (resp.error or "")
    assert resp.redirects == ("http://93.184.216.34/a", "http://93.184.216.34/b")
    assert seen["/admin"] == 0


def test_redirect_to_another_scheme_is_refused() -> None:
    resp, _ = fetch(
        lambda r: httpx.Response(302, headers={"Location": "file:///etc/passwd"}),
        "http://93.184.216.34/a",
    )
    assert resp.refused and "scheme 'file'" in (resp.error or "")


def test_too_many_redirects() -> None:
    counter = Counter()

    def handler(request: httpx.Request) -> httpx.Response:
        counter["n"] += 1
        return httpx.Response(302, headers={"Location": f"/r{counter['n']}"})

    resp, _ = fetch(handler, "http://93.184.216.34/r0", max_redirects=3)
    assert resp.error == "too many redirects (more than 3)" and len(resp.redirects) == 4
