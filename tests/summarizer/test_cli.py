"""The two file interfaces through the real command line (no database, no config)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdesk", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def story_file(story, tmp_path: Path) -> Path:
    items = [
        {
            k: v
            for k, v in dataclasses.asdict(it).items()
            if k in ("id", "url", "title", "text", "published", "source")
        }
        for it in story.items
    ]
    p = tmp_path / "story.json"
    p.write_text(json.dumps({"title": story.title, "items": items}), encoding="utf-8")
    return p


def test_summarize_json(story_file, tmp_path):
    r = _run("summarize", "--input", str(story_file), "--format", "json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["synopsis"] and isinstance(out["synopsis"], str)
    assert isinstance(out["takeaways"], list)
    assert all(isinstance(t, str) for t in out["takeaways"])
    ids = {"ft", "ars", "blog"}
    assert out["sentences"] and all(
        set(s["item_ids"]) <= ids and s["item_ids"] for s in out["sentences"]
    )
    assert out["verification"]["flagged"] == 0
    assert (
        _run("summarize", "--input", str(story_file), cwd=tmp_path).stdout == r.stdout
    )  # deterministic


def test_summarize_markdown(story_file, tmp_path):
    r = _run("summarize", "--input", str(story_file), "--format", "markdown", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# Meta staff game an AI token leaderboard\n")
    assert "## What happened" in r.stdout and "[1]" in r.stdout
    # the whole article: reading time and count, the coverage timeline, the numbered sources
    assert "min read · 3 sources*" in r.stdout
    spread = r.stdout.split("## How the story spread\n\n")[1].split("\n\n")[0].splitlines()
    assert [line.rsplit(" ", 1)[1] for line in spread] == ["[1]", "[2]", "[3]"]  # by date
    sources = r.stdout.split("## Sources\n\n")[1].splitlines()
    assert (
        sources[0]
        == "1. Financial Times: Meta ranks engineers by AI tokens <https://www.ft.com/content/1>"
    )
    assert len(sources) == 3


def test_verify_one_verdict_per_non_empty_line(story_file, tmp_path):
    text = tmp_path / "sentences.txt"
    text.write_text(
        "To climb the rankings, some staff used scripts sending one prompt thousands of times. [1]\n"
        "\n"
        "In 2024, Meta spent $9 billion on AI infrastructure. [1]\n"
        "\u201cWe hate this,\u201d one employee told the FT. [2]\n"
        "Google ranked its engineers by how many AI tokens they consume. [1]\n",
        encoding="utf-8",
    )
    args = ("verify", "--input", str(story_file), "--text", str(text), "--format", "json")
    plain = _run(*args, cwd=tmp_path)  # DESIGN.md's pipeline: 0 done, whatever the verdicts
    assert plain.returncode == 0 and plain.stderr == "", plain.stderr
    r = _run(*args, "--exit-code", cwd=tmp_path)
    assert r.stdout == plain.stdout
    assert r.returncode == 3, r.stderr  # some lines fail: a script can tell (docs/cli.md)
    assert r.stderr == "error: 3 of 4 lines failed the check\n"
    verdicts = json.loads(r.stdout)  # printed all the same
    assert [v["supported"] for v in verdicts] == [True, False, False, False]
    assert set(verdicts[0]) == {"text", "supported", "reasons"}
    assert "number $9 billion" in verdicts[1]["reasons"][0]
    assert "quote" in verdicts[2]["reasons"][0]
    assert "Google" in verdicts[3]["reasons"][0]


def test_verify_exits_0_only_when_every_line_passes(story_file, tmp_path):
    """With --exit-code the exit status says whether the text passed, in every format; the
    output is kept."""
    good = (
        "To climb the rankings, some staff used scripts sending one prompt thousands of times. [1]"
    )
    bad = "In 2024, Meta spent $9 billion on AI infrastructure. [1]"
    text = tmp_path / "sentences.txt"
    for lines, code in (([good], 0), ([good, bad], 3)):
        text.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for fmt in ("text", "json", "jsonl"):
            args = ("--input", str(story_file), "--text", str(text), "--format", fmt, "--exit-code")
            r = _run("verify", *args, cwd=tmp_path)
            assert r.returncode == code, (fmt, r.stderr)
            assert r.stdout.count(good[:20]) == 1 and r.stdout.count(bad[:20]) == len(lines) - 1
            assert ("failed the check" in r.stderr) == bool(code)


def test_verify_holds_lines_to_the_copy_rule_as_drafts_are(story_file, tmp_path):
    copied = "some staff wrote scripts that sent the same prompt thousands of times to climb the"
    text = tmp_path / "sentences.txt"
    text.write_text(
        f"{copied.capitalize()} rankings. [1]\n"
        f"According to the Financial Times, \u201c{copied} rankings.\u201d [1]\n",
        encoding="utf-8",
    )
    args = ("verify", "--input", str(story_file), "--text", str(text), "--format", "json")
    verdicts = json.loads(_run(*args, cwd=tmp_path).stdout)
    assert [v["supported"] for v in verdicts] == [False, True]
    assert verdicts[0]["reasons"][0] == (
        "copies 16 words of Financial Times [1] word for word without quotation marks"
        f" (\u201c{' '.join(copied.capitalize().split()[:12])} \u2026\u201d): put them in"
        " quotation marks or"  # the source's words as it writes them ("Some staff …")
        " say it in your own words"
    )
    meaning_only = json.loads(_run(*args, "--no-copy-rule", cwd=tmp_path).stdout)
    assert [v["supported"] for v in meaning_only] == [True, True]


def test_bad_input_names_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"items": [\n  {"id": "a",\n  oops}\n]}', encoding="utf-8")
    r = _run("summarize", "--input", str(bad), cwd=tmp_path)
    assert r.returncode == 1
    assert (
        r.stderr.startswith("error: ")
        and "bad.json: line 3" in r.stderr
        and "Traceback" not in r.stderr
    )
    missing = _run(
        "verify", "--input", str(bad), "--text", str(tmp_path / "none.txt"), cwd=tmp_path
    )
    assert missing.returncode == 1 and "bad.json" in missing.stderr
    noitems = tmp_path / "noitems.json"
    noitems.write_text('{"items": [{"id": "a", "url": "u", "title": "t"}]}', encoding="utf-8")
    r = _run("summarize", "--input", str(noitems), cwd=tmp_path)
    assert r.returncode == 1 and "noitems.json: items[0]: 'text' must be a string" in r.stderr


def test_unreadable_story_file_is_one_line(tmp_path):
    from newsdesk.summarizer.formats import load_lines, load_story

    from newsdesk.errors import InputError

    folder = tmp_path / "story.json"
    folder.mkdir()  # a folder where a file should be: an OSError, not a traceback
    for load in (load_story, load_lines):
        with pytest.raises(InputError, match="story.json: cannot read"):
            load(folder)


def test_an_article_line_names_its_outlet_by_its_site_name(tmp_path):
    """`newsdesk articles` writes the outlet's name as site_name and the feed's id as source;
    a story.json made of its lines drafted 'circuitreport reported …' (a newcomer's find)."""
    from newsdesk.summarizer.formats import load_story

    item = {"id": "a", "url": "https://circuit.example/a", "title": "T", "text": "Body."}
    path = tmp_path / "story.json"
    lines = [
        dict(item, source="circuitreport", site_name="Circuit Report"),
        dict(item, id="b", source="Harbor Times"),  # a hand-written file: source is the name
    ]
    path.write_text(json.dumps({"items": lines}), encoding="utf-8")
    assert [it.source for it in load_story(path).items] == ["Circuit Report", "Harbor Times"]
