"""Faithful editor sentences the verifier refused, each with a close wrong variant it must still
catch (sentences written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.amounts import denied_word
from newsdesk.summarizer.verify import Checker

POOL = (
    "The town council closed the old pool in May after a leak was found.",
    "The closure has not ended the argument about swimming lessons.",
)


def test_a_verb_denied_of_another_thing_is_not_denied_of_this_one():
    check = Checker({1: " ".join(POOL)})
    assert (
        check.check("The town council ended the old pool in May after a leak was found.", (1,))
        == ()
    )
    assert denied_word("The town council ended the old pool in May.", POOL) is None


def test_a_verb_denied_of_the_same_thing_is_still_caught():
    assert denied_word("The council ended the argument about swimming lessons.", POOL) == "ended"
    recall = (
        "Harlow Foods recalled its soup last week.",
        "The company did not admit any wrongdoing, a spokesman said.",
    )
    assert (
        denied_word("The company admitted wrongdoing and recalled its soup.", recall) == "admitted"
    )


COACH = (
    "Tom Reyes, the coach of Lena Park, praised her serve after the final in Dunmore."
    " She won in three sets."
)


def test_a_possessive_title_names_the_one_who_holds_it():
    check = Checker({1: COACH})
    assert (
        check.check("Lena Park's coach, Tom Reyes, praised her serve after the final.", (1,)) == ()
    )


def test_a_possessive_title_the_wrong_way_round_is_still_a_swap():
    check = Checker({1: COACH})
    reasons = check.check("Tom Reyes's coach, Lena Park, praised her serve after the final.", (1,))
    assert any("swaps who did what" in r for r in reasons)
    reasons = check.check(
        "Lena Park coached Tom Reyes and praised her serve after the final.", (1,)
    )
    assert any("swaps who did what" in r for r in reasons)
