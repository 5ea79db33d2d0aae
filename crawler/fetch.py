"""HTTP fetching: one shared client, global and per-host limits, retries.

:class:`Fetcher` follows redirects itself so that every hop is checked by the SSRF guard,
passes through the client's transport (which may record it in a WARC, or answer it from
one: :mod:`crawler.warc`), and is reported (``Response.redirects``). It never raises
for a failed fetch: the :class:`Response` carries ``error`` with a one-line explanation.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import errno
import functools
import ssl
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urljoin

import certifi
import httpx
from newsdesk.crawler.decoding import BoundedDecoder, DecodeError, decode_all
from newsdesk.crawler.guard import Guard
from newsdesk.crawler.urls import host_key

from newsdesk.config import CrawlConfig
from newsdesk.errors import FetchError

REDIRECTS = (301, 302, 303, 307, 308)
# the request extension holding the URL exactly as the crawl asked for it (httpx normalises
# request.url); transports that key a WARC by URL read it
REQUESTED_URL = "newsdesk.requested_url"


class NoAnswer(httpx.TransportError):
    """A transport's lasting "no answer" for a URL (replay: not in the archive): not retried."""


class UrlCheck(Protocol):
    """Decides whether a URL may be fetched: raises FetchError (one line) when not."""

    async def check(self, url: str) -> None: ...


@dataclass(frozen=True)
class Response:
    url: str  # as requested
    final_url: str
    status: int  # 0 when no HTTP response was received
    headers: dict[str, str] = field(default_factory=dict)  # lowercased names
    body: bytes = b""
    redirects: tuple[str, ...] = ()  # the URLs redirected from, in order
    error: str | None = None  # why the fetch failed (set for status >= 400 too)
    refused: bool = False  # the guard refused the URL: a permanent outcome
    unanswerable: bool = False  # the transport will never answer this URL: not retried

    @property
    def ok(self) -> bool:
        return self.error is None and 200 <= self.status < 300

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


@functools.lru_cache(maxsize=1)
def _tls() -> ssl.SSLContext:
    """One TLS context per process: loading the CA bundle costs ~0.1 s each time."""
    return ssl.create_default_context(cafile=certifi.where())


def live_transport(settings: CrawlConfig, guard: Guard | None = None) -> httpx.AsyncBaseTransport:
    """The network: aiohttp's transport under httpx (much less CPU than httpx's own).

    With a ``guard`` that refuses private addresses, every connection goes to an address the
    guard checked (:class:`crawler.pinned.PinnedResolver`: no DNS rebinding). aiohttp is
    imported here, not to replay an archive."""
    from httpx_aiohttp import AiohttpTransport
    from newsdesk.crawler.pinned import pinned_session

    limits = httpx.Limits(
        max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency
    )
    if guard is None or guard.allow_private:
        return AiohttpTransport(verify=_tls(), trust_env=False, limits=limits)
    session = functools.partial(pinned_session, guard, _tls(), settings.concurrency)
    return AiohttpTransport(verify=_tls(), trust_env=False, limits=limits, client=session)


def make_client(
    settings: CrawlConfig,
    transport: httpx.AsyncBaseTransport | None = None,
    guard: Guard | None = None,
) -> httpx.AsyncClient:
    """The shared client, over ``transport`` (default: :func:`live_transport` with ``guard``)."""
    from httpx_aiohttp import HttpxAiohttpClient

    return HttpxAiohttpClient(
        headers={"User-Agent": settings.user_agent},
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=False,
        transport=transport or live_transport(settings, guard),
        trust_env=False,
    )


