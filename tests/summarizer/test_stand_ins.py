"""A company called "the company" sentences after its name still holds what that sentence says,
relative clause and all; the closest sentence to a claim with a figure is one holding the figure
(issue 12; invented sentences)."""

from __future__ import annotations

import pytest
from newsdesk.summarizer.standins import stood_in
from testkit import checked

_SOURCE = (
    "Quillon Freight, a haulage group based in Leeds, has stopped using a driver ranking app "
    "after complaints from staff. Drivers said the app rewarded speed over safety. "
    "Quillon Freight did not say how many employees had been disciplined because of it. "
    "Union officials welcomed the move. Other hauliers use similar software, according to "
    "Tessa Brandt, an analyst at Morrow Partners. The company, which is owned by a family "
    "trust, employs about 2,400 people."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Quillon Freight employs about 2,400 people.",
        "Quillon Freight has about 2,400 employees.",
    ],
)
def test_the_company_stands_for_the_name_before_it(claim: str) -> None:
    assert checked(_SOURCE, claim) == ()


def test_the_stand_in_is_written_out() -> None:
    sentences = ["Tessa Brandt runs Calder Mills.", "Calder Mills makes rope.", "The firm is old."]
    assert stood_in(sentences)[2] == "The firm [Calder Mills] is old."
    people = ["Tessa Brandt spoke first.", "Brandt said it was fine.", "The company grew."]
    assert stood_in(people)[2] == "The company grew."  # a person is not a company
