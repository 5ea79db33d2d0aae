"""Session 28's general paraphrase rules, each with a sentence it must pass and one it must
still catch (sentences written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.facts import SourceText, plain_opening
from newsdesk.summarizer.verify import Checker

CLINIC = (
    "Expectant mothers at the Darrow clinic are being sent to a hospital in Kelby. "
    "The clinic has run out of midwives."
)


def _src(text: str) -> list[SourceText]:
    return [SourceText(text)]


FLOOD = "The river burst its banks on Wednesday, flooding the centre of Dunmere with water."
TOUR = "The band cancelled its tour because the singer was ill."
DAIRY = (
    "Kelby Dairy will stop wrapping its cheese in plastic. "
    "The company said shoppers had complained about waste."
)
MAINS = "A burst main left thousands of homes in Kelby without water on Saturday."
FINAL = "The national team won the cup after beating the hosts in the final."


def test_an_opening_dictionary_word_the_sources_lack_is_no_name():
    # "Pregnant" opens the sentence, so it is capitalised: WordNet knows it, no source has it
    assert not Checker({1: CLINIC}).check(
        "Pregnant mothers at the Darrow clinic are being sent to a hospital in Kelby.", (1,)
    )
    assert plain_opening("Floodwater covered the centre.", _src(FLOOD)) == {"floodwater"}


def test_an_opening_word_that_is_no_dictionary_word_is_still_a_name():
    reasons = Checker({1: CLINIC}).check(
        "Zorvath mothers at the Darrow clinic are being sent to a hospital in Kelby.", (1,)
    )
    assert any("name Zorvath" in r for r in reasons)


def test_an_opening_word_the_sources_have_is_read_as_they_write_it():
    # the story writes "Turkey" as a name: the rule leaves it to the name checks
    turkey = "turkey closed its border."
    assert plain_opening("Turkey closed the border.", _src(turkey)) == set()
    assert plain_opening("Kelby sent mothers away.", _src(CLINIC)) == set()


def test_a_bare_noun_or_verb_that_names_companies_stays_a_name():
    # "Google" (a verb to WordNet) and "Apple" (a noun) open sentences as names
    for name in ("Google", "Apple"):
        assert plain_opening(f"{name} ranked its engineers.", _src(CLINIC)) == set()
    assert plain_opening("Facebook opened.", _src(FLOOD)) == set()


def test_a_verb_that_only_says_why_is_light():
    # "prompted", "triggered": the source says it with "because" or "after", stopwords
    check = Checker({1: DAIRY})
    assert not check.check(
        "Complaints from shoppers about waste prompted the decision, the company said.", (1,)
    )
    assert not Checker({1: TOUR}).check("Illness prompted the band to call off its concerts.", (1,))


def test_a_light_causal_verb_does_not_hold_a_changed_cause():
    reasons = Checker({1: DAIRY}).check(
        "Complaints from shoppers about prices prompted the decision, the company said.", (1,)
    )
    assert any("no passage" in r for r in reasons)


def test_without_alone_is_no_negation_flip():
    # "left homes without water" is said by "cut off water to homes", which has no negator
    assert not Checker({1: MAINS}).check(
        "A burst main cut off water to thousands of homes in Kelby.", (1,)
    )


def test_a_claim_against_without_is_still_caught():
    check = Checker({1: MAINS})
    # the words "without" denies are all in the claim: the passage denies it
    assert check.check("Thousands of homes in Kelby had water on Saturday.", (1,))
    # "no" against an affirmative source is a flip as before
    reasons = Checker({1: "Thousands of homes in Kelby had water again on Saturday."}).check(
        "Thousands of homes in Kelby had no water on Saturday.", (1,)
    )
    assert any("negates" in r for r in reasons)


def test_a_word_the_passage_says_by_wordnet_is_no_opposite():
    # the tables put "defeat" with "lose"; WordNet's "beat" is a kind of "defeat" (a win)
    assert not Checker({1: FINAL}).check(
        "Defeating the hosts in the final, the national team took the cup.", (1,)
    )


def test_an_opposite_the_passage_does_not_say_is_still_caught():
    reasons = Checker({1: FINAL}).check("The national team lost the final to the hosts.", (1,))
    assert any("opposite" in r for r in reasons)


def test_a_light_causal_verb_still_counts_for_negation():
    # the alignment leaves "caused" out; the negation check must not, or this clause keeps
    # too few words (two) to be compared with its source
    source = "Measles is the disease caused by the rubeola virus. Doctors said cases had risen."
    claim = (
        'According to valleycourier.com, measles is not the disease caused by the "rubeola virus".'
    )
    reasons = Checker({1: source}, outlet_names={1: "valleycourier.com"}).check(claim, (1,))
    assert any("negates" in r for r in reasons)
