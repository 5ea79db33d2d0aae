"""Session 31's general rules (issue 12): a changed quantity word, a hedge made certain, a word
the source only denies, a superlative's opposite; each with a sentence it must pass and one it
must catch (sentences written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.amounts import changed_quantity, counted, denied_word, unhedged
from newsdesk.summarizer.endings import changed_outcome
from newsdesk.summarizer.verify import Checker

STORM = "A storm in Tarrow damaged hundreds of boats in the harbour on Monday."


def test_a_quantity_word_of_another_rank_is_caught():
    check = Checker({1: STORM})
    assert (
        check.check("Hundreds of boats in the Tarrow harbour were damaged by a storm.", (1,)) == ()
    )
    reasons = check.check("A storm in Tarrow damaged a few boats in the harbour on Monday.", (1,))
    assert any("quantity word" in r for r in reasons)
    assert changed_quantity("Most boats were damaged.", (STORM,)) is not None


def test_some_before_a_number_is_about_and_counts_nothing():
    assert counted("The farm will power some 3,000 homes.") == {}
    assert (
        changed_quantity("It will power some 3,000 homes.", ("It will power 3,000 homes.",)) is None
    )
    assert changed_quantity("Several boats sank.", ("A number of boats sank.",)) is None


TRIAL = "Doctors in Welby said a new inhaler may ease asthma attacks in children."


def test_a_hedge_made_certain_is_caught():
    check = Checker({1: TRIAL})
    assert (
        check.check("A new inhaler might ease children's asthma attacks, Welby doctors said.", (1,))
        == ()
    )
    reasons = check.check(
        "Doctors in Welby said a new inhaler eases asthma attacks in children.", (1,)
    )
    assert any("for certain" in r for r in reasons)


def test_a_hedge_elsewhere_in_the_passage_is_not_the_claims():
    passage = (
        "Rangers shut the Orrin trail on Sunday after a rockslide blocked it.",
        "They warned that more rock could slide onto the trail.",
    )
    assert unhedged("A rockslide blocked the Orrin trail, and rangers shut it.", passage) is None
    assert unhedged("More rock will slide onto the trail, rangers warned.", passage) == "slide"


RECALL = (
    "Velo Bikes recalled 9,000 electric bikes over a battery fault."
    " The company said it did not know of any fires caused by the batteries."
)


def test_a_word_the_source_only_denies_is_caught():
    check = Checker({1: RECALL})
    assert (
        check.check("Velo Bikes recalled 9,000 e-bikes because their batteries were faulty.", (1,))
        == ()
    )
    reasons = check.check(
        "Velo Bikes recalled its bikes after fires caused by the batteries.", (1,)
    )
    assert any("only with a negation" in r for r in reasons)


def test_a_purpose_after_a_negation_is_not_denied():
    source = ("The council raised the budget. Critics said it was not enough to repair the roads.",)
    assert denied_word("The council gave more money to repair the roads.", source) is None
    assert denied_word("The council failed to repair the roads.", source) is None


def test_a_superlatives_opposite_is_caught_beside_record():
    check = Checker({1: "Attendance at the Marlow fair was the lowest on record, organisers said."})
    assert (
        check.check("Organisers said attendance at the Marlow fair was the lowest on record.", (1,))
        == ()
    )
    reasons = check.check(
        "Attendance at the Marlow fair was the highest on record, organisers said.", (1,)
    )
    assert any("opposite" in r for r in reasons)


RACE = (
    "Tomas Reyn finished second in the Harbour Marathon on Sunday, behind the veteran Ola Brandt."
)


def test_won_for_a_place_below_the_top_is_caught():
    check = Checker({1: RACE})
    assert (
        check.check("Veteran Ola Brandt won the Harbour Marathon, with Tomas Reyn second.", (1,))
        == ()
    )
    reasons = check.check("Tomas Reyn won the Harbour Marathon on Sunday.", (1,))
    assert any("below the top" in r for r in reasons)


def test_an_outcome_of_the_opposed_group_is_caught():
    check = Checker({1: "The Orla council approved a plan to pedestrianise the high street."})
    assert (
        check.check("A plan to pedestrianise Orla's high street was adopted by the council.", (1,))
        == ()
    )
    reasons = check.check("The Orla council shelved a plan to pedestrianise the high street.", (1,))
    assert any('"shelved"' in r for r in reasons)
    assert changed_outcome("The club fired its coach.", ("The club's coach stepped down.",))
    assert changed_outcome("The coach quit.", ("The club's coach stepped down.",)) is None


def test_outcomes_are_not_read_through_the_synonym_table():
    """There "ended" is read as "stop" and "a raise" as "increase": no closing, no opening."""
    passage = ("The strike ended when workers accepted a deal.",)
    assert changed_outcome("Workers won a raise, and the strike is over.", passage) is None


def test_a_month_is_no_hedge():
    passage = (
        "The Harbour Times first reported the sale on 12 May within a day; the Post followed.",
    )
    assert unhedged("The Post followed within hours.", passage) is None
