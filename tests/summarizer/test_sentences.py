from __future__ import annotations

from newsdesk.summarizer.rank import candidates
from newsdesk.summarizer.sentences import is_boilerplate, split_sentences


def test_abbreviations_and_decimals_stay_inside_a_sentence():
    text = "Dr. Smith of the U.S. Department of Labor said costs rose 3.5 percent to $4.2 billion. Mr. Jones disagreed."
    assert split_sentences(text) == [
        "Dr. Smith of the U.S. Department of Labor said costs rose 3.5 percent to $4.2 billion.",
        "Mr. Jones disagreed.",
    ]


def test_quotes_end_with_their_sentence_and_attribution_is_kept():
    text = "\u201cWe never asked for this.\u201d The memo went out on Friday. \u201cIt was a mess,\u201d she said."
    assert split_sentences(text) == [
        "\u201cWe never asked for this.\u201d",
        "The memo went out on Friday.",
        "\u201cIt was a mess,\u201d she said.",
    ]


def test_paragraphs_never_run_together():
    assert split_sentences("A headline without a stop\n\nThe body starts here.") == [
        "A headline without a stop",
        "The body starts here.",
    ]


def test_boilerplate_and_near_empty_sentences_are_filtered():
    for junk in (
        "Sign up for our daily newsletter to get the latest stories.",
        "Read more about our coverage of artificial intelligence here.",
        "Click here to subscribe.",
        "Photo: Getty Images",
        "Share this article.",
        "OK.",
    ):
        assert is_boilerplate(junk), junk
    assert not is_boilerplate("The company said the dashboard was meant to encourage experiments.")


def test_candidates_skip_titles_and_repeats():
    texts = [
        "Meta ranks engineers by AI tokens. Meta ranks engineers by AI tokens. The board showed the top 100 users by monthly spend."
    ]
    got = [c.text for c in candidates(texts, ["Meta ranks engineers by AI tokens"])]
    assert got == ["The board showed the top 100 users by monthly spend."]


def test_sentences_that_need_context_are_not_used_as_prose():
    texts = [
        "SAN FRANCISCO (Wire) \u2014 Brightforge has scrapped an internal leaderboard of AI usage.\n"
        "He declined to say how much the company had spent on the models.\n"
        "We built the dashboard for a simple reason and we regret how it was used.\n"
        "\u201cWe never wanted anyone to feel they had to look busy,\u201d Lena Marchetti wrote.\n"
        "\u201cA quotation standing alone with nobody named as its speaker.\u201d"
    ]
    assert [c.text for c in candidates(texts)] == [
        "Brightforge has scrapped an internal leaderboard of AI usage.",
        "\u201cWe never wanted anyone to feel they had to look busy,\u201d Lena Marchetti wrote.",
    ]
