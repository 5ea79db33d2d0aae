"""A syndicated copy that names its original (``declared_original``: its rel=canonical on the
original's site) is a repeat of it: the named member is the original, and kept when the two are
duplicates. The claim never credits the claimant, never joins two stories, and a named page we
do not hold changes nothing."""

from __future__ import annotations

import dataclasses

from newsdesk.stories import group_items, update_stories

from newsdesk.config import Config, StoriesConfig
from newsdesk.cycle_cache import article_digests
from newsdesk.models import Item, Story
from newsdesk.store import Store
from newsdesk.story_store import load_stories

from .conftest import AMAZON_KINDLE, ARS, LEADERBOARD, article, item  # noqa: TID252

REPORT = "https://www.ledgerdaily.example/2026/03/02/token-leaderboard"
COPY = "https://portal.example/en-us/news/token-leaderboard/ar-AA1xyz"
# rewritten enough that the two are one story but not duplicates
RETOLD = LEADERBOARD.replace("Engineers", "Developers").replace("overnight", "all night")
DISTINCT = StoriesConfig(near_duplicate_threshold=0.95)


def _pair(copy_declares: str | None, copy_text: str = RETOLD) -> list[Item]:
    """The copy is posted an hour before the report it repeats (portals stamp their own time)."""
    return [
        dataclasses.replace(
            item("copy", COPY, "Leaderboards gamed", copy_text, "2026-03-02T06:00:00Z"),
            declared_original=copy_declares,
        ),
        item("report", REPORT, "Leaderboards gamed", LEADERBOARD, "2026-03-02T07:00:00Z"),
    ]


def _roles(story: Story) -> dict[str | None, str]:
    return {s.item_id: s.role for s in story.sources}


def test_the_member_a_copy_names_is_the_original_though_the_copy_came_first() -> None:
    (before,) = group_items(_pair(None), DISTINCT)
    assert _roles(before) == {"copy": "original", "report": "coverage"}  # earliest, no evidence
    (story,) = group_items(_pair(REPORT + "?utm_source=syndication"), DISTINCT)
    assert _roles(story) == {"report": "original", "copy": "coverage"}
    report = next(s for s in story.sources if s.item_id == "report")
    assert report.cited_by == (COPY,)
    assert story.lead_item_id == "report"


def test_of_two_duplicates_the_one_named_as_original_is_kept() -> None:
    (before,) = group_items(_pair(None, LEADERBOARD), StoriesConfig())
    assert before.duplicates == {"report": "copy"}  # the earlier copy was kept
    (story,) = group_items(_pair(REPORT, LEADERBOARD), StoriesConfig())
    assert story.duplicates == {"copy": "report"}
    (source,) = story.sources
    assert (source.item_id, source.role, source.also_at) == ("report", "original", (COPY,))


def test_a_page_naming_itself_claims_nothing() -> None:
    """Between two duplicates, a page that names its own URL (another form of it) is not
    preferred: only another member's claim counts."""
    items = _pair(None, LEADERBOARD)
    itself = "http://ledgerdaily.example/2026/03/02/token-leaderboard/?utm_medium=rss"
    items[1] = dataclasses.replace(items[1], declared_original=itself)
    (story,) = group_items(items, StoriesConfig())
    assert story.duplicates == {"report": "copy"}


def test_a_named_page_we_do_not_hold_changes_nothing() -> None:
    plain = group_items(_pair(None), DISTINCT)
    claimed = group_items(_pair("https://www.elsewhere.example/2026/03/02/leaderboard"), DISTINCT)
    assert [(s.item_ids, s.duplicates, s.sources) for s in claimed] == [
        (s.item_ids, s.duplicates, s.sources) for s in plain
    ]


def test_a_claim_on_an_article_of_another_story_joins_nothing() -> None:
    kindle = "https://gadgets.example/2026/03/05/kindle-scribe-colour"
    items = _pair(None) + [
        item("kindle", kindle, "Amazon shows a colour Kindle Scribe", AMAZON_KINDLE),
        item("ars", "https://arstechnica.com/ai/2026/03/x/", "Token leaderboard gamed", ARS),
    ]
    plain = group_items(items, DISTINCT)
    items[0] = dataclasses.replace(items[0], declared_original=kindle)
    claimed = group_items(items, DISTINCT)
    assert [(s.item_ids, s.sources) for s in claimed] == [(s.item_ids, s.sources) for s in plain]
    assert len(claimed) == 2


