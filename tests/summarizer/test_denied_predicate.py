"""Session 36 (negdraft2): a claim and its source that both negate must deny the same thing.

Negation was compared as a yes or no per clause: "the port authority did not issue a statement"
beside "the port authority issued a statement … should crews fail to comply" read as two negated
sentences ("fail to" is "not"), so they agreed and the reversed claim passed. What each negator
denies (the first content words after it) is now compared. A negator before a quoted predicate
further back than the word just before the marks ('did not say the city "will close …"') now
denies the quotation too, and an outlet named after the claim ("…, X reported.") is no word of
it. "not only … but also" affirms. Every story here was written for these tests.
"""

from __future__ import annotations

import pytest
from newsdesk.summarizer.denials import denied, denies_other
from newsdesk.summarizer.verify import Checker

PORT = (
    "The Harlow port authority issued a statement on Friday warning that ferries would stay in"
    " harbour should crews fail to comply with the new rota."
)
WARNING = (
    "Liberals on Tuesday sent a sharp warning to party leaders that the budget bill cannot pass"
    " unless the wider package moves first."
)
POOL = "The city said on Monday it will close the Brook Street pool for repairs."


def _reasons(source: str, claim: str) -> tuple[str, ...]:
    return Checker({1: source}, outlet_names={1: "Valley Post"}).check(claim, (1,))


def _negates(reasons: tuple[str, ...]) -> bool:
    return any("negat" in r or "not told" in r for r in reasons)


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        (PORT, "The Harlow port authority did not issue a statement on Friday."),
        (PORT, "The Harlow port authority never issued a statement on Friday."),
        (PORT, "Valley Post reported that the Harlow port authority did not issue a statement."),
        (WARNING, "Liberals did not send a sharp warning to party leaders on Tuesday."),
    ],
)
def test_a_claim_denying_what_the_source_affirms_beside_another_denial_is_refused(
    source: str, claim: str
) -> None:
    # before: () (both sides negated, so they "agreed")
    assert _negates(_reasons(source, claim))


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        (PORT, "The Harlow port authority issued a statement on Friday."),
        (WARNING, "Liberals warned party leaders on Tuesday that the budget bill cannot pass."),
        (
            "The Harlow port authority has not issued a statement, and no one from the ferry"
            " company would comment.",
            "The Harlow port authority has not issued a statement.",
        ),
        (
            "Police have not charged the driver, who was taken to hospital with minor injuries.",
            "The driver has not been charged, police said.",
        ),
        (
            "The firm laid off 40 workers last spring and declined to say how many more jobs"
            " would go.",
            "The firm did not say how many more jobs would go.",
        ),
        (  # "nobody" denies the verb before it
            "The fire at the Dunmore school on Tuesday injured nobody, officials said.",
            "No one was hurt in the fire at the Dunmore school on Tuesday, officials said.",
        ),
        (
            "The flood damaged no homes in the village, though the main road was closed.",
            "No homes in the village were damaged by the flood.",
        ),
    ],
)
def test_a_claim_denying_what_its_source_denies_still_passes(source: str, claim: str) -> None:
    assert _reasons(source, claim) == ()


def test_what_a_negator_denies_is_the_few_words_after_it() -> None:
    mine, rest = denied("Liberals did not send a sharp warning")
    assert mine and not mine & rest and rest
    assert denies_other("Liberals did not send a sharp warning", WARNING)
    assert not denies_other("the bill cannot pass", WARNING)


@pytest.mark.parametrize(
    "claim",
    [
        "The city never said Monday it \u201cwill close the Brook Street pool for repairs\u201d,"
        " Valley Post reported.",
        "Valley Post reported that the city did not say Monday it \u201cwill close the Brook"
        " Street pool for repairs\u201d.",
    ],
)
def test_a_negator_further_before_a_quoted_predicate_denies_it(claim: str) -> None:
    # before: () for the second (only a negator just before the marks denied the quotation;
    # the first was caught, but on real drafts its shape passed: 'The U.S. never said Monday
    # it', too few words outside the marks, with the outlet's name after them read as the claim's)
    assert _negates(_reasons(POOL, claim))
    faithful = claim.replace("never said", "said").replace("did not say", "said")
    assert _reasons(POOL, faithful) == ()


def test_a_negation_the_source_has_may_stand_further_before_the_quotation() -> None:
    source = "Mayor Ines Dahl said she had not been told that the Brook Street pool would close."
    claim = (
        "Mayor Ines Dahl said she had not been told the Brook Street pool \u201cwould close\u201d."
    )
    assert _reasons(source, claim) == ()


def test_not_only_but_also_affirms() -> None:
    # before: three reasons, the source read as denying the fare cut
    source = "The Kelso council not only cut bus fares in March but also added late-night services."
    assert _reasons(source, "The Kelso council cut bus fares in March.") == ()
    assert _negates(_reasons(source, "The Kelso council did not cut bus fares in March."))


def test_not_only_with_no_but_after_it_still_denies() -> None:
    source = "The Tarn ferry is only carrying foot passengers this week."
    claim = "The Tarn ferry is not only carrying foot passengers this week."
    assert _negates(_reasons(source, claim))


def test_a_quotation_read_as_the_claim_s_words_is_compared_only_where_it_is_denied() -> None:
    # the comma inside the marks cut the unwrapped sentence before "but": its first part, not
    # negated, was compared with the whole source sentence, negated, and the sentence as the
    # source has it was refused
    source = (
        "A spokesman, Ola Brann, first said that \u201ccrews are working inside the tunnel,\u201d"
        " but later said that the crews had not entered the tunnel."
    )
    assert not _negates(_reasons(source, source))


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        (
            "The Orla lawsuit will be a class action, with the ferry workers' union as the lead"
            " plaintiff.",
            "According to Valley Post, the Orla lawsuit will not be a class action.",
        ),
        (
            "Bookings were expected to rise by 12,000 in May, according to the tourist board.",
            "Bookings were not expected to rise by 12,000 in May, Valley Post reported.",
        ),
    ],
)
def test_the_outlet_s_frame_does_not_keep_a_short_negated_claim_from_being_compared(
    source: str, claim: str
) -> None:
    # before: () (the outlet's name and "reported" counted as words of the claim, so it
    # matched its source sentence too little to be compared)
    assert _negates(_reasons(source, claim))
    assert _reasons(source, claim.replace(" not", "")) == ()


def test_a_decline_to_a_figure_is_no_refusal() -> None:
    # before: "a decline to" read as "not", so the source negated and the denied claim agreed
    source = "Analysts in a Tarrow Bank survey had called for a decline to 3,100 claims."
    claim = "Analysts in a Tarrow Bank survey did not call for a decline to 3,100 claims."
    assert _negates(_reasons(source, claim))
    assert _reasons(source, claim.replace("did not call", "called")) == ()


def test_saying_a_thing_was_not_said_against_a_source_denying_another_thing() -> None:
    source = (
        "The port authority said the ferries would sail on Friday as planned despite reports"
        " that several crews had not been paid."
    )
    claim = "The port authority did not say the ferries would sail on Friday."
    assert _negates(_reasons(source, claim))


def test_a_negator_s_reach_in_the_claim_ends_at_a_comma() -> None:
    # "nobody, officials said" denies no officials (a guard: a claim saying something was not
    # told, "nobody, officials said", is now read for what it denies too)
    source = "No one was hurt in the fire at the Dunmore school on Tuesday, officials said."
    claim = "The fire at the Dunmore school on Tuesday injured nobody, officials said."
    assert _reasons(source, claim) == ()
