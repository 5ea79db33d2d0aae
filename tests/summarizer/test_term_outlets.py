"""The line naming who uses a word the coverage coined (summarizer/terms.py) named one outlet
twice when two of its articles use the word ("Quay Post, Ridge Weekly and Quay Post use the
word …"). Each outlet is named once; the line still cites every article that uses it. (A story
written for this test: invented outlets, company and word.)"""

from __future__ import annotations

from newsdesk.summarizer import summarize
from newsdesk.summarizer.terms import term_sentence

from newsdesk.config import SummarizerConfig
from newsdesk.models import Item, StoryInput

FIRST = (
    "Engineers at Kestrel say colleagues ran long assistant sessions to climb a usage table, a"
    " practice some of them now call queuestuffing. The company switched the table off."
)
SECOND = (
    "Kestrel staff told Quay Post that queuestuffing began last spring, when the table first"
    " ranked engineers by their sessions."
)
RIDGE = (
    "Kestrel has ended its usage table after what staff described as queuestuffing. The table"
    " ranked engineers by their use of AI assistants."
)


def _story(*outlets: str) -> StoryInput:
    texts = (FIRST, SECOND, RIDGE)
    items = tuple(
        Item(f"i{n}", f"https://o{n}.example/a", "Kestrel ends table", text, None, outlet)
        for n, (text, outlet) in enumerate(zip(texts, outlets, strict=True), start=1)
    )
    return StoryInput(items=items, title="Kestrel ends its usage table")


def test_an_outlet_with_two_articles_is_named_once() -> None:
    story = _story("Quay Post", "Quay Post", "Ridge Weekly")
    line = "Quay Post and Ridge Weekly use the word \u201cqueuestuffing\u201d."
    assert term_sentence(story) == (line, (1, 2, 3))  # every article that uses it, cited
    draft = summarize(story, SummarizerConfig())
    assert line in [ln.text for ln in draft.lines()] and draft.flagged == [], draft.report()


def test_one_outlet_alone_uses_it_and_case_does_not_make_two() -> None:
    story = _story("Quay Post", "QUAY POST", "Quay Post")
    assert term_sentence(story) == ("Quay Post uses the word \u201cqueuestuffing\u201d.", (1, 2, 3))


def test_the_outlets_are_named_in_the_order_first_met() -> None:
    story = _story("Quay Post", "Ridge Weekly", "quay post")
    assert term_sentence(story) == (
        "Quay Post and Ridge Weekly use the word \u201cqueuestuffing\u201d.",
        (1, 2, 3),
    )
