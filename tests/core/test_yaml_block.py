"""newsdesk.yaml_block reads the block style newsdesk writes exactly as yaml's SafeLoader does,
and steps aside (to fast_yaml, which raises SafeLoader's errors) for anything else.

Three sources of documents: hand-written tricky scalars and layouts; any value hypothesis can
make, written by ``yaml.safe_dump`` as ``content.dumps`` writes it (at several widths, so long
strings fold over lines); and YAML-ish text made of lines of keys, entries, indicators, quotes,
colons and ``#``. Each is compared with libyaml's SafeLoader: the same values and types, or the
same error.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk import yaml_block

SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FUZZ = settings(
    max_examples=600,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, dt.datetime):
        return a == b and a.tzinfo == b.tzinfo
    return bool(a == b)


def check(text: str) -> None:
    """yaml_block.load gives what SafeLoader gives, or raises the same kind of error."""
    try:
        expected = yaml.load(text, Loader=SAFE)  # noqa: S506 - SafeLoader
    except Exception as exc:  # noqa: BLE001 - a YAMLError, or a date that is not one
        with pytest.raises(type(exc)):
            yaml_block.load(text)
        return
    assert same(yaml_block.load(text), expected), text


def read_by_block(text: str) -> Any:
    """The block reader's own answer; fails the test if it stepped aside."""
    try:
        return yaml_block._Reader(text).document()
    except yaml_block._Aside:
        pytest.fail(f"stepped aside for {text[:300]!r}")


# plain and quoted scalars whose type SafeLoader decides (YAML 1.1): each as a value and a key
TRICKY = [
    "yes", "No", "on", "OFF", "y", "n", "true", "False", "~", "null", "Null", "NULL", "nul",
    "0", "-0", "+12", "017", "0o17", "0x1F", "0b101", "1_000", "1:30", "190:20:30.15", "-1:30",
    "3.5e3", "1e3", "1.0e+3", ".inf", "-.Inf", ".NaN", ".5", "1.", "1_0.5", "0.1.2", "12abc",
    "2026-05-12", "2026-5-12", "2026-05-12T09:00:00Z", "2026-05-12 09:00:00.5 +02:00",
    "2026-05-12t09:00:00-05:00", "2026-13-45", "20260512",
    "'quoted: yes'", "'it''s'", "''", '"a\\tb"', '"\\x41\\u00e9\\U0001F600"', '"\\N\\_\\L\\P"',
    '"say \\"hi\\""', "'#not a comment'", "a#b", "http://x.example/a?b=c#d", "a:b", "key:",
    "über", "日本語", "emoji 😀", "—dash", "-x", "-", "?x", ":x", "=", "<<", "@x", "`x", "%x",
    "a,b", "[1]", "{a: 1}", "!x", "&a", "*a", "|", ">",
]  # fmt: skip


@pytest.mark.parametrize("scalar", TRICKY)
def test_tricky_scalars_as_values_keys_and_entries(scalar: str) -> None:
    check(f"v: {scalar}\n")
    check(f"{scalar}: v")
    check(f"- {scalar}\n- x")
    check(f"a:\n- b: {scalar}\n  c: d")


LAYOUTS = [
    "title: 'Story: a colon'\nslug: s\nlist: []\nmap: {}\nempty:\nnext: 1",
    "sources:\n- n: 1\n  url: https://a.example/x\n  cited_by:\n  - 2\n  - 3\n- n: 2\n  cited_by: []",
    "a:\n  b:\n    c: 1\n  d:\n  - x\n  - y\ne: 2",
    "a: 'one\n  two\n\n  three\n\n\n  four '\nb: 1",
    "- 'a long entry\n  folded' \n- x",
    "text: plain words that\n  go on [1]. and on\n  - with a dash - inside\nnext: 1",
    "k: v\n  more",
    "k: v\nmore",
    "k: v\n\nj: w",
    "k: v # comment",
    "# comment\nk: v",
    "k: 'a' b",
    'k: "a\n  b"',
    "k:\n  - a\n  -b",
    "- - a\n  - b",
    "-\n  a: 1\n-\n- 2",
    "a: b: c",
    "a:  two spaces",
    "dup: 1\ndup: 2\nDup: 3",
    "base: &x {k: [1, 2]}\nsame: *x",
    "a: !!str 12",
    "a: 1\n---\nb: 2",
    "a: 1\n...\n",
    "'quoted key': 1\n\"dq key\": 2\n'a: b': 3",
    "a:\n b: 1\n  c: 2",
    "a:\n  b: 1\n c: 2",
    "x",
    "",
]


