"""Fuzz the front matter (issue 13): whatever text an editor or an attacker puts between the
``---`` fences, reading the file ends in a parsed file or one ContentError line, never another
exception. Seeded (``derandomize``), so a run is reproducible: 2,500 cases, ~15 s.

Two generators: a valid story's front matter with one value anywhere in it replaced by a value
of another shape (the editors' mistakes of issue 13 item 10, generalised), and YAML-ish text
made of the characters and tokens that YAML gives meaning to (anchors, aliases, tags, flow
collections, indentation, fences).
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdesk.sitebuilder import reader
from sitekit import STORY

from newsdesk import content, sentence_checks
from newsdesk.errors import ContentError

PATH = Path("content/2026/05/fuzz.md")
BODY = "A synopsis [1].\n\n## Key takeaways\n\n- One [2].\n\n## What happened\n\nText [9].\n"
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
FUZZ = settings(
    max_examples=1000,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.dates(),
    st.datetimes(),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a nested value: mapping keys and list indexes."""
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


STORY_PATHS = _paths(STORY)


def _check(text: str) -> None:
    """The property: a parsed file whose every reader copes, or one ContentError line."""
    try:
        cf = content.parse(text, PATH)
    except ContentError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(PATH))
        return
    content.meta_hash(cf.meta)
    content.dumps(cf.meta, cf.body)
    content.counts_of(cf.meta)
    sentence_checks.outstanding_flags(cf)
    page, summary = reader.read(PATH, text.encode("utf-8"))
    assert page.slug and summary.title is not None


@FUZZ
@given(where=st.sampled_from(STORY_PATHS), value=values)
def test_a_value_of_another_shape_anywhere_in_a_story(where: tuple[Any, ...], value: Any) -> None:
    meta = copy.deepcopy(STORY)
    holder: Any = meta
    for step in where[:-1]:
        holder = holder[step]
    holder[where[-1]] = value
    _check(f"---\n{yaml.dump(meta, Dumper=DUMPER, allow_unicode=True)}---\n{BODY}")


tokens = st.sampled_from(
    [
        "title: t\n",
        "slug: s\n",
        "status: ",
        "published",
        "sources:",
        "- ",
        "  ",
        "\n",
        "&a ",
        "*a",
        "&b ",
        "*b",
        "!!binary ",
        "!!python/object:os.system ",
        "!!set ",
        "? ",
        "<<: *a\n",
        "[",
        "]",
        "{",
        "}",
        ", ",
        ": ",
        "'",
        '"',
        "#",
        "|",
        ">",
        "---\n",
        "...",
        "%YAML 1.1\n",
        "\t",
        "\x00",
        "\ufeff",
        "2026-05-12",
        "1e400",
        "0x1F",
        ".nan",
        "~",
        "cited_by: ",
        "discussion: ",
        "verification: ",
        "sentences: ",
        "timeline: ",
        "n: ",
    ]
)


@settings(FUZZ, max_examples=1500)
@given(parts=st.lists(st.one_of(tokens, st.text(max_size=4)), max_size=40))
def test_yaml_shaped_noise_between_the_fences(parts: list[str]) -> None:
    _check("---\ntitle: t\nslug: s\n" + "".join(parts) + "\n---\n" + BODY)


def test_the_generators_reach_the_validator_and_the_reader() -> None:
    """The fuzz is not vacuous: a valid story reads, and dates and nested lists are in reach."""
    _check(f"---\n{yaml.safe_dump(STORY)}---\n{BODY}")
    assert ("sources", 0, "cited_by") in STORY_PATHS and (
        "discussion",
        0,
        "comments",
    ) in STORY_PATHS
    assert isinstance(dt.date.today(), dt.date)
