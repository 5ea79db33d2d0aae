from __future__ import annotations

import pytest
from newsdesk.crawler.intake import TopicMatcher, keyword_pattern

from newsdesk.config import TopicConfig

TOPIC = TopicConfig(slug="tokenmaxxing", name="Tokenmaxxing", keywords=["tokenmaxxing"])


@pytest.mark.parametrize(
    "text",
    [
        "Tokenmaxxing is spreading",
        "the rise of token maxxing at work",
        "Is token-maxxing real?",
        "TOKEN_MAXXING",
        "#tokenmaxxing trends",
        "tokenmaxxing's costs",
        "“Tokenmaxxing” in quotes",
        "token\u00admaxxing with a soft hyphen",
        "token\u2013maxxing with an en dash",
        "Token\nmaxxing across a line break",
    ],
)
def test_spelling_variants_match(text: str) -> None:
    assert TopicMatcher([TOPIC]).match(text) == ("tokenmaxxing",)


@pytest.mark.parametrize(
    "text",
    [
        "tokenmaxxingly absurd",  # a longer word is a different word (documented rule)
        "pretokenmaxxing",
        "tokenmaxxings",
        "token  -  maxxing",  # more than one separator between letters
        "maximising tokens",
        "",
    ],
)
def test_other_words_do_not_match(text: str) -> None:
    assert TopicMatcher([TOPIC]).match(text) == ()


def test_keyword_with_spaces_matches_the_closed_form() -> None:
    spaced = TopicConfig(slug="t", name="T", keywords=["token maxxing"])
    assert TopicMatcher([spaced]).match("Tokenmaxxing!") == ("t",)


def test_match_does_not_span_two_fields() -> None:
    spaced = TopicConfig(slug="t", name="T", keywords=["token maxxing"])
    assert TopicMatcher([spaced]).match("burning every token", "maxxing out budgets") == ()


def test_only_restricts_topics() -> None:
    other = TopicConfig(slug="other", name="O", keywords=["leaderboard"])
    matcher = TopicMatcher([TOPIC, other])
    text = "a tokenmaxxing leaderboard"
    assert matcher.match(text) == ("tokenmaxxing", "other")
    assert matcher.match(text, only=["other"]) == ("other",)


def test_keyword_without_letters_is_rejected() -> None:
    with pytest.raises(ValueError):
        keyword_pattern(" - ")
