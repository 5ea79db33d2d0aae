"""Faithful editor sentences `newsdesk verify` refused, or refused for the wrong reason (a
newcomer's walk-through, session 33), each beside a close wrong variant that must still fail.
Sources and sentences written for these tests."""

from __future__ import annotations

from newsdesk.summarizer import polarity
from newsdesk.summarizer.drafting import verify_text
from newsdesk.summarizer.restate import venue_words
from newsdesk.summarizer.verify import Checker

from newsdesk.models import Item, Source, StoryInput

SWITCHED = (
    "Engineers at Kestrel Labs said the leaderboard had pushed them to waste tokens."
    " The company switched the leaderboard off on Monday and said it would not bring it back."
)


def test_turned_off_is_switched_off_and_a_later_negated_predicate_denies_only_itself():
    check = Checker({1: SWITCHED})
    for faithful in (
        "Kestrel Labs turned off the leaderboard on Monday.",
        "Kestrel Labs turned the leaderboard off on Monday.",
        "The company switched off the leaderboard on Monday.",
    ):
        assert check.check(faithful, (1,)) == (), faithful
    # the negated predicate is still read against its own clause
    assert check.check("Kestrel Labs said it would bring the leaderboard back.", (1,))
    assert check.check("Kestrel Labs did not switch off the leaderboard on Monday.", (1,))


def test_a_negation_does_not_reach_a_coordinated_predicate_with_its_own_verb():
    assert polarity.clauses("It removed the view, and would not use the figures in reviews.") == [
        "It removed the view",
        "would not use the figures in reviews.",
    ]
    assert polarity.clauses("He closed the shop but declined to say why.") == [
        "He closed the shop",
        "declined to say why.",
    ]
    # a bare verb after "and" shares the first verb's negation: one clause
    assert polarity.clauses("The firm did not fire staff and cut pay.") == [
        "The firm did not fire staff and cut pay."
    ]


SPOKESWOMAN = (
    'Ana Ruiz, a Kestrel Labs spokeswoman, told the Harbor Times that the firm "acted quickly"'
    " and that total spending on models had risen about 30 percent since June. She declined to"
    " say how much of that increase the firm put down to gaming the leaderboard."
)


def test_declined_to_say_retells_the_source_declining_not_a_denial():
    check = Checker({1: SPOKESWOMAN})
    for faithful in (
        "A Kestrel Labs spokeswoman declined to say how much of the increase came from gaming"
        " the leaderboard.",
        "Kestrel Labs would not say how much of the rise in spending came from gaming the"
        " leaderboard.",
    ):
        assert check.check(faithful, (1,)) == (), faithful
    assert polarity.withheld("She declined to say how many engineers took part.") == (
        "how many engineers took part"
    )
    assert polarity.withheld("She said twenty engineers took part.") is None


def test_declining_to_say_what_the_source_does_not_withhold_is_named_as_such():
    check = Checker({1: SPOKESWOMAN})
    reasons = check.check(
        "Kestrel Labs declined to say how much total spending on models had risen since June.",
        (1,),
    )
    assert reasons and "not told" in reasons[0]
    assert check.check("Kestrel Labs said spending on models had not risen since June.", (1,))


def test_a_claims_short_negated_predicate_is_still_read_with_its_sentence():
    check = Checker(
        {1: "Officials said about 300 residents remain in the valley and are waiting to be moved."}
    )
    assert (
        check.check(
            "Officials said about 300 residents remain in the valley and are waiting to be moved.",
            (1,),
        )
        == ()
    )
    assert check.check(
        "Officials said about 300 residents remain in the valley and are not waiting to be moved.",
        (1,),
    )


USAGE = (
    "Kestrel Labs said token usage at the company rose from 2 billion to 6 billion tokens over"
    " three months. Managers said spending on models fell from $900,000 to $450,000 a month"
    " after the ranking ended."
)


def test_a_multiple_is_what_the_two_figures_make():
    check = Checker({1: USAGE})
    for faithful in (
        "Token usage at Kestrel Labs tripled in a quarter.",
        "Token usage at Kestrel Labs more than tripled in three months.",
        "Spending on models halved after the ranking ended.",
    ):
        assert check.check(faithful, (1,)) == (), faithful


