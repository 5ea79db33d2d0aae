"""A rank dropped from a superlative (ranks.py): "the largest" for "the second largest" is
caught; the rank kept, in other words, passes (sentences written for these tests)."""

from __future__ import annotations

from testkit import checked

PORT = "Morbury is now the third busiest container port in the country, the harbour board said."


def test_a_superlative_without_the_passage_rank_is_caught():
    reasons = checked(
        PORT, "Morbury is now the busiest container port in the country, the board said."
    )
    assert any(
        '"busiest" where the supporting passage ranks it below the top' in r for r in reasons
    )


def test_the_rank_kept_passes():
    assert (
        checked(
            PORT,
            "The harbour board said Morbury is now the country's third-busiest container port.",
        )
        == ()
    )
    assert checked(PORT, "Morbury is now the third busiest container port in the country.") == ()


def test_a_superlative_the_passage_also_says_unranked_passes():
    both = (
        "Morbury is the third busiest port in the country. "
        "Its owners called it the busiest port on the east coast."
    )
    claim = "Its owners called Morbury the busiest port on the east coast."
    assert checked(both, claim) == ()


def test_words_that_only_end_like_a_superlative_are_not_ranked() -> None:
    """The review of session 29: 'arrest', 'protest', 'request' matched '[a-z]{2,}est', so
    "another arrest" against "a second arrest" was flagged as a dropped rank."""
    from newsdesk.summarizer.ranks import superlative as _superlative

    for word in ("arrest", "protest", "request", "interest", "honest", "forest", "modest"):
        assert not _superlative(word), word
    for word in ("largest", "biggest", "latest", "earliest", "greatest", "most", "closest"):
        assert _superlative(word), word
    source = "Police made a second arrest in the case on Tuesday."
    assert checked(source, "Police made another arrest in the case on Tuesday.") == ()


def test_superlatives_wordnet_lists_as_words_or_with_iest_are_read() -> None:
    """The second review: 'likeliest' (no 'iest' rule in the base lookup) and 'farthest'
    (WordNet lists the word itself) were missed, so their dropped rank passed."""
    from newsdesk.summarizer.ranks import superlative as _superlative

    for word in ("likeliest", "unluckiest", "farthest", "furthest", "soonest", "best"):
        assert _superlative(word), word
    for word in ("dishonest", "immodest", "blest"):
        assert not _superlative(word), word
