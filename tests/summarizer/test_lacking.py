"""What a reason says a claim's passage lacks (lacking.py): words its source has in another
sentence are told apart from words it has nowhere, and an all-capital abbreviation of ordinary
words ("AI") is no name. (Texts written for these tests: invented companies and people.)"""

from __future__ import annotations

from newsdesk.summarizer.verify import Checker

POST = (
    "Last year we launched a dashboard that shows how each team uses our AI coding assistants. "
    "We were spending real money on model usage and wanted engineers to see where it went. "
    "The dashboard also showed a leaderboard of names. "
    "That was a mistake, and today we are switching it off."
)
WIRE = "Kestrel Labs ranked engineers by their use of artificial intelligence assistants."


def test_an_abbreviation_a_source_spells_out_in_lower_case_is_no_name():
    check = Checker({1: POST, 2: WIRE}).check
    reasons = check("The company spent real money on AI model usage.", (1,))
    # before: ('name AI is not in the passage that supports it',)
    assert not any("name AI" in r for r in reasons), reasons
    # an abbreviation spelled out with capitals is a name, and so is one nobody spells out
    named = Checker({1: POST, 2: "The Federal Bureau of Investigation (FBI) said so."}).check
    assert any("FBI" in r for r in named("The FBI spent real money on model usage.", (1,)))


def test_a_missing_word_the_source_has_in_another_sentence_is_told_apart():
    claim = "The firm switched the money it spent on model usage so that engineers were ranked."
    reasons = Checker({1: POST}).check(claim, (1,))
    (reason,) = [r for r in reasons if r.startswith("no passage")]
    # before: '… (missing: switched, ranked)', as if the post never said it switched it off
    assert "in other sentences of [1]: switched" in reason, reason
    assert "missing: ranked" in reason, reason
