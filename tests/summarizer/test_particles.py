"""A particle reversed ("switched it on" for "off") and a thing kept that its source says is gone
or removed are caught; the same particle, or a paraphrase, still passes (issue 12; invented
sentences)."""

from __future__ import annotations

import pytest
from newsdesk.summarizer.particles import phrasal
from testkit import checked

_HEATING = (
    "Marrow County switched the school heating off on Tuesday to save fuel. "
    "The county council said the boilers would be inspected over the winter."
)
_LIBRARY = (
    "Dunfield's late-night library service is gone. The council removed the evening opening "
    "hours in May, and the reading room now shuts at five."
)
_PRICES = "Kestrel Air scaled its winter timetable down after fuel prices rose."


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        (_HEATING, "Marrow County switched the school heating on on Tuesday."),
        (_HEATING, "Marrow County turned the school heating back on."),
        (_PRICES, "Kestrel Air scaled its winter timetable up after fuel prices rose."),
        (_LIBRARY, "Dunfield kept its late-night library service."),
        (_LIBRARY, "Dunfield will retain the evening opening hours."),
        (_LIBRARY, "Dunfield reinstated the evening opening hours."),
    ],
)
def test_a_reversal_is_caught(source: str, claim: str) -> None:
    reasons = checked(source, claim)
    assert any("opposite" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        (_HEATING, "Marrow County turned the school heating off on Tuesday."),
        (_HEATING, "Marrow County switched off the school heating on Tuesday to save fuel."),
        (_PRICES, "Kestrel Air scaled down its winter timetable after fuel prices rose."),
        (_LIBRARY, "Dunfield removed the evening opening hours of its library in May."),
    ],
)
def test_the_same_particle_passes(source: str, claim: str) -> None:
    assert checked(source, claim) == ()


def test_a_particle_is_read_with_its_verb() -> None:
    assert phrasal("They switched the old heaters back on.") == {
        ("switch", "on"),
        ("switch", "back on"),
    }
    assert phrasal("They put the plan in place.") == set()  # a preposition of its own
