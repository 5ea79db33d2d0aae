"""Record responses as WARC (warcio) and replay them with no network, as httpx transports.

:class:`RecordingTransport` wraps the real transport and writes (:class:`Recorder`) a WARC
record for each response whose body was read to the end; a response the fetcher gives up
on (e.g. over the size cap) is not recorded. :class:`ReplayTransport` answers every request
from an :class:`Archive` with no network. Both key records by the URL exactly as the crawl
requested it (the fetcher's ``REQUESTED_URL`` extension; httpx normalises ``request.url``).

Replay matches on the URL with its query parameters sorted; HN search's time filter
(``numericFilters``) is ignored so a recorded archive stays valid as time passes. A URL
that is not in the archive raises :class:`~crawler.fetch.NoAnswer` ("not in archive"),
which the fetcher reports without retrying: an error the crawl records, never a crash.
"""

from __future__ import annotations

import hashlib
import io
import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
from newsdesk.crawler.fetch import REQUESTED_URL, NoAnswer
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.errors import InputError

IGNORED_PARAMS = ("numericFilters",)
DROPPED_HEADERS = ("content-encoding", "transfer-encoding", "content-length", "connection")
# a record's body is stored decoded, so these no longer describe it
_UNDECODED = ("content-encoding", "transfer-encoding")
# what a replay reads: a gzip member of a gigabyte of zeros is a megabyte on disk
MAX_LINE = 1 << 20  # a WARC or HTTP header line (warcio reads one to its newline, however far)
MAX_RECORD = 64 << 20  # one response (the crawl records at most crawl.max_body_bytes, 5 MB)
MAX_GROWTH = 100  # all the bodies, beside the file's size (a crawl's archive grows 3 to 10)


def replay_key(url: str) -> str:
    """The URL as replay matches it: query sorted, time filters and fragment dropped."""
    parts = urlsplit(url)
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in IGNORED_PARAMS
    )
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path, urlencode(query), "")
    )


@dataclass(frozen=True)
class Recorded:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


class Recorder:
    """Appends one WARC response record per HTTP response (redirects and errors included), to
    a temporary file beside ``path`` (``.NAME.tmp-<pid>``): :meth:`commit` renames it over
    ``path`` when the crawl ends well, :meth:`close` alone drops it, so a crawl that fails or
    is interrupted leaves the archive that was there as it was."""

    def __init__(self, path: str | Path, *, fixed_date: datetime | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        self._fh = self.tmp.open("wb")
        self._writer = WARCWriter(self._fh, gzip=True)
        self._fixed_date = fixed_date
        self._count = 0

    def write(
        self, url: str, status: int, headers: list[tuple[str, str]] | tuple, body: bytes
    ) -> None:
        kept = [(k, v) for k, v in headers if k.lower() not in DROPPED_HEADERS]
        kept.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(f"{status} {_reason(status)}", kept, protocol="HTTP/1.1")
        self._count += 1
        date = self._fixed_date or datetime.now(UTC)
        seed = f"{url}#{self._count}#{hashlib.sha256(body).hexdigest()}"
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http_headers,
            warc_headers_dict={
                "WARC-Date": date.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, seed)}>",
            },
        )
        self._writer.write_record(record)
        self._fh.flush()

    def commit(self) -> None:
        """Put the new archive in place of the old one (flushed to disk first)."""
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self.tmp, self.path)

    def close(self) -> None:
        """Close, and drop the temporary file unless :meth:`commit` put it in place."""
        self._fh.close()
        self.tmp.unlink(missing_ok=True)


class Archive:
    """The responses of a WARC file by replay key; the last record of a URL wins."""

    def __init__(self, records: dict[str, Recorded]) -> None:
        self.records = records

    @classmethod
    def load(cls, path: str | Path) -> Archive:
        """Every response of the file; an InputError (one line) if it is missing, damaged or
        cut short: a replay of part of a crawl would fail host after host as 'not in archive'."""
        p = Path(path)
        try:
            with p.open("rb") as fh:
                records = _read_to_end(p, fh)
        except FileNotFoundError:
            raise InputError(f"{p}: no such archive") from None
        except (ArchiveLoadFailed, OSError, ValueError) as exc:
            raise InputError(f"{p}: not a readable WARC archive ({exc})") from None
        if not records:
            raise InputError(f"{p}: the archive holds no HTTP responses")
        return cls(records)

    def get(self, url: str) -> Recorded | None:
        return self.records.get(replay_key(url))


def _read_to_end(p: Path, fh: BinaryIO) -> dict[str, Recorded]:
    """The responses by replay key, the last of a URL winning; raises where the file ends
    inside a record (its header or its body) or holds anything after the last whole one."""
    records: dict[str, Recorded] = {}
    archive = ArchiveIterator(fh)
    _bound_lines(archive)
    budget = MAX_RECORD + MAX_GROWTH * os.fstat(fh.fileno()).st_size
    whole = end = 0  # records read to their end; the byte where the last of them ends
    try:
        while (record := _next_record(archive)) is not None:
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            budget -= len(body)
            if budget < 0:
                raise ValueError(f"its records hold over {MAX_GROWTH} times its size: a bomb")
            if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside its body
                raise InputError(
                    f"{p}: the archive is cut short inside the record of {url} "
                    f"({whole} whole records before it): record it again"
                )
            whole += 1
            end = archive.get_record_offset() + archive.get_record_length()
            if record.rec_type == "response" and record.http_headers is not None:
                status = int(record.http_headers.get_statuscode() or 0)
                records[replay_key(url)] = Recorded(
                    status, tuple(record.http_headers.headers), body
                )
    except ArchiveLoadFailed:  # a record's first line is not a WARC version line
        if not whole:  # not a WARC file at all: the caller says so, with warcio's reason
            raise
    fh.seek(end)
    if fh.read(64).strip():  # only the blank lines closing the last record may follow it
        size = fh.seek(0, io.SEEK_END)
        raise InputError(
            f"{p}: the archive is cut short or damaged after {whole} whole records "
            f"(byte {end} of {size}): record it again"
        )
    return records


def _next_record(archive: ArchiveIterator) -> ArcWarcRecord | None:
    """The next record whose header reads whole, or None: at the end, or at a header cut short
    (no type, no length: both are required), which the caller finds in the bytes left over."""
    try:
        record = next(archive)
    except StopIteration:
        return None
    except AttributeError:  # warcio, on a response header cut before its WARC-Target-URI
        return None
    length = record.rec_headers.get_header("Content-Length") or ""
    if length.isdigit() and int(length) > MAX_RECORD:
        raise ValueError(f"a record of {int(length):,} bytes, over {MAX_RECORD:,}")
    return record if record.rec_type is not None and length.isdigit() else None


def _bound_lines(archive: ArchiveIterator) -> None:
    """Have warcio read header lines of at most MAX_LINE bytes (ValueError past it)."""
    readline = archive.reader.readline

    def bounded(length: int | None = None) -> bytes:
        line: bytes = readline(MAX_LINE if length is None else min(length, MAX_LINE))
        if len(line) >= MAX_LINE and not line.endswith(b"\n"):
            raise ValueError(f"a header line of over {MAX_LINE:,} bytes")
        return line

    archive.reader.readline = bounded


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


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
