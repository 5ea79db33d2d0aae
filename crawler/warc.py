"""Record responses as WARC (warcio) and replay them with no network.

Replay matches on the URL with its query parameters sorted; HN search's time filter
(``numericFilters``) is ignored so a recorded archive stays valid as time passes. A URL
that is not in the archive is answered with an error the crawl records, never a crash.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.errors import InputError

IGNORED_PARAMS = ("numericFilters",)
DROPPED_HEADERS = ("content-encoding", "transfer-encoding", "content-length", "connection")


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
    """Appends one WARC response record per HTTP response (redirects and errors included)."""

    def __init__(self, path: str | Path, *, fixed_date: datetime | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("wb")
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

    def close(self) -> None:
        self._fh.close()


class Archive:
    """The responses of a WARC file by replay key; the last record of a URL wins."""

    def __init__(self, records: dict[str, Recorded]) -> None:
        self.records = records

    @classmethod
    def load(cls, path: str | Path) -> Archive:
        p = Path(path)
        records: dict[str, Recorded] = {}
        try:
            with p.open("rb") as fh:
                for record in ArchiveIterator(fh):
                    if record.rec_type != "response" or record.http_headers is None:
                        continue
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    status = int(record.http_headers.get_statuscode() or 0)
                    headers = tuple(record.http_headers.headers)
                    records[replay_key(url)] = Recorded(
                        status, headers, record.content_stream().read()
                    )
        except FileNotFoundError:
            raise InputError(f"{p}: archive not found") from None
        except (ArchiveLoadFailed, OSError, ValueError) as exc:
            raise InputError(f"{p}: not a readable WARC archive ({exc})") from None
        if not records:
            raise InputError(f"{p}: the archive holds no HTTP responses")
        return cls(records)

    def get(self, url: str) -> Recorded | None:
        return self.records.get(replay_key(url))


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
