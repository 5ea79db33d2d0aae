"""Lines that tell the reader nothing the rest of the draft does not (issue 12, drafts read in
full): the outlet count beside lines naming every outlet, "X quoted A." beside X's own lines,
and a draft with no synopsis at all."""

from __future__ import annotations

import dataclasses

from newsdesk.summarizer import summarize
from newsdesk.summarizer.copying import quoted_words, tokens
from newsdesk.summarizer.finish import count_adds_nothing
from newsdesk.summarizer.lede import promote
from newsdesk.summarizer.sourcepeople import people_sentences

from newsdesk.config import SummarizerConfig
from newsdesk.models import Item, StoryInput

KILN = (
    (
        "https://www.kilnpost.example/a",
        "The Ardley council on Tuesday approved a new tram line linking the harbour with the"
        " university. The line will cost about 140 million pounds and open in 2029.",
    ),
    (
        "https://ridgeweekly.example/b",
        "Councillors voted 31 to 9 for the tram plan after a debate that lasted six hours."
        " \u201cThis is the biggest thing the city has built in a generation,\u201d said Moira"
        " Tallent, the council leader.",
    ),
    (
        "https://fenwire.example/c",
        "Shop owners on the harbour road said the works would close the street for two summers."
        " The council promised grants for businesses that lose trade during construction.",
    ),
)


def _story() -> StoryInput:
    items = tuple(Item(f"k{i}", url, f"Tram {i}", text) for i, (url, text) in enumerate(KILN))
    return StoryInput(items=items, title="Ardley approves harbour tram line")


def test_the_outlet_count_goes_when_the_draft_names_every_outlet():
    # a share that no line strains: the count's words of ours are not what holds it
    roomy = dataclasses.replace(SummarizerConfig(), quote_share=1.0)
    lines = [ln.text for ln in summarize(_story(), roomy).lines()]
    for outlet in ("kilnpost.example", "ridgeweekly.example", "fenwire.example"):
        assert any(outlet in t for t in lines), (outlet, lines)
    # before: "Three outlets reported the story, and newsdesk read all of them." as a takeaway
    assert not any("outlets reported the story" in t for t in lines), lines
    # at the default share the count stays: it names the outlets, and its words of ours (with
    # whom ridgeweekly.example quoted, session 34) leave room for kilnpost.example's excerpt
    held = [ln.text for ln in summarize(_story(), SummarizerConfig()).lines()]
    assert any(t.startswith("Three outlets reported the story") for t in held), held
    quoted = sum(quoted_words(t) for t in held)
    assert quoted <= 0.3 * sum(len(tokens(t)) for t in held), held


def test_the_outlet_count_stays_when_it_is_the_only_word_of_an_outlet():
    story = _story()
    told = ["kilnpost.example reported that the council approved a tram line."]
    assert not count_adds_nothing(story, told)
    told += ["ridgeweekly.example reported that …", "fenwire.example reported that …"]
    assert count_adds_nothing(story, told)


def test_an_outlet_the_draft_has_heard_gets_no_line_listing_whom_it_quoted():
    story = _story()
    assert ("ridgeweekly.example quoted Moira Tallent.", (2,)) in people_sentences(story)
    prose = "ridgeweekly.example reported that councillors voted 31 to 9 for the plan."
    # before: kept, since the draft gave none of her words
    assert people_sentences(story, prose, prose) == []
    # a person the draft calls by surname alone is still introduced by the line
    alone = prose + " ridgeweekly.example reported that Tallent had called for a vote."
    assert people_sentences(story, alone, alone) == [
        ("ridgeweekly.example quoted Moira Tallent.", (2,))
    ]


def test_a_draft_with_no_takeaway_to_open_it_is_opened_by_its_first_body_line():
    body = [("fenwire.example reported that shop owners feared two closed summers.", (3,))]
    lines = {"synopsis": [], "takeaways": [], "What happened": body}
    got = promote(lines, frozenset({1, 2, 3}))
    assert got["synopsis"] == body and got["What happened"] == []
    # before: the draft opened on "## Key takeaways" (4 of 58 NeuS drafts read)


