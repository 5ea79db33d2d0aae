"""An Ask HN thread told in newsdesk's words (asked.py): the question it asks as a headline's
whether-clause, the poster's question found in the post, and the thread's facts the draft's
lines are checked against."""

from __future__ import annotations

from newsdesk.summarizer.asked import asked_headline, checked_text, question, whether

from newsdesk.models import Discussion


def _ask(title: str, text: str = "", comments: int = 3) -> Discussion:
    return Discussion(9001, title, None, "quill", 12, comments, None, text)


def test_a_be_question_becomes_a_whether_clause_told_from_outside() -> None:
    assert whether("Ask HN: Is tokenmaxxing happening at your company?") == (
        "whether tokenmaxxing is happening at their company"
    )
    assert whether("Ask HN: Are kettle charts used in your office?") == (
        "whether kettle charts are used in their office"
    )
    # another form, or too long for a headline: no clause
    assert whether("Ask HN: Does your office rank kettle use?") is None
    assert whether("Ask HN: Is my office tracking kettle use?") is None  # the poster's office
    assert (
        whether("Ask HN: Is the whole idea of ranking people by kettle use ever sensible?") is None
    )


def test_the_headline_quotes_a_question_it_cannot_retell_and_says_none_for_a_link() -> None:
    assert asked_headline(_ask("Ask HN: Does your office rank kettle use?")) == (
        "Hacker News readers answer: \u201cDoes your office rank kettle use?\u201d"
    )
    unanswered = _ask("Ask HN: Is kettle use rising at your office?", comments=0)
    assert asked_headline(unanswered) == (
        "Hacker News readers are asked whether kettle use is rising at their office"
    )
    linked = Discussion(9002, "Is kettle use rising?", "https://quay.example/k", "quill", 5, 1)
    assert asked_headline(linked) is None and checked_text(linked) == []


def test_the_post_s_own_question_is_told_unless_it_leans_on_what_came_before() -> None:
    post = "Our floor pins a kettle chart. Do offices where you work rank tea breaks by name?"
    assert question(_ask("Ask HN: Kettle charts?", post)) == (
        "Do offices where you work rank tea breaks by name?"
    )
    leaning = "Our floor pins a kettle chart. Is that normal where you work?"
    assert question(_ask("Ask HN: Does your office rank kettle use?", leaning)) == (
        "Does your office rank kettle use?"
    )
    assert checked_text(_ask("Ask HN: Does your office rank kettle use?", leaning)) == [
        "On Hacker News, quill asked: Does your office rank kettle use?",
        "The question drew 3 answers and 12 points.",
    ]
