"""WARC replay and recording as httpx transports under the fetcher (no network: MockTransport)."""

from __future__ import annotations

import asyncio
import gzip
from collections import Counter
from pathlib import Path

import httpx
import pytest
from newsdesk.crawler.fetch import Fetcher, Response
from newsdesk.crawler.guard import SchemeCheck
from newsdesk.crawler.warc import (
    Archive,
    Recorded,
    Recorder,
    RecordingTransport,
    ReplayTransport,
    replay_key,
)

from newsdesk.config import CrawlConfig
from newsdesk.errors import InputError

SETTINGS = CrawlConfig(database="x", backoff=0.01, retries=2, max_body_bytes=1000)


def _get(
    transport: httpx.AsyncBaseTransport, *urls: str, guarded: bool = False
) -> tuple[list[Response], int]:
    """Fetch ``urls`` in turn through ``transport``; also the fetcher's request count."""

    async def run() -> tuple[list[Response], int]:
        guard = None if guarded else SchemeCheck()
        async with (
            httpx.AsyncClient(transport=transport) as client,
            Fetcher(SETTINGS, client=client, guard=guard) as fetcher,
        ):
            return [await fetcher.get(u) for u in urls], fetcher.requests

    return asyncio.run(run())


def _archive(records: dict[str, Recorded]) -> Archive:
    return Archive({replay_key(url): rec for url, rec in records.items()})


def test_replay_answers_from_the_archive_and_follows_recorded_redirects() -> None:
    archive = _archive(
        {
            "https://a.example/old?b=2&a=1": Recorded(301, (("Location", "/new"),), b""),
            "https://a.example/new": Recorded(
                200, (("Content-Type", "text/html"), ("ETag", '"v1"')), b"<p>hello</p>"
            ),
        }
    )
    # query order does not matter to replay, and a.example is never resolved
    [resp], requests = _get(ReplayTransport(archive), "https://a.example/old?a=1&b=2")
    assert (resp.ok, resp.status, resp.body) == (True, 200, b"<p>hello</p>")
    assert resp.final_url == "https://a.example/new"
    assert resp.redirects == ("https://a.example/old?a=1&b=2",)
    assert resp.headers["etag"] == '"v1"' and resp.content_type == "text/html"
    assert requests == 2


def test_a_url_not_in_the_archive_is_explained_and_not_retried() -> None:
    archive = _archive({"https://a.example/": Recorded(200, (), b"x")})
    [resp], requests = _get(ReplayTransport(archive), "https://a.example/missing")
    assert (resp.ok, resp.status, resp.error, resp.refused) == (False, 0, "not in archive", False)
    assert requests == 1  # retries=2, yet asked once


def test_replay_checks_schemes_without_the_network() -> None:
    archive = _archive({"https://a.example/": Recorded(200, (), b"x")})
    [resp], _ = _get(ReplayTransport(archive), "file:///etc/passwd")
    assert resp.refused and "scheme 'file'" in (resp.error or "")


def _site(seen: Counter[str]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] += 1
        if request.url.path == "/gz":
            body = gzip.compress(b"squeezed text")
            headers = {"Content-Type": "text/plain", "Content-Encoding": "gzip"}
            return httpx.Response(200, headers=headers, content=body)
        if request.url.path == "/moved":
            return httpx.Response(302, headers={"Location": "/gz"})
        if request.url.path == "/huge":
            return httpx.Response(200, content=b"x" * 5000)
        if request.url.path == "/flaky" and seen["/flaky"] == 1:
            return httpx.Response(503, headers={"Retry-After": "0"})
        return httpx.Response(200, text=f"page {request.url.path}")

    return httpx.MockTransport(handler)


def test_recording_writes_each_response_read_to_the_end(tmp_path: Path) -> None:
    path = tmp_path / "rec.warc.gz"
    recorder = Recorder(path)
    seen: Counter[str] = Counter()
    urls = ("http://93.184.216.34/moved", "http://93.184.216.34/huge", "http://93.184.216.34/flaky")
    live, _ = _get(RecordingTransport(_site(seen), recorder), *urls, guarded=True)
    recorder.commit()
    assert live[0].body == b"squeezed text" and live[1].error == "body over 1000 bytes"
    assert live[2].body == b"page /flaky" and seen["/flaky"] == 2
    records = Archive.load(path).records
    # every hop and attempt is a record, bodies as the client decoded them; the response the
    # fetcher gave up on (over the size cap) is not recorded
    assert sorted(records) == [
        replay_key(u)
        for u in (
            "http://93.184.216.34/flaky",
            "http://93.184.216.34/gz",
            "http://93.184.216.34/moved",
        )
    ]
    gz = records[replay_key("http://93.184.216.34/gz")]
    assert (gz.status, gz.body) == (200, b"squeezed text")
    assert "content-encoding" not in {k.lower() for k, _ in gz.headers}
    assert records[replay_key("http://93.184.216.34/flaky")].status == 200  # the last wins
    assert records[replay_key("http://93.184.216.34/moved")].status == 302


