"""Two events joined by "after", "before", "following" or "because": a claim that puts each on
the other's side, or trades the actors between them, is caught; the same order told either way
round passes (session 35, issue 12; stories written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.eventorder import swapped_events
from newsdesk.summarizer.relations import relations
from testkit import checked as _check

BOARDS = (
    "Norvale scrapped its leaderboard a week after Brightforge switched off its own. "
    "Both firms sell developer tools."
)
RANKINGS = (
    "Quillon stopped publishing its token rankings on Friday, a week after Brightforge "
    "switched off its leaderboard of AI usage."
)
STEEL = (
    "Demand for steel fell sharply because building projects were cancelled across the region. "
    "The mills cut their night shifts."
)
PUBS = "The Kestrel Arms closed its kitchen after the Drover's Rest opened a new dining room."


def _swapped(reasons: tuple[str, ...]) -> bool:
    return any("swaps the two events" in r for r in reasons)


def test_the_events_around_the_same_after_swapped_fail() -> None:
    claim = "Brightforge switched off its leaderboard a week after Norvale scrapped its own."
    assert _swapped(_check(BOARDS, claim))
    claim = (
        "Brightforge switched off its leaderboard of AI usage a week after Quillon stopped"
        " publishing its token rankings."
    )
    assert _swapped(_check(RANKINGS, claim))


def test_the_same_order_told_either_way_passes() -> None:
    assert (
        _check(
            BOARDS,
            "A week after Brightforge switched off its leaderboard, Norvale scrapped its own.",
        )
        == ()
    )
    assert (
        _check(
            BOARDS,
            "Brightforge switched off its leaderboard a week before Norvale scrapped its own.",
        )
        == ()
    )
    claim = "Quillon stopped publishing its token rankings a week after Brightforge switched off its leaderboard."
    assert _check(RANKINGS, claim) == ()


def test_actors_traded_around_the_same_after_fail() -> None:
    claim = (
        "Brightforge stopped publishing its token rankings on Friday, a week after Quillon"
        " switched off its leaderboard of AI usage."
    )
    assert _swapped(_check(RANKINGS, claim))


def test_cause_and_effect_swapped_fail_and_the_same_cause_passes() -> None:
    claim = (
        "Building projects were cancelled across the region because demand for steel fell sharply."
    )
    assert _swapped(_check(STEEL, claim))
    claim = (
        "Because building projects were cancelled across the region, demand for steel fell sharply."
    )
    assert _check(STEEL, claim) == ()


def test_before_for_after_with_the_events_in_place_fails() -> None:
    assert swapped_events(
        "The Kestrel Arms closed its kitchen before the Drover's Rest opened a new dining room.",
        [PUBS],
    )
    assert not swapped_events(
        "The Drover's Rest opened a new dining room before the Kestrel Arms closed its kitchen.",
        [PUBS],
    )


def test_a_name_after_a_joining_word_is_no_object_of_the_first() -> None:
    assert (
        relations(
            "Norvale scrapped its leaderboard a week after Brightforge switched off its own.", set()
        )
        == []
    )
    assert relations("Norvale finished second after Brightforge.", set())
