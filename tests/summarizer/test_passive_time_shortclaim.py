"""Unsupported sentences the checker let pass (session 34, branch `catch`): a first act credited
in the passive, spans of time it did not read as time, a short claim with its one act or object
changed. The stories are written for these tests."""

from __future__ import annotations

from newsdesk.summarizer.ordinals import credits
from newsdesk.summarizer.timeunits import as_spans, changed_units
from newsdesk.summarizer.verify import Checker

_ACTIVE = (
    "Circuit Report, which first reported the closure, said the plant would shut in March."
    " Harbor Times later confirmed the plan with the owners."
)
_PASSIVE = (
    "The closure was first reported by Circuit Report on Monday. Harbor Times confirmed the"
    " plan with the owners a day later."
)


def test_a_first_act_credited_in_the_passive_is_checked_like_the_active():
    check = Checker({1: _ACTIVE})
    wrong = check.check("The closure was first reported by Harbor Times.", (1,))
    assert wrong and "Circuit Report" in wrong[0]
    broken = check.check("The story was broken by Harbor Times.", (1,))
    assert any("Circuit Report" in r for r in broken)
    assert not check.check("The closure was first reported by Circuit Report.", (1,))


def test_a_source_that_credits_in_the_passive_is_read_too():
    check = Checker({1: _PASSIVE})
    wrong = check.check("Harbor Times first reported the closure.", (1,))
    assert wrong and "Circuit Report" in wrong[0]
    assert not check.check("Circuit Report first reported the closure.", (1,))
    assert credits("The news was broken by The Ledger Daily.") == [
        ("Ledger Daily", "first reported")
    ]


_VOTE = "The council will vote on the plan next month. Residents have objected to it."
_SOON = "The council will vote on the plan within a fortnight. Residents have objected to it."


def test_a_fortnight_and_a_span_of_days_are_time():
    check = Checker({1: _VOTE})
    for claim in (
        "The council will vote on the plan in a fortnight.",
        "The council will vote on the plan within a fortnight.",
        "The council will vote on the plan within days.",
        "The council will vote on the plan in a few days.",
    ):
        assert any("time" in r for r in check.check(claim, (1,))), claim
    assert changed_units("The Election Day count", "The count ended.") == []


def test_the_weekend_and_the_parts_of_a_day_are_units_of_time():
    check = Checker(
        {1: "The council will vote on the housing plan on Monday night, its clerk said."}
    )
    assert check.check("The council will vote on the housing plan on Monday morning.", (1,))
    assert check.check("The council will vote on the housing plan over the weekend.", (1,))
    assert not check.check("The council will vote on the housing plan on Monday evening.", (1,))
    assert changed_units("They met on Monday morning.", "They met at 9am on Monday.") == []


def test_a_fortnight_said_in_weeks_or_days_is_the_same_span():
    check = Checker({1: _SOON})
    assert not check.check("The council will vote on the plan within two weeks.", (1,))
    assert not check.check("The council will vote on the plan in 14 days.", (1,))
    assert check.check("The council will vote on the plan within a month.", (1,))
    weeks = Checker({1: _SOON.replace("within a fortnight", "within two weeks")})
    assert not weeks.check("The council will vote on the plan within a fortnight.", (1,))
    assert as_spans("in a fortnight", ["in 14 days"]) == "in 14 days"


_BUDGET = (
    "The city council approved the annual budget on Tuesday after a long debate. Spending on"
    " parks will rise."
)


def test_a_short_claim_with_its_act_or_object_changed_fails():
    check = Checker({1: _BUDGET})
    assert check.check("The city council audited the budget.", (1,)) == (
        'its act "audited" is not what the supporting passage says',
    )
    assert check.check("The city council audited the budget on Tuesday.", (1,))
    assert check.check("The city council approved the plan.", (1,)) == (
        'its object "plan" is not in the supporting passage',
    )
    for faithful in (
        "The city council approved the budget.",
        "The city council passed the budget on Tuesday.",
        "The council approved the yearly budget.",
    ):
        assert not check.check(faithful, (1,)), faithful


def test_a_modifier_swapped_for_a_gerund_one_on_the_same_head_fails():
    source = "A fire at a recycling plant near Orrow sent smoke over the village on Sunday."
    check = Checker({1: source})
    reasons = check.check(
        "A fire at a chemical factory near Orrow sent smoke over the village.", (1,)
    )
    assert reasons == ('it says "chemical" where the supporting passage says "recycling"',)
    assert not check.check(
        "A fire at a recycling factory near Orrow sent smoke over the village.", (1,)
    )


def test_opposites_said_in_phrases_are_opposites():
    vote = Checker(
        {1: "Residents of Tamsby voted against a plan to build 300 homes on the common."}
    )
    assert vote.check("Residents of Tamsby voted in favour of the plan to build 300 homes.", (1,))
    assert not vote.check("Residents of Tamsby opposed the plan to build 300 homes.", (1,))
    fire = Checker({1: "Crews brought the blaze at the Tamsby warehouse under control by dawn."})
    assert fire.check("The blaze at the Tamsby warehouse was still out of control by dawn.", (1,))
    assert not fire.check("By dawn crews had the Tamsby warehouse blaze under control.", (1,))


def test_who_is_ordered_to_act_is_that_act_s_agent():
    source = "A court in Brenna ordered the magazine to pay damages to a chef it had libelled."
    check = Checker({1: source})
    assert check.check("A court in Brenna ordered the chef to pay damages to the magazine.", (1,))
    assert not check.check(
        "The magazine was ordered by a Brenna court to pay a chef damages.", (1,)
    )


def test_a_figure_given_another_figure_s_time_fails():
    source = (
        "Staff at the Tollan mill accepted a pay deal giving them a 4 percent rise this year and"
        " a further 2 percent next year."
    )
    check = Checker({1: source})
    wrong = check.check(
        "The deal gives Tollan mill staff 4 percent next year and 2 percent this year.", (1,)
    )
    assert 'it says "4 next year" where the supporting passage says "4 this year"' in wrong
    assert not check.check(
        "The deal gives Tollan mill staff 4 percent this year and 2 percent next year.", (1,)
    )


def test_an_act_given_to_another_name_of_a_two_sentence_passage_fails():
    source = (
        "Circuit Report revealed the merger memo on Monday. Harbor Times later interviewed the"
        " chief executive about the plan."
    )
    check = Checker({1: source})
    want = "wrong actor: the source has Circuit Report do this, not Harbor Times"
    assert check.check("Harbor Times revealed the merger memo on Monday.", (1,)) == (want,)
    assert check.check("The merger memo was revealed by Harbor Times on Monday.", (1,)) == (want,)
    assert not check.check("The merger memo was revealed by Circuit Report on Monday.", (1,))
    assert not check.check("Harbor Times interviewed the chief executive about the plan.", (1,))
