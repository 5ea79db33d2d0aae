"""Session 33 (issue 12, the demo's TokenRank draft read as an editor would): the lede opens on
the event, not the outlet; a news agency's relay is told once; a sentence's opening phrase or
time clause is no credit to cut; a cut never ends a denial short of its scope; a sentence with
one quoted half gives its other half; a ranked takeaway told late still stands as a takeaway."""

from __future__ import annotations

from newsdesk.summarizer import summarize
from newsdesk.summarizer.compose import numbering
from newsdesk.summarizer.excerpts import Budget, excerpt
from newsdesk.summarizer.finish import credited
from newsdesk.summarizer.fragments import loose_ends
from newsdesk.summarizer.headline import clause_of
from newsdesk.summarizer.lede import lift
from newsdesk.summarizer.paraphrase import LEDE, clause, forms
from newsdesk.summarizer.quotes import said_parts
from newsdesk.summarizer.wire import Plan, Wait, Writer

from newsdesk.config import SummarizerConfig
from newsdesk.models import Item, Source, StoryInput


def test_the_lede_tells_the_event_first_and_its_outlet_after(five_outlets) -> None:
    event = "Quillmoor has closed its kettle league after staff gamed it"
    ws = event.split()
    assert forms("Hill Courier", ws, LEDE)[0] == (
        "Quillmoor has closed its kettle league after staff gamed it, Hill Courier reported."
    )
    assert forms("Hill Courier", ws, 0)[0].startswith("Hill Courier reported that")
    # the fixture's opening sentence is one unbroken run of the outlet's words: since the
    # outlet's-wording rule (copying.fragment_runs) it is not retold with fragments in quotation
    # marks but quoted whole, as the outlet's, with the outlet named first
    # Since session 35 another outlet's telling of it, its predicate quoted (tailquote.py),
    # opens the draft: the excerpt, past the quoting share beside it, is left out
    # Since the speech verb and its 'that' stand outside the marks (test_speech_opening.py),
    # Outlet 0's telling opens on the event (before: 'Outlet 3 reported that each engineer at
    # Northwind Labs “will be …'; Outlet 0's quotation opened on 'said')
    lede = summarize(five_outlets, SummarizerConfig()).synopsis[0].text
    assert lede.startswith("Northwind Labs said on Monday that it \u201cwill cap each engineer")
    assert lede.endswith("\u201d, Outlet 0 reported.")


def test_a_saying_verb_that_opens_what_was_said_is_no_closing_credit() -> None:
    names = {"Quillmoor"}
    blog = (
        "In a note to staff sent on Friday evening, Quillmoor said it had closed the kettle"
        " league, would keep the urns, and would not count cups in appraisals."
    )
    assert "Quillmoor said it had closed the kettle league" in (clause(blog, names) or "")
    after = "Quillmoor has closed its kettle league, after staff said rivals were boiling water."
    assert (clause(after, names) or "").endswith("after staff said rivals were boiling water")
    credit = "Quillmoor has closed its kettle league, the company said on Friday."
    assert clause(credit, names) == "Quillmoor has closed its kettle league"


def test_a_cut_never_ends_a_denial_short_of_its_scope() -> None:
    denial = (
        "Quillmoor said it had closed the kettle league and that managers would not count"
        " cups of tea in appraisals from next month"
    )
    ws = denial.split()
    for end in loose_ends(ws, 40):
        last = " ".join(ws[:end])
        assert "not count cups of tea" not in last or last.endswith("appraisals"), last
    plain = "Quillmoor said its managers had counted the cups of tea drunk by staff in the canteen"
    assert loose_ends(plain.split(), 40)  # a clause with no denial may still end before a phrase


def test_the_half_without_a_quotation_is_told_as_the_speaker_s() -> None:
    both = (
        'Ada Brook, a Quillmoor spokesperson, told Hill Courier that the firm "acted the moment'
        ' it saw the pattern" and that tea spending had doubled between May and July.'
    )
    assert said_parts(both) == [
        "Ada Brook, a Quillmoor spokesperson, said that tea spending had doubled between May"
        " and July."
    ]
    assert said_parts("Ada Brook said that tea sales rose and that coffee sales fell.") == []
    assert said_parts('Ada Brook said that "tea is fine" and that "coffee is not".') == []


