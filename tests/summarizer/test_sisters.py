"""A noun put for another of its kind (unsaid.py): caught when the claim otherwise keeps the
passage's words, left alone when the claim uses a synonym or a broader word (sentences written
for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.unsaid import swapped
from newsdesk.summarizer.verify import Checker

STORM = (
    "A hurricane damaged hundreds of homes along the Kelby coast on Sunday. "
    "Insurers expect thousands of claims."
)
SEIZURE = "Customs officers at Morbury seized a tonne of cocaine hidden in a lorry of bananas."


def test_a_noun_put_for_another_of_its_kind_is_caught():
    reasons = Checker({1: STORM}).check(
        "A tornado damaged hundreds of homes along the Kelby coast on Sunday.", (1,)
    )
    assert any('says "tornado" where the supporting passage says "hurricane"' in r for r in reasons)
    assert Checker({1: SEIZURE}).check(
        "Customs officers at Morbury seized a tonne of heroin hidden in a lorry of bananas.", (1,)
    )


def test_the_same_noun_a_synonym_or_a_broader_word_passes():
    check = Checker({1: STORM})
    assert not check.check(
        "Hundreds of homes on the Kelby coast were damaged by a hurricane on Sunday.", (1,)
    )
    assert not check.check(
        "A storm damaged hundreds of houses along the Kelby coast on Sunday.", (1,)
    )
    assert not Checker({1: SEIZURE}).check(
        "A tonne of cocaine was found by customs officers at Morbury in a lorry of bananas.", (1,)
    )


def test_only_specific_kinds_are_sisters():
    # WordNet does not put "town" under the kind "village" is under, nor "wheat" "barley"
    assert swapped("Traders met in the town.", ("Traders met in the village.",)) is None
    assert swapped("Traders bought wheat.", ("Traders bought barley.",)) is None
    assert swapped("Traders bought copper.", ("Traders bought zinc.",)) == ("copper", "zinc")


def test_a_collective_noun_for_its_members_is_no_swap():
    # WordNet puts "workforce" and "staff" under one kind; the table says they are one thing
    source = "The Morbury bakery laid off a tenth of its staff after sales slowed."
    claim = "Slowing sales led the Morbury bakery to lay off a tenth of its workforce."
    assert swapped(claim, (source,)) is None
    assert Checker({1: source}).check(claim, (1,)) == ()


def test_a_verb_form_is_not_read_as_a_noun():
    # "voted" is the verb: its noun "vote" and "decision" are of one kind, the claim says no swap
    panel = ("The appeals panel issued its decision on the Morbury housing law.",)
    assert swapped("The appeals panel voted on the Morbury housing law.", panel) is None
    assert swapped("Heavy rains closed schools.", ("Heavy snow closed schools.",)) == (
        "rains",
        "snow",
    )


def test_a_noun_that_opens_the_source_sentence_is_said():
    # "Rain" opens the passage's sentence: capitalised, it is still the claim's "rain", not a
    # kind of weather put for "snow" (an editor's faithful paraphrase was refused this way)
    passage = ("Rain delayed the Morbury bakery's deliveries, and snow closed its car park.",)
    claim = "The Morbury bakery said rain had delayed its deliveries."
    assert swapped(claim, passage) is None
    assert Checker({1: passage[0]}).check(claim, (1,)) == ()
    # a sister noun the passage does not hold is still caught
    assert swapped("The Morbury bakery said hail had delayed its deliveries.", passage) == (
        "hail",
        "snow",
    )
