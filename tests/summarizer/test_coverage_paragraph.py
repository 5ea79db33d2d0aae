"""Where newsdesk's own lines stand in a draft, and what a draft of a Hacker News thread says.

Who ran whose report, the outlet count and who cites whom are facts about the coverage: they
stand after the lede, beside who reported first, not among the facts of the event or as a key
takeaway. A line told for a source is placed by what it tells (a company profile is
background; a column's line is reaction). A thread that is the story's only source is told
with how it was received: its reach and one or two short quotes of its comments. (Stories
written for these tests: invented outlets, places and people.)"""

from __future__ import annotations

import dataclasses

from newsdesk.summarizer import summarize
from newsdesk.summarizer.draft import SECTIONS
from newsdesk.summarizer.thread import discussion_sentences
from newsdesk.summarizer.wire import Plan

from newsdesk.config import SummarizerConfig
from newsdesk.models import Comment, Discussion, Item, Source, StoryInput

QUAY = (
    "Tarnwick Ferries cut its winter timetable on Monday, ending the late crossing to Oster "
    "Island after six years of service. The operator said fuel costs had doubled since the "
    "spring and that the last boat carried fewer than a dozen passengers most nights. "
    "Islanders who work evening shifts on the mainland said they would have to stay over in "
    "town. Councillor Maren Holt said the council would ask the operator to restore the "
    "crossing before the summer."
)
VALLEY = (
    "OSTERPORT (Tagus Wire) \u2014 Tarnwick Ferries has dropped its late crossing to Oster "
    "Island from the winter timetable, blaming fuel costs that doubled over the year. The "
    "change follows a report by Quay Post. Night-shift workers on the island said the "
    "decision would leave them without a way home. Tarnwick Ferries runs four routes across "
    "the sound and carried about 900,000 passengers last year."
)


def _ferry_story() -> StoryInput:
    quay = Item("q", "https://quaypost.example/ferry", "Ferry drops late crossing", QUAY,
                "2026-01-12T07:00:00Z", "Quay Post")  # fmt: skip
    valley = Item("v", "https://valleycourier.example/ferry", "Island loses late boat", VALLEY,
                  "2026-01-12T12:00:00Z", "Valley Courier",
                  links=("https://quaypost.example/ferry",))  # fmt: skip
    sources = (
        Source(quay.url, "quaypost.example", "Quay Post", quay.title, "original", "trusted",
               True, published=quay.published, item_id="q", cited_by=(valley.url,)),
        Source(valley.url, "valleycourier.example", "Valley Courier", valley.title, "coverage",
               "trusted", True, published=valley.published, item_id="v",
               also_at=("https://harbourgazette.example/wire/ferry",)),
    )  # fmt: skip
    return StoryInput(
        items=(quay, valley),
        title="Ferry drops late crossing",
        sources=sources,
        outlet_names=(("harbourgazette.example", "Harbour Gazette"),),
    )


def test_who_ran_whose_report_and_who_cites_whom_stand_with_the_coverage_not_the_event():
    draft = summarize(_ferry_story(), SummarizerConfig())
    synopsis = " ".join(line.text for line in draft.synopsis)
    ran = (
        "Valley Courier ran a report credited to Tagus Wire in its dateline, a report that also"
        " ran in Harbour Gazette."
    )
    cites = "Valley Courier cites the report by Quay Post."
    assert ran in synopsis and cites in synopsis
    # right after who reported first, in the coverage's order
    assert synopsis.index("first reported the story") < synopsis.index(cites) < synopsis.index(ran)
    elsewhere = [line.text for line in draft.takeaways]
    elsewhere += [line.text for name in SECTIONS for line in draft.sections.get(name, ())]
    assert not [t for t in elsewhere if ran in t or cites in t]
    assert not draft.flagged


