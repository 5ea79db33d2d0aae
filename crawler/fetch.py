"""HTTP fetching: one shared client, global and per-host limits, retries, record/replay.

:class:`Fetcher` follows redirects itself so that every hop is checked by the SSRF guard,
recorded in the WARC, and reported (``Response.redirects``). It never raises for a failed
fetch: the :class:`Response` carries ``error`` with a one-line explanation instead.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import ssl
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin

import certifi
import httpx
from httpx_aiohttp import HttpxAiohttpClient
from newsdesk.crawler.guard import Guard, check_scheme
from newsdesk.crawler.urls import host_key
from newsdesk.crawler.warc import Archive, Recorder

from newsdesk.config import CrawlConfig
from newsdesk.errors import FetchError

REDIRECTS = (301, 302, 303, 307, 308)


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


def make_client(settings: CrawlConfig) -> httpx.AsyncClient:
    """The shared client: httpx over aiohttp's transport when available (much less CPU)."""
    limits = httpx.Limits(
        max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency
    )
    kwargs = dict(
        headers={"User-Agent": settings.user_agent},
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=False,
        limits=limits,
        trust_env=False,
        verify=_tls(),
    )
    return HttpxAiohttpClient(**kwargs)


class Fetcher:
    """Fetches URLs politely. Use ``async with Fetcher(...)``."""

    def __init__(
        self,
        settings: CrawlConfig,
        *,
        archive: Archive | None = None,
        recorder: Recorder | None = None,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.settings = settings
        self.archive = archive
        self.recorder = recorder
        self.guard = Guard(settings.allow_private_addresses)
        self._client = client
        self._own_client = client is None and archive is None
        self._global = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self.requests = 0

    async def __aenter__(self) -> Fetcher:
        if self._own_client:
            self._client = make_client(self.settings)
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
        """GET a URL, following redirects (each hop guarded and recorded)."""
        current, hops, seen = url, [], {url}
        for _ in range(self.settings.max_redirects + 1):
            try:
                if self.archive is None:
                    await self.guard.check(current)
                else:
                    check_scheme(current)
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
            elif (
                (resp.status == 0 or resp.status >= 500)
                and resp.error != "not in archive"
                and not last
            ):
                await asyncio.sleep(s.backoff * 2**attempt)
                continue
            break
        if resp.status >= 400 and resp.error is None:
            resp = _with_error(resp, f"http {resp.status}")
        return resp

    async def _once(self, url: str, headers: dict[str, str]) -> Response:
        self.requests += 1
        if self.archive is not None:
            rec = self.archive.get(url)
            if rec is None:
                return Response(url, url, 0, error="not in archive")
            return Response(url, url, rec.status, {k.lower(): v for k, v in rec.headers}, rec.body)
        assert self._client is not None, "use `async with Fetcher(...)`"
        cap = self.settings.max_body_bytes
        started = time.monotonic()
        try:
            async with asyncio.timeout(self.settings.timeout):
                async with self._client.stream("GET", url, headers=headers) as r:
                    length = r.headers.get("content-length", "")
                    if length.isdigit() and int(length) > cap:
                        return Response(url, url, r.status_code, error=f"body over {cap} bytes")
                    body = bytearray()
                    async for chunk in r.aiter_bytes():
                        body += chunk
                        if len(body) > cap:
                            return Response(url, url, r.status_code, error=f"body over {cap} bytes")
                    raw_headers = list(r.headers.multi_items())
                    status = r.status_code
        except TimeoutError:
            took = time.monotonic() - started
            return Response(url, url, 0, error=f"timed out after {took:.1f} s")
        except Exception as exc:  # any transport failure is this URL's problem, not the run's
            return Response(
                url,
                url,
                0,
                error=f"network error ({type(exc).__name__}: {exc})".replace(": )", ")"),
            )
        if self.recorder is not None:
            self.recorder.write(url, status, raw_headers, bytes(body))
        return Response(url, url, status, {k.lower(): v for k, v in raw_headers}, bytes(body))


def _with_error(resp: Response, error: str) -> Response:
    return Response(
        resp.url, resp.final_url, resp.status, resp.headers, resp.body, resp.redirects, error
    )
