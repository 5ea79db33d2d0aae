"""Editors are told before they publish a broken page (issue 14, items 1-2): `review approve`
and `review record` refuse a citation [n] without a source n and a story without sources;
`review show` says why; `build-site` reports it, naming the file."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import testkit
from click.testing import CliRunner

from newsdesk import content
from newsdesk.cli import cli
from newsdesk.regenerate import save_generated
from newsdesk.sentence_checks import citation_problems

SLUG = "staff-inflate-ai-token-use-to-climb-leaderboards"
GIT_ENV = testkit.git_env("Grace Editor", "grace@example.invalid")


def run(project: Path, *args: str):
    return CliRunner().invoke(
        cli, [*args[:2], "--config", str(project / "newsdesk.toml"), *args[2:]]
    )


def _story(project: Path, drafts, body_extra: str = "", **meta) -> Path:
    made = drafts.make_meta(**meta)
    return save_generated(project / "content", made, drafts.BODY + body_extra).path


def test_citation_problems_in_one_place() -> None:
    assert citation_problems("Said so. [1][2]", {1, 2}, "published") == []
    assert citation_problems("Said so. [1, 9]", {1, 2}, "draft") == [
        "citation [9] has no source 9 (broken internal link)"
    ]
    assert citation_problems("Said so. [1]", set(), "draft") == [
        "the text cites [1] but the story has no sources: list"
    ]
    assert citation_problems("No markers.", set(), "published") == [
        "a published story needs at least one source; its sources: list is empty"
    ]
    assert citation_problems("No markers.", set(), "draft") == []


def test_approve_refuses_a_citation_without_a_source_even_with_force(project: Path, drafts) -> None:
    path = _story(project, drafts, "\nAn extra claim. [9]\n")
    before = path.read_bytes()
    shown = run(project, "review", "show", SLUG)
    assert shown.exit_code == 0
    assert "cannot be published: citation [9] has no source 9" in shown.output
    for extra in ([], ["--force", "--reason", "sure"]):
        refused = run(project, "review", "approve", SLUG, "--editor", "Ada", *extra)
        assert refused.exit_code == 1
        message = str(refused.exception)
        assert "citation [9] has no source 9" in message and str(path) in message
        assert path.read_bytes() == before  # nothing written


def test_approve_refuses_a_story_without_sources_naming_the_file(project: Path, drafts) -> None:
    path = _story(project, drafts, sources=[])
    refused = run(project, "review", "approve", SLUG, "--editor", "Ada")
    assert refused.exit_code == 1
    assert "the text cites [1][2] but the story has no sources: list" in str(refused.exception)
    assert str(path) in str(refused.exception)
    uncited = drafts.make_meta(story_id="st-2", title="Nothing cited", sources=[])
    save_generated(project / "content", uncited, "A sentence without a marker.\n")
    refused = run(project, "review", "approve", "nothing-cited", "--editor", "Ada")
    assert "a published story needs at least one source" in str(refused.exception)


def test_build_site_reports_a_published_story_without_sources(project: Path, drafts) -> None:
    path = _story(project, drafts, sources=[])
    path.write_text(path.read_text("utf-8").replace("status: draft", "status: published"), "utf-8")
    result = run(project, "build-site", "--offline")
    assert result.exit_code == 0, result.output
    rel = path.relative_to(project / "content").as_posix()
    assert f"warning: {rel}: the text cites [1][2] but the story has no sources: list" in (
        result.stderr
    )
    strict = run(project, "build-site", "--offline", "--strict")
    assert strict.exit_code == 1 and "no sources: list" in str(strict.exception)


def _published(path: Path) -> Path:
    path.write_text(path.read_text("utf-8").replace("status: draft", "status: published"), "utf-8")
    return path


def test_build_site_holds_back_a_hand_published_story_with_a_dead_citation(
    project: Path, drafts
) -> None:
    """A plain build leaves out the story whose [9] names no source, publishes the rest, and
    says so in one line naming the file; --strict still refuses the whole build; the file is
    untouched, and once fixed the next build publishes it."""
    bad = _published(_story(project, drafts, "\nAn extra claim. [9]\n"))
    good = _published(
        save_generated(
            project / "content",
            drafts.make_meta(story_id="st-2", title="A good story"),
            drafts.BODY,
        ).path
    )
    before = bad.read_bytes()
    result = run(project, "build-site", "--offline")
    assert result.exit_code == 0, result.output
    rel = bad.relative_to(project / "content").as_posix()
    lines = [x for x in result.stderr.splitlines() if rel in x]
    assert len(lines) == 1 and lines[0].startswith(f"warning: {rel}: citation [9] has no source 9")
    assert "not published" in lines[0]
    site = project / "_site"
    assert (site / "2026/05/a-good-story/index.html").is_file()
    assert not (site / f"2026/05/{SLUG}").exists()
    assert SLUG not in (site / "atom.xml").read_text("utf-8")
    assert SLUG not in (site / "index.html").read_text("utf-8")
    assert bad.read_bytes() == before and good.is_file()
    built = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    strict = run(project, "build-site", "--offline", "--strict")
    assert strict.exit_code == 1 and "citation [9] has no source 9" in str(strict.exception)
    assert sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file()) == built
    bad.write_text(bad.read_text("utf-8").replace(" [9]\n", " [2]\n"), "utf-8")
    fixed = run(project, "build-site", "--offline")
    assert fixed.exit_code == 0 and "not published" not in fixed.stderr
    assert (site / f"2026/05/{SLUG}/index.html").is_file()


def test_record_refuses_a_hand_published_story_with_a_dead_citation(project: Path, drafts) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=project, env=GIT_ENV, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    bad = _story(project, drafts, "\nAn extra claim. [9]\n")
    good_meta = drafts.make_meta(story_id="st-2", title="A good story")
    good = save_generated(project / "content", good_meta, drafts.BODY).path
    git("add", ".")
    git("commit", "-q", "-m", "drafts")
    for path in (bad, good):
        path.write_text(path.read_text("utf-8").replace("status: draft", "status: published"))
    git("commit", "-q", "-am", "Publish both")
    before = bad.read_bytes()
    result = run(project, "review", "record")
    assert result.exit_code == 1
    assert f"error: {SLUG} cannot be published: citation [9] has no source 9" in result.stderr
    assert "1 decision(s) recorded from git" in result.stdout
    assert "would publish a broken page" in str(result.exception)
    assert bad.read_bytes() == before  # left as the editor wrote it, not recorded
    assert content.read(good).meta["review"]["editor"] == "Grace Editor"


def test_review_list_shows_what_approve_would_refuse(project: Path, drafts) -> None:
    _story(project, drafts, "\nAn extra claim. [9]\n")
    (row,) = [
        json.loads(x)
        for x in run(project, "review", "list", "--format", "json").stdout.split("\n")
        if x
    ]
    assert row["problems"] == ["citation [9] has no source 9 (broken internal link)"]
    assert "0, 1 broken" in run(project, "review", "list", "--format", "plain").stdout
    markdown = run(project, "review", "list", "--format", "markdown").stdout
    assert "| ❌ citation \\[9\\] has no source 9" in markdown


def test_cited_numbers_reads_single_and_grouped_citations_alike() -> None:
    """The one-number-a-group shortcut gives what the per-group split gives."""
    import random

    from newsdesk.sentence_checks import cited_numbers

    assert cited_numbers("a [2] b [1][2] c [10]") == [2, 1, 10]
    assert cited_numbers("a [2] b [1, 3; 2] c [4]") == [2, 1, 3, 4]
    assert cited_numbers("no citations [x] [] [1a]") == []
    rng = random.Random(29)
    pieces = ["[1]", "[12]", "[3, 4]", "[5;6]", " ", "x", "[", "]", "7", ","]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected: list[int] = []
        for group in re.findall(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]", text):
            for n in re.split(r"\s*[,;]\s*", group):
                if int(n) not in expected:
                    expected.append(int(n))
        assert cited_numbers(text) == expected, text
