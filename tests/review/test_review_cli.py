"""`newsdesk review ...` as an editor uses it: list, show, approve, reject, correct, accept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from newsdesk import content
from newsdesk.cli import cli
from newsdesk.models import Article
from newsdesk.regenerate import save_generated
from newsdesk.store import Store
from newsdesk.text import sentence_key, sentence_keys

SLUG = "staff-inflate-ai-token-use-to-climb-leaderboards"


def run(project: Path, *args: str, ok: bool = True):
    result = CliRunner().invoke(
        cli, [*args[:2], "--config", str(project / "newsdesk.toml"), *args[2:]]
    )
    if ok:
        assert result.exit_code == 0, result.output + repr(result.exception)
    return result


def _two_stories(project: Path, drafts) -> Path:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(flagged=True), drafts.FLAGGED_BODY).path
    other = drafts.make_meta(story_id="st-2", title="Gadget maker ships a phone")
    other["date"] = "2026-06-01T10:00:00Z"
    save_generated(cdir, other, drafts.BODY)
    return path


def test_list_plain_markdown_json_and_filters(project: Path, drafts) -> None:
    _two_stories(project, drafts)
    out = run(project, "review", "list").output.splitlines()
    assert out[0].split()[:3] == ["status", "topic", "title"]
    assert len(out) == 3
    flagged = next(line for line in out if SLUG in line)
    assert "2 sources · 1 original · 1 trusted · 1 not read" in flagged
    assert flagged.split()[0] == "draft"
    assert out[0].split()[-2:] == ["slug", "name"]  # the short name every command takes
    phone = next(line for line in out if "gadget-maker-ships-a-phone" in line)
    assert phone.split()[-2:] == ["gadget-maker-ships-a-phone", "gadget-maker"]

    md = run(project, "review", "list", "--format", "markdown").output
    assert "| **Staff inflate AI token use to climb leaderboards**" in md
    assert "⚠️ 1 flagged" in md and "✓ none" in md

    rows = [
        json.loads(x)
        for x in run(project, "review", "list", "--format", "json").output.split("\n")
        if x
    ]
    assert {r["slug"]: r["flags"] for r in rows} == {SLUG: 1, "gadget-maker-ships-a-phone": 0}

    run(
        project,
        "review",
        "reject",
        "gadget-maker-ships-a-phone",
        "--reason",
        "off topic",
        "--editor",
        "Ada",
    )
    only = run(project, "review", "list", "--status", "rejected", "--format", "json").output
    assert [json.loads(x)["slug"] for x in only.splitlines()] == ["gadget-maker-ships-a-phone"]
    assert run(project, "review", "list", "--topic", "other", "--format", "json").output == ""
    # an empty filter says so, and names a topic that is not configured, in one line
    said = run(project, "review", "list", "--topic", "other", "--format", "plain").output
    assert said.startswith("no stories match --topic other (not a configured topic; configured:")
    assert said.count("\n") == 1 and "newsdesk draft" not in said


def test_approve_refuses_flags_then_force_is_recorded(project: Path, drafts) -> None:
    path = _two_stories(project, drafts)
    before = path.read_bytes()
    refused = run(project, "review", "approve", SLUG, "--editor", "Ada", ok=False)
    assert refused.exit_code == 1 and "1 flagged sentence" in str(refused.exception)
    assert path.read_bytes() == before

    run(
        project,
        "review",
        "approve",
        SLUG,
        "--editor",
        "Ada",
        "--force",
        "--reason",
        "in the filing",
    )
    cf = content.read(path)
    assert cf.status == "published"
    assert cf.meta["review"]["forced"] is True and cf.meta["review"]["editor"] == "Ada"
    assert cf.meta["review"]["reason"] == "in the filing"
    assert cf.meta["review_log"][-1]["action"] == "approved"
    assert cf.body == content.read(path).body and "<mark" in cf.body


def test_fixing_the_flagged_sentence_lets_approve_through(project: Path, drafts) -> None:
    path = _two_stories(project, drafts)
    text = path.read_text(encoding="utf-8")
    # removing only the <mark> is not enough: the unverified sentence is still there
    unmarked = text.replace('<mark class="flag" title="number 9 not in the cited source">', "")
    path.write_text(unmarked.replace("</mark>", ""), encoding="utf-8")
    refused = run(project, "review", "approve", SLUG, "--editor", "Ada", ok=False)
    assert refused.exit_code == 1 and "flagged sentence(s)" in str(refused.exception)
    assert "--force --reason" in str(refused.exception)  # as docs/editors.md says it
    front, body = unmarked.replace("</mark>", "").split("\n---\n", 1)
    body = body.replace(drafts.FLAGGED_SENTENCE, "Costs were not given.")
    path.write_text(front + "\n---\n" + body, encoding="utf-8")
    edited_body = content.read(path).body
    out = run(project, "review", "approve", SLUG, "--editor", "Ada").output
    assert "published by Ada" in out
    cf = content.read(path)
    assert cf.body == edited_body and "forced" not in cf.meta["review"]
    # the fixed flag leaves the report, so the page and build-site --strict stop counting it
    ver = cf.meta["verification"]
    assert ver["flagged"] == 0 and ver["sentences"] == []
    assert ver["resolved"][0]["text"] == drafts.FLAGGED_SENTENCE
    assert ver["resolved"][0]["resolved_by"] == "Ada"


def test_show_puts_flagged_sentence_beside_its_source_passage(project: Path, drafts) -> None:
    _two_stories(project, drafts)
    no_db = run(project, "review", "show", SLUG).output
    assert drafts.FLAGGED_SENTENCE in no_db
    assert "no supporting passage found (no crawl database" in no_db
    assert "nothing: no new coverage pending" in no_db
    assert "[2] Circuit Weekly" in no_db

    with Store(project / "data" / "newsdesk.db") as store:
        passage = "The firm spent millions of dollars on wasted tokens, staff said."
        text = f"Tokens were burned for rank. {passage} Nobody was fired."
        art = Article(
            id="a2",
            url="https://circuit.example/tokenmaxxing",
            canonical_url="https://circuit.example/tokenmaxxing",
            title="Tokenmaxxing",
            text=text,
        )
        store.save_article(art, "h")
    with_db = run(project, "review", "show", SLUG).output
    flat = " ".join(with_db.split())
    assert "source passage [2]" in flat and passage in flat


def test_show_lists_new_sources_of_a_pending_proposal(project: Path, drafts) -> None:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    run(project, "review", "approve", SLUG, "--editor", "Ada")
    changed = [dict(drafts.SOURCES[0]), dict(drafts.SOURCES[1], title="Tokenmaxxing, updated")]
    srcs = [*changed, drafts.NEW_SOURCE]
    save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    out = run(project, "review", "show", SLUG, "--diff").output
    assert "+ new source [3] Harbor Daily — Company ends token leaderboard" in out
    assert "~ [2] title: 'Tokenmaxxing: burning tokens for rank' → 'Tokenmaxxing, updated'" in out
    assert "+Harbor Daily followed the story. [3]" in out  # the text diff
    assert "review accept" in out
    run(project, "review", "accept", SLUG, "--editor", "Bo")
    cf = content.read(path)
    assert [s["n"] for s in cf.meta["sources"]] == [1, 2, 3]
    assert cf.meta["sources"][1]["title"] == "Tokenmaxxing: burning tokens for rank"  # kept


def test_reject_needs_a_reason_and_correct_needs_published(project: Path, drafts) -> None:
    path = _two_stories(project, drafts)
    assert run(project, "review", "reject", SLUG, "--reason", "  ", ok=False).exit_code == 1
    nope = run(project, "review", "correct", SLUG, "--note", "x", "--editor", "Ada", ok=False)
    assert "not published" in str(nope.exception)
    run(project, "review", "approve", SLUG, "--editor", "Ada", "--force", "--reason", "ok")
    run(project, "review", "correct", SLUG, "--note", "The count was 2, not 3.", "--editor", "Bo")
    cf = content.read(path)
    assert cf.meta["corrections"][0]["note"] == "The count was 2, not 3."
    assert cf.meta["corrections"][0]["editor"] == "Bo"
    assert cf.meta["review"]["action"] == "approved"  # the forced approval stays on record


def test_running_reject_or_correct_twice_records_it_once(project: Path, drafts) -> None:
    # an editor who runs the same command again (shell history) gets one decision, one
    # correction: the page printed the same correction twice and the log held two rejections
    path = _two_stories(project, drafts)
    run(project, "review", "approve", SLUG, "--editor", "Ada", "--force", "--reason", "ok")
    note = ("--note", "An earlier version gave the wrong date.", "--editor", "Bo")
    run(project, "review", "correct", SLUG, *note)
    again = run(project, "review", "correct", SLUG, *note, ok=False)
    assert again.exit_code == 1 and "already has this correction" in str(again.exception)
    assert len(content.read(path).meta["corrections"]) == 1
    run(project, "review", "correct", SLUG, "--note", "A name was misspelt.", "--editor", "Bo")
    assert len(content.read(path).meta["corrections"]) == 2  # another note is recorded

    other = "gadget-maker-ships-a-phone"
    run(project, "review", "reject", other, "--reason", "Off topic", "--editor", "Ada")
    twice = run(project, "review", "reject", other, "--reason", "Off topic", ok=False)
    assert twice.exit_code == 1 and "already rejected" in str(twice.exception)
    log = content.read(next(path.parents[2].rglob(f"{other}.md"))).meta["review_log"]
    assert [e["action"] for e in log] == ["rejected"]


def test_unknown_slug_is_one_line_naming_close_matches(project: Path, drafts) -> None:
    _two_stories(project, drafts)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsdesk",
            "review",
            "show",
            "staff-inflates-ai-token-use",
            "--config",
            str(project / "newsdesk.toml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1
    assert "'staff-inflates-ai-token-use'" in proc.stderr and SLUG in proc.stderr


def test_a_unique_beginning_of_a_slug_is_enough(project: Path, drafts) -> None:
    _two_stories(project, drafts)
    save_generated(
        project / "content", drafts.make_meta(story_id="st-3", title="Staff strike"), drafts.BODY
    )
    assert run(project, "review", "show", "staff-infl").output.startswith(
        "Staff inflate AI token use to climb leaderboards\n"
    )
    vague = run(project, "review", "approve", "staff", "--editor", "Ada", ok=False)
    assert "could be any of" in str(vague.exception)
    # the story id the front matter shows names the story too
    assert run(project, "review", "show", "st-3").output.startswith("Staff strike\n")


def test_editor_defaults_to_git_user_name(project: Path, drafts) -> None:
    _two_stories(project, drafts)
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    subprocess.run(["git", "-C", str(project), "config", "user.name", "Grace Git"], check=True)
    run(project, "review", "reject", "gadget-maker-ships-a-phone", "--reason", "off topic")
    cf = next(c for c in content.iter_content(project / "content") if c.status == "rejected")
    assert cf.meta["review"]["editor"] == "Grace Git"
    assert cf.meta["review"]["reason"] == "off topic"


def test_approve_keeps_blank_lines_and_line_endings_after_the_header(project: Path, drafts) -> None:
    path = save_generated(project / "content", drafts.make_meta(), drafts.BODY).path
    front, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    mine = "\r\n\r\nMy own text, Windows line endings. [1]\r\n\r\n\r\n"
    path.write_bytes((front + "\n---\n").encode() + mine.encode())
    run(project, "review", "approve", SLUG, "--editor", "Ada")
    raw = path.read_bytes()
    assert raw.endswith(b"\n---\n" + mine.encode())
    assert content.read(path).status == "published"


def test_a_broken_file_is_listed_not_hiding_the_others(project: Path, drafts) -> None:
    _two_stories(project, drafts)
    bad = project / "content" / "2026" / "05" / "typo.md"
    bad.write_text("---\ntitle: [unclosed\n---\nText\n", encoding="utf-8")
    out = run(project, "review", "list", "--format", "plain").output
    assert "invalid" in out and "front matter is not valid YAML" in out
    assert SLUG in out and "gadget-maker-ships-a-phone" in out
    err = run(project, "review", "show", "typo", ok=False)
    assert "typo.md is broken and cannot be read: front matter is not valid YAML" in str(
        err.exception
    )


def test_accepting_by_marking_the_proposal_in_git(project: Path, drafts) -> None:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    run(project, "review", "approve", SLUG, "--editor", "Ada")
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    prop = content.proposal_path(path)
    text = prop.read_text(encoding="utf-8")
    assert "set 'accept: true'" in text and "\naccept: false\n" in text

    # an editor flips the switch in GitHub's web editor; git records who
    prop.write_text(text.replace("\naccept: false\n", "\naccept: true\n"), encoding="utf-8")
    env = ["-c", "user.name=Grace Git", "-c", "user.email=g@example.invalid"]
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    subprocess.run(["git", "-C", str(project), *env, "add", "."], check=True)
    subprocess.run(["git", "-C", str(project), *env, "commit", "-qm", "accept"], check=True)
    marked = prop.read_bytes()
    again = save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    assert again.action == "unchanged" and prop.read_bytes() == marked  # the mark is kept

    out = run(project, "review", "accept", "--marked").output
    assert "1 marked proposal(s) accepted" in out
    cf = content.read(path)
    assert [s["n"] for s in cf.meta["sources"]] == [1, 2, 3] and not prop.exists()
    assert cf.meta["review_log"][-1] == {
        "action": "accepted",
        "editor": "Grace Git",
        "at": cf.meta["updated"],
        "added": 1,
    }
    assert run(project, "review", "accept", ok=False).exit_code == 2


def test_markdown_list_is_safe_for_a_pull_request_body(project: Path, drafts) -> None:
    meta = drafts.make_meta(title="Pipes | and <script>alert(1)</script> *stars*")
    save_generated(project / "content", meta, drafts.BODY)
    md = run(project, "review", "list", "--format", "markdown").output
    row = md.splitlines()[2]
    assert row.count(" | ") == 6  # the title's pipe does not add a column
    assert "<script>" not in md and "&lt;script&gt;" in md and "\\*stars\\*" in md


def test_the_pull_request_table_counts_an_editor_s_unconfirmed_sentences(
    project: Path, drafts
) -> None:
    """A story whose text carries a sentence no check passed read "✓ none" in the table, and
    then a tick stood beside the editor's unchecked sentences."""
    path = save_generated(project / "content", drafts.make_meta(), drafts.BODY).path
    cf = content.read(path)
    meta = dict(cf.meta, sentence_keys=sentence_keys(cf.body))
    content.write(path, meta, cf.body + "\nAn editor's own line of praise. [1]\n")
    md = run(project, "review", "list", "--format", "markdown").output
    assert "| ⚑ 1 by an editor not yet checked |" in md.splitlines()[2]
    assert "✓" not in md.splitlines()[2]
    assert json.loads(run(project, "review", "list", "--format", "json").output)["unconfirmed"] == 1


