"""A quotation's speaker is checked like an unquoted claim's: a sentence that reports quoted words
('X told Y that the bridge "…"') gives them to the one it opens with, in the source and in the
sentence checked, so moving them to another named person of the source fails as a wrong
speaker. (A source written for these tests: invented town, people and outlet.)"""

from __future__ import annotations

from newsdesk.summarizer.quotedby import reported_speaker
from newsdesk.summarizer.verify import Checker

SOURCE = (
    "Harwick council has closed the Old Mill footbridge after an inspection found rusted bolts. "
    '"We will not reopen it until every bolt is replaced," wrote Petra Lindgren, the council\'s '
    "head of roads, in a notice to residents. "
    'Osman Kaya, a council spokesman, told the Harwick Echo that the council "acted the same '
    'afternoon the engineers called" and that repairs would take about six weeks. '
    "Local shops said trade had fallen since the closure."
)


def _check(line: str) -> tuple[str, ...]:
    return Checker({1: SOURCE}, outlet_names={1: "Harwick Echo"}).verdict(line).reasons


def test_quoted_words_moved_to_another_named_person_are_a_wrong_speaker():
    for line in (
        'Petra Lindgren said the council "acted the same afternoon the engineers called". [1]',
        "Petra Lindgren told the Harwick Echo that the council"
        ' "acted the same afternoon the engineers called". [1]',
    ):
        reasons = _check(line)
        assert reasons == (
            "wrong speaker: the source has Osman Kaya say this, not Petra Lindgren",
        ), (line, reasons)


def test_the_right_speaker_and_the_outlet_that_printed_them_pass():
    for line in (
        'Osman Kaya said the council "acted the same afternoon the engineers called". [1]',
        'Kaya, a spokesman, told the Harwick Echo the council "acted the same afternoon the'
        ' engineers called". [1]',
        'Harwick Echo reported that the council "acted the same afternoon the engineers'
        ' called". [1]',
        # the council speaks through its spokesman ("a council spokesman")
        'Harwick Council said it "acted the same afternoon the engineers called". [1]',
    ):
        assert _check(line) == (), (line, _check(line))


def test_a_quote_beside_its_verb_keeps_its_own_rule():
    # the source's "…," wrote Lindgren: quotes.find_quotes reads it, not this rule
    assert (
        _check('Petra Lindgren wrote: "We will not reopen it until every bolt is replaced." [1]')
        == ()
    )
    wrong = _check('Osman Kaya said: "We will not reopen it until every bolt is replaced." [1]')
    assert wrong and "Osman Kaya" in wrong[0], wrong


def test_reported_speaker_needs_a_name_before_the_verb():
    assert reported_speaker('Osman Kaya, a spokesman, told the Echo that it "acted fast".') == (
        "Osman Kaya, a spokesman"
    )
    assert reported_speaker('Kaya told the Echo that it "acted fast".') == "Kaya"
    assert reported_speaker('The council said it "acted fast".') is None
    assert reported_speaker('A memo seen by the Echo, sent by Kaya, said it "acted fast".') is None
    assert reported_speaker('Kaya said: "We acted fast."') is None  # the quote beside its verb


def test_a_title_or_a_party_shared_is_not_the_same_speaker():
    source = (
        '"The ferry subsidy must be renewed this year," said Sen. Ada Brook (R-Kent). '
        "Sen. Otto Vale (R-Kent) has not said how he will vote."
    )
    check = Checker({1: source})
    moved = 'Sen. Otto Vale (R-Kent) said: "The ferry subsidy must be renewed this year." [1]'
    assert check.verdict(moved).reasons, "a title and a party named the same person"
    right = 'Sen. Ada Brook said: "The ferry subsidy must be renewed this year." [1]'
    assert check.verdict(right).reasons == ()
