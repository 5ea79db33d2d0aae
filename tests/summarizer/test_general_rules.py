"""Session 30's general rules, each with a sentence it must pass and one it must still catch
(sentences written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.support import support_verbs
from newsdesk.summarizer.unsaid import invented, overclaim
from newsdesk.summarizer.verify import Checker

WATER = (
    "The water company in Halvey banned hosepipes on Friday because its reservoirs were low."
    " The ban will stay until the reservoirs recover."
)


def test_an_opening_word_whose_plural_the_sources_use_is_no_name():
    check = Checker({1: WATER})
    assert check.check("Reservoir levels in Halvey were low, so hosepipes were banned.", (1,)) == ()
    reasons = check.check("Zerravoir levels in Halvey were low, so hosepipes were banned.", (1,))
    assert any("name Zerravoir" in r for r in reasons)


REGULATOR = "The regulator warned Harlen Bank on Monday over its lending to builders."


def test_a_support_verb_beside_an_event_noun_is_read_past():
    check = Checker({1: REGULATOR})
    assert check.check("A warning was issued by the regulator.", (1,)) == ()
    assert check.check("A fine was issued by the regulator.", (1,))
    assert support_verbs(["The", "police", "held", "two", "men"]) == frozenset()
    assert support_verbs(["The", "panel", "held", "a", "vote"]) == {2}


def test_a_support_verb_may_not_stand_for_another_act_on_its_noun():
    """Read past, a support verb let a changed act through: the noun alone was compared."""
    for source, claim, pair in (
        (
            "Harlen Bank withdrew its appeal against the fine.",
            "Harlen Bank filed an appeal against the fine.",
            ("filed", "withdrew"),
        ),
        (
            "The council postponed a vote on the budget.",
            "The council held a vote on the budget.",
            ("held", "postponed"),
        ),
    ):
        reasons = Checker({1: source}).check(claim, (1,))
        assert f'it says "{pair[0]}" where the supporting passage says "{pair[1]}"' in reasons
    fine = Checker({1: "Harlen Bank filed an appeal against the fine on Monday."})
    assert fine.check("Harlen Bank lodged an appeal against the fine on Monday.", (1,)) == ()
    court = "The court rejected the appeal Harlen Bank had filed in May."
    assert Checker({1: court}).check("Harlen Bank filed an appeal in May.", (1,)) == ()


MILL = (
    "The paper mill, Grenby's largest employer, will hire 300 workers next year. Its owners"
    " must still approve the plan, which would be the mill's biggest expansion."
)


def test_a_superlative_record_or_already_the_passage_lacks_is_overclaiming():
    check = Checker({1: MILL})
    assert (
        check.check("Grenby's biggest employer, the paper mill, will hire 300 people.", (1,)) == ()
    )
    assert check.check("The paper mill, Grenby's oldest employer, will hire 300 workers.", (1,))
    assert check.check("The owners have already approved the mill's plan to hire 300.", (1,))
    assert check.check("The plan would be a record expansion for the paper mill.", (1,)) == ()
    assert overclaim("The mill is the largest.", ("The mill is large.",)) == "largest"
    assert overclaim("Most of the staff stayed.", ("The staff stayed.",)) is None


def test_what_says_the_same_degree_in_another_form_is_no_overclaiming():
    assert (
        overclaim("Rents rose at a record pace.", ("Rents rose faster than since records began.",))
        is None
    )
    assert overclaim("The best-selling author left.", ("The bestselling author left.",)) is None
    assert overclaim("Acme is the second-largest grocer.", ("Acme is the No. 2 grocer.",)) is None
    assert overclaim("Rents rose at a record pace.", ("Rents rose fast.",)) == "record"
    assert overclaim("The best-selling author left.", ("The author left.",)) == "best"
    check = Checker({1: "Acme is a large grocer in Dunmore."})
    assert check.check("Acme is the second-largest grocer in Dunmore.", (1,))  # the rank: numbers


DROUGHT = (
    "The water company in Halvey banned hosepipes after the driest spring in decades."
    " The company said the ban would last all summer."
)


def test_a_source_superlative_says_its_adjective_and_a_possessive_light_word_is_light():
    check = Checker({1: DROUGHT})
    assert check.check("Halvey's water company banned hosepipes after a dry spring.", (1,)) == ()
    assert check.check("Halvey's water company banned hosepipes after a wet spring.", (1,))
    assert lexicon.degree_base("driest") == "dry" and lexicon.degree_base("lower") == ""


PANEL = (
    "A panel of doctors advised the health ministry to lower the age for bowel cancer"
    " screening. The ministry said it would decide in the autumn."
)


def test_an_act_only_advised_or_planned_is_not_said_to_have_happened():
    check = Checker({1: PANEL})
    assert check.check("The health ministry lowered the age for bowel cancer screening.", (1,))
    assert (
        check.check(
            "Doctors advised the ministry to lower the age for bowel cancer screening.", (1,)
        )
        == ()
    )


OUTAGE = (
    "Telvane's phone network went down for most customers on Tuesday. The company blamed a"
    " faulty software update for the outage."
)


def test_a_specific_thing_the_passage_has_no_word_for_is_invented():
    check = Checker({1: OUTAGE})
    assert check.check("The company blamed a hacker for the outage of its software.", (1,))
    assert (
        check.check("The company blamed a faulty update to its software for the outage.", (1,))
        == ()
    )
    assert invented("", ("donors",), ("The unit was paid for by local donations.",)) is None
    assert (
        invented("a vaccine", ("vaccine",), ("The institute developed a test for cancer.",))
        == "vaccine"
    )


QUEUE = "Fans queued overnight outside the Corvell arena for tickets to the farewell tour."


def test_a_source_closed_compound_says_its_parts():
    check = Checker({1: QUEUE})
    assert check.check("Fans queued through the night.", (1,)) == ()
    assert check.check("Fans queued through the winter.", (1,))
    assert lexicon.closed_parts("understand") == ()


def test_a_quotation_left_out_of_the_prose_does_not_join_the_names_around_it():
    """An editor took the marks off one of two quotations: the prose check left the other
    quotation out, so 'Norvale … it rolled out AI' read as one relation, against the source's
    'Prompt Points last October, when it rolled out AI', a 'wrong actor'."""
    source = (
        "Norvale introduced Prompt Points last October, when it rolled out AI coding assistants"
        " to its 600 engineers."
    )
    check = Checker({2: source}, outlet_names={2: "Harbor Times"})
    edited = (
        "Harbor Times reported that Norvale introduced \u201cPrompt Points last October\u201d,"
        " when it rolled out AI coding assistants to its 600 engineers."
    )
    assert check.check(edited, (2,)) == ()
    swapped = "Harbor Times reported that Norvale sued Prompt Points."
    assert Checker({2: "Prompt Points sued Norvale."}).check(swapped, (2,))
