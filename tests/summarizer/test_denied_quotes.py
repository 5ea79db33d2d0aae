"""Session 35 (negdraft): a negation just before a quotation denies the quoted predicate.

Reported speech with a quoted predicate ("Tide Courier reported that the ferry board “closed the
harbour ticket office”", tailquote.py) keeps its verb inside the marks. The negation check left
quotations out (they are checked word for word), so a "not" put before the marks, 'the board did
not “closed …”', left only 'the board did not' to compare: too few words to match the source,
and the reversed claim passed (17 of 36 such plants on the NeuS even rows). The quotation a
negator stands before is now read as the claim's own predicate (stories written for these tests).
"""

from __future__ import annotations

import pytest
from newsdesk.summarizer.verify import Checker

FERRY = (
    "The Orla Bay ferry board closed the harbour ticket office on Monday after a fire in the"
    " waiting room. Passengers were told to buy tickets on board until the office reopens."
)
KEPT = (
    "The Orla Bay ferry board did not close the harbour ticket office on Monday, despite a fire"
    " in the waiting room. Passengers could still buy tickets there."
)
TOLD = (
    "Tide Courier reported that the board {}\u201cclosed the harbour ticket office on Monday\u201d."
)


def _reasons(source: str, claim: str) -> tuple[str, ...]:
    return Checker({1: source}, outlet_names={1: "Tide Courier"}).check(claim, (1,))


def test_the_faithful_tail_quoted_line_passes() -> None:
    assert _reasons(FERRY, TOLD.format("").replace("  ", " ")) == ()


@pytest.mark.parametrize("negator", ["did not ", "not ", "never ", "didn't "])
def test_a_negator_before_the_quoted_predicate_is_a_reversed_claim(negator: str) -> None:
    # before: () for each (the clause outside the marks, 'the board did not',
    # had too few words to be compared with the source's)
    reasons = _reasons(FERRY, TOLD.format(negator).replace("  ", " "))
    assert any("negat" in r for r in reasons), reasons


def test_a_negation_the_source_has_may_stand_before_the_quotation() -> None:
    claim = (
        "Tide Courier reported that the board did not"
        " \u201cclose the harbour ticket office on Monday\u201d."
    )
    assert _reasons(KEPT, claim) == ()


def test_a_negation_inside_the_quotation_is_still_the_outlet_s() -> None:
    claim = (
        "Tide Courier reported that the board"
        " \u201cdid not close the harbour ticket office on Monday\u201d."
    )
    assert _reasons(KEPT, claim) == ()


def test_a_negator_before_a_whole_quoted_sentence_is_still_caught() -> None:
    # the clause outside the marks ('Tide Courier reported: did not') was compared before, and
    # still is beside the quotation read as the claim's words
    claim = (
        "Tide Courier reported: did not \u201cThe Orla Bay ferry board closed the harbour ticket"
        " office on Monday after a fire in the waiting room.\u201d"
    )
    assert _reasons(FERRY, claim.replace(" did not", "")) == ()
    reasons = _reasons(FERRY, claim)
    assert any("negat" in r for r in reasons), reasons