def test_review_list_tells_refused_sentences_from_unchecked_ones(project: Path, drafts) -> None:
    """An editor's sentence the check refused and one not checked yet were counted together as
    "not confirmed": the list says which is which, as the page does."""
    path = save_generated(project / "content", drafts.make_meta(), drafts.BODY).path
    cf = content.read(path)
    refused, waiting = "An editor's own line of praise. [1]", "A second line of praise. [1]"
    meta = dict(cf.meta, sentence_keys=sentence_keys(cf.body), refused_keys=[sentence_key(refused)])
    content.write(path, meta, f"{cf.body}\n{refused} {waiting}\n")
    md = run(project, "review", "list", "--format", "markdown").output.splitlines()[2]
    assert "| ⚑ 1 by an editor refused by the check; ⚑ 1 by an editor not yet checked |" in md
    plain = run(project, "review", "list", "--format", "plain").output.splitlines()[1]
    assert "0; editor's: 1 refused, 1 unchecked" in plain
    row = json.loads(run(project, "review", "list", "--format", "json").output)
    assert (row["unconfirmed"], row["refused"]) == (2, 1)
    show = run(project, "review", "show", SLUG).output
    assert "1 sentence(s) by an editor refused by the check" in " ".join(show.split())
    assert "1 sentence(s) by an editor not confirmed, not yet checked" in " ".join(show.split())


