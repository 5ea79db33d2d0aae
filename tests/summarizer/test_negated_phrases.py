"""Session 34, second wave (issue 12): a negated phrase stays negated, and faithful sentences an
editor writes are not refused for a possessive, a reversed time anchor, a title's abbreviation,
a season's other name or "told reporters" (stories written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.polarity import contradiction, negated
from testkit import checked as _check

COUNCIL = (
    "The Brindle council has not ruled out a tax rise this year, its leader said. "
    "There was not enough money to repair the old bridge, the council leader said. "
    "The council did not refuse to meet the striking bus drivers."
)
RULED = "The Brindle council has ruled out a tax rise this year, its leader said."
LAB = (
    "Brightforge, a rival, opened a lab in Porto in 2019. "
    "Its chip sales have since doubled. "
    "Norvale opened a research lab in Lisbon on Tuesday. "
    "The company plans to hire more staff next year. "
    "Its shares rose on the news. "
    "Anneke Vos, its chief technology officer, said the lab would employ 40 engineers."
)
RANKINGS = (
    "Quillon stopped publishing its token rankings on Friday, a week after Brightforge "
    "switched off its leaderboard of AI usage."
)
DAIRY = (
    "Marta Quill, the chief executive of Tolling Foods, said the dairy would open next autumn. "
    "Tolling Foods said last autumn that it would close its plant in Brindle. "
    "Quill said she would resign."
)


def test_a_denying_phrase_negated_is_no_denial() -> None:
    assert negated(RULED)
    assert not negated("The council has not ruled out a tax rise.")
    assert not negated("The council hasn't yet ruled out a tax rise.")
    assert not negated("The council did not refuse to meet the drivers.")
    assert negated("There was not enough money.") and not negated("There was enough money.")
    assert negated("There were too few nurses.") and negated("There is a lack of nurses.")
    assert canonical("There is no shortage of nurses.") == "There is enough nurses."


def test_ruled_out_against_not_ruled_out_is_caught_both_ways() -> None:
    assert _check(COUNCIL, "The Brindle council has ruled out a tax rise this year.")
    assert _check(RULED, "The Brindle council has not ruled out a tax rise this year.")
    assert _check(COUNCIL, "The council refused to meet the striking bus drivers.")


def test_enough_against_not_enough_is_caught() -> None:
    assert _check(COUNCIL, "There was enough money to repair the old bridge, the leader said.")


def test_the_same_negated_phrase_still_passes() -> None:
    assert _check(COUNCIL, "The Brindle council hasn't ruled out a tax rise this year.") == ()
    assert _check(COUNCIL, "There was too little money to repair the old bridge.") == ()


def test_a_possessive_of_a_name_the_passage_calls_its_is_that_name() -> None:
    claim = (
        "Norvale's chief technology officer, Anneke Vos, said the lab would employ 40 engineers."
    )
    assert _check(LAB, claim) == ()


def test_a_possessive_of_another_name_still_fails() -> None:
    claim = "Brightforge's chief technology officer, Anneke Vos, said the lab would employ 40 engineers."
    assert _check(LAB, claim)


def test_a_week_after_is_the_anchor_a_week_earlier() -> None:
    claim = "A week earlier Brightforge had taken down its own ranking of AI usage."
    assert _check(RANKINGS, claim) == ()


def test_the_other_event_a_week_earlier_still_fails() -> None:
    assert _check(RANKINGS, "A week earlier Quillon had stopped publishing its token rankings.")
    assert _check(RANKINGS, "Two weeks earlier Brightforge had switched off its leaderboard.")


def test_a_week_ago_is_last_week() -> None:
    source = "Brightforge switched off its leaderboard last week, the company said."
    assert _check(source, "Brightforge switched off its leaderboard a week ago.") == ()
    assert _check(source, "Brightforge switched off its leaderboard a month ago.")


def test_a_chief_officers_abbreviation_is_the_title() -> None:
    assert _check(DAIRY, "The CEO said the dairy would open next autumn.") == ()
    assert _check(DAIRY, "The CFO said the dairy would open next autumn.")


def test_fall_is_autumn() -> None:
    assert _check(DAIRY, "Tolling Foods said last fall that it would close its plant.") == ()
    assert _check(DAIRY, "Tolling Foods said last spring that it would close its plant.")
    fall = "Tolling Foods said last fall that it would close its plant in Brindle."
    assert _check(fall, "Last autumn, Tolling Foods said it would close its plant.") == ()


def test_told_reporters_is_said() -> None:
    assert _check(DAIRY, "Quill told reporters she would resign.") == ()
    assert _check(DAIRY, "Quill told reporters she would not resign.")


def test_a_short_clause_is_compared_with_its_own_clause() -> None:
    source = (
        "Quill said she would not resign over the plant closure. "
        "Asked again, Quill said she would resign."
    )
    assert contradiction("Quill said she would resign.", [source]) is None
    assert contradiction("Quill said she would not resign.", ["Quill said she would resign."])


def test_a_year_ago_is_not_last_year() -> None:
    source = "Brightforge switched off its leaderboard last year, the company said."
    assert _check(source, "Brightforge switched off its leaderboard a year ago.")
