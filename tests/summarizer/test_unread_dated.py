"""A sentence dating the coverage may cite the unread outlet it talks about: who reported when is
checked against newsdesk's records of the sources it read, not against the unread one's text.
(A story written for these tests: invented outlets, places and people.)"""

from __future__ import annotations

from newsdesk.summarizer.compose import numbering
from newsdesk.summarizer.recordcheck import about_unread
from newsdesk.summarizer.verify import Checker

from newsdesk.models import Item, StoryInput

FOLLOW = (
    "Brenmoor's tram depot will close in June, the city said on Wednesday. The closure was first "
    "reported by Harbour Ledger earlier that day. Depot staff, led by shift manager Noor Haddad, "
    "said they would be moved to the new depot at Eastfield."
)


def _checker() -> Checker:
    story = StoryInput(
        items=(
            Item("a", "https://harbourledger.example/depot", "Tram depot to close", "",
                 "2026-03-04T06:00:00Z", "Harbour Ledger", read=False),
            Item("b", "https://eastpost.example/depot", "Brenmoor depot to shut", FOLLOW,
                 "2026-03-04T15:00:00Z", "East Post"),
        ),
        title="Tram depot to close",
    )  # fmt: skip
    num = numbering(story)
    return Checker(num.texts, outlet_names=num.names, records=num.records)


def test_citing_the_unread_outlet_a_coverage_sentence_dates_is_fine():
    check = _checker()
    line = "Harbour Ledger broke the story on 4 March, and East Post followed the same day. [1][2]"
    assert check.verdict(line).reasons == (), check.verdict(line).reasons


def test_the_record_still_judges_the_date_and_the_order():
    check = _checker()
    for line in (
        "Harbour Ledger broke the story on 6 March, and East Post followed the same day. [1][2]",
        "East Post broke the story on 4 March, and Harbour Ledger followed the same day. [1][2]",
    ):
        reasons = check.verdict(line).reasons
        assert reasons and any("not read" in r for r in reasons), (line, reasons)


def test_a_sentence_about_the_unread_outlets_text_still_needs_it():
    check = _checker()
    reasons = check.verdict("Harbour Ledger said the depot staff would be moved. [1][2]").reasons
    assert any("not read" in r for r in reasons), reasons
    assert not about_unread("Harbour Ledger said the depot would close. [1]", ["Harbour Ledger"])
    assert about_unread("Harbour Ledger broke the story on 4 March.", ["The Harbour Ledger"])