def test_approve_with_no_store_refuses_what_the_file_records_as_refused(
    project: Path, drafts
) -> None:
    """In a content-only checkout (no crawl database) approve published a story whose file
    recorded an editor's sentence as refused by the check, with only a note."""
    path = save_generated(project / "content", drafts.make_meta(), drafts.BODY).path
    cf = content.read(path)
    refused = "An editor's own line of praise. [1]"
    meta = dict(cf.meta, sentence_keys=sentence_keys(cf.body), refused_keys=[sentence_key(refused)])
    content.write(path, meta, f"{cf.body}\n{refused}\n")
    assert not (project / "data").exists()
    out = run(project, "review", "approve", SLUG, "--editor", "Ada", ok=False)
    assert out.exit_code == 1 and content.read(path).status == "draft"
    said = str(out.exception)
    assert "1 sentence of yours was refused by the check when it last ran" in said
    assert "publish anyway with --force" in said
    forced = ["--editor", "Ada", "--force", "--reason", "the source was corrected"]
    assert "published by Ada" in run(project, "review", "approve", SLUG, *forced).output
    assert content.read(path).status == "published"


def test_sentence_dropped_by_strict_drafting_does_not_block_approval(project: Path, drafts) -> None:
    # draft --strict leaves the flagged sentence out of the text; the report still lists it
    save_generated(project / "content", drafts.make_meta(flagged=True), drafts.BODY)
    rows = run(project, "review", "list", "--format", "json").output
    assert json.loads(rows)["flags"] == 0
    assert "published by Ada" in run(project, "review", "approve", SLUG, "--editor", "Ada").output


