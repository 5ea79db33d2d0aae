"""The fast front-matter loaders (fast_yaml, and yaml_block in front of it) give exactly what
yaml's SafeLoader gives, errors included."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from sitekit import story

from newsdesk import content, fast_yaml, yaml_block
from newsdesk.frontmatter import split

SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CASES = [
    "a: yes\nb: No\nc: on\nd: OFF\ne: ~\nf: null\ng: ''\nh:\ni: 0x1F\nj: 1_000\nk: 1:30\n"
    "l: .inf\nn: 2026-05-12\no: 2026-05-12T09:00:00Z\np: 2026-05-12 09:00:00.5 +02:00\n"
    "q: 3.5e3\nr: '123'\ns: \"a\\tb\"\nt: 0o17\nu: 017\nv: +12\nw: -0\ny: 190:20:30.15",
    "base: &x {k: [1, 2]}\nsame: *x",
    "defaults: &d {a: 1}\nthing:\n  <<: *d\n  b: 2",
    "a: !!str 12\nb: !!int '7'\nc: !!float 1",
    "a: {b: [c, {d: e}]}\n'k': v\n1: int key\n2026-01-01: date key\nnull: nk\ntrue: bk",
    "a: |\n  multi\n  line\nb: >\n  folded\n  text\n",
    "dup: 1\ndup: 2",
    "title: 'Story: x'\nlist: []\nmap: {}\nnested: [1, [2, [3]]]",
    "",
    "just a string",
    "- 1\n- 2",
]
BAD = ["a: !custom x", "? [a, b]\n: c", "a: 1\n---\nb: 2", "a: [1, 2", "a: b: c", "a: ="]


def same(a: object, b: object) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)  # type: ignore[index]
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    return a == b


LOADERS = pytest.mark.parametrize("load", [fast_yaml.load, yaml_block.load], ids=["fast", "block"])


@LOADERS
@pytest.mark.parametrize("text", CASES)
def test_values_and_types_match_safe_loader(load, text: str) -> None:
    assert same(load(text), yaml.load(text, Loader=SAFE))  # noqa: S506


@LOADERS
@pytest.mark.parametrize("text", BAD)
def test_errors_match_safe_loader(load, text: str) -> None:
    try:
        expected: object = yaml.load(text, Loader=SAFE)  # noqa: S506
    except yaml.YAMLError as exc:
        with pytest.raises(type(exc)):
            load(text)
    else:
        assert same(load(text), expected)


def test_a_date_that_is_not_one_is_one_clean_error(tmp_path) -> None:
    path = tmp_path / "x.md"
    with pytest.raises(content.ContentError) as got:
        content.parse("---\ntitle: T\nslug: s\nupdated: 2026-13-45\n---\nBody\n", path)
    assert (
        str(got.value)
        == f"{path}: front matter holds a value YAML cannot read: month must be in 1..12"
    )


def test_a_content_file_front_matter_round_trips(tmp_path) -> None:
    meta = story(date=dt.datetime(2026, 5, 12, 9, tzinfo=dt.UTC))
    text = content.dumps(meta, "Body.\n")
    front, _ = split(text, tmp_path / "x.md")
    loaded = yaml_block.load(front)
    assert same(loaded, yaml.load(front, Loader=SAFE))  # noqa: S506
    assert loaded["sources"][0]["read"] is False and loaded["sources"][0]["n"] == 1


@pytest.mark.parametrize(
    "text",
    ["no fences\n", "---\na: [1\n---\n", "---\ntitle: T\nslug: s\nsources: 5\n---\nBody\n"],
)
def test_the_sitebuilder_reads_with_the_one_parser(tmp_path, text: str) -> None:
    from newsdesk.sitebuilder import reader

    path = tmp_path / "x.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(content.ContentError) as expected:
        content.read(path)
    with pytest.raises(content.ContentError) as got:
        reader.load(path)
    assert str(got.value) == str(expected.value) and str(got.value).startswith(f"{path}: ")


@pytest.mark.parametrize(
    "line, message",
    [
        ("stauts: published", "unknown key 'stauts' (did you mean 'status'?)"),
        # keys are lower case too: 'TOPIC' or 'Slug' was kept as an unknown key without a word
        ("TOPIC: x", "unknown key 'TOPIC' (did you mean 'topic'?)"),
        ("Slug: t", "unknown key 'Slug' (did you mean 'slug'?)"),
        ("status: publshed", "unknown status 'publshed' (did you mean 'published'?)"),
        # statuses are lower case; one differing only in case is a typo, suggested like any
        # other (the build already read 'PUBLISHED' as meant to be published)
        ("status: PUBLISHED", "unknown status 'PUBLISHED' (did you mean 'published'?)"),
        ("status: Draft", "unknown status 'Draft' (did you mean 'draft'?)"),
        ("status: Pubished", "unknown status 'Pubished' (did you mean 'published'?)"),
        ("date: 'yesterday'", "date: expected a date like 2026-03-02 or 2026-03-02T09:00:00Z"),
        ("reading_time: one", "reading_time: expected a whole number"),
    ],
)
def test_an_editor_s_typo_in_the_front_matter_is_one_line_naming_it(
    tmp_path, line: str, message: str
) -> None:
    """A misspelled key left the story a draft without a word; 'yesterday' became the page's
    <time datetime>: each is now an error naming the file, the key and what was meant."""
    path = tmp_path / "x.md"
    with pytest.raises(content.ContentError) as got:
        content.parse(f"---\ntitle: T\nslug: s\n{line}\n---\nBody\n", path)
    assert str(got.value).startswith(f"{path}: ") and message in str(got.value), got.value
    assert "\n" not in str(got.value)


def test_keys_of_an_editor_s_own_are_kept(tmp_path) -> None:
    parsed = content.parse(
        "---\ntitle: T\nslug: s\ndesk_note: call back\ndate: 2026-03-02T09:00:00Z\n---\nB\n",
        tmp_path / "x.md",
    )
    assert parsed.meta["desk_note"] == "call back"
