"""Issue 13, items 1-3: compression bombs, SSRF address ranges, DNS rebinding.

Everything stays on loopback: address classification is tested on strings, and rebinding with
a fake getaddrinfo that answers 127.0.0.x (127.0.0.2 is made to count as "public").
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import socket
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from loopback import LoopbackServer
from newsdesk.crawler import guard as guard_module
from newsdesk.crawler.decoding import BodyTooLarge, DecodeError, decode_all
from newsdesk.crawler.fetch import Fetcher, Response

from newsdesk.config import CrawlConfig

CAP = 200_000


@functools.lru_cache(maxsize=1)
def _zeros_gzip(size: int = 64 * 1024 * 1024) -> bytes:
    """``size`` zero bytes, gzipped (streamed: never ``size`` bytes in memory)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1024 * 1024)
    parts = [packer.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + packer.flush()


class _Chunks(httpx.AsyncByteStream):
    def __init__(self, body: bytes) -> None:
        self.body = body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self.body), 16384):
            yield self.body[start : start + 16384]


def _fetch_mock(body: bytes, encoding: str, cap: int = CAP) -> tuple[Response, int]:
    """Fetch ``body`` sent with ``Content-Encoding: encoding``; also the peak memory."""

    def handler(request: httpx.Request) -> httpx.Response:
        # streamed in 16 KB network chunks, as a socket delivers it (content= would be
        # decoded by httpx before the fetcher sees it)
        return httpx.Response(200, stream=_Chunks(body), headers={"content-encoding": encoding})

    config = CrawlConfig(database="x", retries=0, max_body_bytes=cap)

    async def run() -> Response:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with client, Fetcher(config, client=client) as fetcher:
            return await fetcher.get("http://93.184.216.34/feed.xml")

    tracemalloc.start()
    try:
        resp = asyncio.run(run())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return resp, peak


def test_double_gzip_bomb_is_capped_as_it_is_decoded() -> None:
    bomb = gzip.compress(_zeros_gzip(), 9)  # 64 MiB of zeros, gzipped twice: a few KB
    assert len(bomb) < 10_000
    resp, peak = _fetch_mock(bomb, "gzip, gzip")
    assert resp.error == f"body over {CAP} bytes"
    assert peak < 8 * 1024 * 1024  # decoding all of it would need 64 MiB


def test_single_gzip_and_deflate_bombs_stay_capped() -> None:
    resp, peak = _fetch_mock(_zeros_gzip(), "gzip")
    assert resp.error == f"body over {CAP} bytes" and peak < 8 * 1024 * 1024
    deflated = zlib.compress(bytes(4 * 1024 * 1024), 9)
    resp, _ = _fetch_mock(deflated, "deflate")
    assert resp.error == f"body over {CAP} bytes"


def test_more_than_two_codings_are_refused() -> None:
    body = gzip.compress(gzip.compress(gzip.compress(b"<rss/>")))
    resp, _ = _fetch_mock(body, "gzip, gzip, gzip")
    assert resp.error and "3 content codings" in resp.error and not resp.ok


def test_legitimate_codings_still_decode() -> None:
    text = b"<rss>" + b"token maxxing " * 1000 + b"</rss>"
    assert _fetch_mock(gzip.compress(text), "gzip")[0].body == text
    assert _fetch_mock(gzip.compress(gzip.compress(text)), "gzip, x-gzip")[0].body == text
    assert _fetch_mock(zlib.compress(text), "deflate")[0].body == text
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    assert _fetch_mock(raw.compress(text) + raw.flush(), "deflate")[0].body == text
    assert _fetch_mock(text, "identity")[0].body == text


def test_undecodable_body_is_a_one_line_error() -> None:
    with pytest.raises(DecodeError, match="cannot decode gzip body"):
        decode_all(b"\x1f\x8bnot gzip at all", "gzip", CAP)
    with pytest.raises(BodyTooLarge):
        decode_all(gzip.compress(bytes(CAP + 1)), "gzip", CAP)


# ---- item 2: every address that is not globally routable is refused -------------------------

NOT_PUBLIC = [
    "100.100.100.200",  # carrier-grade NAT: a cloud metadata address
    "100.64.0.1",
    "192.88.99.1",  # 6to4 relay anycast
    "2002:7f00:1::1",  # 6to4 wrapping 127.0.0.1
    "2002:a9fe:a9fe::1",  # 6to4 wrapping 169.254.169.254
    "fec0::1",  # site-local
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
    "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "127.0.0.1",
    "10.1.2.3",
    "169.254.169.254",
    "fe80::1%eth0",
    "224.0.0.1",
    "0.0.0.0",
    "::",
    "::1",
    "fc00::1",
    "not an address",
]
PUBLIC = ["93.184.216.34", "2606:4700::1111", "::ffff:93.184.216.34", "2002:5db8:d822::1"]


@pytest.mark.parametrize("address", NOT_PUBLIC)
def test_non_global_addresses_are_refused(address: str) -> None:
    assert not guard_module.is_public(address)


@pytest.mark.parametrize("address", PUBLIC)
def test_global_addresses_are_allowed(address: str) -> None:
    assert guard_module.is_public(address)


# ---- item 3: DNS rebinding ------------------------------------------------------------------


class _Seen(BaseHTTPRequestHandler):
    hosts: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        type(self).hosts.append(self.headers.get("Host", ""))
        body = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def seen_server() -> Iterator[LoopbackServer]:
    _Seen.hosts = []
    with LoopbackServer(_Seen) as srv:
        yield srv


def _rebinding(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """``rebind.test`` answers ``answers`` in turn (the last one ever after); 127.0.0.2 counts
    as public. Returns the list of answers given."""
    real, given = socket.getaddrinfo, list[str]()

    def fake(host, port, family=0, type=0, proto=0, flags=0):  # type: ignore[no-untyped-def]
        if host != "rebind.test":
            return real(host, port, family, type, proto, flags)
        address = answers[min(len(given), len(answers) - 1)]
        given.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port or 0))]

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    public = guard_module.is_public
    monkeypatch.setattr(guard_module, "is_public", lambda a: a == "127.0.0.2" or public(a))
    return given


def _live_get(url: str) -> Response:
    config = CrawlConfig(database="x", retries=0, timeout=3.0, allow_private_addresses=False)

    async def run() -> Response:
        async with Fetcher(config) as fetcher:  # the live transport, guarded
            return await fetcher.get(url)

    return asyncio.run(run())


def test_dns_rebinding_connects_to_the_checked_address(
    monkeypatch: pytest.MonkeyPatch, seen_server: LoopbackServer
) -> None:
    port = seen_server.base.rsplit(":", 1)[1]
    _rebinding(monkeypatch, ["127.0.0.2", "127.0.0.1"])  # checked "public", then loopback
    resp = _live_get(f"http://rebind.test:{port}/feed.xml")
    assert _Seen.hosts == []  # the loopback server was never reached
    assert not resp.ok and resp.status == 0


def test_pinned_connection_keeps_the_host_header(
    monkeypatch: pytest.MonkeyPatch, seen_server: LoopbackServer
) -> None:
    port = seen_server.base.rsplit(":", 1)[1]
    monkeypatch.setattr(guard_module, "is_public", lambda a: a.startswith("127."))
    _rebinding(monkeypatch, ["127.0.0.1"])
    monkeypatch.setattr(guard_module, "is_public", lambda a: a.startswith("127."))
    resp = _live_get(f"http://rebind.test:{port}/feed.xml")
    assert resp.ok, resp.error
    assert _Seen.hosts == [f"rebind.test:{port}"]
