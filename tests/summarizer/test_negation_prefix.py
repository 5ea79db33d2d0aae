"""A participle denied by un- ("unvaccinated") negates as "not vaccinated" does, but only
against the participle itself: un- also reverses ("unveiled"). Stories written for these tests."""

from __future__ import annotations

from newsdesk.summarizer.polarity import denies, un_negated
from newsdesk.summarizer.verify import Checker

MEASLES = (
    "The health ministry reported that measles cases rose sharply last year, mostly among "
    "unvaccinated children. The publisher Orrel bought a rival for an undisclosed sum."
)


def test_un_denies_only_against_its_participle():
    assert un_negated("unvaccinated children", "children who were not vaccinated")
    assert not un_negated("the minister unveiled a plan", "the plan was announced")
    assert denies("not vaccinated", "unvaccinated")


def test_not_participle_matches_un_participle_both_ways():
    check = Checker({1: MEASLES})
    claim = "Most of the children with measles last year had not been vaccinated."
    assert check.check(claim, (1,)) == ()
    assert check.check("Orrel did not disclose how much it paid for a rival.", (1,)) == ()


def test_the_participle_without_its_negation_is_still_caught():
    check = Checker({1: MEASLES})
    reasons = check.check("Measles cases rose last year, mostly among vaccinated children.", (1,))
    assert any("opposite" in r or "negat" in r for r in reasons)
