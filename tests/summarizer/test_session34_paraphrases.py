"""Session 34 (issue 12): faithful paraphrases refused for a general reason (the way a word is
written, not what it means), each beside the changed sentence of the same kind that must still
fail (stories written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.verify import Checker

COUNCIL = (
    "The Brindle council has not approved a tax rise. "
    "There was not enough money to repair the old bridge, the council leader said."
)


def _check(source: str, claim: str) -> tuple[str, ...]:
    return Checker({1: source}).check(claim, (1,))


def test_a_contraction_says_what_its_words_say() -> None:
    assert _check(COUNCIL, "The Brindle council hasn't approved a tax rise.") == ()
    assert _check(COUNCIL, "There wasn't enough money to repair the old bridge.") == ()


def test_a_contraction_still_negates() -> None:
    assert _check(COUNCIL, "The Brindle council has approved a tax rise.")

