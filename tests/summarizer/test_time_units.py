"""One thing said two ways: "a decade ago" is "ten years ago", a report's "the year" is
"this year" when it names no other, and a compound is its parts (stories written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.facts import numbers
from newsdesk.summarizer.relations import times
from newsdesk.summarizer.timeunits import changed_units, missing_times
from newsdesk.summarizer.verify import Checker


def test_a_decade_is_ten_years_in_times_and_numbers():
    assert times("fewer than a decade ago") == times("fewer than 10 years ago")
    assert times("ten years ago") == ["ten years ago"]
    assert times("on March 3") == ["march 3"]  # a date's day stays a number
    assert "10" in numbers("a decade ago") and not numbers("dozens of homes")


def test_this_year_is_the_year_of_a_passage_that_names_no_other():
    said = "The chain will stop selling caged eggs by the end of the year."
    assert missing_times("It will stop by the end of this year.", said) == []
    assert missing_times("It stopped last year.", said) == ["last year"]
    other = "Sales fell last year; the year before, they rose."
    assert missing_times("Sales rose this year.", other) == ["this year"]


def test_ten_years_ago_paraphrases_a_decade_ago():
    source = "A survey found that fewer teenagers smoke than a decade ago."
    check = Checker({1: source})
    assert check.check("Fewer teenagers smoke than ten years ago, a survey found.", (1,)) == ()
    assert check.check("Fewer teenagers smoke than five years ago, a survey found.", (1,)) != ()


def test_a_compound_is_held_by_its_parts():
    source = "The university will cut fees for students from families whose income is low."
    check = Checker({1: source})
    assert check.check("The university will cut fees for low-income students.", (1,)) == ()


def test_how_many_times_over_is_a_number():
    assert numbers("ferry bookings doubled") == {"2"} == numbers("bookings rose twofold")
    assert numbers("a fivefold rise") == {"5"} and numbers("a 10-fold jump") == {"10"}
    assert numbers("the scaffold fell") == set() == numbers("a double-digit rise")
    source = "Ferry bookings on the island tripled in a single quarter, the port said."
    check = Checker({1: source})
    assert check.check("Ferry bookings on the island tripled within one quarter.", (1,)) == ()
    assert check.check("Ferry bookings on the island doubled in a single quarter.", (1,))
    assert check.check("Ferry bookings on the island rose fivefold.", (1,))


def test_a_span_of_time_must_be_the_sources():
    assert times("bookings tripled within a year") == ["in one year"]
    source = "Ferry bookings on the island tripled in a single quarter, the port said."
    check = Checker({1: source})
    assert check.check("Ferry bookings on the island tripled in a single year.", (1,))
    assert missing_times("the highest in a decade", "the highest in ten years") == []


def test_a_time_is_found_as_a_whole_phrase_and_a_share_is_no_span():
    assert times("errors appeared in a quarter of the files") == []
    said = "Protesters marched to the council on Tuesday."
    assert missing_times("The council approved the budget in March.", said) == ["march"]


def test_a_unit_put_for_another_in_any_phrase_is_caught():
    source = (
        "The shipping firm Calvar said its chief executive would retire at the end of the year."
        " The board has started to look for a successor."
    )
    check = Checker({1: source})
    assert check.check("Calvar's chief executive will retire at the end of the year.", (1,)) == ()
    assert check.check("Calvar's chief executive will retire at the end of the month.", (1,))
    assert check.check("Calvar's chief executive will retire later in the week.", (1,))


def test_a_unit_the_passage_gives_in_another_form_is_held():
    assert changed_units("The strike lasted two weeks.", "It ended a two-week strike.") == []
    assert changed_units("The fee is paid each year.", "The annual fee went up.") == []
    assert changed_units("It was the wettest decade.", "Rain rose for 30 years.") == []
    assert changed_units("It closed for a month.", "It closed for a week.") == ["month"]
    assert changed_units("It ended a decade of losses.", "After ten years of losses, it") == []
    assert changed_units("It ended a decade of losses.", "After three years of losses") == [
        "decade"
    ]


def test_an_age_is_no_span_of_time():
    assert changed_units("The 45-year-old driver was hurt.", "The driver, 45, was hurt.") == []
    assert changed_units("The driver, 45 years old, was hurt.", "The driver, 45, was hurt.") == []
    assert changed_units("The driver was hurt for a year.", "The driver, 45, was hurt.") == ["year"]


def test_the_coming_year_is_next_year():
    said = "The mill will hire 300 workers over the next year."
    assert missing_times("The mill plans to take on 300 staff in the coming year.", said) == []
    assert missing_times("The mill hired 300 staff in the past year.", said) == ["past year"]


def test_a_name_that_begins_with_a_month_or_a_day_is_no_time():
    # "Marchetti" held "March", so the checker left out "March" and looked for "etti": a
    # sentence repeating its source was refused ("missing: etti", the newcomer's find)
    assert times("Tom Marchetti and Ana Augustine met on Sundayside Road.") == []
    assert times("They met on Mondays in March.") == ["monday", "march"]
    source = "Tom Marchetti, a councillor in Kelby, resigned on Friday after twelve years."
    assert Checker({1: source}).check("Tom Marchetti resigned on Friday.", (1,)) == ()
    assert Checker({1: source}).check("Tom Marchetti resigned on Monday.", (1,))
