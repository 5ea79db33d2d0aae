"""A modifier put into a phrase of the passage ("the first adult case" for "the first case")
narrows what it says and is caught; the passage's own words in another order pass (session 35,
issue 12; a story written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.unsaid import inserted
from testkit import checked

MEASLES = (
    "Health officials in Dunmore confirmed the first case of measles at a primary school this"
    " term. Parents were asked to check their children's vaccinations."
)


def test_a_modifier_inserted_between_two_neighbours_fails() -> None:
    reasons = checked(
        MEASLES, "Health officials in Dunmore confirmed the first adult case of measles this term."
    )
    assert any('"adult"' in r for r in reasons), reasons


def test_the_passage_phrase_reworded_passes() -> None:
    assert (
        checked(
            MEASLES,
            "Health officials in Dunmore confirmed the first measles case at a primary school this term.",
        )
        == ()
    )
    assert (
        checked(
            MEASLES,
            "Officials in Dunmore confirmed the first case of measles at a primary school this term.",
        )
        == ()
    )


def test_a_verb_between_two_neighbours_is_no_modifier() -> None:
    passage = ("Smoke spread over the town.",)
    assert inserted("Thick smoke drifted over the town.", ("drifted", "thick"), passage) is None
    assert inserted("The first adult case.", ("adult",), ("The first case.",)) == "adult"
