"""Session 29's rules for vague counts and durations, each with a sentence it must pass and
one it must still catch (sentences written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.timeunits import missing_times
from newsdesk.summarizer.verify import Checker

STRANDED = (
    "Lorries were stranded at the Harwick border crossing for days after customs staff walked "
    "out. Some drivers slept in their cabs."
)
PETITION = "Shopkeepers in Dunmere signed a petition against the new parking charges."


def test_a_vague_count_the_passage_does_not_give_is_no_missing_word():
    # without the rule "several" is one of the three words of four the passage must hold
    assert not Checker({1: STRANDED}).check(
        "Lorries sat at the Harwick crossing for several days.", (1,)
    )
    assert not Checker({1: PETITION}).check(
        "Various shopkeepers in Dunmere signed a petition against the new parking charges.", (1,)
    )


def test_a_duration_in_another_unit_is_caught():
    check = Checker({1: STRANDED})
    reasons = check.check(
        "Lorries were stranded at the Harwick border crossing for several hours.", (1,)
    )
    assert any("time for several hours" in r for r in reasons)
    assert check.check("Lorries sat at the Harwick crossing for several weeks.", (1,))
    assert missing_times("Lorries waited for several months.", STRANDED) == ["for several months"]


def test_a_duration_reads_its_unit_in_any_form_of_the_passage():
    assert missing_times("The strike lasted for two weeks.", "It ended a two-week strike.") == []
    assert missing_times("Ships waited for days.", "Ships had waited for days.") == []
    # "Monday" and "today" do not hold a claim's "days"
    assert missing_times("Ships waited for days.", "Ships waited from Monday to today.") == [
        "for days"
    ]
    assert missing_times("Profit for the year rose.", "Annual profit rose.") == []


def test_a_duration_may_give_its_unit_in_other_words() -> None:
    """'for decades' is held by 'for more than 30 years', 'for months' by 'since January';
    'for several years' against 'for several days' is still caught."""
    from newsdesk.summarizer.timeunits import missing_times

    assert (
        missing_times("It ran for decades without a break.", "It ran for more than 30 years.") == []
    )
    assert missing_times("They struck for months.", "They have struck since January.") == []
    assert missing_times("They struck for several years.", "They struck for several days.")
    # but two years, or any "year" of the passage, are no decades ("since marching" no month)
    assert missing_times("It ran for decades.", "It ran for two years, as it did last year.")
    assert missing_times("They struck for months.", "They have struck since marching began.")
