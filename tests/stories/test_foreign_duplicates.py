"""A duplicate on another outlet (a syndicated copy) folded into the kept article speaks only for
itself: its body links, its attribution phrases and the relays it names are not the kept
article's evidence. Only the kept article's page and its duplicates on its own outlet (its AMP
page, an updated URL) speak for it, as for a declared original (test_declared_original.py)."""

from __future__ import annotations

from newsdesk.stories import group_items

from newsdesk.config import OutletsConfig, StoriesConfig
from newsdesk.models import Item, Story

from .conftest import LEADERBOARD, item  # noqa: TID252

REPORT = "https://www.ledgerdaily.example/2026/03/02/token-leaderboard"
AMP = "https://amp.ledgerdaily.example/2026/03/02/token-leaderboard/amp"
COPY = "https://copies.example/2026/03/02/leaderboard"
OWN = "https://copies.example/2026/03/02/our-leaderboard-scoop"
FT = "https://www.ft.com/content/7e6d5c4b"
# rewritten enough that it is one story with the report but not a duplicate of it
RETOLD = LEADERBOARD.replace("Engineers", "Developers").replace("overnight", "all night")
OUTLETS = OutletsConfig(trusted=["ft.com"])
SETTINGS = StoriesConfig(near_duplicate_threshold=0.9)


def _story(*extra: Item, settings: StoriesConfig = SETTINGS) -> Story:
    """The report, first, and whatever else ``extra`` holds."""
    report = item("report", REPORT, "Leaderboards gamed", LEADERBOARD, "2026-03-02T07:00:00Z")
    stories = group_items([report, *extra], settings, outlets=OUTLETS)
    return next(s for s in stories if "report" in s.item_ids)


def _copy(text: str = LEADERBOARD, links: tuple[str, ...] = ()) -> Item:
    return item("copy", COPY, "Leaderboards gamed", text, "2026-03-02T08:00:00Z", links=links)


def _cites(story: Story) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(s.item_id or s.url, s.role, s.cited_by) for s in story.sources]


def test_a_copy_s_link_to_its_own_site_is_not_the_report_s_citation() -> None:
    """The copy links to its own site's later article: the report would cite it and lose the
    original's role to it."""
    own = item("own", OWN, "Leaderboards gamed", RETOLD, "2026-03-02T09:00:00Z")
    story = _story(_copy(links=(OWN,)), own)
    assert story.duplicates == {"copy": "report"}
    assert _cites(story) == [("report", "original", ()), ("own", "coverage", ())]
    assert story.lead_item_id == "report"


def test_a_copy_s_link_to_a_third_site_is_not_the_report_s_citation() -> None:
    """A trusted site only the copy links to is no source the report cites (it became the
    not-read original, cited by the report)."""
    story = _story(_copy(links=(FT,)))
    assert story.duplicates == {"copy": "report"}
    assert _cites(story) == [("report", "original", ())]


def test_a_copy_s_attribution_phrase_is_not_the_report_s() -> None:
    """The copy adds a sentence naming the Financial Times: the report names nobody."""
    story = _story(_copy(LEADERBOARD + " The figures were first reported by the Financial Times."))
    assert story.duplicates == {"copy": "report"}
    assert _cites(story) == [("report", "original", ())]


def test_a_relay_a_copy_names_is_not_the_report_s() -> None:
    """The copy adds that Ars Technica relays the FT: neither is the report's source."""
    relay = " Ars Technica, citing the Financial Times, has the figures."
    story = _story(_copy(LEADERBOARD + relay), settings=StoriesConfig(near_duplicate_threshold=0.8))
    assert story.duplicates == {"copy": "report"}
    assert _cites(story) == [("report", "original", ())]


def test_the_report_s_own_amp_page_still_speaks_for_it() -> None:
    """Must pass: the report's AMP page, on its own outlet, links to the FT; the report cites
    it (the AMP page is the report's own page in another form)."""
    amp = item("amp", AMP, "Leaderboards gamed", LEADERBOARD, "2026-03-02T07:30:00Z", links=(FT,))
    story = _story(amp)
    assert story.duplicates == {"amp": "report"}
    assert _cites(story) == [(FT, "original", (REPORT,)), ("report", "coverage", ())]


def test_the_report_s_own_evidence_stands_beside_a_copy() -> None:
    """Must pass: the report's own link and phrase count whatever the copy says."""
    said = LEADERBOARD + " The figures were first reported by the Financial Times."
    report = item("report", REPORT, "Leaderboards gamed", said, "2026-03-02T07:00:00Z", links=(FT,))
    stories = group_items([report, _copy(said)], SETTINGS, outlets=OUTLETS)
    (story,) = stories
    assert story.duplicates == {"copy": "report"}
    assert _cites(story) == [(FT, "original", (REPORT,)), ("report", "coverage", ())]
