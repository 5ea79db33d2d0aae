"""Lines that must read as whole sentences (session 36, issue 12, NeuS even rows read in full):
a predicate cut before its object ('the European Union on Monday formally recommended.'), a
subject cut off its verb, an excerpt with no verb of a main clause ('Following days of lengthy
debate among vaccine experts…'), an aside that was the predicate ('The sunny as candidates
held rallies'), two nouns read as a verb ('blamed the failures.' of 'the failures and troubles
… on others'), a speech verb cut off its quotation ('Johnson asked, looking over to Biden.'),
and a first name taken for a surname ('cnn.com quoted President Joe Manchin.'). Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest
from newsdesk.summarizer.clauses import _clause_ends, complete, cuts, dangling, verbless
from newsdesk.summarizer.excerpts import trim
from newsdesk.summarizer.people import introduced
from newsdesk.summarizer.rewording import condensed
from newsdesk.summarizer.shortcut import ends


def _words(text: str) -> list[str]:
    return text.split()


_WAITING = [
    # a verb right before its 'that' clause
    ("the harbour board on Friday formally recommended that ferries stop night sailings", "that"),
    # a saying verb behind a phrase of place and a day
    ("the mayor announced during a council meeting on Tuesday that the pier would close", "on"),
    # a subject cut off its verb
    ("Ada Quill, the harbour chief, told reporters the quay should not have reopened", "should"),
    ("regulators said that once the audit is filed, the permit could follow", "could"),
]
_WHOLE = [
    # a noun's clause, not a verb's: the words kept are whole
    ("the traders reacted with anger to the plans that the council drew up", "that"),
    ("the auditors found errors that the firm had hidden for years", "that"),
]


@pytest.mark.parametrize(("body", "before"), _WAITING)
def test_a_cut_never_leaves_a_predicate_without_its_object(body: str, before: str) -> None:
    ws = body.split()
    assert dangling(ws, ws.index(before))


@pytest.mark.parametrize(("body", "before"), _WHOLE)
def test_a_noun_s_that_clause_may_still_be_cut_off(body: str, before: str) -> None:
    ws = body.split()
    assert not dangling(ws, ws.index(before))


def test_an_excerpt_with_no_verb_of_a_main_clause_is_not_made() -> None:
    assert trim("Specifically, a private room just above the old ferry terminal.") is None
    assert verbless(_words("Following weeks of long talks among harbour officials\u2026"))
    assert verbless(_words("In a packed council hearing, both captains\u2026"))
    assert verbless(_words("A smaller fleet of Tarnwick's older ferries\u2026"))
    assert verbless(_words("A panel formed by the mayor to study possible changes\u2026"))
    assert not verbless(_words("The harbour considers itself a free port."))
    assert not verbless(_words("Three captains stood silently side by side Sunday\u2026"))
    assert trim("The harbour considers itself a free port.") == (
        "The harbour considers itself a free port."
    )
    # a quotation cut to the share ends after a verb of its main clause, never before it
    quoted = _words("Twice in the last months of the season, the harbour master was so worried")
    assert all(e > quoted.index("master") for _, e in ends(quoted))


def test_an_aside_holding_the_verb_is_no_aside() -> None:
    body = (
        "the windy, late-autumn weekend was a test of the new ferries, as crews ran extra"
        " sailings and cleared the quays"
    )
    assert not [b for b in condensed(body) if b.startswith("the windy as")]
    plain = "the timetable, one of the tightest on the coast, requires crews to sail at dawn"
    assert condensed(plain) == ["the timetable requires crews to sail at dawn"]


def test_two_nouns_joined_by_and_are_no_clause_end() -> None:
    body = (
        "the inspectors blamed the delays and failures in the yard on the contractor, while"
        " praising the crews"
    )
    told = [" ".join(ws) for ws in cuts(body)]
    assert "the inspectors blamed the delays" not in told
    ws = _words(body)
    assert not _clause_ends(ws, ws.index("and"))  # 'delays | and failures': one noun phrase
    joined = "the night crew on the pier cleared the cables and says the ferry will sail on Monday"
    assert "the night crew on the pier cleared the cables" in [" ".join(ws) for ws in cuts(joined)]


def test_a_speech_verb_cut_off_its_quotation_is_no_clause() -> None:
    assert not complete(_words("Quill asked, looking over to the mayor"))
    assert complete(_words("Quill asked the mayor to reopen the pier"))


def test_a_first_name_is_not_taken_for_a_surname() -> None:
    text = 'Governor Oskar Brook met Oskar Quill at the pier. "We sail at noon," Quill said.'
    line = "Valley Courier quoted Oskar Quill."  # was given 'Governor Oskar Quill'
    assert introduced([line], [text], [text]) == {0: line}


def test_a_change_and_a_phrase_keep_what_they_wait_for() -> None:
    ws = _words("The board will send inspectors in response to a spike in thefts at the quay")
    assert dangling(ws, ws.index("in", 8))  # 'a spike' of what
    assert dangling(ws, ws.index("to"))  # 'in response' to what
    kept = _words("The board will send inspectors in response to the thefts at the quay")
    assert not dangling(kept, kept.index("at"))


def test_an_appositive_running_to_the_end_holds_no_verb() -> None:
    assert verbless(_words("The rule, one of the strictest harbour limits\u2026"))
    assert not verbless(_words("The rule, one of the strictest on the coast, bans night sailing"))


def test_a_line_leaning_on_this_for_what_came_before_points_back() -> None:
    from newsdesk.summarizer.subjects import points_back

    assert points_back("Proof of this may be the closed ticket office at the pier.")
    assert not points_back("The council voted for this plan on Monday.")


def test_an_office_keeps_its_capital_after_reported_that() -> None:
    from newsdesk.summarizer.capitals import keeps_capital

    assert keeps_capital("Secretary", "of State Ada Quill said the pier would close", set())
    assert not keeps_capital("Residents", "of Tarnwick said the pier would close", set())
