"""Session 34 (issue 12): faithful paraphrases refused for a general reason (the way a word is
written, not what it means), each beside the changed sentence of the same kind that must still
fail (stories written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.verify import Checker

COUNCIL = (
    "The Brindle council has not approved a tax rise. "
    "There was not enough money to repair the old bridge, the council leader said."
)
PRICES = (
    "Tolling Foods raised its prices by 6% in March. "
    "It agreed to pay $40 million for a dairy in Brindle."
)


def _check(source: str, claim: str) -> tuple[str, ...]:
    return Checker({1: source}).check(claim, (1,))


def test_a_contraction_says_what_its_words_say() -> None:
    assert _check(COUNCIL, "The Brindle council hasn't approved a tax rise.") == ()
    assert _check(COUNCIL, "There wasn't enough money to repair the old bridge.") == ()


def test_a_contraction_still_negates() -> None:
    assert _check(COUNCIL, "The Brindle council has approved a tax rise.")


def test_a_figure_holds_its_number_word_and_its_unit_symbol_the_unit_word() -> None:
    assert _check(PRICES, "Tolling Foods raised its prices by six percent in March.") == ()
    assert _check(PRICES, "Tolling Foods raised its prices by 6 per cent in March.") == ()
    assert _check(PRICES, "Tolling Foods agreed to pay 40 million dollars for a dairy.") == ()


def test_another_number_or_currency_still_fails() -> None:
    assert _check(PRICES, "Tolling Foods raised its prices by seven percent in March.")
    assert _check(PRICES, "Tolling Foods agreed to pay 40 million euros for a dairy.")

