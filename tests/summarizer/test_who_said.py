"""Who said or did it, session 37 (branch speakers2): an apposition with no article, a speaker
named after what was said, a title the source does not give, a present-tense verb (sentences
written for these tests)."""

from __future__ import annotations

from testkit import checked

CHAIRMAN = (
    "Mark Lo, chairman of the Tolling Foods board, told the Harbor Times on Monday that"
    " Norvale would buy the bakery."
)


def test_a_title_with_no_article_is_an_apposition() -> None:
    assert checked(CHAIRMAN, "Mark Lo said on Monday Norvale would buy the bakery.") == ()
    assert checked(CHAIRMAN, CHAIRMAN) == ()
    assert checked(CHAIRMAN, "Tolling Foods said on Monday Norvale would buy the bakery.") == (
        "wrong actor: the source says this of Mark Lo (chairman of the Tolling Foods board),"
        " not Tolling Foods",
    )