class Fetcher:
    """Fetches URLs politely. Use ``async with Fetcher(...)``.

    ``client``: the client whose transport answers (default: a live :func:`make_client`,
    closed on exit; a client passed in is the caller's to close). ``guard`` checks every URL
    and redirect hop before it is requested (default: the SSRF :class:`Guard`).
    """

    def __init__(
        self,
        settings: CrawlConfig,
        *,
        client: httpx.AsyncClient | None = None,
        guard: UrlCheck | None = None,
    ) -> None:
        self.settings = settings
        self.guard = guard or Guard(settings.allow_private_addresses)
        self._client = client
        self._own_client = client is None
        self._global = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self.requests = 0

    async def __aenter__(self) -> Fetcher:
        if self._own_client:
            guard = self.guard if isinstance(self.guard, Guard) else None
            self._client = make_client(self.settings, guard=guard)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._own_client and self._client is not None:
            await self._client.aclose()

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        key = host_key(url)
        limit = self._hosts.get(key)
        if limit is None:
            limit = self._hosts[key] = asyncio.Semaphore(self.settings.per_host_concurrency)
        return limit

    async def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """GET a URL, following redirects (each hop guarded, and seen by the transport)."""
        current, hops, seen = url, list[str](), {url}
        for _ in range(self.settings.max_redirects + 1):
            try:
                await self.guard.check(current)
            except FetchError as exc:
                return Response(
                    url, current, 0, redirects=tuple(hops), error=str(exc), refused=True
                )
            resp = await self._with_retries(current, headers or {})
            location = resp.headers.get("location")
            if resp.status not in REDIRECTS or not location:
                return Response(
                    url,
                    current,
                    resp.status,
                    resp.headers,
                    resp.body,
                    tuple(hops),
                    resp.error,
                )
            hops.append(current)
            current = urljoin(current, location.strip())
            if current in seen:
                return Response(
                    url, current, resp.status, redirects=tuple(hops), error="redirect loop"
                )
            seen.add(current)
        return Response(
            url,
            current,
            0,
            redirects=tuple(hops),
            error=f"too many redirects (more than {self.settings.max_redirects})",
        )

    async def _with_retries(self, url: str, headers: dict[str, str]) -> Response:
        s = self.settings
        resp = Response(url, url, 0, error="not fetched")
        for attempt in range(s.retries + 1):
            # host first: a request waiting for its host never holds a global slot
            async with self._host_limit(url), self._global:
                resp = await self._once(url, headers)
            last = attempt == s.retries
            if resp.status in (429, 503):
                wait = retry_after(resp.headers.get("retry-after"))
                if wait is not None and wait > s.max_retry_after:
                    return _with_error(
                        resp,
                        f"http {resp.status}, Retry-After {wait:.0f} s is over crawl.max_retry_after",
                    )
                if not last:
                    await asyncio.sleep(wait if wait is not None else s.backoff * 2**attempt)
                    continue
            elif (resp.status == 0 or resp.status >= 500) and not resp.unanswerable and not last:
                await asyncio.sleep(s.backoff * 2**attempt)
                continue
            break
        if resp.status >= 400 and resp.error is None:
            resp = _with_error(resp, f"http {resp.status}")
        return resp

    async def _once(self, url: str, headers: dict[str, str]) -> Response:
        self.requests += 1
        assert self._client is not None, "use `async with Fetcher(...)`"
        cap = self.settings.max_body_bytes
        started = time.monotonic()
        try:
            async with asyncio.timeout(self.settings.timeout):
                async with self._client.stream(
                    "GET", url, headers=headers, extensions={REQUESTED_URL: url}
                ) as r:
                    length = r.headers.get("content-length", "")
                    if length.isdigit() and int(length) > cap:
                        return Response(url, url, r.status_code, error=f"body over {cap} bytes")
                    try:
                        body = await _read_capped(r, cap)
                    except DecodeError as exc:
                        return Response(url, url, r.status_code, error=str(exc))
                    raw_headers = list(r.headers.multi_items())
                    status = r.status_code
        except TimeoutError:
            took = time.monotonic() - started
            return Response(url, url, 0, error=f"timed out after {took:.1f} s")
        except NoAnswer as exc:
            return Response(url, url, 0, error=str(exc), unanswerable=True)
        except Exception as exc:  # any transport failure is this URL's problem, not the run's
            return Response(url, url, 0, error=network_error(exc))
        return Response(url, url, status, {k.lower(): v for k, v in raw_headers}, bytes(body))


async def _read_capped(r: httpx.Response, cap: int) -> bytes:
    """The body, decoded here (not by httpx) so that the cap applies as each content-coding
    layer produces bytes. A response built in memory (a replay) is decoded already."""
    if r.is_stream_consumed:
        return decode_all(r.content, "", cap)
    body = bytearray()
    decoder = BoundedDecoder(r.headers.get("content-encoding", ""), cap)
    async for chunk in r.aiter_raw():
        body += decoder.feed(chunk)
    return bytes(body)


def network_error(exc: Exception, most: int = 200) -> str:
    """The transport's failure in one line of at most ``most`` characters of message: its
    message may quote what the server sent (a body read as a 'bad status line', over many
    lines), and the crawl summary is one line. A refused connection says so in plain words
    (the transport reports it as a ConnectTimeout, "… ssl:default [Connect call failed …]")."""
    if _refused(exc):
        return "network error (connection refused)"
    message = " ".join(str(exc).split())
    if len(message) > most:
        message = message[: most - 1] + "…"
    return f"network error ({type(exc).__name__}{': ' + message if message else ''})"


def _refused(exc: BaseException) -> bool:
    """Whether the server's host refused the connection (nothing listens on the port): the
    OSError may sit a few causes deep, or on aiohttp's ``os_error``."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo and len(seen) < 12:
        e = todo.pop()
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        if isinstance(e, ConnectionRefusedError) or getattr(e, "errno", None) == errno.ECONNREFUSED:
            return True
        todo += [e.__cause__, e.__context__, getattr(e, "os_error", None)]
    return False


def _with_error(resp: Response, error: str) -> Response:
    return dataclasses.replace(resp, error=error)
