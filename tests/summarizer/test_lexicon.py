"""WordNet in the alignment (summarizer/lexicon.py): shared synsets, a kind holding its class,
derived words, and the limits that keep a changed claim flagged (sentences written for these
tests)."""

from __future__ import annotations

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.align import align, index
from newsdesk.summarizer.synonyms import sense_lemmas
from newsdesk.summarizer.verify import Checker

STORM = "Storms stranded the cargo ships for days. Nobody on board was hurt."


def test_an_inflected_word_finds_its_lemma():
    assert lexicon.bases("debuted") == ["debut"]
    assert "withdraw" in lexicon.bases("withdrew")  # an irregular form (the .exc files)
    assert "graduate" in lexicon.bases("graduates")
    assert lexicon.bases("zzzq") == []


def test_words_of_one_synset_meet():
    assert lexicon.keys("alumnus") & lexicon.keys("graduate", wide=True)
    assert lexicon.keys("graduate") & lexicon.keys("alumnus", wide=True)


def test_a_passage_kind_holds_its_class_and_not_the_reverse():
    assert lexicon.keys("car") & lexicon.keys("sedan", wide=True)
    assert not lexicon.keys("sedan") & lexicon.keys("car", wide=True)


def test_a_noun_meets_the_verb_it_derives_from():
    assert lexicon.keys("withdrawal") & lexicon.keys("withdrew", wide=True)
    assert lexicon.keys("withdrew") & lexicon.keys("withdrawal", wide=True)


def test_a_class_near_the_top_holds_nothing():
    # to walk is to travel ("locomote"), a verb at the top of its hierarchy: too general
    assert not lexicon.keys("locomote") & lexicon.keys("walked", wide=True)


def test_a_claim_word_the_tables_know_keeps_their_senses_only():
    claim = dict(sense_lemmas("finished"))
    source = dict(sense_lemmas("finished", parts=True))
    assert not any(k.startswith("~") for keys in claim.values() for k in keys)
    assert any(k.startswith("~") for keys in source.values() for k in keys)


def test_a_paraphrase_in_other_words_is_aligned_word_for_word():
    # "marooned" for "stranded" (one synset), "vessels" for "ships" (a ship is a vessel)
    src = {1: index(STORM)}
    passage = align("Storms marooned the cargo vessels for days.", src)
    assert passage is not None
    assert passage.coverage == 1.0 and not passage.missing
    assert not Checker({1: STORM}).check("Storms marooned the cargo vessels for days.", (1,))


def test_a_changed_claim_is_still_flagged():
    check = Checker({1: STORM})
    assert check.check("Floods marooned the cargo vessels for days.", (1,))  # another actor
    assert check.check("Storms did not maroon the cargo vessels.", (1,))
    assert check.check("Storms marooned five cargo vessels for days.", (1,))
    assert check.check("Storms marooned the cargo vessels for days last year.", (1,))


def test_the_table_ships_with_its_licence():
    assert lexicon.TABLE.exists()
    notice = (lexicon.TABLE.parent / "WORDNET-LICENSE").read_text(encoding="utf-8")
    assert "Princeton University" in notice


def test_a_multi_word_verb_is_read_as_one_word():
    found = lexicon.phrases(
        ["The", "ferry", "company", "stepped", "in", "and", "carried", "out", "the", "repairs"]
    )
    assert found == {3: "step_in", 6: "carry_out"}
    assert lexicon.phrases(["they", "took", "over", "the", "bakery"]) == {1: "take_over"}
    assert lexicon.phrases(["the", "ferry", "waited"]) == {}
    # "in" before an article opens a place: the ferry did not intervene in the mud
    assert lexicon.phrases(["the", "crew", "stepped", "in", "the", "mud"]) == {}
    assert lexicon.phrases(["the", "crew", "stepped", "in", "to", "help"]) == {2: "step_in"}


def test_a_multi_word_verb_meets_its_one_word_synonym():
    source = "The regional council asked the ministry to step in after the ferry stopped."
    check = Checker({1: source})
    assert not check.check("The regional council called on the ministry to intervene.", (1,))
    # and the other way round: the claim says it in two words
    source = "The regional council asked the ministry to intervene after the ferry stopped."
    assert not Checker({1: source}).check("The council asked the ministry to step in.", (1,))


def test_a_phrase_on_a_light_verb_holds_its_meaning_in_a_source_only():
    # a source's "took over" holds a claim's synonym; a claim's adds no word it must match
    keys = {k for _, ks in sense_lemmas("The bakery took over the cafe.", parts=True) for k in ks}
    assert lexicon.keys("take_over") <= keys
    assert "take_over" not in dict(sense_lemmas("The bakery took over the cafe."))
