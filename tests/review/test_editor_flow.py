"""The editor's workflow end to end on the demo (what a newcomer following docs/editors.md
found): approve records what it checked, a source's sentence pasted as one's own is caught,
sentences the check refused are told apart from those not checked yet (and fail --strict when
published by hand), and approve without the crawl database gives advice that works."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import testkit
from click.testing import CliRunner
from sitecheck import soup

from newsdesk import content
from newsdesk.cli.app import cli
from newsdesk.config import load_config
from newsdesk.errors import BuildError
from newsdesk.text import sentence_key

NAME = "norvale-scraps"
PARAPHRASE = "Norvale ended the contest after its AI spending climbed. [1]"
WRONG_ACTOR = "Harbor Times sent the memo that ended the contest. [1]"
LATER = "Norvale's engineers will keep their AI assistants. [1]"
# Circuit Report's demo article says this word for word (demo/, written for this project)
PASTED = (
    "The contest, called Prompt Points, gave engineers a weekly score based on the number of"
    " tokens their assistant sessions consumed. [1]"
)
GIT_ENV = testkit.git_env("Grace Editor", "grace@example.invalid")


def _add(path: Path, *sentences: str) -> None:
    text = path.read_text(encoding="utf-8")
    added = "".join(s + "\n\n" for s in sentences)
    path.write_text(text.replace("## Key takeaways", added + "## Key takeaways", 1), "utf-8")


def _cli(root: Path, *args: str, code: int = 0) -> str:
    k = 2 if args[0] == "review" else 1  # the command's words, then its options
    r = CliRunner().invoke(cli, [*args[:k], "--config", str(root / "newsdesk.toml"), *args[k:]])
    assert r.exit_code == code, r.output
    return r.output if r.exception is None else f"error: {r.exception}"


def _page(root: Path, strict: bool = False):  # type: ignore[no-untyped-def]
    from newsdesk.sitebuilder import build

    config = load_config(root / "newsdesk.toml")
    build(config, index=False, drafts=True, strict=strict)
    (page,) = config.path(config.build.out).rglob(f"{NAME}*/index.html")
    return soup(page)


def test_approve_records_its_check_so_the_page_claims_every_sentence_at_once(
    site: Path,
) -> None:
    _add(testkit.norvale_story(site), PARAPHRASE)
    out = _cli(site, "review", "approve", NAME, "--editor", "Ed")
    assert "published by Ed" in out and "not confirmed" not in out
    check = _page(site).select_one(".counts .check").get_text(" ", strip=True)
    assert "every sentence checked" in check and "not confirmed" not in check


def test_a_sources_sentence_pasted_without_quotation_marks_is_caught(site: Path) -> None:
    _add(testkit.norvale_story(site), PASTED)
    out = _cli(site, "verify", "--story", NAME)
    assert "· 1 fail" in out
    assert "copies 20 words of Circuit Report [1] word for word without quotation marks" in out
    # the copied words as Circuit Report writes them (copywords.py), not as compared
    assert "“The contest, called Prompt Points, gave engineers a weekly score" in out
    refused = _cli(site, "review", "approve", NAME, "--editor", "Ed", code=1)
    assert "copies 20 words of Circuit Report" in refused
    assert content.read(testkit.norvale_story(site)).status == "draft"
    _cli(site, "verify", "--story", NAME, "--record")  # not recorded as checked: no tick
    assert (
        sentence_key(PASTED) not in content.read(testkit.norvale_story(site)).meta["sentence_keys"]
    )
    assert "every sentence checked" not in _page(site).select_one(".counts .check").get_text()


def test_the_same_words_in_quotation_marks_are_credited(site: Path) -> None:
    quoted = (
        'Circuit Report wrote that "the contest, called Prompt Points, gave engineers a weekly'
        ' score based on the number of tokens their assistant sessions consumed". [1]'
    )
    _add(testkit.norvale_story(site), quoted)
    assert "copies" not in _cli(site, "verify", "--story", NAME)


def test_hand_published_refused_sentences_are_told_apart_and_fail_strict(site: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=site, env=GIT_ENV, check=True, capture_output=True)

    path = testkit.norvale_story(site)
    _add(path, PARAPHRASE, WRONG_ACTOR)
    assert "1 failing sentence(s) of yours recorded in refused_keys" in _cli(
        site, "verify", "--story", NAME, "--record"
    )
    _add(path, LATER)  # written after the check ran: not checked yet
    git("init", "-q", "-b", "main")
    git("add", "content")
    git("commit", "-q", "-m", "drafts")
    path.write_text(path.read_text("utf-8").replace("status: draft", "status: published"))
    git("commit", "-q", "-am", "Publish Norvale")
    out = _cli(site, "review", "record")
    assert "(from git); 1 sentence of it the check refused (refused_keys): fix it" in out
    with pytest.raises(BuildError, match=r"norvale-.*\.md: published article has 1 sentence"):
        _page(site, strict=True)
    doc = _page(site)
    check = doc.select_one(".counts .check.flagged").get_text(" ", strip=True)
    assert "1 by an editor refused by the check · 1 not yet checked" in check
    config = load_config(site / "newsdesk.toml")
    front = soup(config.path(config.build.out) / "index.html").get_text(" ", strip=True)
    assert "⚑ 1 by an editor refused by the check · 1 not yet checked" in front  # its card
    listed = {li["data-check"]: li.get_text(" ", strip=True) for li in doc.select("#unchecked li")}
    assert listed["refused"].startswith(WRONG_ACTOR.removesuffix(" [1]"))
    assert listed["unchecked"].startswith(LATER.removesuffix(" [1]"))


def test_approve_without_the_database_says_where_the_check_can_run(site: Path) -> None:
    _add(testkit.norvale_story(site), PARAPHRASE)
    (site / "data" / "newsdesk.db").unlink()
    out = _cli(site, "review", "approve", NAME, "--editor", "Ed")
    assert "could not be checked here, without the crawl database" in out
    assert "' shows what supports each" not in out  # verify --story fails without it
    assert "where the crawl ran, 'newsdesk verify --story norvale-scraps" in out
