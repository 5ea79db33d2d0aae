"""The lede (the draft's first line, also the home page's blurb) tells the event as the reporting
tells it: never an aside from a link post, never an unrated outlet's coverage in its words."""

from __future__ import annotations

from newsdesk.summarizer import summarize
from newsdesk.summarizer.compose import numbering
from newsdesk.summarizer.lede import lede_sources

from newsdesk.config import SummarizerConfig
from newsdesk.models import Item, Source, StoryInput

WHARF = (
    "Staff at Pellucid Systems say a wall screen that ranked them by their use of chatbots pushed"
    " colleagues to run jobs nobody needed, a habit some of them now call token padding."
    " Pellucid switched the screen off on Thursday."
    " \u201cPeople kept three sessions open through every meeting just to stay on the board,\u201d"
    " said Oona Brack, a tester who has worked at the company for five years."
    " \u201cNobody wrote it into an appraisal, but everybody looked at it,\u201d said Ivo Tamm,"
    " who led a support team there until May."
    " \u201cWe never meant for anyone to perform for a screen,\u201d said Rhea Solberg, the"
    " company's head of engineering."
    " Pellucid makes payroll software used by about nine hundred firms."
)
RIVER = (
    "Pellucid Systems, a maker of payroll software, has shut down an internal wall screen that"
    " ranked staff by their use of chatbots, after employees said colleagues were padding their"
    " numbers to climb it. The company said its spending on chatbot subscriptions had grown"
    " quickly since the screen went up in the spring."
)
SNIPPET = (
    "Somebody built a bill tracker, somebody else sorted it by name, and the screen in the"
    " kitchen did the rest. I love this one. Honestly, I think every office has a screen like"
    " this. We should all read it twice."
)


def _story() -> StoryInput:
    def item(key: str, name: str, text: str, hour: int) -> Item:
        return Item(key, f"https://{key}.example/a", f"{name} on Pellucid", text,
                    f"2026-04-02T{hour:02d}:00:00Z", name)  # fmt: skip

    items = (item("wharf", "Wharf Gazette", WHARF, 9), item("river", "River Post", RIVER, 11),
             item("snippet", "Snippet Log", SNIPPET, 20))  # fmt: skip
    sources = tuple(
        Source(
            it.url,
            f"{it.id}.example",
            it.source,
            it.title,
            role,
            tier,
            True,
            published=it.published,
            item_id=it.id,
        )  # fmt: skip
        for it, role, tier in zip(
            items,
            ("original", "coverage", "coverage"),
            ("trusted", "trusted", "unrated"),
            strict=True,
        )  # fmt: skip
    )
    return StoryInput(items=items, title="Pellucid switches off its chatbot leaderboard",
                      keywords=("chatbot",), sources=sources)  # fmt: skip


def test_a_link_post_or_an_unrated_outlet_s_coverage_may_not_tell_the_lede() -> None:
    story = _story()
    assert lede_sources(story, numbering(story)) == {1, 2}


def test_the_lede_tells_the_event_from_a_rated_report_not_a_link_post_s_aside() -> None:
    """The original's opening cannot be told in newsdesk's words and its excerpt may not fit the
    budget: the lede is then what the reports say was done, not who reported first (nor the link
    post's aside, nor the company's profile)."""
    for per_source in (15, 50):
        draft = summarize(_story(), SummarizerConfig(quote_words_per_source=per_source))
        lede = draft.synopsis[0]
        assert lede.cites[0] in (1, 2) and "shut down" in lede.text, lede.text
        assert "Snippet Log" not in lede.text and not draft.flagged
