"""Session 35 (negdraft): a line saying its cited outlet did not report something reverses it.

"Tide Courier did not report that the board closed the office" cites Tide Courier for what it
says Tide Courier did not say. The outlet's name and "reported" are metadata to the checks (not
words the source must hold), and with them the "not" went unread: such plants passed on 7 of
156 lines of the NeuS even rows and the reference set (stories written for these tests)."""

from __future__ import annotations

import pytest
from newsdesk.summarizer.verify import Checker

FERRY = (
    "Mara Lindqvist said the ferry board had plans to reopen the harbour ticket office."
    " Lindqvist issued a statement on Saturday that said the office would not reopen before the"
    " inspectors had seen its waiting room."
)
NOT_HERE = (
    "The Orla Bay ferry board closed the harbour ticket office on Monday. The Harbour Post did"
    " not report that the office had closed."
)


def _reasons(source: str, claim: str) -> tuple[str, ...]:
    return Checker({1: source}, outlet_names={1: "Tide Courier"}).check(claim, (1,))


def test_the_faithful_reported_line_passes() -> None:
    claim = "Tide Courier reported that Mara Lindqvist issued a statement on Saturday."
    assert _reasons(FERRY, claim) == ()


@pytest.mark.parametrize(
    "frame",
    [
        "Tide Courier did not report that",
        "Tide Courier never reported that",
        "Tide Courier has not reported that",
        "Tide Courier didn't report that",
    ],
)
def test_a_negated_outlet_frame_is_a_reversed_claim(frame: str) -> None:
    # before: () but for "never reported" (the frame is left out of what the source must hold,
    # and the source denies something else, as the claim does)
    reasons = _reasons(FERRY, f"{frame} Mara Lindqvist issued a statement on Saturday.")
    assert any("did not report" in r for r in reasons), reasons


def test_an_outlet_the_source_says_did_not_report_it_may_be_told() -> None:
    claim = "Tide Courier reported that the Harbour Post did not report that the office had closed."
    assert not any("not report" in r for r in _reasons(NOT_HERE, claim))
