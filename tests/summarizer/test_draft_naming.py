"""Session 34 (issue 12, part 2): drafts that name the outlets, retell a claim without its
framing phrases, and leave out what points back at nothing. (Stories written for these tests:
invented outlets, places and people.)"""

from __future__ import annotations

from newsdesk.summarizer import summarize
from newsdesk.summarizer.capitals import capitalised
from newsdesk.summarizer.compose import checker, numbering, source_texts
from newsdesk.summarizer.copying import Shingles, copy_ratio
from newsdesk.summarizer.paraphrase import candidates, own_words
from newsdesk.summarizer.rewording import condensed
from newsdesk.summarizer.spread import count_clause, facts
from newsdesk.summarizer.subjects import points_back, unmet

from newsdesk.config import SummarizerConfig
from newsdesk.models import Item, Source, StoryInput

RULING = (
    "In both cases, the appeals panel overturned lower court orders that went against the "
    "harbour board. The rulings leave the board free to close the old ferry terminal."
)


def _one(text: str, outlet: str = "Quay Post") -> StoryInput:
    item = Item("a", "https://quaypost.example/a", "Board wins", text, None, outlet)
    return StoryInput(items=(item,), title="Harbour board wins appeal")


def _own(sentence: str, story: StoryInput) -> str | None:
    num = numbering(story)
    texts = source_texts(story, num)
    return own_words(
        sentence,
        1,
        "Quay Post",
        shingles=Shingles.of(texts),
        check=checker(num).check,
        names=capitalised(t for t in texts.values() if t),
    )


def test_a_claim_is_retold_without_the_phrase_that_frames_it():
    story = _one(RULING)
    first = RULING.split(". ")[0] + "."
    # before: every way of telling it kept 'in both cases, the appeals panel overturned lower
    # court orders', nine of the outlet's words in a row: an excerpt or nothing
    told = _own(first, story)
    assert told == "Quay Post reported that the appeals panel overturned lower court orders."
    shingles = Shingles.of({1: RULING})
    assert copy_ratio([told], shingles) == 0.0
    assert condensed("the mandate, one of the strictest in Europe, requires every worker to test")
    assert condensed("on Monday, the board said it would appeal against the ruling") == [
        "the board said it would appeal against the ruling"
    ]
    # what is left may not open on a participle ('published Tuesday, the fund …')
    outlook = condensed("in its outlook, published Tuesday, the fund cut its forecast")
    assert not any(c.startswith("published") for c in outlook), outlook


def test_a_sentence_about_an_episode_or_reason_never_named_points_back():
    assert points_back("Helen Varga said the episode followed a familiar pattern.")
    assert points_back("Kestrel removed a leaderboard last week for the same reason.")
    assert not points_back("The episode of the leaked memo ended on Friday.")
    assert not points_back("It closed the depot for the same reason as the council.")
    lines = ["Quay Post reported that Helen Varga said the episode followed a familiar pattern."]
    assert unmet(lines, set()) == [0]


_CALLING = (
    "Three of the cadets had wanted to serve since they were children. Mara Quist wanted to "
    "fly rescue helicopters for the coast guard. Tobin Achterberg knew it in second grade."
)


def test_a_pronoun_object_with_nothing_in_the_line_to_point_back_at_is_left_out():
    # 'Quay Post reported that Tobin Achterberg knew it in second grade.': knew what? the
    # sentences before said; a verb's subject is never its object's antecedent
    last = "Tobin Achterberg knew it in second grade."
    assert points_back(last) and _own(last, _one(_CALLING)) is None
    assert points_back("The harbour board approved it on Friday.")
    assert points_back("Port officials confirmed this on Monday.")
    assert points_back("Helen Varga denied that.")
    assert points_back("Tobin Achterberg had always known it.")
    # an antecedent in the line, or no antecedent needed
    assert not points_back("Helen Varga bought a ferry and renamed it on Friday.")
    assert not points_back("The author of the plan defended it on Monday.")
    assert not points_back("Helen Varga said that the terminal would close.")
    assert not points_back("Helen Varga knew it was time to leave.")
    assert not points_back("Helen Varga made it clear on Monday.")
    assert not points_back("Port officials confirmed this week that fees would rise.")
    draft = summarize(_one(_CALLING), SummarizerConfig())
    assert not any("knew it" in ln.text for ln in draft.lines()), draft.report()


def test_who_a_person_is_stays_with_the_name_that_opens_the_sentence():
    body = (
        "Helen Varga, who studies port traffic at Ostrow University, said prizes tend to"
        " accelerate gaming"
    )
    told = [t for _, t in candidates("Quay Post", body, 0)]
    assert told and not any("Helen Varga said" in t for t in told), told
    other = "the board, which met on Monday, said fees would rise"
    assert any("the board said" in t for _, t in candidates("Quay Post", other, 0))


