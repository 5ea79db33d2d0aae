"""Session 30's general rules, each with a sentence it must pass and one it must still catch
(sentences written for these tests)."""

from __future__ import annotations

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