def test_a_multiple_the_figures_do_not_make_is_named():
    check = Checker({1: USAGE})
    reasons = check.check("Token usage at Kestrel Labs doubled in a quarter.", (1,))
    assert reasons == (
        'it says "doubled" where the cited figures (from 2 billion to 6 billion) make 3 times',
    )
    assert check.check("Token usage at Kestrel Labs tripled in a year.", (1,))
    assert check.check("Spending on models tripled after the ranking ended.", (1,))


def test_a_quarter_is_three_months_only_where_the_sources_say_months():
    from newsdesk.summarizer.timeunits import as_spans

    assert as_spans("It tripled in a quarter.", [USAGE]) == "It tripled over three months."
    assert as_spans("It tripled in a quarter.", ["It rose in the fourth quarter."]) == (
        "It tripled in a quarter."
    )
    assert as_spans("It tripled in a year.", [USAGE]) == "It tripled in a year."


STAFF = (
    "Mara Lind, a Kestrel Labs spokeswoman, said the contest had run for five months. She said"
    " nobody would be disciplined over their usage. The chief technology officer, Owen Pratt,"
    " told staff in a memo that the contest had rewarded the wrong thing. Kestrel Labs ended the"
    " contest on Friday. A week earlier, Harlow Foods removed a similar leaderboard after staff"
    " complaints."
)


def test_the_wrong_speaker_is_named_as_such_not_as_a_negation_or_missing_words():
    check = Checker({1: STAFF})
    assert check.check("Mara Lind said nobody would be disciplined over their usage.", (1,)) == ()
    assert check.check("Owen Pratt said nobody would be disciplined over their usage.", (1,)) == (
        "wrong speaker: the source has Mara Lind say this, not Owen Pratt",
    )
    assert check.check("Owen Pratt said the contest had run for five months.", (1,)) == (
        "wrong speaker: the source has Mara Lind say this, not Owen Pratt",
    )
    assert check.check(
        "Mara Lind told staff in a memo that the contest had rewarded the wrong thing.", (1,)
    ) == ("wrong speaker: the source has Owen Pratt say this, not Mara Lind",)


def test_the_wrong_actor_is_named_in_full():
    check = Checker({1: STAFF})
    assert (
        check.check("Harlow Foods removed a similar leaderboard after staff complaints.", (1,))
        == ()
    )
    assert check.check(
        "Kestrel Labs removed a similar leaderboard after staff complaints.", (1,)
    ) == ("wrong actor: the source has Harlow Foods do this, not Kestrel Labs",)
    assert check.check("Harlow Foods ended the contest on Friday.", (1,)) == (
        "wrong actor: the source has Kestrel Labs do this, not Harlow Foods",
    )


NEWS = (
    "Kestrel Labs has switched off an internal leaderboard that ranked engineers by their AI"
    " token use, staff told the Lakeside Courier. The company said the ranking had rewarded"
    " volume over quality."
)
BLOG = (
    "Today we are switching off the TokenBoard leaderboard. It rewarded volume over quality, and"
    " that was our mistake. We will keep showing each team its spending, without names."
)
BLOG_URL = "https://engineering.kestrellabs.example/blog/2026/04/changes-to-tokenboard.html"


def _story() -> StoryInput:
    items = (
        Item("a", "https://www.lakesidecourier.example/a", "Kestrel Labs switches it off", NEWS,
             "2026-04-06T09:00:00Z", "Lakeside Courier"),
        Item("b", BLOG_URL, "Changes to TokenBoard", BLOG, "2026-04-06T11:00:00Z", "Kestrel Labs"),
    )  # fmt: skip
    roles = (("lakesidecourier", "original"), ("kestrellabs", "primary"))
    sources = tuple(
        Source(it.url, f"{name}.example", it.source or "", it.title, role, "trusted", True,
               published=it.published, item_id=it.id)
        for it, (name, role) in zip(items, roles, strict=True)
    )  # fmt: skip
    return StoryInput(items=items, title="Kestrel ends its leaderboard", sources=sources)


