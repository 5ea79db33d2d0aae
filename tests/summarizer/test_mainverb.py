"""The claim's main verb must be in its passage (a story written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer import align
from newsdesk.summarizer.mainverb import main_verb, verb_missing
from newsdesk.summarizer.verify import Checker
from testkit import checked

MEMO = (
    "Norvale confirmed the memo that Circuit Report published on Monday, saying it was genuine. "
    "The company declined to say who had written it."
)


def test_a_changed_main_verb_is_caught_when_the_rule_is_on(monkeypatch):
    """The rule is off by default (align.VERB_RULE: it costs faithful paraphrases on fresh
    text); benchmarks/verify.py --verb-rule measures it."""
    assert not any(
        "main verb" in r for r in checked(MEMO, "Norvale sued Circuit Report over the memo.")
    )
    monkeypatch.setattr(align, "VERB_RULE", True)
    reasons = checked(MEMO, "Norvale sued Circuit Report over the memo.")
    assert any('main verb "sued"' in r for r in reasons)


def test_a_faithful_paraphrase_with_the_same_verb_passes():
    assert (
        checked(MEMO, "The memo Circuit Report published on Monday was confirmed by Norvale.") == ()
    )


def test_a_synonym_of_the_verb_passes():
    source = "Harlow Foods bought the bakery chain Pellman's on Tuesday."
    claim = "Harlow Foods acquired the bakery chain Pellman's on Tuesday."
    assert checked(source, claim) == ()


def test_a_nominalisation_holds_the_verb():
    passage = ("Norvale filed a suit against Circuit Report over the memo.",)
    assert verb_missing("Norvale sued Circuit Report over the memo.", passage) is None


def test_the_head_is_found_past_auxiliaries_openers_and_asides():
    assert main_verb("Brightforge was sued by Norvale.") == "sued"
    assert main_verb("After the vote, the council will raise fares.") == "raise"
    assert main_verb("Marrowby, which compresses prompts, was acquired by Veltro.") == "acquired"
    assert main_verb("The recalled trucks were fixed by dealers.") == "fixed"


def test_a_light_verb_gives_way_to_its_object_and_a_reporting_verb_to_its_clause():
    assert main_verb("Staff held a protest outside the offices.") == "protest"
    assert main_verb("Pintail said it would cut prices.") == "cut"


def test_a_claim_without_a_found_verb_is_not_held_to_the_rule():
    assert main_verb("Pintail's new model uses fewer tokens.") is None
    assert verb_missing("The deal is worth 2 billion dollars.", ("A deal was signed.",)) is None


def test_the_passage_verb_kept_in_the_claim_excuses_an_unknown_verb():
    passage = ("Heavy rain flooded dozens of homes along the river overnight.",)
    assert verb_missing("Overnight, heavy rain left dozens of homes flooded.", passage) is None


def test_an_act_said_to_have_happened_where_the_passage_says_it_will_is_caught():
    source = "Hollis Motors will build a battery plant. Production is due to start in 2027."
    check = Checker({1: source})
    assert any(
        "happened" in r for r in check.check("Production at the plant started in 2027.", (1,))
    )
    assert check.check("Production at the plant will start in 2027.", (1,)) == ()


def test_a_participle_phrase_is_not_the_act_that_happened():
    source = "The closure will affect 400 workers, who will be offered other jobs."
    claim = "Workers affected by the closure will be offered other jobs."
    assert checked(source, claim) == ()


def test_an_attribution_is_not_the_claims_act():
    assert main_verb("Sam Whitlock, as reported by Circuit Report") is None
    source = 'Sam Whitlock said the contest was a joke. "At first it was a bit of fun," he said.'
    line = '> "At first it was a bit of fun" \u2014 Sam Whitlock, as reported by Circuit Report [1]'
    assert Checker({1: source}, outlet_names={1: "Circuit Report"}).verdict(line).supported