def test_a_line_told_for_a_source_goes_to_its_own_section():
    plan = Plan(None, ["synopsis", "takeaways", *SECTIONS], frozenset({1}), frozenset({3}))  # type: ignore[arg-type]
    news = "Tarnwick Ferries cut its winter timetable on Monday."
    assert plan.home(1, news) == "synopsis"  # no lede yet: a lede source's line opens the draft
    plan.slots["synopsis"].append((news, (1,)))
    profile = "Tarnwick Ferries runs four routes across the sound and employs about 300 people."
    assert plan.home(2, profile) == "Background"
    assert plan.home(2, "The operator dropped the late crossing.") == "What happened"
    assert plan.home(3, "The operator dropped the late crossing.") == "Reaction and discussion"
    # news with a quoted phrase or an expectation in it is no reaction
    expected = "The board was expected to \u201cissue a ruling\u201d on the crossing next week."
    assert plan.home(2, expected) == "What happened"
    plan.slots["synopsis"] = [None]  # the lede's excerpt could not be admitted: it may open
    assert plan.home(1, news) == "synopsis"


ASK = "Ask HN: Does your ferry operator publish its fuel costs?"


def _thread(post: str, *comments: str, points: int = 40) -> StoryInput:
    thread = Discussion(
        7001, ASK, None, "deckhand", points, len(comments), "2026-01-14T09:00:00Z", post,
        comments=tuple(Comment(7100 + i, f"sailor{i}", c, rank=i) for i, c in enumerate(comments)),
    )  # fmt: skip
    source = Source(thread.hn_url, "news.ycombinator.com", "Hacker News", ASK, "discussion",
                    "unrated", True, "discussion", thread.created, hn_id=7001, points=points,
                    num_comments=len(comments))  # fmt: skip
    return StoryInput(items=(), title=ASK, sources=(source,), discussions=(thread,))


def test_a_thread_only_draft_says_what_was_asked_how_many_answered_and_what_they_said():
    """An Ask HN alone is told as a short piece: the question quoted as its poster's, how many
    answered, the answers quoted as their commenters'; the headline says what was asked in
    newsdesk's words, and no line only lists who commented."""
    story = _thread(
        "Our operator cut a crossing and blamed fuel. Is that normal where you live?",
        "Our island ferry posts its fuel bill every quarter on the harbour noticeboard.",
        "I crewed on a sound ferry for ten years and fuel was never the largest cost.",
        "Most operators I know of keep fuel contracts secret for competitive reasons.",
    )
    draft = summarize(story, SummarizerConfig())
    text = [line.text for line in draft.lines()]
    # 'Is that normal …' leans on the sentence before it: the title's question is told
    assert text[:2] == [
        "On Hacker News, deckhand asked: \u201cDoes your ferry operator publish its fuel"
        " costs?\u201d",
        "The question drew 3 answers and 40 points.",
    ]
    quoted = [t for t in text if t.startswith("Commenter ") and "\u201c" in t]
    assert 1 <= len(quoted) <= 2  # one or two short quotes of its comments
    assert quoted[0] == (
        "Commenter sailor0 wrote: \u201cOur island ferry posts its fuel bill every quarter on"
        " the harbour noticeboard.\u201d"
    )
    assert not any("came from" in t or ASK in t for t in text)
    assert ASK not in draft.headline
    assert not draft.flagged


def test_an_ask_hn_headline_tells_the_question_in_newsdesk_s_words():
    story = dataclasses.replace(
        _thread("Is rationing happening on your island, and who decides it?", "Yes, weekly."),
        title="Ask HN: Is rationing happening on your island?",
    )
    thread = dataclasses.replace(story.discussions[0], title=story.title or "")
    draft = summarize(dataclasses.replace(story, discussions=(thread,)), SummarizerConfig())
    assert (
        draft.headline
        == "Hacker News readers answer whether rationing is happening on their island"
    )
    assert draft.lines()[0].text == (
        "On Hacker News, deckhand asked: \u201cIs rationing happening on your island, and who"
        " decides it?\u201d"
    )
    assert not draft.flagged


