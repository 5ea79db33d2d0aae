"""The editor caveat per sentence: a page names only the sentences an editor wrote that no
machine checked (front matter ``sentence_keys``, written by ``newsdesk draft``)."""

from __future__ import annotations

import json

from newsdesk.sitebuilder import build
from sitecheck import soup
from sitekit import BODY, story, write_story

from newsdesk import content
from newsdesk.sentence_checks import unchecked
from newsdesk.text import body_sentences, sentence_key, sentence_keys

ADDED = "The editor adds a line of their own. [1]"


def test_a_key_covers_the_words_and_the_citations_not_the_markup():
    key = sentence_key("Norvale ended the contest. [2]")
    assert key == sentence_key(
        '<mark class="flag" title="x">Norvale  ended the contest.</mark> [2]'
    )
    assert key == sentence_key("- norvale ended the contest. [2]".removeprefix("- "))
    assert key != sentence_key("Norvale ended the contest. [3]")  # cited elsewhere: not checked
    assert key != sentence_key("Norvale ended the prize. [2]")
    assert body_sentences("A one. [1] B two [2].\n\n## Heading\n\n- C three. [3]") == [
        "A one. [1]",
        "B two [2].",
        "C three. [3]",
    ]
    flagged = '<mark class="flag" title="number">Spending rose 40 percent.</mark> [3]'
    assert sentence_keys(f"Fine. [1] {flagged}") == [sentence_key("Fine. [1]")]


def test_only_sentences_outside_the_checked_keys_are_the_editor_s():
    keys = sentence_keys(BODY)
    assert unchecked(BODY, keys) == ()
    assert unchecked(BODY + f"\n{ADDED}\n", keys) == ("The editor adds a line of their own.",)
    shorter = BODY.replace(
        "Some engineers looped agents overnight to inflate their counts [2].", ""
    )
    assert unchecked(shorter, keys) == ()  # a deleted or moved sentence is no new claim
    assert unchecked(BODY, None) is None  # a file drafted before the keys: unknown


def test_the_page_names_the_editor_s_unchecked_sentences_only(cfg, content_dir) -> None:
    def drafted(slug: str, title: str, with_keys: bool = True) -> dict:
        meta = story(slug=slug, title=title, story_id=f"st-{slug}")
        meta["body_hash"] = content.body_hash(BODY)
        if with_keys:
            meta["sentence_keys"] = sentence_keys(BODY)
        return meta

    write_story(content_dir, drafted("added", "Added"), BODY + f"\n{ADDED}\n")
    cut = BODY.replace("Some engineers looped agents overnight to inflate their counts [2].", "")
    write_story(content_dir, drafted("cut", "Cut"), cut)
    write_story(content_dir, drafted("old", "Old", with_keys=False), BODY + f"\n{ADDED}\n")
    site = build(cfg).out
    added = soup(site / "2026/05/added/index.html")
    mark = added.select_one(".story-head .check")
    assert "1 by an editor not confirmed" in mark.get_text()
    assert "flagged" in mark["class"] and not mark.get_text().startswith("✓")  # no green tick
    assert [li.get_text() for li in added.select("#unchecked li")] == [
        "The editor adds a line of their own."
    ]
    assert "not confirmed by the machine check" in added.select_one("aside.made").get_text()
    marks = added.select(".body mark.unconfirmed, .synopsis mark.unconfirmed")  # where it stands
    assert len(marks) == 1 and marks[0].get_text().startswith(ADDED.removesuffix(" [1]"))
    assert "not confirmed by the check" in marks[0].find_next_sibling("span").get_text()
    manifest = json.loads((site / "2026/05/added/sources.json").read_text(encoding="utf-8"))
    assert manifest["verification"]["unconfirmed"] == ["The editor adds a line of their own."]
    same = soup(site / "2026/05/cut/index.html")  # the editor only deleted a checked sentence
    assert same.select_one(".story-head .check").get_text() == "✓ every sentence checked"
    assert (
        not same.select("#unchecked, mark.unconfirmed")
        and "not confirmed by the machine check" not in same.get_text()
    )
    cut_manifest = json.loads((site / "2026/05/cut/sources.json").read_text(encoding="utf-8"))
    assert cut_manifest["verification"]["unconfirmed"] == []
    old = soup(site / "2026/05/old/index.html")  # no keys: the whole-page caveat, as before
    assert "edited by an editor" in old.select_one(".story-head .check").get_text()
    assert "what the editor wrote was not confirmed" in old.select_one("aside.made").get_text()
    cards = {
        c.select_one("h2").get_text(strip=True): c
        for c in soup(site / "index.html").select(".card")
    }
    card_mark = cards["Added"].select_one(".check")
    assert (
        "1 by an editor not confirmed" in card_mark.get_text() and "flagged" in card_mark["class"]
    )