def test_on_the_store_the_stored_claim_is_read_and_a_changed_claim_is_a_change(
    config: Config,
) -> None:
    """From the crawl's table: the stage reads ``Article.declared_original``, and the cycle
    cache hashes it (a page that only changed the original it names is redone)."""
    copy, report = _pair(None)
    with Store(config.path(config.crawl.database)) as store:
        store.save_article(article(report), "h-report")
        store.save_article(article(copy), "h-copy")
        before = article_digests(store)
        store.save_article(article(copy, declared_original=REPORT), "h-copy")
        assert article_digests(store)["copy"] != before["copy"]
        update_stories(config, store)
        (story,) = load_stories(store)
    # near-duplicates at the config's threshold: the report named is kept, not the earlier copy
    assert story.duplicates == {"copy": "report"} and _roles(story) == {"report": "original"}


def test_along_a_chain_of_claims_the_page_that_names_no_member_is_kept() -> None:
    """A portal's copy names a wire's copy, which names the report: the wire admits it repeats
    the report, so the report is kept though both copies were stamped earlier."""
    wire = "https://wire.example/2026/03/02/token-leaderboard"
    copy, report = _pair(wire, LEADERBOARD)
    middle = item("wire", wire, "Leaderboards gamed", LEADERBOARD, "2026-03-02T06:30:00Z")
    chain = [
        dataclasses.replace(copy, published="2026-03-02T05:00:00Z"),
        dataclasses.replace(middle, declared_original=REPORT),
        report,
    ]
    (story,) = group_items(chain, StoriesConfig())
    assert story.duplicates == {"copy": "report", "wire": "report"}


def test_a_claim_passes_on_the_claimants_time_never_more() -> None:
    """A late copy of the report and a later mirror naming it: the mirror's claim cannot lift
    the late copy above the report published before both (else any site with a second domain
    takes the report's place by naming itself from there)."""
    late = "https://late.example/2026/03/02/leaderboard"
    mirror = "https://mirror.example/lb"
    items = [
        item("report", REPORT, "Leaderboards gamed", LEADERBOARD, "2026-03-02T07:00:00Z"),
        item("late", late, "Leaderboards gamed", LEADERBOARD, "2026-03-02T09:00:00Z"),
        dataclasses.replace(
            item("mirror", mirror, "Leaderboards gamed", LEADERBOARD, "2026-03-02T10:00:00Z"),
            declared_original=late,
        ),
    ]
    (story,) = group_items(items, StoriesConfig())
    assert story.duplicates == {"late": "report", "mirror": "report"}
    assert [(s.item_id, s.role) for s in story.sources] == [("report", "original")]


def test_a_copy_folded_into_the_report_cannot_make_the_report_cite_its_own_site() -> None:
    """Another site's copy of the report, a duplicate shown under the report, names its own
    site's later article as the original: the report would cite it and lose the original's role
    to it. Only the member's page and its duplicates on its own outlet speak for it."""
    own = "https://hostile.example/2026/03/02/our-scoop"
    copy = "https://copies.example/2026/03/02/leaderboard"
    items = [
        item("report", REPORT, "Leaderboards gamed", LEADERBOARD, "2026-03-02T07:00:00Z"),
        item("own", own, "Leaderboards gamed", RETOLD, "2026-03-02T09:00:00Z"),
        dataclasses.replace(
            item("copy", copy, "Leaderboards gamed", LEADERBOARD, "2026-03-02T08:00:00Z"),
            declared_original=own,
        ),
    ]
    (story,) = group_items(items, StoriesConfig(near_duplicate_threshold=0.9))
    assert story.duplicates == {"copy": "report"}
    assert [(s.item_id, s.role, s.cited_by) for s in story.sources] == [
        ("report", "original", ()),
        ("own", "coverage", ()),
    ]
    assert story.lead_item_id == "report"


def test_the_report_s_own_amp_copy_speaks_for_it() -> None:
    """A duplicate on the member's own outlet (its AMP page) naming another member: the member
    cites it, as a claim on its own page would."""
    amp = REPORT.replace("/2026/", "/amp/2026/")
    items = [
        item("report", REPORT, "Leaderboards gamed", LEADERBOARD, "2026-03-02T06:00:00Z"),
        dataclasses.replace(
            item("amp", amp, "Leaderboards gamed", LEADERBOARD, "2026-03-02T06:30:00Z"),
            declared_original=COPY,
        ),
        item("portal", COPY, "Leaderboards gamed", RETOLD, "2026-03-02T07:00:00Z"),
    ]
    (story,) = group_items(items, StoriesConfig(near_duplicate_threshold=0.9))
    assert story.duplicates == {"amp": "report"}
    portal = next(s for s in story.sources if s.item_id == "portal")
    assert portal.cited_by == (REPORT,)