def test_a_recorded_crawl_replays_the_same_responses(tmp_path: Path) -> None:
    path = tmp_path / "rec.warc.gz"
    recorder = Recorder(path)
    urls = ("http://93.184.216.34/moved", "http://93.184.216.34/page")
    live, _ = _get(RecordingTransport(_site(Counter()), recorder), *urls, guarded=True)
    recorder.commit()
    replayed, _ = _get(ReplayTransport(Archive.load(path)), *urls)
    for a, b in zip(live, replayed, strict=True):
        assert (a.status, a.final_url, a.redirects, a.body, a.error) == (
            b.status,
            b.final_url,
            b.redirects,
            b.body,
            b.error,
        )
        assert a.content_type == b.content_type


def test_recording_keys_the_url_as_requested(tmp_path: Path) -> None:
    # httpx would request http://93.184.216.34/ for this URL; the record keeps the crawl's
    path = tmp_path / "rec.warc.gz"
    recorder = Recorder(path)
    _get(RecordingTransport(_site(Counter()), recorder), "http://93.184.216.34", guarded=True)
    recorder.commit()
    assert list(Archive.load(path).records) == [replay_key("http://93.184.216.34")]


def test_an_archive_cut_short_is_one_line_naming_the_record(tmp_path: Path) -> None:
    """Before: a WARC cut mid-record (a copy that stopped, a full disk while recording)
    replayed silently as far as it went, and every host after the cut failed as 'not in
    archive'."""
    demo = Path(__file__).resolve().parents[2] / "demo" / "tokenmaxxing.warc.gz"
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(demo.read_bytes()[: demo.stat().st_size // 2])
    with pytest.raises(
        InputError, match=r"cut\.warc\.gz: the archive is cut short inside the record of https://"
    ):
        Archive.load(cut)
    assert Archive.load(demo).records  # the whole one reads


def _recorded(path: Path, bodies: list[bytes]) -> Path:
    recorder = Recorder(path)
    for i, body in enumerate(bodies):
        recorder.write(f"https://a.example/{i}", 200, [("Content-Type", "text/html")], body)
    recorder.commit()
    return path


def test_a_replayed_archive_that_is_a_bomb_is_one_line_in_bounded_memory(
    tmp_path: Path, monkeypatch
) -> None:
    """Before: a gzip member of 256 MB of zeros with no newline (256 KB on disk) was read by
    warcio as one header line, growing without bound (a gigabyte ended in a MemoryError after
    81 s); a record or a whole archive of zeros was read into memory however large."""
    zeros = tmp_path / "zeros.warc.gz"
    with gzip.open(zeros, "wb", compresslevel=1) as fh:
        for _ in range(256):
            fh.write(bytes(1 << 20))
    with pytest.raises(InputError, match=r"zeros\.warc\.gz: not a readable WARC archive \(a he"):
        Archive.load(zeros)
    monkeypatch.setattr("newsdesk.crawler.warc.MAX_RECORD", 5000)
    big = _recorded(tmp_path / "big.warc.gz", [b"<p>fine</p>", bytes(6000)])
    with pytest.raises(InputError, match=r"a record of 6,\d{3} bytes, over 5,000"):
        Archive.load(big)
    monkeypatch.setattr("newsdesk.crawler.warc.MAX_GROWTH", 1)
    many = _recorded(tmp_path / "many.warc.gz", [bytes(4000)] * 20)  # 80 KB, 1 KB on disk
    with pytest.raises(InputError, match=r"its records hold over 1 times its size"):
        Archive.load(many)
    fine = _recorded(tmp_path / "fine.warc.gz", [b"<p>one</p>", b"<p>two</p>"])
    assert len(Archive.load(fine).records) == 2