def test_a_body_line_telling_a_told_figure_again_goes():
    from newsdesk.summarizer.finish import without_repeats

    chosen = {
        "synopsis": [("Harbor Times reported that claims fell to 293,000 last week. [1]", (1,))],
        "takeaways": [("Circuit Report reported claims of 293,000, a low. [2]", (2,))],
        "What happened": [
            ("Circuit Report reported that applications fell to 293,000 from 344,750. [2]", (2,)),
            ("According to Circuit Report, initial claims totaled 293,000. [2]", (2,)),
            ("Circuit Report reported that Varga hailed the 293,000. [2]", (2,)),  # 2 words
            (
                "Valley Courier reported that the claims fell to 293,000 in the harbour towns, "
                "the first fall since the storm closed the docks. [3]",
                (3,),
            ),  # fmt: skip
        ],
    }
    out = without_repeats(chosen)
    body = [t for t, _ in out["What happened"]]
    assert out["synopsis"] == chosen["synopsis"] and out["takeaways"] == chosen["takeaways"]
    assert not any("totaled" in t for t in body)  # before: the same figure told a third time
    assert any("344,750" in t for t in body)  # a new figure
    assert any("Varga" in t for t in body)  # a new name
    assert any("storm" in t for t in body)  # more than a word or two of its own


def test_the_outlet_count_goes_even_when_its_words_held_a_quoted_line_within_the_share():
    from newsdesk.summarizer.compose import numbering
    from newsdesk.summarizer.finish import finish_budget

    story = _story()
    count = (
        "Three outlets reported the story \u2014 kilnpost.example, ridgeweekly.example and"
        " fenwire.example \u2014 and newsdesk read all three.",
        (1, 2, 3),
    )
    chosen = {
        "synopsis": [
            ("kilnpost.example reported that the Ardley council “approved a new tram line”.", (1,))
        ],
        "takeaways": [count],
        "What happened": [
            (
                "ridgeweekly.example reported that councillors “voted 31 to 9” for the tram plan.",
                (2,),
            ),
            (
                "fenwire.example reported that shop owners on the harbour road feared “two summers” of works.",
                (3,),
            ),
            ("According to kilnpost.example, the line will “cost about 140 million pounds”.", (1,)),
        ],
    }
    held, _ = finish_budget(chosen, [], numbering(story), SummarizerConfig(), story)
    lines = [t for pairs in held.values() for t, _ in pairs]
    # before: the count stayed, its eleven words of ours holding the last line within the share
    assert count[0] not in lines, lines
    for outlet in ("kilnpost.example", "ridgeweekly.example", "fenwire.example"):
        assert any(outlet in t for t in lines), (outlet, lines)
    # the share is held by a line whose outlet the draft still names, not by padding
    assert not any("140 million" in t for t in lines), lines


def test_a_told_figure_told_again_with_a_few_words_a_year_and_a_day_goes():
    from newsdesk.summarizer.finish import without_repeats

    again = "Circuit Report reported that pensioners would get a 5.9% rise in 2022 on Tuesday. [2]"
    chosen = {
        "synopsis": [
            ("Harbor Times reported that the 2022 pension uplift would be 5.9%. [1]", (1,))
        ],
        "takeaways": [],
        "What happened": [
            ("Circuit Report reported that the harbour ferry fares would stay frozen. [2]", (2,)),
            (again, (2,)),
            ("Valley Courier reported that pensioners would get a 5.9% rise in 2022. [3]", (3,)),
        ],
    }
    body = [t for t, _ in without_repeats(chosen)["What happened"]]
    # before: kept, its outlet's name, the year and the weekday counted as new words and names
    assert again not in body, body
    # an outlet's only line stays: the draft's one word of Valley Courier
    assert any("Valley Courier" in t for t in body), body
