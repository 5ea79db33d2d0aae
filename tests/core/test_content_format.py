"""The content format's one parser and validator: typed front matter, errors naming file and key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsdesk import content, frontmatter
from newsdesk.errors import ContentError

PATH = Path("content/2026/03/x.md")
HEAD = "title: A story\nslug: a-story\n"


def parse(front: str, body: str = "Body. [1]\n") -> content.ContentFile:
    return content.parse(f"---\n{front}---\n{body}", PATH)


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("sources: 5\n", "sources: expected a list, got 5"),
        ("sources:\n- 5\n", "sources[1]: expected a mapping, got 5"),
        ("sources:\n- {n: 1}\n- just a url\n", "sources[2]: expected a mapping, got 'just a url'"),
        ("discussion: a thread\n", "discussion: expected a list, got 'a thread'"),
        ("timeline: {when: x}\n", "timeline: expected a list, got {'when': 'x'}"),
        ("corrections: [fixed]\n", "corrections[1]: expected a mapping, got 'fixed'"),
        ("review_log: 3\n", "review_log: expected a list, got 3"),
        ("dismissed_sources: https://a.example/\n", "dismissed_sources: expected a list"),
        ("verification: [1]\n", "verification: expected a mapping, got [1]"),
        ("review: approved\n", "review: expected a mapping, got 'approved'"),
        ("generator: 5\n", "generator: expected a mapping, got 5"),
        ("date: [2026]\n", "date: expected a date or a string, got [2026]"),
        ("updated: 5\n", "updated: expected a date or a string, got 5"),
        ("last_crawl: {}\n", "last_crawl: expected a date or a string, got {}"),
        ("topic: 5\n", "topic: expected a string, got 5"),
    ],
)
def test_a_wrong_type_names_the_file_and_the_key(front: str, message: str) -> None:
    with pytest.raises(ContentError) as err:
        parse(HEAD + front)
    assert str(err.value).startswith(f"{PATH}: {message}")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no fences\n", "no front matter"),
        ("---\na: [1\n---\nbody\n", "front matter is not valid YAML at line"),
        ("---\ntitle: T\nslug: s\n--\nbody\n", "front matter is not closed (no second '---'"),
        (
            '---\nslug: s\ntitle: "An open quote\nstatus: draft\ntopic: t\n---\nbody\n',
            "front matter is not valid YAML at line 3: a quoted value opens there and is never",
        ),
        (  # YAML reads on to the next quote mark and gives up two lines later
            "---\ntitle: 'An open quote\nslug: s\ndate: '2026-03-02'\ntopic: t\n---\nbody\n",
            "front matter is not valid YAML at line 2: a quoted value opens there and is not",
        ),
        (
            "---\ntitle: T\nslug: s\ntopic: [t\nstatus: draft\nsources: 3\n---\nbody\n",
            "front matter is not valid YAML at line 4: a [list] or {mapping} opens there",
        ),
        (  # an escaped quote is no open quotation: the error is where YAML says
            '---\ntitle: "a \\" b"\nslug: s\nsummary: x: y\n---\nbody\n',
            "front matter is not valid YAML at line 4",
        ),
        (
            "---\ntitle: T\nslug: s\ntags: [a,\n---\nbody\n",
            "front matter is not valid YAML at line 4: a [list] or {mapping} opens there",
        ),
        (  # a tab said only "at line 3": which character, and why
            "---\ntitle: T\nsources:\n\t- 1\nslug: s\n---\nbody\n",
            "front matter is not valid YAML at line 4: a tab there (YAML indents and separates",
        ),
        (  # where no more is known, YAML's own problem is said
            "---\ntitle: T\nslug: s: t\n---\nbody\n",
            "front matter is not valid YAML at line 3 (mapping values are not allowed in this context)",
        ),
        ("---\n- a list\n---\nbody\n", "front matter must be a mapping"),
        ("---\nslug: s\n---\nbody\n", "front matter key 'title' is missing or empty"),
        ("---\ntitle: T\nslug: ' '\n---\nbody\n", "front matter key 'slug' is missing or empty"),
        (
            "---\ntitle: T\nslug: s\nstatus: done\n---\n",
            "unknown status 'done'; the known statuses",
        ),
    ],
)
def test_the_rules_parse_always_had_keep_their_messages(text: str, message: str) -> None:
    with pytest.raises(ContentError) as err:
        content.parse(text, PATH)
    assert str(err.value).startswith(f"{PATH}: {message}")


def test_a_long_value_is_shortened_in_the_message() -> None:
    with pytest.raises(ContentError) as err:
        parse(HEAD + f"sources: {'x' * 500}\n")
    assert len(str(err.value)) < 120 and str(err.value).endswith("...")


def test_valid_front_matter_is_typed_and_kept_as_written() -> None:
    cf = parse(
        HEAD + "topic:\ndate: 2026-05-12T09:00:00Z\nstory_id: 123\nstatus: published\n"
        "sources:\n- {n: 1, url: 'https://a.example/'}\nreview: {action: approved}\n"
        "accept: 'true'\nmystery: [1, 2]\n"
    )
    fm = cf.fm
    assert (fm.title, fm.slug, fm.status, fm.topic) == ("A story", "a-story", "published", "")
    assert fm.date == dt.datetime(2026, 5, 12, 9, tzinfo=dt.UTC)  # as YAML gives it
    assert frontmatter.iso(fm.date) == "2026-05-12T09:00:00Z"
    assert fm.story_id == "123" and fm.updated is None and fm.body_hash is None
    assert fm.sources == ({"n": 1, "url": "https://a.example/"},)
    assert fm.review == {"action": "approved"} and fm.verification is None
    assert fm.accept is False  # only the YAML boolean true marks a proposal accepted
    assert fm.raw is cf.meta and cf.meta["mystery"] == [1, 2]  # unknown keys kept for writing


def test_empty_values_read_as_absent() -> None:
    fm = parse(HEAD + "sources:\ndiscussion: []\nverification:\ndate:\n").fm
    assert fm.sources == () and fm.discussion == () and fm.verification is None
    assert fm.date is None and fm.story_id is None and fm.status == "draft"


def test_a_content_file_built_by_hand_is_validated_when_its_front_matter_is_used() -> None:
    cf = content.ContentFile(PATH, {"title": "T", "slug": "s", "sources": 5}, "")
    assert cf.slug == "s"  # the mapping itself is usable as before
    with pytest.raises(ContentError, match=r"x\.md: sources: expected a list"):
        _ = cf.fm


def test_write_back_keeps_an_unknown_key_and_the_body(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_text("---\ntitle: T\nslug: s\nextra: {k: v}\n---\nBody\n\n\nend\n", "utf-8")
    cf = content.read(path)
    content.replace_meta(cf, {**cf.meta, "status": "published"})
    again = content.read(path)
    assert again.meta["extra"] == {"k": "v"} and again.fm.status == "published"
    assert path.read_text("utf-8").endswith("---\nBody\n\n\nend\n")