def test_a_relay_told_once_is_not_told_again() -> None:
    text = "LISBON (Tagus Wire) \u2014 The ferry operator cut its winter timetable on Monday."
    source = Source(
        "https://valleycourier.example/a", "valleycourier.example", "Valley Courier",
        "A report", "coverage", "unrated", True, item_id="a",
        also_at=("https://harbortimes.example/a",),
    )  # fmt: skip
    item = Item("a", source.url, "Ferry timetable cut", text, source="Valley Courier")
    num = numbering(StoryInput(items=(item,), sources=(source,)))
    lede = "The operator has cut its timetable, Tagus Wire (via Valley Courier) reported."
    relay = (
        "Valley Courier ran a report credited to Tagus Wire in its dateline, a report that also"
        " ran in Harbor Times."
    )
    groups = {"synopsis": [(lede, (1,)), (relay, (1,))]}
    out = credited(groups, num, lambda text, cites: True)
    assert out["synopsis"] == [
        (
            "The operator has cut its timetable, according to a Valley Courier report credited to"
            " Tagus Wire.",
            (1,),
        )
    ]


def test_a_ranked_takeaway_told_late_is_lifted_into_the_takeaways() -> None:
    ranked = ["Spending on tea rose 40 percent.", "Ada Brook liked the league."]
    told = {"A told that tea spending rose.": ranked[0], "A told that Brook liked it.": ranked[1]}
    lines = {
        "synopsis": [("The league closed.", (1,))],
        "takeaways": [("A told that Brook liked it.", (1,))],
        "What happened": [("A told that tea spending rose.", (1,)), ("Other.", (1,))],
    }
    out = lift(lines, ranked, told, 4)
    assert [t for t, _ in out["takeaways"]] == [
        "A told that tea spending rose.",
        "A told that Brook liked it.",
    ]
    assert out["What happened"] == [("Other.", (1,))]
    assert lift(lines, ranked, told, 1) == lines  # no room: as it was


def test_the_headline_reads_a_lede_told_event_first() -> None:
    """The lede's new form still gives the headline its clause (the demo's TokenRank headline
    fell back to an outlet's title, marked as theirs, when it did not)."""
    assert clause_of("Quillmoor has closed its kettle league, Hill Courier reported. [2]") == (
        "Quillmoor has closed its kettle league"
    )
    relay = (
        "Quillmoor has closed its league, according to a Hill Post report credited to Tagus Wire."
    )
    assert clause_of(relay) == "Quillmoor has closed its league"
    assert clause_of("Hill Courier reported that Quillmoor had closed it.") == (
        "Quillmoor had closed it"
    )


def test_a_speaker_s_short_role_stays_a_long_description_goes() -> None:
    names = {"Ada", "Brook", "Quillmoor"}
    short = "Ada Brook, a Quillmoor spokesperson, said that tea spending had doubled in May."
    assert clause(short, names) == (
        "Ada Brook, a Quillmoor spokesperson, said that tea spending had doubled in May"
    )
    long = "Ada Brook, a tea taster who has judged the league for years, said it was rigged."
    assert clause(long, names) == "Ada Brook said it was rigged"


def test_the_first_takeaway_s_excerpt_keeps_its_room_before_the_quotes() -> None:
    text = (
        "In a note sent to staff on Friday, Quillmoor said it had closed the kettle league and"
        " would stop counting cups of tea in appraisals from next month onwards."
    )
    item = Item("a", "https://hill.example/tea", "Tea", text, None, "Hill Courier")
    story = StoryInput(items=(item,), title="Tea")
    num = numbering(story)
    settings = SummarizerConfig()
    write = Writer(story, num, Budget(settings, 0))
    plan = Plan(write, ["synopsis", "takeaways"], frozenset({1}), frozenset())
    plan.slots["takeaways"] = [Wait(text, (1,))]
    plan.later = [("takeaways", 0, True)]
    assert plan.held() == [excerpt(text, (1,), num)]
    assert plan.held()[0] is not None
