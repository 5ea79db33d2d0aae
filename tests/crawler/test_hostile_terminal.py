"""Issue 13, item 7: `review list` and `review show` never print a control character raw.

A content file written before the crawler stripped them (or edited by hand) can hold
``ESC ]52;…`` in a title, a source's title or the text: the output shows it escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from newsdesk.cli import cli
from newsdesk.models import Comment, Discussion
from newsdesk.regenerate import save_generated
from newsdesk.unprintable import for_terminal, strip_controls, strip_controls_in

EVIL = "Tokenmaxxing \x1b]52;c;ZXZpbA==\x07 wins \x1b]2;pwned\x07 \u202egnp.exe"
SOURCE = {
    "n": 1,
    "url": "https://ledger.example/leaderboard",
    "outlet": "ledger.example",
    "name": "The \x1b[31mLedger",
    "title": EVIL,
    "published": "2026-05-12T09:00:00Z",
    "role": "original",
    "tier": "trusted",
    "read": True,
    "read_reason": "full text",
    "cited_by": [],
    "also_at": [],
}


def _project(tmp_path: Path, newsdesk_toml: Callable[..., Path]) -> Path:
    config = newsdesk_toml(site={"title": "T", "base_url": "http://127.0.0.1/"})
    meta = {
        "title": EVIL,
        "slug": "evil-story",
        "topic": "tokenmaxxing",
        "date": "2026-05-12T09:00:00Z",
        "story_id": "st-1",
        "generator": {"name": "extractive", "version": "test", "settings": {}},
        "reading_time": 1,
        "sources": [SOURCE],
        "excluded": 0,
        "verification": {"checked": 1, "flagged": 0, "sentences": []},
    }
    save_generated(tmp_path / "content", meta, f"Staff said {EVIL} loudly. [1]\n")
    return config


def _run(config: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args[:2], "--config", str(config), *args[2:]])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def test_review_list_and_show_escape_control_characters(
    tmp_path: Path, newsdesk_toml: Callable[..., Path]
) -> None:
    config = _project(tmp_path, newsdesk_toml)
    for output in (
        _run(config, "review", "list", "--format", "plain"),
        _run(config, "review", "show", "evil-story"),
    ):
        assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output
        assert "\\x1b]52;c;ZXZpbA==\\x07" in output and "\\u202e" in output


def test_strip_controls_keeps_text_tabs_and_newlines() -> None:
    assert strip_controls(EVIL) == "Tokenmaxxing ]52;c;ZXZpbA== wins ]2;pwned gnp.exe"
    assert strip_controls("a\tb\r\nc\rd\x85e\u200fé") == "a\tb\nc\nde\u200fé"
    assert for_terminal("a\nb\x1b") == "a\nb\\x1b"
    assert for_terminal("a\nb", newlines=False) == "a\\x0ab"
    comment = Comment(id=1, author="m\x1b[31mallory", text="hi\u202e")
    d = Discussion(hn_id=1, title="t\x07", url=None, comments=(comment,))
    clean = strip_controls_in(d)
    assert (clean.title, clean.comments[0].author, clean.comments[0].text) == (
        "t",
        "m[31mallory",
        "hi",
    )


def test_review_list_table_shows_rich_markup_in_a_title_as_text(
    tmp_path: Path, newsdesk_toml: Callable[..., Path], monkeypatch
) -> None:
    """The table goes through rich, which reads "[link=…]" and "[bold]" as markup: a crawled
    title carrying them must be shown as typed, never turned into a hyperlink or style."""
    config = _project(tmp_path, newsdesk_toml)
    story = next((tmp_path / "content").rglob("*.md"))
    story.write_text(
        story.read_text().replace("Tokenmaxxing", "[link=http://x.example/]Tokenmaxxing")
    )
    monkeypatch.setenv("COLUMNS", "200")
    output = _run(config, "review", "list", "--format", "table")
    assert "[link=http://x.example/]" in output


def test_invisible_marks_are_shown_escaped_on_a_terminal() -> None:
    """Before: a right-to-left mark or a zero-width space in a hand-edited title was printed raw
    by `review list` (the line read in another order, or two titles looked alike)."""
    assert for_terminal("Lumen\u200f pauses\u200b board\ttoday\n") == (
        "Lumen\\u200f pauses\\u200b board\ttoday\n"
    )
    assert for_terminal("a\nb\u2060", newlines=False) == "a\\x0ab\\u2060"
    assert for_terminal("Zoë 👩\u200d💻 joins") == "Zoë 👩\u200d💻 joins"  # a joiner stays
