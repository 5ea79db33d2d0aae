"""WARC record and replay as httpx transports, under the fetcher's client.

:class:`ReplayTransport` answers every request from an :class:`~crawler.warc.Archive` with
no network; a URL the archive lacks raises :class:`~crawler.fetch.NoAnswer` ("not in
archive"), which the fetcher reports without retrying. :class:`RecordingTransport` wraps the
real transport and writes a WARC record for each response whose body was read to the end
(a response the fetcher gives up on, e.g. over the size cap, is not recorded). Both key
records by the URL exactly as the crawl requested it (the ``REQUESTED_URL`` extension).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
from newsdesk.crawler.fetch import REQUESTED_URL, NoAnswer
from newsdesk.crawler.warc import Archive, Recorder

# a record's body is stored decoded, so these no longer describe it
_UNDECODED = ("content-encoding", "transfer-encoding")


def requested_url(request: httpx.Request) -> str:
    """The URL as the crawl asked for it (httpx's request.url is normalised)."""
    url = request.extensions.get(REQUESTED_URL)
    return url if isinstance(url, str) else str(request.url)


class ReplayTransport(httpx.AsyncBaseTransport):
    """Answers from a WARC archive; never touches the network."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        record = self.archive.get(requested_url(request))
        if record is None:
            raise NoAnswer("not in archive", request=request)
        headers = [
            (k.encode("utf-8"), v.encode("utf-8"))
            for k, v in record.headers
            if k.lower() not in _UNDECODED
        ]
        return httpx.Response(record.status, headers=headers, content=record.body)


class RecordingTransport(httpx.AsyncBaseTransport):
    """Passes requests to ``inner`` and writes each fully read response to ``recorder``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, recorder: Recorder) -> None:
        self.inner = inner
        self.recorder = recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        stream = _RecordingStream(self, requested_url(request), response)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=stream,
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()

    def record(self, url: str, response: httpx.Response, raw: bytes) -> None:
        """Write the record of a response read to the end; its body as the client decodes it."""
        try:
            body = httpx.Response(200, headers=response.headers, content=raw).content
        except httpx.DecodingError:  # the client failed on it too: no response to record
            return
        self.recorder.write(url, response.status_code, response.headers.multi_items(), body)


class _RecordingStream(httpx.AsyncByteStream):
    """The inner response's bytes, passed on unchanged and kept until the end is reached."""

    def __init__(self, owner: RecordingTransport, url: str, response: httpx.Response) -> None:
        self.owner = owner
        self.url = url
        self.response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        stream = self.response.stream  # raw bytes (a response built in memory may be read)
        if not isinstance(stream, httpx.AsyncByteStream):
            raise TypeError("an async transport answered with a sync stream")
        raw = bytearray()
        async for chunk in stream:
            raw += chunk
            yield chunk
        self.owner.record(self.url, self.response, bytes(raw))

    async def aclose(self) -> None:
        await self.response.aclose()
