"""`build-site --strict` and an editor's review decisions: a forced approval is not a failure,
a flag the editor fixed by hand is gone, a real outstanding flag in a published story fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdesk.review import actions as review
from newsdesk.sitebuilder import build
from sitecheck import soup
from sitekit import BODY, story, write_story
from test_command import run

from newsdesk.errors import BuildError

ARTICLE = "2026/05/lumen-freight-token-leaderboard/"
CLAIM = "The company said it has paused the rankings [5]."
FLAGGED = '<mark class="flag" title="no source gives this date">The company said it paused the rankings on May 3 [5].</mark>'
REPORT = {
    "checked": 9,
    "flagged": 1,
    "sentences": [
        {
            "text": "The company said it paused the rankings on May 3 [5].",
            "reasons": ["no source gives this date"],
            "supported": False,
        }
    ],
}


def _flagged_draft(content_dir: Path) -> Path:
    return write_story(
        content_dir, story(status="draft", verification=REPORT), BODY.replace(CLAIM, FLAGGED)
    )


def test_forced_approval_builds_under_strict_and_the_page_shows_the_override(
    cfg, content_dir
) -> None:
    _flagged_draft(content_dir)
    with pytest.raises(Exception, match="--force"):
        review.approve(content_dir, "lumen-freight-token-leaderboard", editor="Sam Editor")
    review.approve(
        content_dir,
        "lumen-freight-token-leaderboard",
        editor="Sam Editor",
        force=True,
        reason="date confirmed by phone",
    )
    summary = build(cfg, strict=True)
    assert summary.stories == 1 and summary.warnings == ()
    doc = soup(cfg.path(cfg.build.out) / ARTICLE / "index.html")
    made = doc.select_one("aside.made").get_text(" ", strip=True)
    assert "Sam Editor" in made and "approved it over the machine check" in made
    assert "date confirmed by phone" in made
    assert "1 flagged" in doc.select_one(".check.flagged").get_text()  # still shown honestly


def test_a_flag_the_editor_fixed_by_hand_no_longer_warns(cfg, content_dir) -> None:
    # published through the git flow: the editor rewrote the sentence, dropped the <mark> and
    # set status: published; the verification report still lists the old sentence
    path = write_story(
        content_dir,
        story(verification=REPORT),
        BODY.replace(CLAIM, "The company said it has paused the rankings [5]."),
    )
    summary = build(cfg, strict=True)
    assert summary.warnings == ()
    doc = soup(cfg.path(cfg.build.out) / ARTICLE / "index.html")
    assert doc.select_one(".check.flagged") is None and doc.select_one("mark.flag") is None
    # the same file with the sentence still in the body (even without its mark) is flagged
    path.write_text(
        path.read_text().replace(
            "The company said it has paused the rankings [5].", REPORT["sentences"][0]["text"]
        )
    )
    with pytest.raises(BuildError, match="1 flagged sentence"):
        build(cfg, strict=True)


def test_unforced_published_flag_fails_strict_with_one_line_naming_the_file(
    cfg, content_dir
) -> None:
    write_story(content_dir, story(verification=REPORT), BODY.replace(CLAIM, FLAGGED))
    res = run("--offline", "--strict", cwd=cfg.root)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --strict")
    assert "2026/05/lumen-freight-token-leaderboard.md" in lines[0]
    assert "flagged sentence" in lines[0] and "May 3" in lines[0]
    assert not (cfg.root / "_site").exists()
    # without --strict the site is built and the problem is a warning
    res = run("--offline", cwd=cfg.root)
    assert res.returncode == 0 and "flagged sentence" in res.stderr


def test_a_forced_approval_whose_flag_was_fixed_is_told_in_the_past(cfg, content_dir) -> None:
    # the page said in red "approved it over the machine check" under "✓ every sentence
    # checked": once the check passes, the override is history, told plainly with its date
    path = _flagged_draft(content_dir)
    slug = "lumen-freight-token-leaderboard"
    review.approve(content_dir, slug, editor="Sam Editor", force=True, reason="by phone")
    path.write_text(path.read_text().replace(FLAGGED, CLAIM))
    build(cfg, strict=True)
    doc = soup(cfg.path(cfg.build.out) / ARTICLE / "index.html")
    assert "every sentence checked" in doc.select_one(".check.ok").get_text()
    made = doc.select_one("aside.made")
    told = made.get_text(" ", strip=True)
    assert made.select_one(".forced") is None and "by phone" in told
    assert "approved it over the machine check on" in told and "the check now passes" in told


def test_a_published_story_with_no_recorded_approval_fails_strict(cfg, content_dir) -> None:
    """A file set to published by hand and never recorded (not committed, so `review record`
    could name no editor) was published by the strict build with no approver named."""
    meta = story()
    del meta["review"]
    path = write_story(content_dir, meta)
    written = path.read_bytes()
    (warning,) = build(cfg).warnings  # without --strict: built, and warned
    rel = path.relative_to(content_dir)
    assert warning.startswith(f"{rel}: published with no recorded approval (no editor named)")
    assert "'newsdesk review approve lumen-freight-token-leaderboard'" in warning
    with pytest.raises(BuildError, match="published with no recorded approval"):
        build(cfg, strict=True)
    assert path.read_bytes() == written
    # the command the warning gives records the approval of the story already published
    done = review.approve(content_dir, "lumen-freight-token-leaderboard", editor="Sam Editor")
    assert done.message.startswith("lumen-freight-token-leaderboard: published by Sam Editor")
    assert build(cfg, strict=True).warnings == ()
