"""An opening clause and the bare subject of the main one is no sentence (a read row told
'According to nbcnews.com, as the storm passed over …, Keellings.')."""

from __future__ import annotations

from newsdesk.summarizer.clauses import complete, cuts

LONG = (
    "As the ferry crossed the mouth of the bay and turned into the narrow channel, Quillfeather, "
    "a pilot with the harbour board for a decade, saw the gap close."
)


def test_an_opening_clause_needs_a_main_verb_after_its_comma() -> None:
    assert not complete(["As", "the", "ferry", "crossed", "the", "bay,", "Quillfeather,"])
    assert not complete(
        ["Once", "the", "ferry", "crossed", "the", "bay", "and", "turned,", "Quillfeather,"]
    )
    assert not complete(["As", "the", "ferry", "crossed", "the", "mouth", "of", "the", "bay"])
    assert all(" ".join(c).split()[-1] != "Quillfeather," for c in cuts(LONG, 20))
    # a main clause after the comma, or 'as' opening no clause, still stands
    assert complete(
        [
            "As",
            "the",
            "ferry",
            "crossed",
            "the",
            "bay,",
            "Quillfeather",
            "saw",
            "the",
            "gap",
            "close",
        ]
    )
    assert complete(["As", "many", "as", "40", "ferries", "crossed", "the", "bay", "on", "Sunday"])
    assert complete(["As", "expected,", "the", "harbour", "board", "cut", "its", "fares"])