def test_markdown_escaped_flagged_sentence_still_counts_without_its_mark(
    project: Path, drafts
) -> None:
    sentence = "Usage rose 3*4 [sic] times_over."
    meta = drafts.make_meta()
    meta["verification"] = {
        "checked": 4,
        "flagged": 1,
        "sentences": [{"text": sentence, "reasons": ["x"]}],
    }
    escaped = "Usage rose 3\\*4 \\[sic\\] times_over."
    path = save_generated(project / "content", meta, drafts.BODY + f"\n{escaped} [2]\n").path
    path.write_text(path.read_text(encoding="utf-8") + "\nAn editor's addition. [1]\n", "utf-8")
    result = run(project, "review", "approve", SLUG, "--editor", "Ada", ok=False)
    assert result.exit_code == 1
    assert "1 flagged sentence(s)" in str(result.exception)  # refused for the flag, not otherwise
    assert content.read(path).status == "draft"


def test_last_crawl_comes_from_the_database_when_the_file_does_not_say(
    project: Path, drafts
) -> None:
    from newsdesk.models import Story
    from newsdesk.story_store import save_stories

    _two_stories(project, drafts)
    with Store(project / "data" / "newsdesk.db") as store:
        story = Story("st-1", "tokenmaxxing", "t", "a1", ("a1",), updated="2026-05-14T07:00:00Z")
        save_stories(store, [story])
    rows = [
        json.loads(x)
        for x in run(project, "review", "list", "--format", "json").output.split("\n")
        if x
    ]
    assert {r["slug"]: r["last_crawl"] for r in rows} == {
        SLUG: "2026-05-14T07:00:00Z",
        "gadget-maker-ships-a-phone": None,
    }


