"""Content decoding with the size cap applied as the bytes are produced, through every layer.

httpx decodes each network chunk through all of its content codings at once, so one 16 KB
chunk of a body compressed twice (``Content-Encoding: gzip, gzip``) can expand to gigabytes
before a cap checked per chunk sees it. :class:`BoundedDecoder` decodes the raw bytes itself,
at most :data:`STEP` bytes out of a layer at a time, and raises :class:`BodyTooLarge` as soon
as the decoded total passes the cap; no layer ever holds more than a step of output. More
than :data:`MAX_CODINGS` codings are refused. Codings it does not know (``br`` without brotli,
a charset sent as a coding) pass the bytes through unchanged, as httpx does.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Protocol

STEP = 64 * 1024  # the most a layer produces per call
MAX_CODINGS = 2


class DecodeError(Exception):
    """The body could not be decoded, or declares too many codings: a one-line reason."""


class BodyTooLarge(DecodeError):
    """The decoded body passed the cap."""


class _Layer(Protocol):
    def pieces(self, data: bytes) -> Iterator[bytes]: ...


class _Zlib:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it), output in steps."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        wbits = zlib.MAX_WBITS | 16 if coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._obj = zlib.decompressobj(wbits)
        self._started = False

    def pieces(self, data: bytes) -> Iterator[bytes]:
        if not self._started and data and self.coding == "deflate":
            self._started = True
            try:  # probe: zlib-wrapped deflate, else raw deflate (as httpx does)
                zlib.decompressobj().decompress(data[:64], 1)
            except zlib.error:
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
        while not self._obj.eof:
            try:
                out = self._obj.decompress(data, STEP)
            except zlib.error as exc:
                raise DecodeError(f"cannot decode {self.coding} body ({exc})") from None
            data = self._obj.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < STEP:
                return


class _Identity:
    def pieces(self, data: bytes) -> Iterator[bytes]:
        if data:
            yield data


def codings(header: str) -> list[str]:
    """The codings of a Content-Encoding header, in the order they were applied."""
    found = [c.strip().lower() for c in header.split(",")]
    return [c for c in found if c and c != "identity"]


def _layer(coding: str) -> _Layer:
    if coding in ("gzip", "x-gzip", "deflate"):
        return _Zlib(coding)
    return _Identity()


class BoundedDecoder:
    """Raw body bytes in, decoded bytes out; at most ``cap`` decoded bytes in all."""

    def __init__(self, content_encoding: str, cap: int) -> None:
        applied = codings(content_encoding)
        if len(applied) > MAX_CODINGS:
            raise DecodeError(
                f"refused: {len(applied)} content codings ({', '.join(applied)}); "
                f"at most {MAX_CODINGS} are accepted"
            )
        self.cap = cap
        self.size = 0
        # the last coding applied is the first to undo
        self._layers = [_layer(c) for c in reversed(applied)]

    def feed(self, raw: bytes) -> bytes:
        out = bytearray()
        for piece in self._through(0, raw):
            self.size += len(piece)
            if self.size > self.cap:
                raise BodyTooLarge(f"body over {self.cap} bytes")
            out += piece
        return bytes(out)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._layers):
            if data:
                yield data
            return
        for piece in self._layers[index].pieces(data):
            yield from self._through(index + 1, piece)


def decode_all(raw: bytes, content_encoding: str, cap: int) -> bytes:
    """A whole raw body decoded under the cap (raises DecodeError / BodyTooLarge)."""
    return BoundedDecoder(content_encoding, cap).feed(raw)
