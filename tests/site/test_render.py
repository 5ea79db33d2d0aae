"""The rendered site as a reader (and a crawler) sees it: checked with CSS selectors."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdesk.sitebuilder import article, build
from sitecheck import broken_links, html_files, soup
from sitekit import BASE_URL, BODY, make_config, story, write_story

from newsdesk.models import ROLES, Source, count_sources

ARTICLE = "2026/05/lumen-freight-token-leaderboard/"


@pytest.fixture
def site(cfg, content_dir, tmp_path: Path) -> Path:
    write_story(content_dir, story())
    write_story(
        content_dir,
        story(
            title="Agents left running overnight to win a usage contest",
            slug="agents-overnight",
            topic="agents",
            date="2026-06-02T10:00:00Z",
            story_id="st-2",
            updated="2026-06-05T12:00:00Z",
            corrections=[
                {
                    "at": "2026-06-04T08:00:00Z",
                    "editor": "Sam Editor",
                    "note": "An earlier version misnamed the company.",
                }
            ],
            review={
                "action": "approved",
                "editor": "Sam Editor",
                "at": "2026-06-03T09:00:00Z",
                "forced": True,
                "reason": "numbers confirmed by phone",
            },
        ),
    )
    write_story(
        content_dir, story(title="Still a draft", slug="a-draft", story_id="st-3", status="draft")
    )
    write_story(
        content_dir,
        story(title="Rejected one", slug="rejected", story_id="st-4", status="rejected"),
    )
    build(cfg)
    return cfg.path(cfg.build.out)


def test_article_sources_are_numbered_and_every_citation_resolves(site: Path) -> None:
    doc = soup(site / ARTICLE / "index.html")
    items = doc.select("section#sources > ol > li")
    assert [li["id"] for li in items] == [f"source-{n}" for n in range(1, 6)]
    for li in items:
        assert li["data-role"] in ROLES
        assert li["data-tier"] in ("trusted", "unrated")
        assert li.select_one("a.title[href^='https://']")["rel"] == ["nofollow", "noopener"]
    cites = doc.select("a.cite")
    assert len(cites) >= 10
    ids = {el["id"] for el in doc.select("[id]")}
    assert all(a["href"].lstrip("#") in ids for a in cites)
    first = items[0].get_text(" ", strip=True)
    assert "not read" in first and "paywall" in first
    status = items[0].select_one(".status").get_text(" ", strip=True)
    assert "not read: paywall" in status and "cited by Daily Circuit and Aggregate" in status
    assert items[0].select_one("a[href='https://amp.harbourgazette.example/lumen-tokens']")
    assert items[1].select_one(".status").get_text().startswith("full text read")


def test_counts_line_matches_the_list_and_sources_json(site: Path) -> None:
    doc = soup(site / ARTICLE / "index.html")
    items = doc.select("section#sources li")
    rendered = [
        Source(
            url="",
            outlet="",
            name="",
            title="",
            role=li["data-role"],
            tier=li["data-tier"],
            read=li["data-read"] == "true",
        )
        for li in items
    ]
    line = count_sources(rendered, excluded=1).line()
    assert line == "5 sources · 1 original · 1 primary · 1 trusted · 1 not read · 1 excluded"
    # the line's parts are span.part pieces (session 36): its text is read whole, unstripped
    assert doc.select_one("header.story-head p.counts a").get_text() == line
    assert "✓ every sentence checked" in doc.select_one("header.story-head").get_text()
    manifest = json.loads((site / ARTICLE / "sources.json").read_text())
    assert manifest["counts_line"] == line
    assert manifest["counts"]["total"] == len(items) == len(manifest["sources"])
    assert [s["role"] for s in manifest["sources"]] == [li["data-role"] for li in items]
    assert [s["url"] for s in manifest["sources"]] == [
        li.select_one("a.title")["href"] for li in items
    ]


def test_article_page_anatomy(site: Path) -> None:
    doc = soup(site / ARTICLE / "index.html")
    assert doc.select_one("h1").get_text() == story()["title"]
    assert [h.name for h in doc.select("h1, h2")][0] == "h1"
    meta = doc.select_one("header.story-head .meta").get_text(" ", strip=True)
    assert "Tokenmaxxing" in meta and "12 May 2026" in meta and "3 min read" in meta
    assert "Updated" not in meta  # no `updated` in the front matter
    assert len(doc.select(".takeaways li")) == 3
    assert [h.get_text() for h in doc.select(".body h2")] == [
        "What happened",
        "Reaction and discussion",
        "Background",
    ]
    quote = doc.select_one("figure.quote")
    assert "We measured the wrong thing" in quote.blockquote.get_text()
    assert "Dana Ortiz" in quote.figcaption.get_text()
    assert len(doc.select(".timeline li")) == 3
    hn = doc.select(".discussion a[href^='https://news.ycombinator.com/item?id=']")
    assert len(hn) == 3
    assert doc.select_one(".made a[href$='about/']")
    assert doc.select_one("main a[href='sources.json']")
    assert (
        doc.select_one("header[class=masthead]")
        and doc.select_one("main#main")
        and doc.select_one("footer")
    )
    assert (
        doc.select_one("meta[http-equiv='Content-Security-Policy']")["content"].count(
            "script-src 'none'"
        )
        == 1
    )
    assert doc.select_one("link[rel=canonical]")["href"] == BASE_URL + ARTICLE
    assert doc.select_one("meta[property='og:type']")["content"] == "article"
    assert doc.select_one("meta[name='twitter:card']")
    ld = json.loads(doc.select_one("script[type='application/ld+json']").string)
    assert ld["@type"] == "NewsArticle" and len(ld["citation"]) == 5
    assert doc.select(".related a")  # the other story is related by outlets


def test_updated_correction_and_forced_override_are_shown(site: Path) -> None:
    doc = soup(site / "2026/06/agents-overnight/index.html")
    assert "Updated" in doc.select_one(".story-head .meta").get_text()
    assert "misnamed the company" in doc.select_one("aside.corrections").get_text()
    made = doc.select_one("aside.made").get_text(" ", strip=True)
    assert "approved it over the machine check" in made and "numbers confirmed by phone" in made


def test_only_published_without_drafts_flag(site: Path) -> None:
    assert not (site / "2026/05/a-draft").exists()
    assert not (site / "2026/05/rejected").exists()
    cards = soup(site / "index.html").select(".card h2 a")
    assert len(cards) == 2


def test_listing_pages(site: Path) -> None:
    index = soup(site / "index.html")
    card = index.select_one(".card")
    assert card.select_one("h2 a") and card.select_one(".synopsis") and card.select_one(".counts")
    assert len(soup(site / "topics/tokenmaxxing/index.html").select(".card")) == 1
    outlet = soup(site / "outlets/harbourgazette-example/index.html")
    assert "first to report (original) in 2 of them" in outlet.select_one(".stats").get_text()
    assert len(soup(site / "archive/index.html").select(".index-list li")) == 2
    assert soup(site / "archive/2026/05/index.html").select("table.rows tbody tr")
    assert soup(site / "about/index.html").select_one("#roles")
    assert soup(site / "404.html").select_one("h1").get_text() == "Page not found"
    assert (site / ".nojekyll").exists()


def test_every_page_has_one_h1_landmarks_and_no_skipped_heading_level(site: Path) -> None:
    pages = html_files(site)
    assert len(pages) > 10
    for page in pages:
        doc = soup(page)
        levels = [int(h.name[1]) for h in doc.select("h1, h2, h3, h4, h5, h6")]
        assert levels.count(1) == 1 and levels[0] == 1, page
        skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        assert skips == [], (page, levels)
        assert doc.select_one("header") and doc.select_one("main") and doc.select_one("footer")
        assert doc.html.get("lang"), page
        for img in doc.select("img"):
            assert img.get("alt") is not None, (page, img)


def test_every_internal_link_and_asset_resolves_under_a_sub_path(site: Path) -> None:
    assert BASE_URL.endswith("/newsdesk/")
    assert broken_links(site, BASE_URL) == []


def test_feeds_parse_and_list_published_stories(site: Path) -> None:
    for name in ("atom.xml", "rss.xml", "topics/tokenmaxxing/atom.xml", "topics/agents/rss.xml"):
        feed = feedparser.parse((site / name).read_bytes())
        assert not feed.bozo, (name, feed.get("bozo_exception"))
        assert feed.entries
        for e in feed.entries:
            assert e.link.startswith(BASE_URL)
            assert (site / e.link[len(BASE_URL) :] / "index.html").is_file()
    assert len(feedparser.parse((site / "atom.xml").read_bytes()).entries) == 2
    corrections = feedparser.parse((site / "corrections.xml").read_bytes())
    assert not corrections.bozo and len(corrections.entries) == 1
    assert "misnamed" in corrections.entries[0].content[0].value


def test_sitemap_lists_every_page(site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {e.text for e in ET.parse(site / "sitemap.xml").getroot().findall("s:url/s:loc", ns)}
    folders = [
        p.parent.relative_to(site).as_posix() for p in html_files(site) if p.name == "index.html"
    ]
    assert locs == {BASE_URL + ("" if f == "." else f + "/") for f in folders}
    assert "Sitemap: " + BASE_URL + "sitemap.xml" in (site / "robots.txt").read_text()


def test_drafts_flag_renders_drafts_with_banner_and_flags(cfg, content_dir) -> None:
    body = BODY.replace(
        "The company said it has paused the rankings [5].",
        '<mark class="flag" title="no source gives this date">The company said it paused the rankings on May 3 [5].</mark>',
    )
    write_story(
        content_dir,
        story(
            status="draft",
            verification={
                "checked": 9,
                "flagged": 1,
                "sentences": [
                    {"text": "The company said…", "reasons": ["no source gives this date"]}
                ],
            },
        ),
        body,
    )
    out = cfg.root / "preview"
    build(cfg, out=out, drafts=True)
    doc = soup(out / ARTICLE / "index.html")
    assert "Draft — not reviewed" in doc.select_one(".draft-banner").get_text()
    mark = doc.select_one("mark.flag")
    assert mark["title"] == "no source gives this date"
    assert "no source gives this date" in mark.find_next_sibling(class_="flag-reason").get_text()
    assert doc.select_one("meta[name=robots]")["content"] == "noindex"
    assert "1 flagged" in doc.select_one(".check.flagged").get_text()
    assert not feedparser.parse((out / "atom.xml").read_bytes()).entries  # drafts never in feeds


XSS = '<script>document.title="pwned"</script><img src=x onerror="document.title=1">'


def test_untrusted_text_is_escaped_or_sanitised(cfg, content_dir) -> None:
    meta = story(title="Headline " + XSS)
    meta["sources"][1]["title"] = "Evil " + XSS
    meta["sources"][1]["url"] = "javascript:alert(1)"
    meta["sources"][2]["name"] = '"><script>alert(2)</script>'
    meta["discussion"][0]["comments"][0]["text"] = "Comment " + XSS
    meta["discussion"][0]["comments"][0]["url"] = "javascript:alert(3)"
    body = BODY.replace(
        "## Key takeaways",
        f"Inline {XSS} [evil](javascript:alert(4)) <a href='https://ok.example/' onclick='x()'>ok</a>\n\n## Key takeaways",
    )
    write_story(content_dir, meta, body)
    build(cfg)
    site = cfg.path(cfg.build.out)
    for page in html_files(site):
        doc = soup(page)
        scripts = [s for s in doc.select("script") if s.get("type") != "application/ld+json"]
        # the search page runs the site's own search script, and nothing from content
        own = ["../assets/search.js"] if page == site / "search/index.html" else []
        assert [s.get("src") for s in scripts] == own and not any(s.string for s in scripts), page
        assert not doc.select("[onerror], [onclick], img[src=x]")
        assert not doc.select("a[href^='javascript:']")
    doc = soup(site / ARTICLE / "index.html")
    assert XSS in doc.select_one("h1").get_text()  # shown as text, not markup
    assert doc.select_one("#source-2 a.title") is None and doc.select_one("#source-2 .nourl")
    assert doc.select_one("a[href='https://ok.example/']")["rel"] == ["nofollow", "noopener"]
    ld = doc.select_one("script[type='application/ld+json']").string
    assert "</script" not in ld.lower() and json.loads(ld)["headline"].startswith(
        "Headline <script>"
    )


def test_strict_turns_warnings_into_failure_and_keeps_the_site(cfg, content_dir) -> None:
    from newsdesk.errors import BuildError

    write_story(content_dir, story())
    build(cfg, strict=True)
    site = cfg.path(cfg.build.out)
    before = (site / ARTICLE / "index.html").read_bytes()
    bad = story(slug="bad", story_id="st-9", title="Bad")
    bad["sources"][0]["url"] = ""
    write_story(content_dir, bad, BODY + "\nA claim citing nothing real [9].\n")
    with pytest.raises(BuildError, match="strict"):
        build(cfg, strict=True)
    assert (site / ARTICLE / "index.html").read_bytes() == before
    assert not (site / "2026/05/bad").exists()
    summary = build(cfg)  # without --strict: the story with a dead [9] is left out, one line
    assert [w for w in summary.warnings if "bad" in w] == [
        "2026/05/bad.md: citation [9] has no source 9 (broken internal link): not "
        "published (left out of the site, the file is unchanged): fix the citation or the "
        "sources: list and build again"
    ]
    assert not (site / "2026/05/bad").exists()
    write_story(content_dir, bad, BODY)  # fixed: published, the source without a URL named
    assert any("no http(s) URL" in w for w in build(cfg).warnings)


def test_packaged_templates_are_used_when_the_folder_is_missing(tmp_path: Path) -> None:
    cfg = make_config(tmp_path / "elsewhere", templates="no-such-folder")
    write_story(cfg.path(cfg.build.content_dir), story())
    build(cfg)
    assert soup(cfg.path(cfg.build.out) / ARTICLE / "index.html").select_one("section#sources li")


def test_links_written_in_a_body_must_resolve(cfg, content_dir) -> None:
    from newsdesk.errors import BuildError

    ok = BODY + "\nSee [how we work](../../../about/) and [the list](#sources).\n"
    write_story(content_dir, story(), ok)
    assert build(cfg, strict=True).warnings == ()
    write_story(
        content_dir, story(slug="other", story_id="st-x"), BODY + "\n[gone](../../nowhere/)\n"
    )
    with pytest.raises(BuildError, match="broken internal link"):
        build(cfg, strict=True)
    assert any("nowhere" in w for w in build(cfg).warnings)


def test_a_body_the_editor_changed_does_not_claim_every_sentence_checked(cfg, content_dir) -> None:
    from newsdesk import content

    meta = story(slug="edited-story", title="Edited story", story_id="st-e")
    meta["body_hash"] = content.body_hash(BODY)  # as drafted ...
    write_story(content_dir, meta, BODY + "\nThe editor adds a line of their own. [1]\n")
    untouched = story(slug="untouched", title="Untouched story", story_id="st-u")
    untouched["body_hash"] = content.body_hash(BODY)
    write_story(content_dir, untouched, BODY)
    site = build(cfg).out
    edited = soup(site / "2026/05/edited-story/index.html")
    assert "edited by an editor" in edited.select_one(".story-head .check").get_text()
    assert "not confirmed by the machine check" in edited.select_one("aside.made").get_text()
    same = soup(site / "2026/05/untouched/index.html")
    assert same.select_one(".story-head .check").get_text() == "✓ every sentence checked"
    assert "not confirmed by the machine check" not in same.select_one("aside.made").get_text()
    cards = {
        c.select_one("h2").get_text(strip=True): c
        for c in soup(site / "index.html").select(".card")
    }
    assert "edited by an editor" in cards["Edited story"].select_one(".check").get_text()
    assert "every sentence checked" in cards["Untouched story"].select_one(".check").get_text()


def test_the_build_line_counts_its_warnings_in_words() -> None:
    from pathlib import Path

    from newsdesk.sitebuilder.build import BuildSummary

    one = BuildSummary(Path("_site"), 4, 4, 35, 0, 0, ("a warning",), 0.02)
    assert ", 1 warning in 0.02 s" in one.line()
    two = BuildSummary(Path("_site"), 4, 4, 35, 0, 0, ("a", "b"), 0.02)
    assert ", 2 warnings in" in two.line()
    # a preview with one draft left said "(1 drafts)"
    assert (
        "site: 2 stories (1 draft) → " in BuildSummary(Path("_site"), 2, 1, 9, 0, 0, (), 0.1).line()
    )


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(), st.just("\ud800 lone")),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.text(), st.integers()), inner, max_size=4),
    ),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(json_values)
def test_compact_json_is_what_json_dumps_writes(value: object) -> None:
    """The JSON-LD of story pages (orjson, json where orjson refuses): any text, control
    characters and lone surrogates included, big numbers and non-string keys."""
    expected = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert article.compact_json(value) == expected