def test_force_needs_a_reason_and_stores_nothing_without_one(project: Path, drafts) -> None:
    # a forced approval without --reason published a page whose override gave no why, and
    # approving again to add one was refused as "already published"
    path = _two_stories(project, drafts)
    before = path.read_bytes()
    for reason in ((), ("--reason", "  ")):
        nope = run(
            project, "review", "approve", SLUG, "--editor", "Ada", "--force", *reason, ok=False
        )
        said = str(nope.exception)
        assert nope.exit_code == 1 and "--reason" in said and len(said.splitlines()) == 1
        assert path.read_bytes() == before


def test_show_names_a_few_copies_of_a_source_and_counts_the_rest(project: Path, drafts) -> None:
    """A syndicated report found at 80 addresses: 'also at' printed all 80 on one line."""
    cdir = project / "content"
    save_generated(cdir, drafts.make_meta(), drafts.BODY)
    run(project, "review", "approve", SLUG, "--editor", "Ada")
    copies = [f"https://mirror{i}.example/tokenmaxxing" for i in range(80)]
    srcs = [dict(drafts.SOURCES[0]), dict(drafts.SOURCES[1], also_at=copies)]
    save_generated(cdir, drafts.make_meta(sources=srcs), drafts.BODY)
    out = run(project, "review", "show", SLUG).output
    (line,) = [x for x in out.splitlines() if "also at:" in x]
    assert line.startswith("  ~ [2] also at: https://mirror0.example/tokenmaxxing, https://mirror1")
    assert "and 77 more   (a copy of https://circuit.example/tokenmaxxing)" in line
    assert "mirror3.example" not in line
