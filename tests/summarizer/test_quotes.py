from __future__ import annotations

from newsdesk.summarizer import selection, summarize
from newsdesk.summarizer.copying import quoted_words, tokens
from newsdesk.summarizer.quotes import find_quotes

from newsdesk.config import SummarizerConfig


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
    draft = selection(story, SummarizerConfig())  # every quote, before the quoting budget
    by_speaker = {q.quote.speaker: q for q in draft.quotes}
    pressure = by_speaker["one employee"]
    assert pressure.text.startswith(
        "\u201cThere is just so much pressure\u201d \u2014 one employee told the FT"
    )
    assert pressure.text.endswith(", as reported by Financial Times")
    assert pressure.item_ids == ("ft", "ars")  # the same words appear in both
    assert not pressure.flagged


def test_a_quote_from_the_company_s_own_post_is_attributed_to_that_post():
    from newsdesk.summarizer.compose import checker, numbering, pick_quotes, quote_line
    from newsdesk.summarizer.verify import strip_reported_by

    from newsdesk.models import Item, Source, StoryInput

    post = (
        "Today we are switching off the Tokenboard ranking for every team at Quillon. "
        "We never meant for a dashboard to decide who looks productive. Jo Park leads engineering."
    )
    report = (
        "Quillon said on Tuesday it had switched off its Tokenboard ranking after staff gamed it. "
        "\u201cWe never meant for a dashboard to decide who looks productive,\u201d wrote Jo Park, "
        "who leads engineering at Quillon, in a post on the company's blog."
    )
    items = (
        Item(
            "post",
            "https://blog.quillon.example/tokenboard",
            "Switching off Tokenboard",
            post,
            "2026-05-12T09:00:00Z",
            "Quillon Blog",
        ),
        Item(
            "news",
            "https://news.example/quillon",
            "Quillon drops Tokenboard",
            report,
            "2026-05-12T12:00:00Z",
            "Daily Wire",
        ),
    )
    sources = (
        Source(
            items[1].url,
            "news.example",
            "Daily Wire",
            items[1].title,
            "coverage",
            "trusted",
            True,
            published=items[1].published,
            item_id="news",
        ),
        Source(
            items[0].url,
            "quillon.example",
            "Quillon Blog",
            items[0].title,
            "primary",
            "unrated",
            True,
            published=items[0].published,
            item_id="post",
        ),
    )
    story = StoryInput(items=items, sources=sources, title="Quillon")
    num = numbering(story)
    ((quote, cites),) = pick_quotes(story, num, used=set())
    words, attribution = quote_line(quote, cites, num)
    # found in the report (which names the speaker), said in the post: the post comes first
    assert cites == (2, 1)
    assert attribution.startswith("Jo Park") and attribution.endswith(
        ", as published by Quillon Blog"
    )
    assert not checker(num).check(words, cites, attribution=strip_reported_by(attribution))


def test_the_quotes_a_draft_keeps_are_the_selections_within_the_budget(story):
    every = selection(story, SummarizerConfig()).quotes
    assert not summarize(story, SummarizerConfig(quote_share=0.0)).quotes  # no room at all
    draft = summarize(story, SummarizerConfig())
    lines = [ln.text for ln in draft.lines()]
    assert sum(map(quoted_words, lines)) <= 0.3 * sum(len(tokens(x)) for x in lines)
    assert all(q in every for q in draft.quotes)
    kept = summarize(story, SummarizerConfig(quote_share=0.6)).quotes
    assert kept and [q.text for q in kept] == [q.text for q in every if q in kept]
    assert all(q in every for q in kept) and not any(q.flagged for q in kept)
