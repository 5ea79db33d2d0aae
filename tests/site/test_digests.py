"""What the workers write of a story as JSON: its summary key (plain_digest, by orjson) is
digest() for data without floats; a source's to_json has its fields in their order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from newsdesk.sitebuilder import incremental, workers
from sitekit import story, write_story

# characters where two JSON writers could differ: escapes, controls, DEL, non-ASCII, U+2028
_CHARS = '"\\/\n\r\t\b\f\x00\x01\x1f\x7f é—✓\u2028\u2029\U0001f600abc<>&'


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(rng.randint(0, 12)))


def _value(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randint(0, 7 if depth < 3 else 4)
    if kind == 0:
        return _text(rng)
    if kind == 1:
        return rng.choice([0, -1, 7, 2**31, -(2**63), 2**64 - 1])
    if kind == 2:
        return rng.choice([True, False, None])
    if kind in (3, 4):
        return rng.choice(["", "published", "2026-05-10T09:00:00Z"])
    if kind == 5:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if kind == 6:
        return tuple(_value(rng, depth + 1) for _ in range(rng.randint(0, 3)))
    return {_text(rng): _value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def test_plain_digest_is_digest_on_data_without_floats() -> None:
    rng = random.Random(16)
    for _ in range(3000):
        data = _value(rng)
        assert incremental.plain_digest(data) == incremental.digest(data), data


def test_what_orjson_refuses_goes_to_digest() -> None:
    for data in (
        {1: "int key"},
        {"big": 2**70},
        {"when": dt.date(2026, 5, 10)},
        {"set": {1, 2}},
    ):
        assert incremental.plain_digest(data) == incremental.digest(data)
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate: as digest() itself
        incremental.plain_digest({"lone": "\ud800"})


def test_a_story_summary_key_is_its_json_digest(content_dir) -> None:
    path = write_story(content_dir, story(title="Über “quotes” — and\ttabs", slug="s-1"))
    summary, page, _ = workers.read_one(str(path), None, str(content_dir))
    assert page is not None
    assert summary["key"] == incremental.digest(summary["data"])


def test_a_source_as_json_has_its_fields_in_order(content_dir) -> None:
    path = write_story(content_dir, story(slug="s-2"))
    _, page, _ = workers.read_one(str(path), None, str(content_dir))
    assert page is not None
    for s in page.sources:
        data = s.to_json()
        assert list(data) == [f.name for f in dataclasses.fields(s)]
        assert data == {
            **dataclasses.asdict(s),
            "cited_by": list(s.cited_by),
            "also_at": list(s.also_at),
        }
