"""'No.' before a figure is a label, not a negation; 'No. 2' before a word is a rank, not the
number 2 (issue 12; invented sentences)."""

from __future__ import annotations

import pytest
from newsdesk.summarizer import verify_text
from newsdesk.summarizer.facts import numbers
from newsdesk.summarizer.polarity import negated

from newsdesk.models import Item, StoryInput

_SOURCE = (
    "Harlow Foods became the No. 2 grocer in the region on Monday after buying 40 shops from "
    "Pell Markets. The No. 1 grocer, Brandt, still holds 31 percent of sales."
)
_STORY = StoryInput(
    items=(Item("a", "https://tide.example/a", "Harlow buys shops", _SOURCE, None, "Tide Post"),),
    title="Harlow Foods buys 40 shops",
)


def _reasons(line: str) -> tuple[str, ...]:
    return verify_text(_STORY, [line])[0].reasons


@pytest.mark.parametrize(
    "line",
    [
        "Tide Post reported that Harlow Foods had bought 40 shops from Pell Markets. [1]",
        "Tide Post reported that Harlow Foods had become the No. 2 grocer in the region. [1]",
        "Tide Post reported that Harlow Foods had become the second grocer in the region. [1]",
        "According to Tide Post, the No. 1 grocer, Brandt, still holds 31 percent of sales. [1]",
    ],
)
def test_a_line_the_source_supports_is_not_read_as_a_negation_or_a_new_number(line: str) -> None:
    assert _reasons(line) == ()


def test_a_rank_label_holds_no_count_and_a_denial_beside_one_is_caught() -> None:
    reasons = _reasons(
        "Tide Post reported that Harlow Foods had bought 2 shops from Pell Markets. [1]"
    )
    assert any("number 2 " in r for r in reasons), reasons
    assert _reasons("According to Tide Post, Brandt no longer holds 31 percent of sales. [1]")
    assert not negated("Brandt is the No. 1 grocer.") and negated("Brandt is no grocer.")


def test_a_numbered_address_stays_a_number() -> None:
    assert numbers("She lives at No. 10 Downing Street.") == {"10"}
    assert numbers("the No. 2 grocer") == {"2nd"} and numbers("ranked No. 1.") == {"1st"}


def test_a_label_after_a_capitalised_noun_stays_a_number() -> None:
    assert numbers("Flight No. 370 vanished in 2014.") == {"370", "2014"}
    assert numbers("Gate No. 5 closed.") == {"5"}
    assert numbers("The No. 2 grocer grew.") == {"2nd"}  # 'The' is no noun: a rank