def test_the_page_counts_the_sentences_checked_now_not_at_drafting(cfg, content_dir) -> None:
    """An editor deletes a checked sentence and adds one that ``verify --record`` passed:
    the count the page gives is of the sentences it shows that were checked."""
    kept = BODY.replace("Some engineers looped agents overnight to inflate their counts [2].", "")
    meta = story(slug="recount", title="Recount", story_id="st-recount")
    meta["body_hash"] = content.body_hash(BODY)
    meta["verification"] = {"checked": len(body_sentences(BODY)), "flagged": 0, "sentences": []}
    meta["sentence_keys"] = [*sentence_keys(BODY), sentence_key(ADDED)]  # the added one recorded
    path = write_story(content_dir, meta, kept + f"\n{ADDED}\n")
    page = soup(build(cfg).out / "2026/05/recount/index.html")
    now = len(body_sentences(kept + f"\n{ADDED}\n"))
    assert now == len(body_sentences(BODY))  # one out, one in
    made = page.select_one("aside.made").get_text()
    assert f"{now} sentences were checked" in made
    assert "not confirmed" not in made
    meta["sentence_keys"] = sentence_keys(BODY)  # the added sentence not recorded
    content.write(path, meta, kept + f"\n{ADDED}\n")
    page = soup(build(cfg).out / "2026/05/recount/index.html")
    assert f"{now - 1} sentences were checked" in page.select_one("aside.made").get_text()
    assert "1 by an editor not confirmed" in page.select_one(".story-head .check").get_text()


def test_a_draft_s_banner_does_not_call_an_editor_s_unconfirmed_sentence_clean(
    cfg, content_dir
) -> None:
    """The walk-through of session 29: the draft banner said "No sentence was flagged" right
    above "1 by an editor not confirmed"."""
    meta = story(slug="mine", title="Mine", story_id="st-mine", status="draft")
    meta["sentence_keys"] = sentence_keys(BODY)
    write_story(content_dir, meta, BODY + f"\n{ADDED}\n")
    page = soup(build(cfg, drafts=True).out / "2026/05/mine/index.html")
    banner = page.select_one(".draft-banner").get_text(" ", strip=True)
    assert "1 sentence by an editor is not confirmed" in banner
    assert "No sentence was flagged" not in banner


def test_the_discussion_box_shows_a_comment_s_paragraphs_apart(cfg, content_dir) -> None:
    """A comment's second paragraph is its own <p> in the box, not run into the first, and a
    comment of about 400 characters is shown whole (the page cut at 300)."""
    meta = story(slug="paras", title="Paras", story_id="st-paras")
    first = "We had a dashboard like this, and it went to directors every month. " * 4
    second = "Nobody ranked us, but everyone read it."
    meta["discussion"][0]["comments"][1]["text"] = f"{first.strip()}\n\n{second}"
    write_story(content_dir, meta)
    doc = soup(build(cfg).out / "2026/05/paras/index.html")
    paras = [p.get_text() for p in doc.select("section.discussion .comments blockquote p")]
    assert paras[-2:] == [first.strip(), second]


def test_a_refused_sentence_is_marked_as_refused_where_it_stands(cfg, content_dir) -> None:
    """An editor's sentence a check ran on and refused (``refused_keys``) says so in the text;
    one not yet checked says it is not confirmed: an editor reading the page can tell them apart."""
    wrong = "The editor adds a wrong figure of 90 percent. [1]"
    meta = story(slug="refused", title="Refused", story_id="st-refused", status="draft")
    meta["sentence_keys"] = sentence_keys(BODY)
    meta["refused_keys"] = [sentence_key(wrong)]
    write_story(content_dir, meta, BODY + f"\n{ADDED} {wrong}\n")
    page = soup(build(cfg, drafts=True).out / "2026/05/refused/index.html")
    reasons = {
        m.get_text()[:30]: m.find_next_sibling("span").get_text()
        for m in page.select(".body mark.unconfirmed, .synopsis mark.unconfirmed")
    }
    assert reasons == {
        ADDED[:30]: " (an editor's sentence, not confirmed by the check)",
        wrong[:30]: " (an editor's sentence, refused by the check)",
    }


def test_a_draft_s_banner_names_the_sentences_the_check_refused(cfg, content_dir) -> None:
    """The banner said "2 sentences by an editor are not confirmed" of a draft whose check had
    refused one of them, and nothing of a refusal beside flagged sentences."""
    wrong = "The editor adds a wrong figure of 90 percent. [1]"
    meta = story(slug="refused", title="Refused", story_id="st-refused", status="draft")
    meta["sentence_keys"] = sentence_keys(BODY)
    meta["refused_keys"] = [sentence_key(wrong)]
    write_story(content_dir, meta, BODY + f"\n{ADDED} {wrong}\n")
    flagged = story(slug="both", title="Both", story_id="st-both", status="draft")
    flagged["sentence_keys"] = sentence_keys(BODY)
    flagged["refused_keys"] = [sentence_key(wrong)]
    mark = '<mark class="flag" title="number">Spending rose 40 percent.</mark> [2]'
    write_story(content_dir, flagged, BODY + f"\n{mark} {wrong}\n")
    site = build(cfg, drafts=True).out
    banner = soup(site / "2026/05/refused/index.html").select_one(".draft-banner")
    assert banner.get_text(" ", strip=True) == (
        "Draft — not reviewed. No drafted sentence was flagged by verification; 1 sentence by"
        " an editor was refused by the check and 1 sentence by an editor is not yet checked."
        " An editor has not approved it yet."
    )
    both = soup(site / "2026/05/both/index.html").select_one(".draft-banner")
    assert both.get_text(" ", strip=True).endswith(
        "highlighted below with the reason. 1 sentence by an editor was refused by the check."
    )
