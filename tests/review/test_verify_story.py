"""`newsdesk verify --story NAME [--record]`: an editor's own sentences, checked against the
stored sources, through the real pipeline (demo archive → stories → drafts)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import testkit
from click.testing import CliRunner

from newsdesk import content
from newsdesk.cli.app import cli
from newsdesk.text import body_sentences, sentence_key

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = ROOT / "demo" / "tokenmaxxing.warc.gz"
NAME = "norvale-scraps"
PARAPHRASE = "Norvale ended the contest after its AI spending climbed. [1]"
UNCITED = "Norvale's chief technology officer told staff the contest rewarded the wrong thing."
WRONG_VERB = "Norvale sued Circuit Report over the memo. [1]"
WRONG_ACTOR = "Harbor Times sent the memo that ended the contest. [1]"


def _verify(root: Path, *args: str) -> tuple[int, str]:
    r = CliRunner().invoke(
        cli, ["verify", "--story", NAME, "--config", str(root / "newsdesk.toml"), *args]
    )
    assert r.exception is None or isinstance(r.exception, SystemExit), r.output
    return r.exit_code, r.output


def _add_to_synopsis(path: Path, *sentences: str) -> None:
    text = path.read_text(encoding="utf-8")
    added = "".join(s + "\n\n" for s in sentences)
    path.write_text(text.replace("## Key takeaways", added + "## Key takeaways", 1), "utf-8")


def test_an_untouched_draft_passes_whole_and_record_leaves_it_byte_identical(site: Path) -> None:
    path = testkit.norvale_story(site)
    before = path.read_bytes()
    code, out = _verify(site, "--record")
    total = len(body_sentences(content.read(path).body))
    assert code == 0
    assert f"{total} sentence(s) checked · {total} pass · 0 fail" in out
    assert "the body is as drafted" in out
    assert path.read_bytes() == before


def test_editor_sentences_are_checked_and_only_passing_ones_recorded(site: Path) -> None:
    path = testkit.norvale_story(site)
    _add_to_synopsis(path, PARAPHRASE, UNCITED, WRONG_ACTOR, WRONG_VERB)
    body_before = content.read(path).body
    code, out = _verify(site, "--format", "json")
    verdicts = {v["text"]: v for v in json.loads(out)}
    assert verdicts[PARAPHRASE.removesuffix(" [1]")]["supported"] is True
    uncited = verdicts[UNCITED]
    assert not uncited["supported"] and uncited["suggested"] == [2]  # Harbor Times says it
    assert not verdicts[WRONG_ACTOR.removesuffix(" [1]")]["supported"]
    assert not verdicts[WRONG_VERB.removesuffix(" [1]")]["supported"]  # no one sued anyone

    code, out = _verify(site, "--record")
    assert code == 0 and "1 checked sentence(s) recorded" in out
    cf = content.read(path)
    assert cf.body == body_before  # the editor's text is never touched
    keys = cf.meta["sentence_keys"]
    assert sentence_key(PARAPHRASE) in keys
    assert sentence_key(UNCITED) not in keys and sentence_key(WRONG_ACTOR) not in keys
    assert "nothing new to record" in _verify(site, "--record")[1]


def test_page_lists_only_the_sentences_that_did_not_pass(site: Path) -> None:
    from newsdesk.sentence_checks import unchecked

    path = testkit.norvale_story(site)
    _add_to_synopsis(path, PARAPHRASE, WRONG_ACTOR)
    cf = content.read(path)
    assert len(unchecked(cf.body, cf.meta["sentence_keys"]) or ()) == 2
    _verify(site, "--record")
    cf = content.read(path)
    assert unchecked(cf.body, cf.meta["sentence_keys"]) == (WRONG_ACTOR.removesuffix(" [1]"),)


def test_numbers_follow_the_files_sources_list(site: Path) -> None:
    """An editor who swaps the two sources (and the markers with them) is checked as written."""
    path = testkit.norvale_story(site)
    cf = content.read(path)
    first, second = cf.meta["sources"][:2]
    body = cf.body.replace("[1]", "[x]").replace("[2]", "[1]").replace("[x]", "[2]")
    meta = {**cf.meta, "sources": [second, first, *cf.meta["sources"][2:]]}
    content.write(path, meta, body)
    code, out = _verify(site)
    assert " · 0 fail" in out, out
    content.write(path, meta, cf.body)  # markers left as they were: now they cite wrongly
    code, out = _verify(site)
    assert " · 0 fail" not in out


def test_text_output_names_the_failing_sentence_and_its_sources(site: Path) -> None:
    path = testkit.norvale_story(site)
    _add_to_synopsis(path, UNCITED)
    code, out = _verify(site)
    assert code == 0
    assert f"✗ {UNCITED}\n    cites no source" in out
    assert "supported by [2]" in out


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdesk", *args], cwd=cwd, capture_output=True, text=True
    )


def test_usage_and_user_errors_are_one_line(site: Path, tmp_path: Path) -> None:
    r = _run("verify", "--story", "no-such-story-here", cwd=site)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "no-such-story-here" in r.stderr and "Traceback" not in r.stderr
    r = _run("verify", "--record", "--input", "a.json", "--text", "t.txt", cwd=site)
    assert r.returncode == 2 and "--record needs --story" in r.stderr
    r = _run("verify", "--story", NAME, "--input", "a.json", cwd=site)
    assert r.returncode == 2 and "leave out --input" in r.stderr
    r = _run("verify", cwd=site)
    assert r.returncode == 2 and "give --story NAME" in r.stderr
    (site / "data" / "newsdesk.db").unlink()
    r = _run("verify", "--story", NAME, cwd=site)
    assert r.returncode == 1 and "no database yet" in r.stderr, r.stderr
    r = _run("verify", "--edited", cwd=site)  # the error first, no "0 stories edited" report
    assert r.returncode == 1 and "no database yet" in r.stderr and r.stdout == "", r.stdout


def _approve(root: Path, *args: str, code: int = 0) -> str:
    r = CliRunner().invoke(
        cli,
        [
            "review",
            "approve",
            NAME,
            "--editor",
            "Ed",
            "--config",
            str(root / "newsdesk.toml"),
            *args,
        ],
    )
    assert r.exit_code == code, r.output
    # a user's error reaches the app's one-line printer ("error: …") as the exception
    return r.output if r.exception is None else f"error: {r.exception}"


def test_approve_refuses_an_editor_sentence_the_sources_do_not_support(site: Path) -> None:
    _add_to_synopsis(testkit.norvale_story(site), PARAPHRASE, WRONG_VERB)
    out = _approve(site, code=1)
    assert out.startswith("error: norvale-scraps") and "1 sentence of yours fails the check" in out
    assert "Norvale sued Circuit Report" in out and "--force" in out and len(out.splitlines()) == 1
    assert (
        content.read(testkit.norvale_story(site)).status == "draft"
    )  # nothing published, nothing lost
    forced = _approve(site, "--force", "--reason", "the editor stands by it")
    assert "published" in forced and "1 failing sentence(s) of yours overridden" in forced
    review = content.read(testkit.norvale_story(site)).meta[
        "review"
    ]  # the override is on the record
    assert review["forced"] is True and review["reason"] == "the editor stands by it"
    assert content.read(testkit.norvale_story(site)).status == "published"


def test_approve_does_not_offer_force_for_a_citation_of_no_source(site: Path) -> None:
    """--force cannot publish a citation of a source the story does not have: the refusal
    said 'or publish anyway with --force', which then failed too (newcomer)."""
    _add_to_synopsis(testkit.norvale_story(site), "Norvale ended the contest in March. [9]")
    out = _approve(site, code=1)
    assert "which the story does not have" in out and "publish anyway" not in out
    assert "not even with --force" in out and len(out.splitlines()) == 1


def test_approve_checks_nothing_without_a_store(site: Path) -> None:
    _add_to_synopsis(testkit.norvale_story(site), WRONG_VERB)
    (site / "data" / "newsdesk.db").unlink()  # a content-only checkout: the page's caveat
    assert "names 1 sentence(s) by an editor as not confirmed" in _approve(site)


def test_approve_records_the_sentences_it_checked(site: Path) -> None:
    # approve checked the editor's sentence and published, but did not record the verdict: the
    # page said "⚑ 1 by an editor not confirmed · 11 sentences checked" (newcomer)
    _add_to_synopsis(testkit.norvale_story(site), PARAPHRASE)
    out = _approve(site)
    assert "not confirmed" not in out
    assert (
        sentence_key(PARAPHRASE) in content.read(testkit.norvale_story(site)).meta["sentence_keys"]
    )


def test_approve_and_show_count_the_editor_sentences_that_cite_nothing(site: Path) -> None:
    _add_to_synopsis(testkit.norvale_story(site), PARAPHRASE, UNCITED)
    show = (
        CliRunner()
        .invoke(cli, ["review", "show", NAME, "--config", str(site / "newsdesk.toml")])
        .output
    )
    assert "2 sentence(s) by an editor not confirmed" in show
    assert UNCITED in " ".join(show.split())
    assert "cites no source" in _approve(site, code=1)  # a sentence citing nothing is refused
    out = _approve(site, "--force", "--reason", "the editor stands by it")
    assert "names 1 sentence(s) of yours as refused by the check, 1 of them citing no" in out
    assert content.read(testkit.norvale_story(site)).meta["refused_keys"] == [sentence_key(UNCITED)]


def test_approve_is_quiet_once_the_editor_sentences_are_recorded(site: Path) -> None:
    _add_to_synopsis(testkit.norvale_story(site), PARAPHRASE)
    _verify(site, "--record")
    assert "not confirmed" not in _approve(site)


def _edited(root: Path, *args: str) -> tuple[int, str]:
    r = CliRunner().invoke(
        cli, ["verify", "--edited", "--config", str(root / "newsdesk.toml"), *args]
    )
    assert r.exception is None or isinstance(r.exception, SystemExit), r.output
    return r.exit_code, r.output


def test_edited_checks_only_the_stories_an_editor_changed_and_records_them(site: Path) -> None:
    path = testkit.norvale_story(site)
    _add_to_synopsis(path, PARAPHRASE, WRONG_ACTOR)
    code, out = _edited(site)
    assert code == 0 and out.startswith("1 story edited since drafting\n"), out
    assert out.count(" sentence(s) checked ") == 1 and f"✗ {WRONG_ACTOR}" in out
    lines = [json.loads(x) for x in _edited(site, "--format", "jsonl")[1].splitlines()]
    assert {x["story"] for x in lines} == {content.read(path).slug}
    assert "1 checked sentence(s) recorded" in _edited(site, "--record")[1]
    assert sentence_key(PARAPHRASE) in content.read(path).meta["sentence_keys"]


def test_edited_names_and_skips_a_story_the_database_no_longer_holds(site: Path) -> None:
    path = testkit.norvale_story(site)
    _add_to_synopsis(path, PARAPHRASE)
    cf = content.read(path)
    content.write(path, {**cf.meta, "story_id": "gone-from-the-store"}, cf.body)
    r = CliRunner().invoke(
        cli, ["verify", "--edited", "--record", "--config", str(site / "newsdesk.toml")]
    )
    assert r.exit_code == 0
    assert "skipped" in r.output and "gone-from-the-store" in r.output
    assert (
        "sentence_keys" not in content.read(path).meta
        or sentence_key(PARAPHRASE) not in content.read(path).meta["sentence_keys"]
    )


def test_edited_names_a_file_it_cannot_read(site: Path) -> None:
    broken = site / "content" / "2026" / "03" / "broken.md"
    broken.write_text("---\ntitle: 'open\n---\nbody\n", encoding="utf-8")
    code, out = _edited(site)
    assert code == 0 and "broken.md: front matter is not valid YAML" in out
    assert "cannot be read, not checked" in out


def test_a_forced_sentence_fixed_and_recorded_leaves_no_present_tense_override(
    site: Path,
) -> None:
    # the editor forced a wrong sentence through, then fixed it and ran verify --record: the
    # page said "✓ every sentence checked" above a red "approved it over the machine check"
    from newsdesk.sitebuilder import build
    from sitecheck import soup

    from newsdesk.config import load_config

    _add_to_synopsis(testkit.norvale_story(site), PARAPHRASE, WRONG_VERB)
    _approve(site, "--force", "--reason", "the editor stands by it")
    path = testkit.norvale_story(site)
    path.write_text(path.read_text("utf-8").replace(WRONG_VERB + "\n\n", ""), "utf-8")
    assert _verify(site, "--record")[0] == 0
    config = load_config(site / "newsdesk.toml")
    build(config, index=False)
    (page,) = config.path(config.build.out).rglob(f"{NAME}*/index.html")
    doc = soup(page)
    assert "every sentence checked" in doc.select_one(".counts .check.ok").get_text()
    made = doc.select_one("aside.made")
    assert made.select_one(".forced") is None
    assert "the check now passes" in made.get_text(" ", strip=True)
