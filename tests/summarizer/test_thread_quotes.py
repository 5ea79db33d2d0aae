"""A Hacker News comment quoted in a draft stands alone: no sentence whose pronoun or
demonstrative points at the post or comment it answers ('We had a softer version of this.')."""

from __future__ import annotations

from newsdesk.summarizer.thread import discussion_sentences, highlights, shorten, thread_sentence

from newsdesk.models import Comment, Discussion, Source, StoryInput

LINK = "https://quaypost.example/kettles"


def _story(*comments: str) -> StoryInput:
    thread = Discussion(
        5150, "Quillmoor ranks its staff by kettle use", LINK, "teapot", 90, len(comments),
        "2026-02-03T10:00:00Z",
        comments=tuple(Comment(60 + i, f"user{i}", c, rank=i) for i, c in enumerate(comments)),
    )  # fmt: skip
    sources = (
        Source(LINK, "quaypost.example", "Quay Post", "Kettles", "original", "trusted", True,
               published="2026-02-03T08:00:00Z"),
        Source(thread.hn_url, "news.ycombinator.com", "Hacker News", thread.title, "discussion",
               "unrated", True, hn_id=5150),
    )  # fmt: skip
    return StoryInput(items=(), title="Kettles", sources=sources, discussions=(thread,))


def _quoted(story: StoryInput) -> list[str]:
    return [t for t, _ in discussion_sentences(story) if "wrote: \u201c" in t]


def test_a_comment_sentence_pointing_back_is_not_quoted_a_later_one_is() -> None:
    story = _story(
        "We had a milder version of this. Our office counted cups per desk and pinned the"
        " chart by the sink every Friday.",
        "That is not thirst, it is people reading the chart. Our manager took the chart down after a month.",
        "This is what happens when a canteen gets a spreadsheet and an idle afternoon.",
    )
    assert _quoted(story) == [
        "Commenter user0 wrote: \u201cOur office counted cups per desk and pinned the chart by"
        " the sink every Friday.\u201d",
        "Commenter user1 wrote: \u201cOur manager took the chart down after a month.\u201d",
    ]


def test_a_demonstrative_naming_its_noun_is_no_back_reference() -> None:
    story = _story("Our team stopped counting cups this quarter and nobody has missed the chart.")
    assert _quoted(story) == [
        "Commenter user0 wrote: \u201cOur team stopped counting cups this quarter and nobody has"
        " missed the chart.\u201d"
    ]


def test_a_text_post_is_named_by_its_title_in_the_body_s_quotation_marks() -> None:
    # the rest of a draft quotes in typographic marks, and the page's title names the same
    # thread in them: a straight pair here stood out on the home page's card
    post = Discussion(5151, "Ask HN: Does your office rank kettle use?", None, "teapot", 40, 3)
    assert thread_sentence(post, None) == (
        "On Hacker News, the thread \u201cAsk HN: Does your office rank kettle use?\u201d drew"
        " 40 points and 3 comments."
    )


def test_the_discussion_box_keeps_a_short_comment_whole_with_its_paragraphs() -> None:
    """A comment of two short paragraphs (about 300 characters) is kept whole, paragraphs apart:
    at 240 characters the second paragraph, the one the article quoted, was dropped unmarked."""
    first = (
        "We kept a milder version of this. Nobody ranked us, but the monthly kettle report went"
        " to the office manager, and within a quarter every floor asked why its number trailed."
    )
    second = "A league table needs no table at all, only a spreadsheet that someone senior reads."
    box = highlights(_story(f"{first}\n\n{second}"))
    assert box[0].comments[0].text == f"{first}\n\n{second}"
    long = " ".join(f"Sentence number {i} of a long comment runs on here." for i in range(20))
    cut = shorten(f"{long}\n\n{second}")
    assert cut.endswith(" \u2026") and len(cut) <= 402 and second not in cut  # cut, and says so
