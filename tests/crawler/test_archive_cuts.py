"""A WARC archive cut short anywhere is one clean line naming the file, never a partial replay.

Before: only a cut inside a record's body was found. A cut inside a record's header (a copy
that stopped, `head -c 3000`) replayed the records before it silently, and every host after
the cut failed as 'robots.txt unavailable (not in archive)'; some such cuts were a traceback.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import pytest
from newsdesk.crawler.warc import Archive

from newsdesk.errors import InputError

DEMO = Path(__file__).resolve().parents[2] / "demo" / "tokenmaxxing.warc.gz"
CUT = r"cut\.warc: the archive is cut short"


def _member_ends(data: bytes) -> list[int]:
    """Where each gzip member (one WARC record) of ``data`` ends."""
    ends, start = [], 0
    while start < len(data):
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        member.decompress(data[start:])
        start = len(data) - len(member.unused_data)
        ends.append(start)
    return ends


def _load_cut(tmp_path: Path, data: bytes) -> Archive:
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data)
    return Archive.load(cut)


def test_the_walkthrough_cut_names_the_file_and_the_whole_records(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=CUT + r" or damaged after 3 whole records"):
        _load_cut(tmp_path, DEMO.read_bytes()[:3000])  # inside the 4th record's header


def test_a_gzipped_archive_cut_inside_any_record_is_refused(tmp_path: Path) -> None:
    data = DEMO.read_bytes()
    ends = _member_ends(data)
    assert len(ends) > 8
    # a cut in the last bytes of a member (gzip's checksum) loses nothing: its record is whole
    whole_yet = {n for end in ends for n in range(end - 12, end + 1)}
    cuts = [n for n in range(1, ends[8], 11) if n not in whole_yet]
    for n in cuts:
        with pytest.raises(InputError, match=CUT):
            _load_cut(tmp_path, data[:n])
    assert len(Archive.load(DEMO).records) == len(ends)  # the whole one reads


def test_a_plain_archive_cut_inside_a_header_is_refused(tmp_path: Path) -> None:
    data = gzip.decompress(DEMO.read_bytes())
    starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.0\r\n", i)]
    cuts = []
    for start in starts[1:6]:
        head_end = data.index(b"\r\n\r\n", start)
        length = data.index(b"Content-Length: ", start) + len(b"Content-Length: ")
        cuts += [
            start + 5,  # inside the version line
            data.index(b"WARC-Type", start) - 1,  # no type yet
            data.index(b"WARC-Target-URI", start),  # a response without its URL
            length,  # an empty length
            length + 1,  # part of the length
            head_end + 10,  # inside the HTTP header
        ]
    for n in cuts:
        with pytest.raises(InputError, match=CUT):
            _load_cut(tmp_path, data[:n])
    # the blank lines that close the last record may be cut: every record is whole
    assert len(_load_cut(tmp_path, data[: starts[3] - 2]).records) == 3
