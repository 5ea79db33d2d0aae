"""Invisible characters an editor's paste (or a YAML escape) puts in a content file's text.

A right-to-left override, a zero-width space, a bell or an ESC in a title, a source's name or a
heading reached the page's ``<title>``, its headings, the listings and the feeds. They are left
out of the site with a warning naming the file and the field (a failure under ``--strict``);
the file itself is not rewritten.
"""

from __future__ import annotations

import pytest
from newsdesk.sitebuilder import build
from sitecheck import html_files
from sitekit import BODY, story, write_story

from newsdesk.errors import BuildError

HIDDEN = ("\u202e", "\u200b", "\x07", "\x1b", "\u2066", "\ufeff")
TITLE = "Lumen\u202e pauses\u200b its token\x07 leaderboard\x1b[2J after\u2066 gaming\ufeff"


def _meta() -> dict[str, object]:
    meta = story(title=TITLE)
    sources = [dict(s) for s in meta["sources"]]  # type: ignore[attr-defined]
    sources[1]["outlet"] = "Daily\u202e Circuit"
    meta["sources"] = sources
    return meta


def test_invisible_characters_never_reach_the_pages_or_feeds(cfg, content_dir) -> None:
    body = BODY.replace("## What happened", "## What\u202e hap\x07pened")
    path = write_story(content_dir, _meta(), body)
    written = path.read_bytes()
    summary = build(cfg)
    site = cfg.path(cfg.build.out)
    pages = [*html_files(site), *site.rglob("*.xml"), *site.rglob("*.json")]
    assert len(pages) > 5
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not [ch for ch in HIDDEN if ch in text], page
    article = next(p for p in html_files(site) if "lumen-freight" in str(p))
    html = article.read_text(encoding="utf-8")
    assert "<title>Lumen pauses its token leaderboard[2J after gaming" in html
    assert "What happened" in html
    assert path.read_bytes() == written  # the editor's file is left as it is
    (warning,) = [w for w in summary.warnings if "invisible" in w]
    assert str(path) in warning and "title" in warning and "sources[2].outlet" in warning
    assert "body" in warning and "\n" not in warning
    # an editor cannot see them, so the warning names them (it listed only kinds of character)
    assert "U+202E" in warning and "U+200B" in warning and "U+001B" in warning
    with pytest.raises(BuildError, match="invisible"):
        build(cfg, strict=True)


def test_a_clean_file_has_no_such_warning(cfg, content_dir) -> None:
    write_story(content_dir, story(title="A  title\twith   spacing"))
    assert not [w for w in build(cfg).warnings if "invisible" in w]


def test_a_title_of_invisible_characters_only_is_one_line_naming_it(cfg, content_dir) -> None:
    """Before: 'front matter key title is missing or empty', for a title the editor sees set."""
    path = write_story(content_dir, story(status="draft", title="\u200b\u202e"))
    (warning,) = [w for w in build(cfg).warnings if str(path) in w]
    assert "title: holds only invisible characters" in warning


def test_right_to_left_marks_and_a_thai_body_s_word_breaks_stay(cfg, content_dir) -> None:
    """A Hebrew title's right-to-left mark places its '!' (the review's find: it was dropped),
    and a Thai body breaks its words at zero-width spaces: both reach the page, with no
    warning; an override beside them still goes."""
    title = "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd!\u200f (2026)"
    thai = "\u0e02\u0e48\u0e32\u0e27\u200b\u0e43\u0e2b\u0e21\u0e48"
    path = write_story(content_dir, story(title=title), BODY + f"\n{thai}\u202e\n")
    summary = build(cfg)
    site = cfg.path(cfg.build.out)
    article = next(p for p in html_files(site) if "\u200f" in p.read_text(encoding="utf-8"))
    html = article.read_text(encoding="utf-8")
    assert f"<title>{title}" in html and thai in html and "\u202e" not in html
    (warning,) = [w for w in summary.warnings if str(path) in w and "invisible" in w]
    assert "U+202E" in warning and "U+200F" not in warning and "U+200B" not in warning


def test_an_outlet_named_by_its_address_keeps_no_escape_backslash(cfg, content_dir) -> None:
    """A draft escapes a sentence that starts with digits and a dot ("127.0.0.1:8790 reported"),
    against an ordered list, as "\\127.0.0.1…": the backslash reached the story's synopsis, the
    home card, the meta description and the JSON-LD."""
    import json

    from bs4 import BeautifulSoup

    said = "\\127.0.0.1:8790 reported: staff at Lumen Freight ran agents overnight. [1]"
    more = "\\2) Engineers wrote scripts to climb the ranking. [2]"
    body = f"{said} {more}\n\n" + BODY.split("\n\n", 1)[1]
    write_story(content_dir, story(), body)
    build(cfg)
    site = cfg.path(cfg.build.out)
    page = next(p for p in html_files(site) if "lumen-freight" in str(p))
    doc = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    description = doc.select_one("meta[name='description']")["content"]
    ld = json.loads(doc.select_one("script[type='application/ld+json']").string)
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    shown = [
        doc.select_one("article").get_text(" "),
        description,
        ld["description"],
        home.get_text(" "),
    ]
    for text in shown:
        assert "127.0.0.1:8790 reported" in text and "\\" not in text, text
    assert "2) Engineers wrote" in shown[0]


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("127.0.0.1:8790 reported: agents ran overnight.", "<p>127.0.0.1:8790 reported"),
        ("2) Engineers wrote scripts.", "<p>2) Engineers"),
        ("# not a heading", "<p># not a heading"),
    ],
)
def test_the_drafter_escapes_a_list_number_where_markdown_reads_it(line: str, shown: str) -> None:
    """The drafter wrote "\\127.0.0.1 …" against an ordered list, a backslash Markdown keeps
    (it escapes punctuation only): the escape belongs after the digits ("127\\.0.0.1"), so
    any Markdown reader of content/ shows the sentence as written, not only newsdesk's."""
    from markdown_it import MarkdownIt
    from newsdesk.summarizer.draft import escape

    html = MarkdownIt("commonmark").render(escape(line))
    assert html.startswith(shown) and "\\" not in html, html