def _source(n: int, name: str, item: str | None) -> Source:
    return Source(
        f"https://o{n}.example/a", f"o{n}.example", name, "T", "original" if n == 1 else "coverage",
        "unrated", True, item_id=item,
    )  # fmt: skip


def test_the_count_names_the_outlets_and_counts_only_past_three():
    text = "Northwind Labs will cap each engineer at 40 million tokens a month from July."
    items = tuple(Item(f"i{n}", f"https://o{n}.example/a", "T", text) for n in range(1, 6))
    outlets = ["Quay Post", "Hill Courier", "Ridge Weekly", "Fen Wire", "Tarn Daily"]
    sources = tuple(_source(n, outlets[n - 1], f"i{n}") for n in range(1, 6))
    story = StoryInput(items=items, title="Northwind caps tokens", sources=sources)
    assert count_clause(facts(story)) == (
        "Five outlets reported the story \u2014 Quay Post, Hill Courier, Ridge Weekly and two others"
        " \u2014 and newsdesk read all five"
    )
    three = StoryInput(items=items[:3], title="Northwind caps tokens", sources=sources[:3])
    line = (
        "Three outlets reported the story \u2014 Quay Post, Hill Courier and Ridge Weekly \u2014"
        " and newsdesk read all three."
    )
    draft = summarize(three, SummarizerConfig())
    assert line in [ln.text for ln in draft.lines()] and draft.flagged == []


def test_a_story_one_outlet_reported_says_who_reported_it_and_when():
    item = Item("a", "https://quaypost.example/a", "Board wins", RULING, "2026-05-04T09:00:00Z")
    source = Source(
        "https://quaypost.example/a", "quaypost.example", "Quay Post", "Board wins", "original",
        "unrated", True, published="2026-05-04T09:00:00Z", item_id="a",
    )  # fmt: skip
    story = StoryInput(items=(item,), title="Harbour board wins appeal", sources=(source,))
    draft = summarize(story, SummarizerConfig())
    lines = [ln.text for ln in draft.lines()]
    assert "Quay Post published its report on 4 May." in lines and draft.flagged == [], lines


HARBOUR = (
    "Engineers at Kestrel say colleagues ran long assistant sessions to climb a usage table, a"
    " practice some of them now call queuestuffing. The company switched the table off."
)
RIDGE = (
    "Kestrel has ended its usage table after what staff described as queuestuffing. The table"
    " ranked engineers by their use of AI assistants."
)


def test_a_word_the_coverage_coined_is_named_with_who_uses_it():
    items = (
        Item("a", "https://quaypost.example/a", "Kestrel ends table", HARBOUR, None, "Quay Post"),
        Item("b", "https://ridge.example/b", "Table ends", RIDGE, None, "Ridge Weekly"),
    )
    story = StoryInput(items=items, title="Kestrel ends its usage table")
    draft = summarize(story, SummarizerConfig())
    line = "Quay Post and Ridge Weekly use the word \u201cqueuestuffing\u201d."
    assert line in [ln.text for ln in draft.lines()] and draft.flagged == [], draft.report()
    # a word one source uses and the title does not is no name the coverage gave it
    alone = StoryInput(items=items[:1], title="Kestrel ends its usage table")
    assert not any("the word" in ln.text for ln in summarize(alone, SummarizerConfig()).lines())


def test_framing_left_out_never_breaks_the_clause_it_framed():
    # a bare day goes only before a verb in the past, never from a noun phrase or after a
    # participle (before: 'the sunny as candidates held rallies', 'documents released outlined')
    assert not any(
        "sunny as" in c for c in condensed("the sunny Sunday as candidates held rallies")
    )
    assert condensed("documents released Thursday outlined a range of options") == []
    # the comma after a day stays with the clause it closes
    told = condensed(
        "like he did before the committee on Monday, Blinken blamed the last government"
    )
    assert told == ["like he did before the committee, Blinken blamed the last government"], told
    # a sentence a feed cut before the 'to' its verb waits for is not told
    cut = (
        "The changes, to take effect in November, will allow families and others who have been"
        " separated for 18 months to plan for long-awaited reunions and let workers get back to"
        " their..."
    )
    assert _own(cut, _one(cut)) is None


def test_a_thing_s_name_is_no_word_the_coverage_coined():
    pill = "Merck asked regulators to approve an antiviral pill called molnupiravir."
    other = "The pill, molnupiravir, cut hospital stays by half in a trial."
    items = (
        Item("a", "https://quaypost.example/a", "Pill", pill, None, "Quay Post"),
        Item("b", "https://ridge.example/b", "Pill", other, None, "Ridge Weekly"),
    )
    story = StoryInput(items=items, title="Merck seeks approval for pill")
    assert not any("the word" in ln.text for ln in summarize(story, SummarizerConfig()).lines())