def test_a_comment_sentence_pointing_back_at_the_post_is_not_quoted():
    story = _thread(
        "My harbour board shows a ferry delay chart with names. Does anyone else track crew"
        " this way at work?",
        "Nobody has said it matters for pay, but everyone checks it on Fridays.",
        "We asked for the same chart with weather next to the delays. The chart was gone a"
        " month later.",
    )
    quoted = [t for t, _ in discussion_sentences(story) if "wrote: \u201c" in t]
    # 'it' stands for the post's chart; 'the same chart' and 'The chart' name it again; the
    # post's question is told in the line that opens the piece, not quoted again
    assert quoted == []
    assert discussion_sentences(story)[0][0] == (
        "On Hacker News, deckhand asked: \u201cDoes anyone else track crew this way at work?\u201d"
    )


def test_a_post_s_later_paragraph_question_is_checked_as_the_poster_s():
    """A post whose first paragraph quotes a phrase: its question, in a later paragraph, is
    verified as the poster's (it was read as nobody's and flagged)."""
    story = _thread(
        'Our harbour board now pins a "top sailors" list by the ticket office, with names.\n\n'
        "Nobody says it counts, yet people read it daily. Do harbours where you sail pin up"
        " lists of crew, and did anyone object to it?",
        "That is exactly what happened to us.",
    )
    draft = summarize(story, SummarizerConfig())
    said = [ln.text for ln in draft.lines() if ln.text.startswith("On Hacker News, deckhand")]
    assert said == [
        "On Hacker News, deckhand asked: \u201cDo harbours where you sail pin up lists of crew,"
        " and did anyone object to it?\u201d"
    ]
    assert not draft.flagged


def test_a_column_s_excerpt_is_no_report():
    """A column's or link post's words are its view, not its reporting: 'According to X, “…”'
    ('X wrote: “…”' would make the outlet the speaker, and the verifier flags that)."""
    from newsdesk.summarizer.compose import Numbering
    from newsdesk.summarizer.excerpts import excerpt

    text = "Nobody designed the timetable cut, a spreadsheet and a tired manager did the rest."
    num = Numbering((1,), {1: text}, {1: "c"}, {1: "Quay Post"}, (0,))
    assert excerpt(text, (1,), num) == (f"Quay Post reported: \u201c{text}\u201d", 1)
    column = dataclasses.replace(num, columns=frozenset({1}))
    assert excerpt(text, (1,), column) == (f"According to Quay Post, \u201c{text}\u201d", 1)


def test_two_addresses_of_one_outlet_are_not_first_and_follower():
    from newsdesk.summarizer.sourcefacts import records
    from newsdesk.summarizer.spread import spread_sentence

    text = "The council approved a plan to dredge the harbour at Kilmore on Tuesday."
    story = StoryInput(
        items=(
            Item(
                "a",
                "https://coastgazette.example/h",
                "Plan approved",
                text,
                "2026-03-03T06:00:00Z",
                "Coast Gazette",
            ),
            Item(
                "b",
                "https://news.coastgazette.example/k",
                "Plan passes",
                text,
                "2026-03-03T09:00:00Z",
                "Coast Gazette",
            ),
            Item(
                "c",
                "https://valley.example/k",
                "Harbour to be dredged",
                text,
                "2026-03-03T12:00:00Z",
                "Valley Courier",
            ),
        )
    )
    said = spread_sentence(story)
    # before: "Coast Gazette first reported …; Coast Gazette and Valley Courier followed …"
    assert said == (
        "Coast Gazette first reported the story on 3 March; Valley Courier followed within hours.",
        (1, 3),
    )
    # the records the verifier checks it against, and the count, say it the same way
    told = " ".join(records(story).values())
    assert "Coast Gazette followed" not in told and "Coast Gazette, Coast Gazette" not in told
    assert "Two outlets reported the story — Coast Gazette and Valley Courier —" in told
