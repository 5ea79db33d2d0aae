"""Naming a story (issue 14, items 3, 4, 7): a broken file is named with where it is broken,
mistyped names get suggestions word by word, and `review list` shows a short unique name on
one line, at 80 and 100 columns, that every review command accepts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from newsdesk.review.names import distance, handles, suggest

from newsdesk.cli import cli
from newsdesk.regenerate import save_generated

TOKENRANK = "brightforge-s-tokenrank-leaderboard-turned-ai-usage-into-a-status-game-staff-say"
LISBON = "brightforge-opens-lisbon-office-and-plans-200-hires"
NORVALE = "norvale-scraps-its-prompt-points-ai-leaderboard-after-tokenmaxxing-spree"


def run(project: Path, *args: str, env: dict[str, str] | None = None):
    return CliRunner(env=env).invoke(
        cli, [*args[:2], "--config", str(project / "newsdesk.toml"), *args[2:]]
    )


@pytest.fixture
def three(project: Path, drafts) -> Path:
    for i, slug in enumerate((TOKENRANK, LISBON, NORVALE)):
        meta = drafts.make_meta(story_id=f"st-{i}", title=slug.replace("-", " "), slug=slug)
        save_generated(project / "content", meta, drafts.BODY)
    return project


def test_handles_are_short_unique_whole_word_beginnings() -> None:
    names = handles([TOKENRANK, LISBON, NORVALE, "ask-hn-is-it-real", "foo-bar", "foo-bar-baz"])
    assert names[TOKENRANK] == "brightforge-s-tokenrank"  # never ends on the "s"
    assert names[LISBON] == "brightforge-opens"
    assert names[NORVALE] == "norvale-scraps"
    assert names["ask-hn-is-it-real"] == "ask-hn"
    assert names["foo-bar"] == "foo-bar" and names["foo-bar-baz"] == "foo-bar-baz"


def test_suggestions_match_prefixes_and_typos_word_by_word() -> None:
    slugs = [TOKENRANK, LISBON, NORVALE]
    assert distance("tokenrnak", "tokenrank") == 1
    assert suggest("brightforge-s-tokenrnak", slugs)[0] == TOKENRANK
    assert suggest("bright-token", slugs) == [TOKENRANK]
    assert suggest("norval-scrap-promt", slugs) == [NORVALE]
    assert suggest("gadget-phone", slugs) == []


def test_a_mistyped_name_gets_the_story_suggested(three: Path) -> None:
    result = run(three, "review", "show", "brightforge-s-tokenrnak")
    assert result.exit_code == 1
    assert f"did you mean: {TOKENRANK}?" in str(result.exception)


def test_a_story_file_s_name_or_its_path_from_the_content_folder_names_it(three: Path) -> None:
    # an editor copies the name from `ls content/2026/06`: the file's name with its .md
    for name in (f"{NORVALE}.md", f"2026/06/{NORVALE}.md"):
        result = run(three, "review", "show", name)
        assert result.exit_code == 0, result.output
        assert "short name: norvale-scraps" in result.output
    wrong = run(three, "review", "show", "norvale-scrap-promt.md")
    assert f"did you mean: {NORVALE}?" in str(wrong.exception)


def test_a_broken_file_is_named_with_where_it_is_broken(three: Path) -> None:
    path = next((three / "content").rglob(f"{NORVALE}.md"))
    path.write_text(path.read_text("utf-8").replace("title: ", 'title: "', 1), "utf-8")
    for name in ("norvale", NORVALE, "norvale-scraps"):
        result = run(three, "review", "show", name)
        assert result.exit_code == 1
        message = str(result.exception)
        assert "no story" not in message
        assert f"the story file {path} is broken and cannot be read: " in message
        assert re.search(r"line \d+", message)
    typo = str(run(three, "review", "show", "norvale-scrap-promt").exception)
    assert f"did you mean: {NORVALE} (broken file)?" in typo


@pytest.mark.parametrize("width", [80, 100])
def test_review_list_keeps_each_name_on_one_line_and_commands_take_it(
    three: Path, width: int
) -> None:
    table = run(three, "review", "list", "--format", "table", env={"COLUMNS": str(width)})
    assert table.exit_code == 0, table.output
    lines = table.output.splitlines()
    assert max(len(line) for line in lines) <= width
    rows = [
        json.loads(x)
        for x in run(three, "review", "list", "--format", "json").output.split("\n")
        if x
    ]
    for r in rows:
        assert any(line.startswith(f"│ {r['handle']} ") for line in lines), r["handle"]
        shown = run(three, "review", "show", r["handle"])
        assert shown.exit_code == 0 and r["slug"] in shown.output
        assert f"short name: {r['handle']}" in shown.output
    approved = run(three, "review", "approve", "norvale-scraps", "--editor", "Ada")
    assert approved.exit_code == 0 and f"{NORVALE}: published by Ada" in approved.output


def test_a_path_names_that_file_when_another_month_has_the_same_name(three: Path) -> None:
    # a slug is unique within its month only (2026/06/x and 2026/07/x are two pages): the
    # path an editor gives names that file, not the first file of the same name
    from newsdesk.review.names import find

    june = next((three / "content").rglob(f"{NORVALE}.md"))
    july = three / "content" / "2026" / "07" / june.name
    july.parent.mkdir(parents=True, exist_ok=True)
    july.write_text(june.read_text("utf-8").replace("story_id: st-2", "story_id: st-9"), "utf-8")
    assert "story_id: st-9" in july.read_text("utf-8")
    content_dir = three / "content"
    for month, story_id in (("06", "st-2"), ("07", "st-9")):
        found = find(content_dir, f"2026/{month}/{NORVALE}.md")
        assert found.meta["story_id"] == story_id
