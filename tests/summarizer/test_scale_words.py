"""A scale word is part of its number: "$4 million" is not "$4 billion", and a reason names the
amount as the claim writes it (issue 12; invented sentences)."""

from __future__ import annotations

import pytest
from newsdesk.summarizer.facts import numbers
from testkit import checked

_SOURCE = (
    "Pellam Dairy said its losses grew from about $640,000 to almost $4 million last year. "
    "The cooperative, which was founded in 1931, has roughly 2,300 members and sells "
    "between 2 and 3 million litres a month."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Pellam Dairy's losses grew to almost $4 billion last year. [1]",
        "Pellam Dairy's losses grew to almost $4 thousand last year. [1]",
        "Pellam Dairy's losses grew to almost $4bn last year. [1]",
        "Pellam Dairy's losses grew from about $640 million to almost $4 million last year. [1]",
        "Pellam Dairy sells between 2 and 3 billion litres a month. [1]",
    ],
)
def test_a_changed_scale_word_is_a_changed_number(claim: str) -> None:
    reasons = checked(_SOURCE, claim.removesuffix(" [1]"))
    assert any(r.startswith("number ") for r in reasons), reasons


@pytest.mark.parametrize(
    "claim",
    [
        "Pellam Dairy's losses grew to almost $4 million last year.",
        "Pellam Dairy's losses grew to almost $4m last year.",
        "Pellam Dairy's losses grew from about $640 thousand to almost $4 million last year.",
        "Pellam Dairy sells between 2 million and 3 million litres a month.",
    ],
)
def test_the_same_amount_written_otherwise_passes(claim: str) -> None:
    assert not any(r.startswith("number ") for r in checked(_SOURCE, claim))


def test_a_reason_names_the_amount_as_written() -> None:
    reasons = checked(_SOURCE, "Pellam Dairy's losses grew to almost $7 million last year.")
    assert any("number $7 million is not" in r for r in reasons), reasons


def test_an_amount_reads_as_its_digits() -> None:
    assert numbers("$1.5 billion") == numbers("1,500,000,000") == {"1500000000"}
    assert numbers("from 310,000 to 1 million") == {"310000", "1000000"}
    assert "3" in numbers("a 3m wall")  # three metres: no currency, no scale


_DATED = (
    "Harlow Foods opened its Brancaster store on 6 June after a long delay. "
    "The store employs 4 managers and 90 other staff."
)


def test_a_day_first_date_is_one_time_reason() -> None:
    reasons = checked(_DATED, "Harlow Foods opened its Brancaster store on 4 June.")
    assert any(r.startswith("time june 4 ") for r in reasons), reasons
    assert not any(r.startswith("number ") for r in reasons), reasons  # the date's, told once
    assert checked(_DATED, "Harlow Foods opened its Brancaster store on June 6.") == ()
