"""Issue 14, items 9-15: what a reader of the built site trips over, checked on the pages'
HTML with CSS selectors (the layout at 390 and 1280 px is checked in Chromium, test_search.py
and test_browser.py)."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdesk.sitebuilder import build, wording
from newsdesk.sitebuilder.wording import excerpt
from sitecheck import soup
from sitekit import BODY, STORY, make_config, story, write_story

ARTICLE = "2026/05/lumen-freight-token-leaderboard/"
QUOTED_BODY = BODY.replace(
    "On Hacker News, commenters compared",
    "Commenter mira_k wrote: “Any metric that becomes a target gets gamed.” [4] Others compared",
)
LONG_SYNOPSIS = (
    "Brightforge, a maker of software development tools, has scrapped an internal leaderboard "
    "that ranked engineers by their use of artificial intelligence assistants, after staff said "
    "colleagues were inflating their usage to climb the table, and after spending on models "
    "rose about forty percent between November and February, a figure the company confirmed"
)


def side_story() -> dict:
    """A newer story with one unrated source: a side story."""
    meta = story(
        title="Lumen Freight opens a Lisbon office",
        slug="lumen-lisbon-office",
        story_id="st-side",
        date="2026-05-13T12:00:00Z",
        discussion=[],
        timeline=[],
        excluded=0,
    )
    meta["sources"] = [copy.deepcopy(STORY["sources"][2])]
    meta["sources"][0]["n"] = 1
    return meta


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cfg = make_config(tmp_path_factory.mktemp("reading") / "project")
    content_dir = cfg.path(cfg.build.content_dir)
    write_story(content_dir, story(), QUOTED_BODY)
    side_body = LONG_SYNOPSIS + " [1].\n\n## What happened\n\nAn office opens [1].\n"
    write_story(content_dir, side_story(), side_body)
    build(cfg)
    return cfg.path(cfg.build.out)


def article(site: Path) -> BeautifulSoup:
    return soup(site / ARTICLE / "index.html")


def test_cited_by_names_the_citing_sources_in_timeline_and_list_alike(site: Path) -> None:
    """Item 9: one meaning of "cited by", in words: who cites this source."""
    doc = article(site)
    first_in_timeline = doc.select_one(".timeline li").get_text(" ", strip=True)
    in_list = doc.select_one("#source-1 .status").get_text(" ", strip=True)
    assert "cited by Daily Circuit and Aggregate" in first_in_timeline
    assert "cited by Daily Circuit and Aggregate" in in_list
    assert "cited by 2" not in first_in_timeline  # the drafts' bare count is gone
    assert "cited by Aggregate" in doc.select_one("#source-2 .status").get_text(" ", strip=True)
    assert "cited by" not in doc.select_one("#source-3 .status").get_text()


def test_a_comment_quoted_in_the_article_is_not_repeated_in_the_discussion_box(
    site: Path,
) -> None:
    """Item 10: HN comments appear once."""
    doc = article(site)
    assert "Any metric that becomes a target gets gamed" in doc.select_one(".body").get_text()
    box = doc.select_one("section.discussion")
    assert [li.select_one(".by").get_text() for li in box.select(".comments li")] == [
        "— dtoh, on Hacker News"
    ]  # the author once (the link's label names them for screen readers)
    assert "1 comment from this thread is quoted in the article above" in box.get_text(" ")
    assert doc.get_text().count("Any metric that becomes a target") == 1


def test_front_page_ranks_by_significance_and_latest_lists_by_date(site: Path) -> None:
    """Item 11: the five-source lead sits above a newer one-source side story; "Latest" is by
    date; the about page says how the ranking works."""
    titles = [a.get_text() for a in soup(site / "index.html").select(".card h2 a")]
    assert titles == [STORY["title"], "Lumen Freight opens a Lisbon office"]
    latest = soup(site / "latest/index.html")
    assert [a.get_text() for a in latest.select(".card h2 a")] == titles[::-1]
    views = soup(site / "index.html").select("nav.views a")
    assert [(a.get_text(), a.get("aria-current")) for a in views] == [
        ("Top stories", "page"),
        ("Latest", None),
    ]
    for page in ("index.html", "latest/index.html"):  # the h1 names the site, the tabs the order
        h1 = soup(site / page).select_one("h1").get_text(strip=True)
        tabs = [a.get_text().lower() for a in soup(site / page).select("nav.views a")]
        assert h1 and not any(t in h1.lower() for t in tabs), (page, h1)
    assert soup(site / "index.html").select_one(".how a[href$='about/#ranking']")
    about = soup(site / "about/index.html").select_one("#ranking").find_next("p").get_text()
    assert "most significant stories first" in about
    how = soup(site / "about/index.html").select_one("#ranking").find_next("ul").get_text()
    assert "trusted" in how and "Hacker News" in how and "outlet" in how


def test_card_excerpts_end_at_a_sentence_or_clause(site: Path) -> None:
    """Item 12: no "software development tools,..."."""
    cards = {
        c.select_one("h2").get_text(strip=True): c.select_one(".synopsis").get_text()
        for c in soup(site / "index.html").select(".card")
    }
    cut = cards["Lumen Freight opens a Lisbon office"]
    assert len(cut) <= 281 and cut.endswith("…") and not cut.endswith((",…", ", …", " …"))
    assert LONG_SYNOPSIS.startswith(cut[:-1])
    assert LONG_SYNOPSIS[len(cut) - 1] == ","  # cut where a clause ends


def test_the_lead_card_shows_twice_the_synopsis_of_the_others(tmp_path: Path) -> None:
    """At 1280 px the lead card spans two columns beside a side card: cut at 280 characters it
    left an empty box under its text. The front page's first card holds 560; the same story
    on "Latest" (no lead) is cut as every card is."""
    cfg = make_config(tmp_path / "project")
    long_lead = LONG_SYNOPSIS + ". " + LONG_SYNOPSIS.replace("Brightforge", "The company", 1)
    write_story(
        cfg.path(cfg.build.content_dir), story(), long_lead + " [1].\n\n## More\n\nText [1].\n"
    )
    build(cfg)
    out = cfg.path(cfg.build.out)
    lead = soup(out / "index.html").select_one(".card .synopsis").get_text()
    listed = soup(out / "latest/index.html").select_one(".card .synopsis").get_text()
    assert 280 < len(lead) <= 561 and long_lead.startswith(lead.rstrip("…"))
    assert len(listed) <= 281 and listed.endswith("…") and lead.startswith(listed[:-1])


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Short enough.", 280, "Short enough."),
        ("One sentence here. Another one that runs on and on.", 30, "One sentence here."),
        ("Here is a clause, then another clause that runs long", 30, "Here is a clause…"),
        ("A, then words that go on and on", 20, "A, then words that…"),  # too short a clause
        ("words without any stop at all in them", 20, "words without any…"),
        ("“Quoted sentence.” Then more text follows here.", 30, "“Quoted sentence.”"),
    ],
)
def test_excerpt_cuts(text: str, limit: int, expected: str) -> None:
    assert excerpt(text, limit) == expected


def test_zero_counts_are_not_shown(site: Path) -> None:
    """Item 13: "1 source", not "1 source · 0 original · 0 trusted"."""
    side = soup(site / "2026/05/lumen-lisbon-office/index.html")
    assert side.select_one(".story-head .counts a").get_text(strip=True) == "1 source"
    for page in (site / "index.html", site / "latest/index.html", site / ARTICLE / "index.html"):
        for counts in soup(page).select(".counts"):
            assert " 0 " not in f" {counts.get_text(' ', strip=True)} ", page


def test_one_link_per_source_and_plain_status_words(site: Path) -> None:
    """Item 14: the title is the one link to a source; status in words."""
    items = article(site).select("section#sources > ol > li")
    for li in items:
        links = [a for a in li.select("a") if "mirror" not in (a.get("class") or [])]
        assert [a.get("class") for a in links] == [["title"]], li
        assert not li.select("a[href*='outlets/']")
    status = [li.select_one(".status").get_text(" ", strip=True).split(" · ")[0] for li in items]
    assert status == [
        "not read: paywall",
        "full text read",
        "full text read",
        "thread read",
        "full text read",
    ]


def test_story_page_has_a_reading_column_and_a_side_column(site: Path) -> None:
    """Item 15 (the markup; Chromium checks the geometry): the timeline and the sources sit in
    a side column after the article's text, the machine-readable list unchanged."""
    doc = article(site)
    rail = doc.select_one("article.story > .story-rail")
    assert [s.get("id") or s["class"][0] for s in rail.select(":scope > section")] == [
        "timeline",
        "sources",
    ]
    assert doc.select_one("article.story > .story-main .body")
    assert doc.select_one("article.story > .story-end aside.made")
    assert rail.select("section#sources > ol > li[data-role][data-tier] a[href]")


# the quotation scan and the normal form, against the regular expressions they replace
_QUOTED = re.compile(r"\u201c([^\u201d]{12,})\u201d|\"([^\"]{12,})\"")
quote_text = st.lists(
    st.sampled_from(["\u201c", "\u201d", '"', "a", "b c", "0123456789", "\n", "É", "_", "—", " "]),
    max_size=40,
).map("".join)


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(quote_text)
def test_quoted_passages_are_what_the_regular_expression_finds(text: str) -> None:
    assert wording.quoted_passages(text) == [a or b for a, b in _QUOTED.findall(text)]


@pytest.mark.parametrize(
    "text", ["", "A  b\tc", "It's “Über-cool”, said Ⅻ_3 — ok?", "İstanbul ǅ ß ½ ٣", "--- ..."]
)
def test_normal_form_keeps_word_runs_lower_cased(text: str) -> None:
    old = " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())
    assert wording._normal(text) == old
