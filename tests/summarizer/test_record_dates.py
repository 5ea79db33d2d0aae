"""A sentence dating the coverage ("X reported the story on 2 March") is checked against the
date newsdesk records for X's report (sourcefacts.py), not against the article's text, and not
against another outlet's "first reported" line. (A story written for these tests: invented
outlets, places and people.)"""

from __future__ import annotations

from newsdesk.summarizer.compose import numbering
from newsdesk.summarizer.recordcheck import dates_coverage
from newsdesk.summarizer.verify import Checker

from newsdesk.models import Item, StoryInput

HARBOUR = (
    "Kilmore council voted on Tuesday to dredge the old harbour before the summer. The "
    "harbour master, Ines Varga, said silt had left the inner berths too shallow for the "
    "lifeboat at low tide. Work is due to begin in April."
)
VALLEY = (
    "Kilmore's harbour will be dredged this spring after a council vote. The plan was first "
    "reported by Coast Gazette on Tuesday. Ines Varga, the harbour master, told the council "
    "that the lifeboat could not leave its berth at low tide."
)


def _checker() -> Checker:
    story = StoryInput(
        items=(
            Item("a", "https://coastgazette.example/dredge", "Harbour to be dredged", HARBOUR,
                 "2026-03-03T06:00:00Z", "Coast Gazette"),
            Item("b", "https://valleycourier.example/dredge", "Kilmore votes to dredge", VALLEY,
                 "2026-03-04T09:00:00Z", "Valley Courier"),
        ),
        title="Harbour to be dredged",
    )  # fmt: skip
    num = numbering(story)
    return Checker(num.texts, outlet_names=num.names, records=num.records)


def test_a_coverage_date_is_checked_against_the_record_not_the_text():
    check = _checker()
    wrong = check.verdict("Valley Courier first reported the story on 4 March. [2]").reasons
    # the right reason (it was not first), and no date compared with the article's "Tuesday"
    assert wrong and all("Coast Gazette" in r for r in wrong), wrong
    assert not any(r.startswith("time ") for r in wrong), wrong
    assert check.verdict("Coast Gazette first reported the story on 3 March. [1]").supported


def test_when_an_outlet_reported_is_its_own_publication_date():
    check = _checker()
    for line in (
        "Valley Courier reported the story on 4 March. [2]",
        "Valley Courier published its report on 4 March. [2]",
        "Valley Courier posted it on 4 March. [2]",
        "Coast Gazette reported the story on 3 March. [1]",
    ):
        assert check.verdict(line).supported, (line, check.verdict(line).reasons)
    # not the day another outlet first reported it, and not a day nobody reported it
    assert not check.verdict("Valley Courier reported the story on 3 March. [2]").supported
    assert not check.verdict("Valley Courier reported the story on 5 March. [2]").supported


def test_an_event_on_a_day_is_no_date_of_the_coverage():
    assert dates_coverage("Valley Courier ran the story on 4 March.")
    assert not dates_coverage("The late ferry ran on Tuesday for the last time.")
    assert not dates_coverage("The lifeboat carried on through the storm on Tuesday.")
