"""Close copying (closecopy.py): a retold line that keeps most of one outlet's sentence in its
order, in runs each shorter than the copy rule's 8 words, is the outlet's sentence with a few
words cut (patchwriting). It is told with its longest run quoted, or left out. (Sentences
written for these tests: invented people, places and companies.)"""

from __future__ import annotations

from newsdesk.summarizer.compose import numbering
from newsdesk.summarizer.copying import Shingles
from newsdesk.summarizer.finish import _fitting
from newsdesk.summarizer.paraphrase import own_words

from newsdesk.models import Item, StoryInput

VOTE = "Crew members at the ferry company on Monday voted to end the weekly crew ranking."
HOLT = (
    "Maren Holt, a deck officer who has worked on the Oster crossing for nine years and agreed"
    " to be named, said the ranking changed crew habits quickly."
)
TEXT = f"The ferry company runs four routes. {VOTE} {HOLT} The company said it would not return."


def test_runs_of_one_sentence_in_its_order_make_a_close_copy():
    shingles = Shingles.of({1: TEXT})
    # 12 of 16 words in runs of 5 and 7: before, no rule saw it (no run of 8)
    line = "According to Quay Post, Maren Holt, a deck officer, said the ranking changed crew habits quickly."
    assert shingles.close(line) == 1
    # a short claim in the outlet's words (7 of them) is a claim told plainly
    assert (
        shingles.close("Quay Post reported that the ranking changed crew habits quickly.") is None
    )
    # the same runs out of the sentence's order are a retelling
    moved = "The ranking changed crew habits quickly, Maren Holt, a deck officer, said."
    assert shingles.close(moved) is None


def test_a_retelling_that_is_mostly_the_outlet_s_sentence_is_quoted_or_left_out():
    shingles = Shingles.of({1: TEXT})
    told = own_words(VOTE, 1, "Quay Post", shingles=shingles, check=lambda t, c: (), names=set())
    # before: "Quay Post reported that on Monday, crew members at the ferry company voted to end
    # the weekly crew ranking." (13 of its 17 words the outlet's, in two runs)
    assert told == (
        "Quay Post reported that on Monday, crew members at the ferry company"
        " \u201cvoted to end the weekly crew ranking\u201d."
    )
    unquoted = own_words(
        VOTE, 1, "Quay Post", shingles=shingles, check=lambda t, c: (), names=set(), quoting=False
    )
    assert unquoted is None


def test_a_person_s_role_is_not_added_where_it_makes_the_line_a_close_copy():
    story = StoryInput(
        items=(Item("a", "https://quaypost.example/r", "Ranking ends", TEXT, None, "Quay Post"),)
    )
    fits = _fitting(numbering(story), story)
    bare = "According to Quay Post, Maren Holt said the ranking changed crew habits quickly."
    assert fits(bare, (1,))
    assert not fits(bare.replace("Holt said", "Holt, a deck officer, said"), (1,))
