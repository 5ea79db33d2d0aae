"""Word meaning beyond the first table: words of several groups, derivational roots, hyphenated
compounds, and the broader news table (passages and sentences written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.align import covered
from newsdesk.summarizer.facts import numbers
from newsdesk.summarizer.stitched import root
from newsdesk.summarizer.synonyms import lemma, lemmas, ordinary, senses
from newsdesk.summarizer.verify import Checker

DRUG = (
    "Brennan Pharma withdrew its application to sell a new migraine drug after regulators raised "
    "questions about its safety data. The company said it would carry out another trial."
)
PLANT = (
    "Tarrow Electric said it would shut its oldest coal-fired power station by the end of next "
    "year. The closure will affect about 400 workers."
)


def test_a_word_of_two_groups_matches_a_word_of_either():
    # "drop" is "fall" (prices drop) and "withdraw" (a company drops its bid)
    assert lemma("dropped") == lemma("fell")
    assert lemma("withdrew") in senses("dropped") or senses("withdrew") & senses("dropped")
    check = Checker({1: DRUG})
    assert not check.check(
        "Brennan Pharma dropped its application to sell a new migraine drug.", (1,)
    )


def test_a_noun_matches_its_verb_by_root():
    assert root(lemma("closure")) == root(lemma("close"))
    assert root(lemma("exposure")) == root(lemma("exposed"))
    assert root(lemma("failure")) == root(lemma("failed"))
    assert covered(lemma("closure"), frozenset({lemma("close")}))
    assert not covered(lemma("closure"), frozenset({lemma("clothes")}))
    assert root("station") != root("state")  # only endings Snowball leaves on are cut


def test_a_hyphenated_compound_says_its_parts():
    assert "coal" not in lemmas("a coal-fired power station")  # a claim's compound is one word
    assert not Checker({1: PLANT}).check("Tarrow Electric will shut its oldest coal plant.", (1,))
    assert numbers("a two-week strike") == {"2"} == numbers("two weeks on strike")
    check = Checker({1: "Dock workers ended a two-week strike after accepting a new contract."})
    assert not check.check("The dock workers ended their strike of two weeks.", (1,))


def test_a_synonym_of_a_stopword_is_no_content_word():
    # "roughly" is "about", which the source's "about 400" drops as a stopword
    assert lemmas("roughly 400 workers") == lemmas("about 400 workers")
    check = Checker({1: PLANT})
    assert not check.check("The closure will affect roughly 400 workers.", (1,))


def test_the_broader_table_reads_paraphrases_but_leaves_names_alone():
    check = Checker({1: PLANT})
    assert not check.check("Tarrow Electric will close its oldest coal plant.", (1,))
    assert lemma("house") == lemma("home")  # in the broader table …
    assert not ordinary("House")  # … but "House" opening a sentence may still be a name
    assert ordinary("Company")


def test_a_changed_fact_still_fails_with_the_broader_table():
    check = Checker({1: PLANT})
    assert check.check("The closure will affect about 400 farmers.", (1,))
    assert check.check("The closure will affect about 900 workers.", (1,))


def test_irregular_plurals_share_their_singular_lemma():
    from newsdesk.summarizer.synonyms import lemma

    assert lemma("children") == lemma("child")
    assert lemma("women") == lemma("woman") and lemma("spokeswomen") == lemma("spokeswoman")
    assert lemma("crises") == lemma("crisis")
    assert lemma("specimens") == lemma("specimen")  # "-men" alone is no plural of "-man"


def test_a_nominalisation_meets_its_verb_by_morphology():
    assert root(lemma("invasion")) == root(lemma("invaded"))
    assert root(lemma("division")) == root(lemma("divided"))
    assert root(lemma("guidance")) == root(lemma("guided"))
    assert root(lemma("raise")) != root(lemma("raid"))  # a stem of four letters is left as it is
    source = "Troops invaded the border town, and the army expanded its patrols."
    check = Checker({1: source})
    claim = "The invasion of the border town by troops was followed by the expansion of patrols."
    assert not any("no passage" in r for r in check.check(claim, (1,)))
