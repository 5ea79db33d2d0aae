from __future__ import annotations

import pytest
from newsdesk.stories import phrases
from newsdesk.stories.phrases import cited_outlets, name_table

NAMES = name_table({"aiweekly.example": "AI Weekly"}, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the Financial Times, staff ran agents overnight.", ["ft.com"]),
        ("Staff ran agents overnight, according to a report in the Financial Times.", ["ft.com"]),
        ("The practice was first reported by The Information last week.", ["theinformation.com"]),
        ("As first reported by Bloomberg, the rule caps shipments.", ["bloomberg.com"]),
        ("A report from Reuters says the cuts target managers.", ["reuters.com"]),
        ("The bill was published on Wednesday (via Ars Technica).", ["arstechnica.com"]),
        ("The figures come via AI Weekly.", ["aiweekly.example"]),
        ("One engineer told the FT that nobody reads the output.", ["ft.com"]),
        ("The Verge reported that the price rises in April.", ["theverge.com"]),
        ("Semafor first reported the deal.", ["semafor.com"]),
        (
            "According to Reuters, and as first reported by the FT, it grew.",
            ["reuters.com", "ft.com"],
        ),
    ],
)
def test_attribution_phrases_name_the_outlet(text: str, expected: list[str]) -> None:
    assert cited_outlets(text, NAMES) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Unlike the FT, we could not confirm the figures.",
        "The FT's rivals did not cover the story.",
        'One analyst wrote on X: "according to Bloomberg, this is only the start."',
        "“As first reported by Reuters,” she joked, “nothing ever changes.”",
        "He tweeted that according to the Financial Times the policy was dropped.",
        "Staff were told via email to stop the loops.",
        "According to the information provided by the company, usage doubled.",
        "The Wall Street bank declined to comment.",
    ],
)
def test_mentions_that_are_not_attribution_are_ignored(text: str) -> None:
    assert cited_outlets(text, NAMES) == []


SPLIT_TEXTS = [
    "According to the Financial Times, staff ran agents overnight. Reuters said little.",
    "One engineer told the FT that Semafor was wrong, via AI Weekly (via Ars Technica).",
    "Citing Bloomberg and quoting the Register, the post ran; Axios had it too.",
    "The Verge broke the news. Wired revealed it later; the FT was first to report it.",
    "A report in Reuters, then Semafor reported the deal, as reported by Bloomberg.",
]


@pytest.mark.parametrize("text", SPLIT_TEXTS)
def test_the_cue_name_half_alone_finds_what_both_halves_find(text: str) -> None:
    """A text with no "NAME reported" word is searched with the first half of the pattern
    alone, which must find exactly what the whole pattern finds there; the whole pattern
    still runs (and finds the second half's names) when such a word is present."""
    both, first = NAMES.patterns[1], NAMES.patterns[0]
    whole = [(m.span(), m.group("a") or m.group("b")) for m in both.finditer(text)]
    expected: list[str] = []
    for _, name in whole:
        domain = NAMES.domain(name)
        if domain and domain not in expected:
            expected.append(domain)
    assert cited_outlets(text, NAMES) == expected and expected
    if phrases._ANY_CUE_AFTER.search(text):
        assert any(m.group("b") for m in both.finditer(text))  # the second half is needed
    else:
        assert [(m.span(), m.group("a")) for m in first.finditer(text)] == whole
