"""Session 35: a quotation never opens on the speech verb or 'that' that reports it. 'a
spokesperson “said the strike had run …”' and 'announced “that it seeks …”' quote newsdesk's
framing as the outlet's words; the verb (and 'that') stand outside the marks, the quotation
opens at the reported clause's verb, or at its first word where opening later would leave a run
of RUN of the outlet's words unmarked (tailquote.past_speech, tailquote.narrowed)."""

from __future__ import annotations

from newsdesk.summarizer.clauses import backshift
from newsdesk.summarizer.copying import Shingles, quoted_words, tokens
from newsdesk.summarizer.paraphrase import own_words
from newsdesk.summarizer.tailquote import TAIL_QUOTED, tail_quoted

MILL = (
    "The Tallow Mills union has voted to end its strike at the weaving plant."
    " A Tallow Mills spokesperson, Ada Brenn, said the strike had run for six weeks and was"
    " meant to win a pay rise for the night shift."
    " The Orrin County water board announced that it seeks comment from residents on a plan to"
    " raise summer rates by a third."
)
_, SPOKE, BOARD = (s if s.endswith(".") else s + "." for s in MILL.split(". "))
NAMES = {"Tallow", "Mills", "Ada", "Brenn", "Orrin", "County"}
FRAMING = {"said", "announced", "told", "that"}


def _own(sentence: str, shingles: Shingles) -> str | None:
    return own_words(
        sentence, 1, "Fenwick Post", shingles=shingles, check=lambda text, cites: (), names=NAMES
    )


def _quoted_is_the_outlet_s(told: str) -> bool:
    inside = told.split("\u201c", 1)[1].split("\u201d", 1)[0]
    return inside in MILL


def test_the_speech_verb_stands_outside_and_the_clause_s_verb_opens_the_quotation() -> None:
    shingles = Shingles.of({1: MILL})
    told = _own(SPOKE, shingles)
    # before: 'Fenwick Post reported that a Tallow Mills spokesperson “said the strike had run
    # for six weeks”.'
    assert told == (
        "Fenwick Post reported that a Tallow Mills spokesperson said the strike"
        " \u201chad run for six weeks\u201d."
    )
    assert _quoted_is_the_outlet_s(told)
    assert not shingles.copied(told) and shingles.close(told) is None


def test_that_stays_outside_and_the_whole_clause_is_quoted_when_a_run_would_be_left() -> None:
    shingles = Shingles.of({1: MILL})
    told = _own(BOARD, shingles)
    # before: 'Fenwick Post reported that the Orrin County water board “announced that it
    # seeks comment”.'; opening at 'seeks' would leave 'the Orrin County water board
    # announced that it' (8 words) unmarked
    assert told is not None and told.count("\u201c") == 1
    assert told.endswith(
        "announced that \u201cit seeks comment from residents on a plan to raise summer rates by"
        " a third\u201d."
    ), told
    assert _quoted_is_the_outlet_s(told)
    assert not shingles.copied(told) and shingles.close(told) is None
    assert quoted_words(told) <= TAIL_QUOTED * len(tokens(told))


def test_no_tail_quotation_opens_on_a_speech_verb() -> None:
    bodies = [
        "a Tallow Mills spokesperson said the strike had run for six weeks",
        "the water board announced that it seeks comment from residents on the plan",
        "a union officer told reporters that the night shift would return on Monday",
    ]
    for body in bodies:
        for told in tail_quoted("Fenwick Post", body, "reported", backshift, lede=True):
            assert told.split("\u201c")[1].split()[0].lower() not in FRAMING, told
