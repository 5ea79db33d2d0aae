"""Session 35 (issue 12): faithful paraphrases a probe of meaning-preserving rewrites found
refused (a date written another way, …), each beside the changed sentence of the same kind that
must still fail (stories written for these tests)."""

from __future__ import annotations

from testkit import checked as _check

RULES = (
    "Tolling's new parking rules took effect on Oct. 15, prompting protests in Brindle. "
    "The council must pass its budget by Sept. 30, the mayor said."
)


def test_an_abbreviated_month_is_the_month() -> None:
    assert _check(RULES, "Tolling's new parking rules took effect on October 15.") == ()
    assert _check(RULES, "Tolling's new parking rules took effect on 15 October.") == ()
    assert _check(RULES, "The council must pass its budget by 30 September, the mayor said.") == ()
    assert _check("The Brindle council met on September 30.", "The council met on Sept. 30.") == ()


def test_another_month_or_day_still_fails() -> None:
    assert _check(RULES, "Tolling's new parking rules took effect on November 15.")
    assert _check(RULES, "Tolling's new parking rules took effect on Oct. 16.")
    assert _check(RULES, "The council must pass its budget by August 30, the mayor said.")


COUNCIL = (
    "Mark Lo, the chief executive of Tolling Foods, thanked the Brindle council. "
    "Ana Ruiz of Ostler Farms criticised the Brindle council."
)


def test_a_name_is_said_without_its_apposition() -> None:
    assert _check(COUNCIL, "Mark Lo thanked the Brindle council.") == ()
    # the apposition's own name is not the subject (issue 12, session 36: bystanders.apposed)
    assert _check(COUNCIL, "Tolling Foods thanked the Brindle council.") == (
        "wrong actor: the source says this of Mark Lo (the chief executive of Tolling Foods),"
        " not Tolling Foods",
    )


def test_another_actor_or_a_swap_still_fails() -> None:
    assert _check(COUNCIL, "Ana Ruiz thanked the Brindle council.")
    assert _check(COUNCIL, "The Brindle council thanked Mark Lo.")


PLANT = (
    '"The Brindle plant will not close this year," Mark Lo said after the vote. '
    'Ana Ruiz said "the council has never raised the harbour fee."'
)


def test_a_quoted_denial_retold_without_quotation_marks_is_still_a_denial() -> None:
    assert _check(PLANT, "Mark Lo said the Brindle plant will not close this year.") == ()
    assert _check(PLANT, "Ana Ruiz said that the council has never raised the harbour fee.") == ()


def test_a_quoted_denial_retold_as_an_affirmation_fails() -> None:
    assert _check(PLANT, "Mark Lo said the Brindle plant will close this year.")
    assert _check(PLANT, "Ana Ruiz said that the council has raised the harbour fee.")


PLANS = (
    "Tolling Foods said it would close its Brindle plant next year. "
    "Tolling Foods cut 300 jobs at the Brindle dairy in May."
)


def test_added_telling_what_was_said_is_said() -> None:
    assert _check(PLANS, "Tolling Foods added it would close its Brindle plant next year.") == ()
    assert _check(PLANS, "Tolling Foods added that it would close its Brindle plant.") == ()


def test_added_as_an_addition_or_an_opposite_still_fails() -> None:
    assert _check(PLANS, "Tolling Foods added 300 jobs at the Brindle dairy in May.")
    assert _check(PLANS, "Tolling Foods added it would open its Brindle plant next year.")


VOTE = (
    "Brindle lawmakers on Tuesday blocked a law that funded the harbour. "
    "The governor signed the school budget."
)


def test_a_synonym_the_stem_puts_in_two_groups_is_the_same_actor() -> None:
    assert (
        _check(VOTE, "Brindle legislators on Tuesday blocked a law that funded the harbour.") == ()
    )


def test_another_actor_still_fails() -> None:
    assert _check(VOTE, "Brindle governors on Tuesday blocked a law that funded the harbour.")
    assert _check(VOTE, "The lawmakers signed the school budget.")


FIRE = (
    "The fire forced hundreds of people to leave their homes near Brindle. "
    "The mayor spoke with reporters after visiting a shelter."
)


def test_individuals_are_people_and_journalists_reporters() -> None:
    assert _check(FIRE, "The fire forced hundreds of individuals to leave their homes.") == ()
    assert _check(FIRE, "The mayor spoke with journalists after visiting a shelter.") == ()


def test_other_beings_or_listeners_still_fail() -> None:
    assert _check(FIRE, "The fire forced hundreds of animals to leave their homes.")
    assert _check(FIRE, "The mayor spoke with donors after visiting a shelter.")


FEE = (
    'In vetoing the tax, Ana Ruiz said "the harbour fee is not a Brindle custom, and this tax was'
    ' an answer to a question that does not arise in Brindle."'
)
RETOLD = (
    "In vetoing the tax, Ana Ruiz said that the harbour fee is {}a Brindle custom, and this tax"
    " was an answer to a question that does not arise in Brindle."
)


def test_a_quoted_denial_of_two_clauses_retold_is_still_a_denial() -> None:
    assert _check(FEE, RETOLD.format("not ")) == ()


def test_a_quoted_denial_of_two_clauses_affirmed_fails() -> None:
    assert _check(FEE, RETOLD.format(""))


CLOSING = (
    '"The Brindle plant will close in May," Mark Lo said at a meeting with Tolling Foods staff.'
)


def test_added_after_a_quotation_and_its_speaker_is_said() -> None:
    claim = '"The Brindle plant will close in May," Mark Lo added at a meeting with Tolling Foods staff.'
    assert _check(CLOSING, claim) == ()


def test_a_quotation_not_said_still_fails_after_added() -> None:
    claim = (
        '"The Brindle plant will open in May," Mark Lo added at a meeting with Tolling Foods staff.'
    )
    assert _check(CLOSING, claim)


MOTTO = 'Semper Brindle is a Latin motto that means, "Leave no one behind."'


def test_a_quotation_denying_something_else_does_not_excuse_a_denial() -> None:
    assert _check(MOTTO, "Semper Brindle is not a Latin motto.")
    assert _check(MOTTO, "Semper Brindle is a Latin motto.") == ()
