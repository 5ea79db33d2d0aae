from __future__ import annotations

from newsdesk.config import SummarizerConfig
from summarizer import summarize
from summarizer.quotes import find_quotes


def _one(sentence: str) -> tuple[str, str, str | None]:
    (q,) = find_quotes(sentence)
    return q.text, q.speaker, q.said_to


def test_quote_first_with_outlet_told():
    assert _one("\u201cThere is just so much pressure,\u201d one employee told the FT.") == (
        "There is just so much pressure,",
        "one employee",
        "the FT",
    )


def test_speaker_first_with_colon_and_apposition():
    s = 'Dana Whitfield, a Meta spokesperson, said: "The dashboard was an experiment."'
    assert _one(s) == (
        "The dashboard was an experiment.",
        "Dana Whitfield, a Meta spokesperson",
        None,
    )


def test_inverted_said_and_where_said():
    assert _one('"We never asked anyone to burn tokens," said Maria Lopez, the CTO.')[1] == (
        "Maria Lopez, the CTO"
    )
    assert _one("\u201cPeople gamed it within a week,\u201d an engineer wrote in a blog post.")[
        2
    ] == ("in a blog post")


def test_pronoun_only_speakers_are_skipped():
    assert find_quotes("\u201cThis is ridiculous and wasteful,\u201d he said.") == []


def test_draft_quotes_carry_speaker_outlet_and_every_carrier(story):
    draft = summarize(story, SummarizerConfig())
    by_speaker = {q.quote.speaker: q for q in draft.quotes}
    pressure = by_speaker["one employee"]
    assert pressure.text.startswith(
        "\u201cThere is just so much pressure\u201d \u2014 one employee told the FT"
    )
    assert pressure.text.endswith(", as reported by Financial Times")
    assert pressure.item_ids == ("ft", "ars")  # the same words appear in both
    assert not pressure.flagged