def test_naming_the_venue_of_a_companys_own_post_it_cites_is_no_missing_word():
    lines = [
        "On its engineering blog, Kestrel Labs said the leaderboard had rewarded volume over"
        " quality. [2]",
        "In a blog post, Kestrel Labs said it would keep showing each team its spending. [2]",
        "Kestrel Labs said in a statement that it was switching off the TokenBoard leaderboard. [2]",
    ]
    assert [v.reasons for v in verify_text(_story(), lines)] == [(), (), ()]


def test_a_venue_the_post_is_not_is_still_checked_as_words():
    lines = [
        "On its gaming blog, Kestrel Labs said the leaderboard had rewarded volume over quality. [2]",
        "In a press release, Kestrel Labs said the leaderboard had rewarded volume over quality. [2]",
    ]
    verdicts = verify_text(_story(), lines)
    assert "missing: gaming, blog" in verdicts[0].reasons[0]
    assert "missing: press, release" in verdicts[1].reasons[0]
    assert venue_words("https://www.example.com/newsroom/2026/plan.html") >= {"press", "release"}


REPORTS = (
    Item("a", "https://www.lakesidecourier.example/a", "Kestrel Labs switches it off", NEWS,
         "2026-04-06T09:00:00Z", "Lakeside Courier"),
    Item("b", "https://www.harbordaily.example/b", "Kestrel ends its ranking",
         "Kestrel Labs ended its token leaderboard this week, the Lakeside Courier reported.",
         "2026-04-07T15:00:00Z", "Harbor Daily"),
)  # fmt: skip


def test_broke_the_story_and_followed_a_day_later_are_the_facts_newsdesk_holds():
    story = StoryInput(items=REPORTS, title="Kestrel ends its leaderboard")
    lines = [
        "Lakeside Courier broke the story on 6 April 2026, and Harbor Daily followed a day"
        " later. [1][2]",
        "Lakeside Courier broke the story, and Harbor Daily followed the next day. [1][2]",
        # the wrong way round, or the wrong day, still fails
        "Harbor Daily broke the story on 6 April 2026, and Lakeside Courier followed a day"
        " later. [1][2]",
        "Lakeside Courier broke the story, and Harbor Daily followed a week later. [1][2]",
    ]
    supported = [not v.reasons for v in verify_text(story, lines)]
    assert supported == [True, True, False, False]


def _coverage_story() -> StoryInput:
    """The first report behind a paywall (not read), two outlets following it the next day."""
    text = "Kestrel Labs ended its token leaderboard, the Lakeside Courier reported on Monday."
    items = (
        Item("b", "https://www.harbordaily.example/b", "Kestrel ends its ranking", text,
             "2026-04-07T15:00:00Z", "Harbor Daily"),
        Item("c", "https://www.valleypost.example/c", "Kestrel drops ranking", text,
             "2026-04-07T16:00:00Z", "Valley Post"),
    )  # fmt: skip
    first = Source("https://www.lakesidecourier.example/a", "lakesidecourier.example",
                   "Lakeside Courier", "Kestrel Labs switches it off", "original", "trusted",
                   False, "paywall", published="2026-04-06T09:00:00Z")  # fmt: skip
    sources = (first,) + tuple(
        Source(it.url, it.url.split("/")[2], it.source or "", it.title, "coverage", "trusted",
               True, published=it.published, item_id=it.id, )
        for it in items
    )  # fmt: skip
    return StoryInput(items=items, title="Kestrel ends its leaderboard", sources=sources)


def test_a_fact_is_said_of_the_outlet_it_is_about_in_a_group_or_a_which_clause():
    lines = [
        "Lakeside Courier broke the story, and Harbor Daily followed the next day. [2]",
        "Harbor Daily followed Lakeside Courier the next day. [2]",
        # it is Lakeside Courier that first reported it, in Harbor Daily's record too
        "Harbor Daily broke the story. [2]",
        "Harbor Daily first reported the story. [2]",
        "Lakeside Courier followed Harbor Daily the next day. [2]",
    ]
    supported = [not v.reasons for v in verify_text(_coverage_story(), lines)]
    assert supported == [True, True, False, False, False]


def test_a_source_sentence_cut_at_its_predicates_is_still_compared_whole():
    source = "Officials said tourists remain and are waiting to leave."
    claim = "Officials said tourists remain and are not waiting to leave."
    assert polarity.contradiction(claim, [source])
    assert Checker({1: source}, aligned=False).check(claim, (1,))  # the baseline reads it too
