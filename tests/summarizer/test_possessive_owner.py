"""A possessive that describes a person ("Imre Szabo, Calder's finance chief,") names the
source's subject, which the passage about that person need not repeat (owners.py). (A source
written for these tests: invented company, people and outlet.)"""

from __future__ import annotations

from newsdesk.summarizer.owners import described
from newsdesk.summarizer.verify import Checker

SOURCE = (
    "Calder, the freight company, has stopped paying bonuses for overtime after a year of rising "
    "costs. Tarvin Haulage, a rival, said it had no plans to follow. "
    "Its lorries now stay in the depot on Sundays, and the depot shop has closed early. "
    "In a letter, finance director Imre Szabo wrote to drivers on Friday that the scheme "
    '"paid for hours, not deliveries" and would end this month.'
)


def _check(line: str) -> tuple[str, ...]:
    return Checker({1: SOURCE}, outlet_names={1: "Depot Weekly"}).verdict(line).reasons


def test_a_possessive_of_the_sources_subject_describing_a_person_is_held():
    for line in (
        "Imre Szabo, Calder's finance director, wrote that the scheme"
        ' "paid for hours, not deliveries". [1]',
        "Calder's finance director Imre Szabo wrote that the scheme"
        ' "paid for hours, not deliveries". [1]',
    ):
        assert _check(line) == (), (line, _check(line))


def test_another_owner_still_fails():
    reasons = _check(
        "Imre Szabo, Tarvin's finance director, wrote that the scheme \"paid for hours, not"
        ' deliveries". [1]'
    )
    assert any("Tarvin's" in r for r in reasons), reasons


def test_described_finds_the_person_a_possessive_describes():
    assert described("Calder's", "Imre Szabo, Calder's finance chief, wrote it.") == "Imre Szabo"
    assert described("Calder's", "Calder's finance chief Imre Szabo wrote it.") == "Imre Szabo"
    assert described("Calder's", "Calder's lorries stay in the depot.") is None
