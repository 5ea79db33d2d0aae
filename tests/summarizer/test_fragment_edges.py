"""Quoted fragments keep to phrase and clause boundaries, and a cut keeps both ends of a range
(invented sentences)."""

from __future__ import annotations

import pytest
from newsdesk.summarizer.fragments import loose_ends
from newsdesk.summarizer.nounphrase import breaks_phrase


def _span(sentence: str, fragment: str) -> tuple[list[str], int, int]:
    words, part = sentence.split(), fragment.split()
    a = next(i for i in range(len(words)) if words[i : i + len(part)] == part)
    return words, a, a + len(part)


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        # opens on a preposition whose phrase the word before it heads
        ("Quillmoor said most of the kettles would go to the night shift.", "of the kettles"),
        # closes on a noun coordinated with the unquoted phrase after it
        ("The depot will store the town's salt and grit spreading lorries.", "the town's salt"),
        # runs past a comma into the next clause
        ("It will be run by Odile Marsh, who arrives from a ferry operator.",
         "run by Odile Marsh, who arrives"),
        ("Crews will sweep and grit the long hill roads, followed by a second team at dawn.",
         "the long hill roads, followed"),
        # closes on a verb whose phrase follows unquoted
        ("The first crews were followed by a team of volunteers with shovels.",
         "The first crews were followed"),
        ("The bill for grit rose from about 4,000 pounds to 9,000 pounds.", "for grit rose"),
        ("It will keep the lorries and count the cost per route rather than per mile.",
         "count the cost per route rather"),
        # a participle or a capitalised modifier whose noun stays outside
        ("The council hired a crew covering Northern villages for the winter.",
         "hired a crew covering"),
        ("The council hired a crew covering Northern villages for the winter.",
         "a crew covering Northern"),
    ],
)  # fmt: skip
def test_a_fragment_cutting_across_a_phrase_is_refused(sentence: str, fragment: str) -> None:
    assert breaks_phrase(*_span(sentence, fragment))


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Quillmoor said most of the kettles would go to the night shift.", "the kettles would go"),
        ("The depot will store the town's salt and grit spreading lorries.",
         "the town's salt and grit spreading lorries."),
        ("The first crews were followed by a team of volunteers with shovels.",
         "a team of volunteers"),
    ],
)  # fmt: skip
def test_a_fragment_between_phrases_stands(sentence: str, fragment: str) -> None:
    assert not breaks_phrase(*_span(sentence, fragment))


RANGE = (
    "The town's spending on road grit rose from about 4,000 pounds in the first week of"
    " the winter to just under 9,000 pounds in the second, a council note said."
)


def test_a_cut_keeps_the_time_of_a_range_s_second_point() -> None:
    ws = RANGE.split()
    cut_before = {" ".join(ws[e : e + 3]) for e in loose_ends(ws, 40, tries=10)}
    assert "in the second," not in cut_before  # '… to just under 9,000 pounds.' drops it
    assert "from about 4,000" not in cut_before  # 'spending … rose.' drops the whole range


def test_a_fragment_does_not_close_on_an_adverb_whose_word_stays_outside() -> None:
    from newsdesk.summarizer.fragments import _fits

    sentence = "The port will reopen the quay for fully licensed ferries and move quickly on fees."
    words, a, b = _span(sentence, "reopen the quay for fully")
    # before: '… “reopen the quay for fully” licensed ferries' stood
    assert not _fits(words, a, b, 0)
    words, a, b = _span(sentence, "and move quickly")  # the adverb closes its own verb's phrase
    assert _fits(words, a, b, 0, strict=False)


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        # opens inside the subject's noun phrase and runs on into its verb (the demo's Norvale
        # draft: 'a short message in the “company chat congratulated” the winners')
        ("Each night a bell in the harbour tower warned the fishing crews.",
         "harbour tower warned"),
        ("The board said the ferry company issued a 30-day notice.", "company issued a 30-day"),
        ("A letter sent on Tuesday to the crews announced a later start.",
         "Tuesday to the crews announced"),
        # closes on a verb whose object stays outside
        ("Each night a bell in the harbour tower warned the fishing crews.",
         "the harbour tower warned"),
        # holds a verb and closes on the subject of the next one
        ("The judge ruled ferry operators were owed the fees.", "ruled ferry operators"),
        # opened inside one noun phrase, runs into the next
        ("Every week a printed list named the best crews.", "week a printed list"),
        # splits a verb from its particle, or 'at least'
        ("The council will roll out new timetables in May.", "council will roll"),
        ("Crews were cut off from the mainland for days.", "off from the mainland"),
        ("The storm closed at least nine harbours on the coast.", "least nine harbours"),
        ("Travel has been harder this summer due to the strikes.", "harder this summer due"),
        # opens on the 'and' between two nouns
        ("The storm left broken jetties, flooded sheds and entry ramps under water.",
         "and entry ramps"),
    ],
)  # fmt: skip
def test_a_quotation_crossing_phrase_boundaries_is_refused(sentence: str, fragment: str) -> None:
    from newsdesk.summarizer.nounphrase import crosses

    assert crosses(*_span(sentence, fragment))


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Each night a bell in the harbour tower warned the fishing crews.",
         "warned the fishing crews."),  # a whole verb phrase
        ("Each night a bell in the harbour tower warned the fishing crews.",
         "a bell in the harbour tower"),  # a whole noun phrase
        ("The board said the ferry company issued a 30-day notice.",
         "the ferry company issued a 30-day notice."),  # a whole clause after 'said'
        ("The crews logged the hours their boats spent at sea.",
         "hours their boats spent at sea."),  # a noun and its clause
        ("The port had promised to publish the figures.", "promised to publish the figures."),
    ],
)  # fmt: skip
def test_a_quotation_of_whole_phrases_stands(sentence: str, fragment: str) -> None:
    from newsdesk.summarizer.nounphrase import crosses

    assert not crosses(*_span(sentence, fragment))
