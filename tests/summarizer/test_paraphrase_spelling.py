"""Session 34 (issue 12): faithful paraphrases refused for a general reason (the way a word is
written, not what it means), each beside the changed sentence of the same kind that must still
fail (stories written for these tests)."""

from __future__ import annotations

from testkit import checked as _check

COUNCIL = (
    "The Brindle council has not approved a tax rise. "
    "There was not enough money to repair the old bridge, the council leader said."
)
PRICES = (
    "Tolling Foods raised its prices by 6% in March. "
    "It agreed to pay $40 million for a dairy in Brindle."
)


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


PRESS = (
    "Members of the press pool lodged a complaint after British reporters but not American "
    "reporters were allowed to ask questions."
)
PARTY = (
    "The ruling party lost its majority in parliament after three members defected. "
    "The prime minister said she would not call an early election."
)
BANK = (
    "Economists at Harlow Bank said prices would rise in the spring. Wages in Brindle grew "
    "faster than expected over the past year, driven by shortages of builders and nurses, a "
    "survey of employers found."
)


def test_a_claim_leaving_out_what_its_source_denies_does_not_affirm_it() -> None:
    assert _check(PRESS, "Members of the press pool lodged a complaint.") == ()


def test_a_claim_affirming_what_its_source_denies_still_fails() -> None:
    claim = "American reporters were allowed to ask questions, the press pool said."
    assert any("negates" in r for r in _check(PRESS, claim))


def test_two_sentences_joined_keep_each_ones_negation() -> None:
    joined = (
        "The ruling party lost its majority in parliament after three members defected, and "
        "the prime minister said she would not call an early election."
    )
    assert _check(PARTY, joined) == ()
    assert _check(PARTY, joined.replace("would not call", "would call"))


def test_two_sentences_joined_keep_the_first_ones_subject() -> None:
    joined = (
        "Economists at Harlow Bank said prices would rise in the spring, and a survey of "
        "employers found that wages in Brindle grew faster than expected over the past year."
    )
    assert _check(BANK, joined) == ()
    stitched = "Economists at Harlow Bank found that wages in Brindle grew faster than expected."
    assert _check(BANK, stitched)


ATTACK = (
    "Police arrested a man on suspicion of murder after the attack at the church in Leigh. "
    "They recovered a knife and are not looking for anyone else in connection with the attack."
)


def test_a_short_predicate_joins_the_one_before_it_not_the_whole_sentence() -> None:
    # "they recovered a knife" is too short to compare alone: it goes with "are not looking",
    # not with the first sentence, whose clause does not negate
    joined = (
        "Police arrested a man on suspicion of murder after the attack at the church in Leigh, "
        "and they recovered a knife and are not looking for anyone else."
    )
    assert _check(ATTACK, joined) == ()
    assert _check(ATTACK, joined.replace("are not looking", "are looking"))


PLANT = (
    "The start-up plans to cut its work force by a tenth next year. "
    "The team will re-examine the figures in March."
)


def test_a_compound_written_closed_is_the_sources_open_or_hyphenated_one() -> None:
    assert _check(PLANT, "The startup plans to cut its workforce by a tenth next year.") == ()
    assert _check(PLANT, "The startup will cut its workforce.") == ()
    assert _check(PLANT, "The team will reexamine the figures in March.") == ()


def test_a_closed_word_the_source_does_not_spell_still_fails() -> None:
    assert _check(PLANT, "The startup will cut its workload.")


COURT = (
    "Police in Dellbridge arrested two men suspected of stealing copper cable from the railway. "
    "Both men are due in court on Tuesday."
)


def test_a_group_named_by_its_number_is_the_sources_two() -> None:
    claim = "The pair, accused of stealing copper cable in Dellbridge, will be in court on Tuesday."
    assert _check(COURT, claim) == ()


def test_a_group_of_another_number_still_fails() -> None:
    claim = "The trio, accused of stealing copper cable in Dellbridge, will be in court on Tuesday."
    assert _check(COURT, claim)
