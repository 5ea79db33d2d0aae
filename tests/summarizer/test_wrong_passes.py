"""Wrong sentences the checker let pass, and reasons that named the wrong fault (session 33,
branch `catches`). The stories are written for these tests."""

from __future__ import annotations

from newsdesk.summarizer.endings import ended_state
from newsdesk.summarizer.facts import names
from newsdesk.summarizer.relations import entities, missing_names, times
from newsdesk.summarizer.verify import Checker

_BAKERY = (
    "Harlow Biscuits will open a bakery in Leeds next month and plans to hire 90 people there,"
    " the company said on Monday, its largest expansion outside the United Kingdom.\n"
    "The bakery will be run by Ada Quint, who joins from a Belgian confectioner. Harlow said"
    " wages would be set against the regional market and that it would train apprentices.\n"
    '"Leeds lets us reach customers across the north," Quint said. Harlow said it would begin'
    " interviews in June.\n"
    "The Leeds bakery will be Harlow's third outside Yorkshire, after York and Hull.\n"
    "Corin Ashby, who ran the company's delivery fleet until 2023, said the vans were often"
    " late. Dell Maro used to coach the staff football team. Pia Lund formerly chaired the"
    " works council. Tova Reed runs the ferry service on the lake."
)


def _bakery() -> Checker:
    return Checker({1: _BAKERY}, outlet_names={1: "Fen Post"})


def test_a_first_act_given_to_another_outlet_is_caught():
    source = (
        "The council will close two libraries, according to the Marsh Gazette, which first"
        " reported the cuts. The mayor confirmed the plan to the Fen Post on Friday."
    )
    check = Checker({1: source}, outlet_names={1: "Fen Post"})
    wrong = check.verdict("Fen Post first reported the cuts. [1]")
    assert wrong.reasons and "Marsh Gazette" in wrong.reasons[0]
    assert check.verdict("The Marsh Gazette first reported the cuts. [1]").supported
    assert check.verdict(
        "Fen Post reported that the council will close two libraries. [1]"
    ).supported


def test_may_after_a_preposition_is_the_month():
    check = _bakery()
    assert check.verdict("Harlow will begin interviews in May. [1]").reasons
    assert check.verdict("Harlow said it would begin interviews in June. [1]").supported
    assert times("interviews in May") == ["may"] and times("by mid-May") == ["may"]
    assert times("May we ask") == [] and times("it may rain") == []


def test_an_upper_case_abbreviation_is_not_the_lower_case_word():
    source = 'The bakery will be run by Ada Quint. "It lets us hire locally," she said.'
    check = Checker({1: source})
    reasons = check.verdict("The US bakery will be run by Ada Quint. [1]").reasons
    assert "name US is not in the cited sources" in reasons
    assert missing_names("The US bakery opened.", "It lets us hire.", set()) == ["US"]
    assert "IT" in names("Her IT team grew.", set())  # "it" is a stopword, "IT" a name
    dotted = Checker({1: "The U.S. bakery will be run by Ada Quint."})
    assert dotted.verdict("The US bakery will be run by Ada Quint. [1]").supported


def test_a_name_moved_onto_a_noun_of_the_other_sentence_is_caught():
    check = _bakery()  # "the United Kingdom" is in one sentence, "a Belgian confectioner" next
    moved = check.verdict("Ada Quint joins from a UK confectioner. [1]")
    assert moved.reasons and "Belgian confectioner" in moved.reasons[0]
    assert check.verdict("Ada Quint joins from a Belgian confectioner. [1]").supported


def test_a_state_that_ended_is_not_a_current_one():
    check = _bakery()
    for wrong in (
        "Corin Ashby still runs the company's delivery fleet. [1]",
        "Dell Maro coaches the staff football team. [1]",
        "Pia Lund chairs the works council. [1]",
    ):
        assert any("ended" in r for r in check.verdict(wrong).reasons), wrong
    assert check.verdict("Corin Ashby ran the company's delivery fleet until 2023. [1]").supported
    assert ended_state("Tova Reed still runs the ferry.", ["Tova Reed runs the ferry."]) is None


def test_a_changed_ordinal_is_the_first_reason():
    reasons = (
        _bakery().verdict("The Leeds bakery will be Harlow's first outside Yorkshire. [1]").reasons
    )
    assert reasons and reasons[0] == 'it says "first" where the cited source says "third"'


def test_the_text_passage_reason_comes_before_the_records():
    record = (
        "Fen Post published its report on 2 March 2026 under the headline \u201cHarlow Biscuits"
        " to open Leeds bakery\u201d. Fen Post first reported the story on 2 March 2026."
    )
    check = Checker({1: _BAKERY}, outlet_names={1: "Fen Post"}, records={1: record})
    reasons = check.verdict("Harlow Biscuits will open a bakery in Leeds this month. [1]").reasons
    assert reasons and reasons[0].startswith("time this month")


def test_an_object_done_by_a_pronoun_is_not_a_wrong_object():
    source = "Pellmoor introduced Bake Bonus last spring, when it rolled out Crumbly ovens to its 40 shops."
    check = Checker({1: source})
    reasons = check.verdict(
        "Pellmoor rolled out Crumbly ovens to its 60 shops last spring. [1]"
    ).reasons
    assert reasons == ("number 60 is not in the cited sources",)


def test_a_name_with_an_accent_is_whole_and_an_appositive_may_turn_round():
    source = (
        "Zoë Núñez, a Harlow spokesperson, told the Fen Post that sales had risen about 12"
        " percent between January and March."
    )
    check = Checker({1: source})
    claim = (
        "A Harlow spokesperson, Zoë Núñez, said sales had risen about 12 percent between"
        " January and March. [1]"
    )
    assert check.verdict(claim).supported
    assert [n for _, _, n in entities(claim, set())] == ["Harlow", "Zoë Núñez"]
