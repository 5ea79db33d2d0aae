"""Who said or did it, session 37 (branch saidby2): a cited outlet's "…, X reported" is where a
claim comes from, not a speaker of the source; a passive's actor is the name after "by", and the
noun before its be-form is no act of another name (sentences written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.verify import Checker

FARES = (
    "Kelby Transit, the bus operator, has ended a fare-capping trial for commuters, after its"
    " spending on GPS trackers doubled in a single month. It is the third operator this year to"
    " drop such a trial. A briefing note seen by Harbor Times, written by finance director Rosa"
    ' Imbert on Friday, said the trial "cost more than it saved" and would stop at once. Marco'
    " Pell, a driver on the night routes, said the trackers broke down every week."
)


def _reasons(source: str, claim: str) -> tuple[str, ...]:
    return Checker({1: source}, outlet_names={1: "Harbor Times"}).check(claim, (1,))


def test_the_cited_outlet_is_no_speaker_to_check() -> None:
    # the outlet's "reported" kept in, the claim read as Rosa Imbert's statement of the note's
    # sentence that names Harbor Times; without it, it is Marco Pell's words
    for claim in (
        "Rosa Imbert said the trackers broke down every week, Harbor Times reported.",
        "Rosa Imbert said the trackers broke down every week.",
        "The trackers broke down every week, Rosa Imbert said.",
    ):
        assert _reasons(FARES, claim) == (
            "wrong speaker: the source has Marco Pell say this, not Rosa Imbert",
        ), claim
    for claim in (
        "Kelby Transit's GPS bill roughly doubled over one month, Harbor Times said.",
        "Harbor Times reported that Marco Pell said the trackers broke down every week.",
        "The trackers broke down every week, Marco Pell said, Harbor Times reported.",
    ):
        assert _reasons(FARES, claim) == (), claim


DEPOT = (
    "Kelby Transit will open a bus depot in Porto next spring and plans to hire 80 drivers there,"
    " the operator said on Monday. The depot will house the company's electric fleet and its"
    " repair crews, and will be led by Tomás Ferreira, who joins from a rival operator."
)


def test_a_passive_gives_the_act_to_the_name_after_by() -> None:
    # "Porto | depot will be led by | Tomás Ferreira": what is led is the depot, so the source's
    # "Kelby Transit | will open a bus depot in | Porto" is no other actor of the same act
    for claim in (
        "The Porto depot will be led by Tomás Ferreira.",
        "Harbor Times reported that the Porto depot would be led by Tomás Ferreira.",
        "The Porto depot will be run by Tomás Ferreira.",  # "run" is a participle too
    ):
        assert _reasons(DEPOT, claim) == (), claim
    # the act the source gives Kelby Transit, given to another, is still the wrong actor
    assert _reasons(DEPOT, "The depot in Porto will be opened by Tomás Ferreira.") == (
        "wrong actor: the source has Kelby Transit, not Tomás Ferreira",
    )


def test_a_speaker_named_after_the_words_is_the_speaker_though_a_name_opens() -> None:
    # "Kelby Transit's trackers …, Rosa Imbert said": Rosa Imbert is the one said to say it; the
    # opening name was read as the speaker ("not Kelby Transit's GPS") or the owner ("whose")
    for claim in (
        "Kelby Transit's GPS trackers broke down every week, Rosa Imbert said.",
        "Kelby Transit's trackers broke down every week, Rosa Imbert said.",
        "Kelby Transit's trial cost more than it saved, Marco Pell said.",
    ):
        reasons = _reasons(FARES, claim)
        assert reasons, claim  # the source gives neither name these words
        assert not any(r.startswith(("wrong ", "whose")) and "Kelby" in r for r in reasons), claim
