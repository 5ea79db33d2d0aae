"""Fuzzing the crawler's parsers of outside input: feed bytes and Hacker News JSON.

Hypothesis, derandomized (the same cases every run), a few thousand cases in all. Each case
must end in a result or a one-line error the crawl records, never an uncaught exception.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from newsdesk.crawler import hackernews as hn
from newsdesk.crawler import hn_items
from newsdesk.crawler.decoding import DecodeError, decode_all
from newsdesk.crawler.feed_phase import FeedResult, parse_and_match
from newsdesk.crawler.fetch import Response
from newsdesk.crawler.hn_items import BadItem

from newsdesk.config import HackerNewsConfig

FUZZ = settings(
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
KEYWORDS = (("tokenmaxxing", ("tokenmaxxing", "token maxxing")),)

# ---- feed bytes ------------------------------------------------------------------------------

_piece = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["&amp;", "&#0;", "&#x1b;", "]]>", "<![CDATA[", "<", "\x00", "\x1b]52;c;", "\u202e"]
    ),
)
_date = st.one_of(
    st.sampled_from(["Mon, 02 Mar 2026 09:00:00 GMT", "2026-03-02T09:00:00Z", "99999-99-99", ""]),
    st.text(max_size=20),
)


@st.composite
def _feeds(draw: st.DrawFn) -> bytes:
    items = "".join(
        f"<item><title>{draw(_piece)}</title><link>{draw(_piece)}</link>"
        f"<guid>{draw(_piece)}</guid><pubDate>{draw(_date)}</pubDate>"
        f"<description>{draw(_piece)}</description><author>{draw(_piece)}</author></item>"
        for _ in range(draw(st.integers(0, 3)))
    )
    kind = draw(st.sampled_from(["rss", "atom", "broken"]))
    if kind == "atom":
        doc = (
            f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{draw(_piece)}</title>{items}</feed>'
        )
    else:
        doc = f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>"
        if kind == "broken":
            doc = doc[: draw(st.integers(0, len(doc)))]
    encoding = draw(st.sampled_from(["utf-8", "iso-8859-1", "utf-16", "bogus-enc"]))
    head = f'<?xml version="1.0" encoding="{encoding}"?>'
    try:
        return (head + doc).encode(encoding)
    except (LookupError, UnicodeEncodeError):
        return (head + doc).encode("utf-8", "surrogatepass")


_content_types = st.sampled_from(
    ["", "application/rss+xml", "text/html", "text/xml; charset=latin-1", "application/json"]
)


@settings(FUZZ, max_examples=500)
@given(body=st.one_of(_feeds(), st.binary(max_size=600)), content_type=_content_types)
def test_feed_bytes_end_in_a_result(body: bytes, content_type: str) -> None:
    result = parse_and_match(body, "https://feeds.example/rss", content_type, KEYWORDS, ())
    assert isinstance(result, FeedResult)
    assert result.problem is None or "\n" not in result.problem
    for row, topics in result.entries:
        assert row[1].startswith(("http://", "https://")) and isinstance(topics, tuple)


@settings(FUZZ, max_examples=1000)
@given(body=st.binary(max_size=300), coding=st.sampled_from(["gzip", "deflate", "gzip, deflate"]))
def test_random_bytes_under_a_content_coding_end_in_a_body_or_one_line(
    body: bytes, coding: str
) -> None:
    try:
        assert len(decode_all(body, coding, 10_000)) <= 10_000
    except DecodeError as exc:
        assert "\n" not in str(exc)


# ---- HN JSON ---------------------------------------------------------------------------------

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["1", "42", "2026-03-02T09:00:00.000Z", "\x1b]2;x\x07", "lots"]),
)
_json_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)
_HIT_KEYS = ["objectID", "story_id", "title", "story_title", "url", "author", "points",
             "num_comments", "created_at", "created_at_i", "story_text"]  # fmt: skip
_ITEM_KEYS = ["id", "by", "text", "time", "dead", "deleted", "kids"]
_hits = st.dictionaries(st.sampled_from(_HIT_KEYS), _json_values, max_size=8)
_items = st.dictionaries(st.sampled_from(_ITEM_KEYS), _json_values, max_size=6)


class _Fetcher:
    """Answers every URL with the next body; no network."""

    def __init__(self, bodies: list[bytes]) -> None:
        self.bodies = bodies
        self.calls = 0

    async def get(self, url: str) -> Response:
        body = self.bodies[min(self.calls, len(self.bodies) - 1)]
        self.calls += 1
        return Response(url, url, 200, {"content-type": "application/json"}, body)


def _dumps(value: Any) -> bytes:
    return json.dumps(value, allow_nan=True).encode()


SETTINGS = HackerNewsConfig(max_comments=3, max_pages=2)


async def _search_and_comments(bodies: list[bytes], skipped: list[str]) -> None:
    def skip(url: str, why: str) -> None:
        skipped.append(why)

    fetcher: Any = _Fetcher(bodies)
    try:
        hits = await hn.search(fetcher, SETTINGS, "tokenmaxxing", since=None, skip=skip)
        for hit in hits:
            assert isinstance(hit.title, str) and isinstance(hit.points, int)
            assert "\x1b" not in hit.title + hit.author + hit.text
    except hn.HNError as exc:
        assert "\n" not in str(exc)
    fetcher.calls = 1  # the story answer, then its items
    try:
        thread = await hn.comments(fetcher, SETTINGS, 1, skip=skip)
        assert len(thread.comments) <= SETTINGS.max_comments
        assert fetcher.calls - 1 <= 1 + hn.request_cap(SETTINGS)  # the story, then its items
    except hn.HNError as exc:
        assert "\n" not in str(exc)


@settings(FUZZ, max_examples=300)
@given(
    hits=st.lists(st.one_of(_hits, _json_values), max_size=5),
    pages=_json_values,
    story=st.one_of(_items, st.fixed_dictionaries({"kids": st.lists(st.integers(), max_size=30)})),
    items=st.lists(st.one_of(_items, _json_values), min_size=1, max_size=4),
)
def test_hn_json_of_any_shape_ends_in_a_result(
    hits: list[Any], pages: Any, story: Any, items: list[Any]
) -> None:
    bodies = [_dumps({"hits": hits, "nbPages": pages}), _dumps(story), *map(_dumps, items)]
    skipped: list[str] = []
    asyncio.run(_search_and_comments(bodies, skipped))
    assert all("\n" not in why for why in skipped)


@settings(FUZZ, max_examples=300)
@given(
    body=st.one_of(st.binary(max_size=200), st.sampled_from([b"[" * 100_000, b'{"a":' * 50_000]))
)
def test_hn_bytes_that_are_not_json_are_one_line_errors(body: bytes) -> None:
    # it ran the search and the thread and checked nothing: every answer was this body, so the
    # story failed before any comment was fetched and nothing could be skipped
    assume(not _reads_as_json(body))
    fetcher: Any = _Fetcher([body])
    with pytest.raises(hn.HNError) as search_failed:  # the search answer
        asyncio.run(hn.search(fetcher, SETTINGS, "tokenmaxxing", since=None))
    with pytest.raises(hn.HNError) as story_failed:  # the story answer
        asyncio.run(hn.comments(fetcher, SETTINGS, 1))
    for failed in (search_failed, story_failed):
        assert str(failed.value).startswith("not JSON (") and "\n" not in str(failed.value)
    skipped: list[str] = []  # its comments' answers: each one skipped, in one line
    story: Any = _Fetcher([_dumps({"kids": [2, 3]}), body])
    thread = asyncio.run(hn.comments(story, SETTINGS, 1, skip=lambda _, why: skipped.append(why)))
    assert thread.comments == () and len(skipped) == 2
    assert all(why.startswith("HN comment skipped: not JSON (") for why in skipped)
    assert all("\n" not in why for why in skipped)


def _reads_as_json(body: bytes) -> bool:
    try:
        json.loads(body)
    except (ValueError, RecursionError):
        return False
    return True


@settings(FUZZ, max_examples=1000)
@given(hit=st.one_of(_hits, _json_values), item=st.one_of(_items, _json_values))
def test_one_hit_or_item_is_a_result_or_a_bad_item(hit: Any, item: Any) -> None:
    try:
        parsed = hn.check_hit(hit)
        assert parsed.hn_id > 0 and isinstance(parsed.num_comments, int)
    except BadItem as exc:
        assert "\n" not in str(exc)
    if isinstance(item, dict):
        try:
            found = hn_items.comment(item, 1, hn.html_to_text)
            assert found is None or (found.id > 0 and isinstance(found.author, str))
        except BadItem as exc:
            assert "\n" not in str(exc)