# values and entries on one line, read without inline (yaml_block._one_line_plain), next to
# the ones that only look like them: folded onto deeper lines, a comment, ': ', a trailing ':',
# an indicator first, the last line of the document
ONE_LINE = [
    "- 4\n- 7\n- x",
    "cited_by:\n- 4\n- 7\nnext: 1",
    "- a\n  b\n- c",
    "k:\n- a\n  b\n- c\n  - d",
    "- a # c\n- b",
    "- a:\n- b",
    "- a:b\n- https://x.example/a?b=c#d",
    "- yes\n- 2026-05-12\n- 1_000\n- ~",
    "- -x\n- ?y\n- :z",
    "a: b\n c",
    "a:\n  b: c\n   d\n  e: f",
    "a:\n  b: c\n  d: e #f",
    "a:\n  b: c:\n  d: e",
    "a: yes\nb: 017\nc: .inf\nd: é\ne: x y z",
    "n: 1\nn: 2",
    "- n: 1\n  url: https://a.example/x\n  cited_by:\n  - 2\n  - 3\n  read: true",
]


@pytest.mark.parametrize("text", LAYOUTS + ONE_LINE)
def test_layouts_and_one_line_plain_values(text: str) -> None:
    check(text)


def test_what_newsdesk_writes_is_read_by_the_block_reader() -> None:
    """A story's front matter, with the scalars above as titles, never goes to libyaml."""
    meta = {
        "title": "Story: yes, 'no' and \"maybe\" — 50% #1",
        "slug": "s",
        "date": dt.datetime(2026, 5, 12, 9, tzinfo=dt.UTC),
        "day": dt.date(2026, 5, 12),
        "status": "published",
        "sources": [
            {"n": i, "title": s, "read": i % 2 == 0, "cited_by": [1, 2]}
            for i, s in enumerate(TRICKY)
        ],
        "notes": "para one\n\npara two with a long line " + "word " * 40,
        "empty": None,
        "nothing": [],
        "score": 0.25,
    }
    text = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100)
    assert same(read_by_block(text), yaml.load(text, Loader=SAFE))  # noqa: S506


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.text(alphabet=" ab:#-'\"\n\\[]{}&*!|>%@`?,~.0123456789eEx+_é😀\t", max_size=60),
    st.sampled_from(TRICKY),
    st.dates(),
    st.datetimes(timezones=st.just(dt.UTC)),
)
keys = st.one_of(st.text(max_size=12), st.integers(), st.booleans(), st.none(), st.dates())
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=20,
)


@FUZZ
@given(values, st.sampled_from([20, 40, 100]))
def test_any_value_safe_dump_writes(value: Any, width: int) -> None:
    check(yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=width))


LINE_TOKENS = ["a", "b c", "1", "yes", "~", "'q'", "'q", "q'", '"d"', '"\\x4"', "#", " #c", ":",
               ": ", "- ", "-", "[", "]", "{}", "[]", "&a ", "*a", "!!str ", "|", "é", "2026-01-02",
               "''", "x:y", "\\", "?", " ", "  ", ",", "---", "..."]  # fmt: skip
lines = st.tuples(
    st.integers(min_value=0, max_value=6), st.lists(st.sampled_from(LINE_TOKENS), max_size=5)
).map(lambda t: " " * t[0] + "".join(t[1]))


@FUZZ
@given(st.lists(lines, min_size=1, max_size=8))
def test_yaml_ish_text(text_lines: list[str]) -> None:
    check("\n".join(text_lines))


# block-style lines as an editor might write them: keys, entries, values, folded lines
atoms = st.one_of(
    st.sampled_from(TRICKY),
    st.lists(st.sampled_from([*LINE_TOKENS, *TRICKY]), min_size=1, max_size=3).map("".join),
)
block_lines = st.tuples(
    st.sampled_from([0, 0, 1, 2, 2, 3, 4, 4, 6]),
    st.sampled_from(["{k}: {v}", "- {v}", "- {k}: {v}", "{k}:", "-", "- {k}:", "{v}", ""]),
    atoms,
    atoms,
).map(lambda t: " " * t[0] + t[1].format(k=t[2], v=t[3]))


@FUZZ
@given(st.lists(block_lines, min_size=1, max_size=10))
def test_block_style_text(text_lines: list[str]) -> None:
    check("\n".join(text_lines))
