"""Opposites the pair table does not list: through synonym senses, negating affixes and the
keep/end class of change-of-state verbs (passages written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.antonyms import (
    affix_opposite,
    opposed_word,
    quantity_opposite,
    with_opposite,
)
from testkit import checked as _check

ENDED = "The council ended the youth sports programme in March after its funding ran out."
SAFE = "Inspectors said the footbridge over the canal was safe for walkers and cyclists."


def test_kept_where_the_passage_says_ended_is_the_opposite():
    reasons = _check(ENDED, "The council kept the youth sports programme in March.")
    assert any('"kept" where the supporting passage says the opposite' in r for r in reasons)


def test_a_synonym_of_a_table_word_is_opposite_through_its_group():
    source = "The museum scrapped its plan for a new wing after the donor withdrew."
    reasons = _check(source, "The museum retained its plan for a new wing.")
    assert any("opposite" in r for r in reasons)


def test_the_same_state_said_again_is_not_opposite():
    assert _check(ENDED, "In March the council stopped its youth sports programme.") == ()
    both = "The firm ended its night service but kept the day service running."
    assert opposed_word("The firm kept the day service.", (both,)) is None


def test_a_negating_prefix_makes_the_opposite():
    reasons = _check(SAFE, "Inspectors said the footbridge over the canal was unsafe for walkers.")
    assert any('"unsafe"' in r for r in reasons)
    assert affix_opposite("disapproved", "approved") and affix_opposite("harmless", "harmful")
    assert affix_opposite("illegal", "legal") and not affix_opposite("legal", "legal")


def test_ordinary_words_that_start_like_a_prefix_are_not_opposites():
    assert not affix_opposite("income", "come")
    assert not affix_opposite("import", "port")
    assert not affix_opposite("unless", "less")
    assert opposed_word("Unless it rains, less water is used.", ("Less water is used.",)) is None


def test_a_denied_word_is_left_to_the_negation_check():
    source = "The value of the deal was undisclosed, the publisher said."
    assert opposed_word("The publisher did not disclose the value.", (source,)) is None
    assert opposed_word("The council did not keep the programme.", (ENDED,)) is None
    assert opposed_word("The publisher disclosed the value.", (source,)) == "disclosed"


def test_an_opposite_about_the_same_thing_is_caught_when_the_word_is_said_of_another():
    source = (
        "The province will raise the bridge toll by 2 dollars from June, its transport office "
        "said. Hauliers warned that some firms might cut routes."
    )
    reasons = _check(source, "The province will cut the bridge toll by 2 dollars from June.")
    assert any('"cut" where the supporting passage says the opposite' in r for r in reasons)
    assert _check(source, "From June the province will raise the bridge toll by 2 dollars.") == ()


def test_a_comparative_of_quantity_about_the_same_thing_is_opposite():
    source = "Fewer teenagers smoke than a decade ago, but more of them use e-cigarettes."
    assert quantity_opposite("More teenagers smoke than a decade ago.", (source,)) == "more"
    assert quantity_opposite("More of them use e-cigarettes.", (source,)) is None
    assert quantity_opposite("Fewer teenagers smoke now.", (source,)) is None


def test_having_a_thing_and_lacking_it_are_opposite():
    source = (
        "The new rota board in the Kilmore depot will still list each driver's shifts, but "
        "without phone numbers and without home towns."
    )
    reasons = _check(source, "The Kilmore depot's rota board will list shifts with phone numbers.")
    assert any('"with" where the supporting passage says the opposite' in r for r in reasons)
    assert (
        _check(source, "The Kilmore depot's rota board will list shifts without phone numbers.")
        == ()
    )
    # the other way round, and a thing the passage has both ways is no opposite
    had = (
        "The ferry from Oster Island will sail with a crew of four, without a bar and with a bar.",
    )
    assert with_opposite("The ferry will sail without a crew.", had) == "without"
    assert with_opposite("The ferry will sail with a bar.", had) is None


def test_everyday_opposites_of_place_ownership_and_state_are_caught():
    # session 29's general pairs (wordtables.OPPOSITES): the claim keeps the passage's other words
    shelter = "Health officials told residents of Morbury to stay indoors while the smoke cleared."
    reasons = _check(shelter, "Health officials told residents of Morbury to stay outdoors.")
    assert any('"outdoors" where the supporting passage says the opposite' in r for r in reasons)
    pool = "The council said the new swimming pool in Kelby would be public."
    assert _check(pool, "The council said the new swimming pool in Kelby would be private.")
    closure = "The bridge closure in Harwick is temporary, the council said."
    assert _check(closure, "The bridge closure in Harwick is permanent, the council said.")


def test_the_same_side_of_an_everyday_pair_passes():
    shelter = "Health officials told residents of Morbury to stay indoors while the smoke cleared."
    assert (
        _check(shelter, "Residents of Morbury were told by health officials to stay inside.") == ()
    )
    assert _check(shelter, "Health officials told Morbury residents to remain indoors.") == ()
