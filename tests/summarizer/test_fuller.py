"""Fuller drafts: the simpler facts a ranked sentence holds (conjuncts.py, adjuncts.py) are told
in newsdesk's own attributed sentences (fuller.py), so a one-source draft is not left at its
lede and who reported it (the demo's Lisbon draft left out the 200 hires its source reports)."""

from __future__ import annotations

from newsdesk.summarizer import summarize
from newsdesk.summarizer.adjuncts import shorter
from newsdesk.summarizer.compose import numbering
from newsdesk.summarizer.conjuncts import halves, named, simpler
from newsdesk.summarizer.copying import Shingles, quoted_words, tokens

from newsdesk.config import SummarizerConfig
from newsdesk.models import Item, StoryInput

MILL = (
    "Quillmoor will open a planning studio in Tallinn next month and plans to recruit 150 staff"
    " there over three years, the furniture-software maker said on Wednesday, its biggest step"
    " outside Finland."
    " The studio will make tools for kitchen planners, and will be run by Anneli Kask, who comes"
    " from a shipping company."
    " Quillmoor said it had rented two floors of an old textile mill near the harbour and would"
    " start hiring in May."
    " Quillmoor, which is owned by its founders, does not publish its profits."
)


def _story() -> StoryInput:
    item = Item(
        "mill", "https://northgazette.example/quillmoor", "Quillmoor to open Tallinn studio", MILL,
        "2026-05-02T09:00:00Z", "North Gazette",
    )  # fmt: skip
    return StoryInput(items=(item,), title="Quillmoor opens Tallinn studio and plans 150 hires")


def test_two_predicates_of_one_subject_are_two_sentences() -> None:
    first, second = halves(MILL.split(". ")[0] + ".")
    assert first == "Quillmoor will open a planning studio in Tallinn next month."
    # the second predicate gets its subject again, and "there" the first half's place
    assert second.startswith("Quillmoor plans to recruit 150 staff in Tallinn over three years")


def test_after_said_the_reported_subject_is_repeated() -> None:
    got = halves("Quillmoor said it had rented two floors of a mill and would start hiring in May.")
    assert got[1] == "Quillmoor said it would start hiring in May."
    got = halves("A spokesperson said the studio was planned in 2025 and was unrelated.")
    assert got[1] == "A spokesperson said the studio was unrelated."  # not 'A spokesperson was'


def test_no_split_where_the_and_may_belong_to_an_inner_clause_or_lean_on_the_first() -> None:
    assert halves("Some engineers say the screens help when they are private and used well.") == []
    assert halves("As the storm passed over the island and moved north, it grew.") == []
    # 'and left others wounded': the second half alone would not say whose others
    blast = "A blast near the market killed two people and left others hurt, police said."
    assert halves(blast) == ["A blast near the market killed two people."]


def test_it_is_named_only_after_a_sentence_on_the_company() -> None:
    text = "Quillmoor makes planning tools. It said it had 300 staff."
    assert named(
        "It said it had 300 staff.", "Quillmoor makes planning tools.", text, {"Quillmoor"}
    )
    assert named("It said it had 300 staff.", "Rain fell.", text, {"Quillmoor"}).startswith("It ")


def test_the_closing_phrase_is_cut_only_where_the_claim_stays_true() -> None:
    arrested = "Police said a 31-year-old man was arrested on suspicion of theft after the raid."
    assert shorter(arrested, 1) == [
        "Police said a 31-year-old man was arrested on suspicion of theft."
    ]
    # a negation or a superlative the phrase bounds, a phrase after "X and Y": never cut
    assert shorter("The mayor did not take questions from reporters during the visit.", 2) == []
    assert shorter("It expects the site to be its biggest office after the move.", 1) == []
    assert shorter("It has 300 staff and clients in more than 20 countries.", 1) == []


def test_the_second_fact_of_the_lede_sentence_is_in_the_draft_in_newsdesks_words() -> None:
    story = _story()
    draft = summarize(story, SummarizerConfig())
    lines = [line.text for line in draft.lines()]
    # the hires open the draft (the first half copies too much to be told) ...
    assert (
        lines[0]
        == "North Gazette reported that Quillmoor planned to recruit 150 staff in Tallinn over three years."
    )
    # ... and the other facts of the source's two-fact sentences follow, in newsdesk's words
    assert "North Gazette reported that Quillmoor said it would start hiring in May." in lines
    assert "North Gazette reported that the studio would be run by Anneli Kask." in lines
    assert not draft.flagged  # every line verified against its source
    shingles = Shingles.of({1: MILL})
    assert not any(shingles.copied(t) or shingles.close(t) for t in lines)
    words = sum(len(tokens(t)) for t in lines)
    assert sum(quoted_words(t) for t in lines) <= 0.3 * words
    assert all(numbering(story).names[1] in t for t in lines)  # the outlet named in each


def test_simpler_gives_nothing_for_a_plain_sentence_or_one_with_a_colon() -> None:
    assert simpler("Quillmoor sells tools.", MILL, {"Quillmoor"}) == []
    # 'The board made its choice.' would say nothing: the choice is after the colon
    choice = "The board made its choice on Monday: the mill will close in the autumn."
    assert simpler(choice, choice, {"Quillmoor"}) == []
