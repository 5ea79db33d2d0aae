"""Session 33 (issue 12): faithful paraphrases the checker refused for a general reason, each
with the unsupported sentence of the same kind it must still catch (stories written for these
tests)."""

from __future__ import annotations

from testkit import checked as _check

FLOOD = (
    "Elderly tenants were moved to a school hall in Brindle after the river burst its banks. "
    "Volunteers handed out blankets and hot meals."
)
CLINIC = (
    "Brindle council said nurses who are not vaccinated may not work on hospital wards. "
    "The vaccine clinic at the town hall opened on Monday to all residents."
)


def test_a_subject_reworded_by_a_wordnet_synonym_is_the_passage_subject() -> None:
    # the alignment already reads "aged renters" as "elderly tenants"; the subject check did not
    assert (
        _check(
            FLOOD,
            "Aged renters were moved to a school hall in Brindle after the river burst its banks.",
        )
        == ()
    )


def test_another_actor_given_the_passage_act_is_still_caught() -> None:
    claim = "Volunteers were moved to a school hall in Brindle after the river burst its banks."
    assert any("its subject" in r for r in _check(FLOOD, claim))


def test_a_participle_denied_by_un_does_not_name_its_base() -> None:
    # the passage's "vaccine" is no "unvaccinated" subject, though the alignment reads the base
    claim = (
        "Unvaccinated pupils opened the vaccine clinic at the town hall on Monday to all residents."
    )
    assert any("its subject" in r for r in _check(CLINIC, claim))


ROADS = (
    "The Orton council issued a frost warning for the hill roads on Friday. Police found a "
    "lorry carrying a load of apples stuck in a ditch near Orton."
)


def test_a_noun_put_in_the_place_of_another_is_caught() -> None:
    # one word of eight changed holds the share of words; the changed place says it is wrong
    fog = _check(ROADS, "The Orton council issued a storm warning for the hill roads on Friday.")
    assert 'it says "storm" where the supporting passage says "frost"' in fog
    timber = "Police found a lorry carrying a load of timber stuck in a ditch near Orton."
    assert 'it says "timber" where the supporting passage says "apples"' in _check(ROADS, timber)


def test_a_reworded_phrase_around_the_same_nouns_still_passes() -> None:
    assert (
        _check(ROADS, "Police found a truck with a load of apples stuck in a ditch near Orton.")
        == ()
    )
    assert _check(ROADS, "A lorry loaded with apples was found stuck in a ditch near Orton.") == ()
    # a verb's participle is no noun in the place of one ("carrying a load" against "with")
    assert _check(ROADS, "Police found a lorry hauling apples stuck in a ditch near Orton.") == ()


BAKERY = (
    "The Orton bakery closed after a fire last week. Its staff moved to a bakery in Delford, "
    "the owner said."
)


def test_another_and_connectives_are_grammar_not_words_to_find() -> None:
    # "meanwhile" and "another" were two of six words to find: 67%, under the 75% wanted
    assert _check(BAKERY, "Meanwhile, its staff moved to another bakery in Delford.") == ()


def test_a_claim_with_connectives_still_needs_its_own_words() -> None:
    claim = "Meanwhile, its staff moved to another bakery in Delford after a pay rise."
    assert any("no passage" in r for r in _check(BAKERY, claim))


PATH = "The river path at Orton stays wet and cold through the winter, the park warden said."


def test_an_adjective_reworded_by_a_similar_one_is_held() -> None:
    # WordNet's similar adjectives (the lexicon's "&"): two of six words were missing, 67%
    assert _check(PATH, "The river path at Orton stays damp and chilly through the winter.") == ()


def test_an_opposite_adjective_is_still_caught() -> None:
    assert _check(PATH, "The river path at Orton stays dry and warm through the winter.") != ()
