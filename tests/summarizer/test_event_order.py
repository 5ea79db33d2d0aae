"""The order of two events: "X a week before Y" is not supported by "X a week after Y", while
the same order told from the other event ("Y a week before X") is (stories written for these
tests)."""

from __future__ import annotations

from newsdesk.summarizer.timeunits import flipped_order
from testkit import checked

SOURCE = (
    "The Kestrel Arms closed its kitchen a week after the Drover's Rest opened a new dining room "
    "on the quay. Both pubs are owned by local families."
)


def test_the_same_event_put_before_its_anchor_fails() -> None:
    claim = "The Kestrel Arms closed its kitchen a week before the Drover's Rest opened a new dining room."
    reasons = checked(SOURCE, claim)
    assert any("a week before" in r for r in reasons), reasons


def test_the_order_told_from_the_other_event_passes() -> None:
    claim = "The Drover's Rest opened a new dining room a week before the Kestrel Arms closed its kitchen."
    assert checked(SOURCE, claim) == ()
    claim = "The Kestrel Arms closed its kitchen a week after the Drover's Rest opened a new dining room."
    assert checked(SOURCE, claim) == ()


def test_flipped_order_names_only_a_turned_round_span() -> None:
    passage = "Quay Post reported that the ferry left two days after the storm passed."
    assert flipped_order("The ferry left two days before the storm passed.", passage) == [
        "two days before"
    ]
    assert flipped_order("The storm passed two days before the ferry left.", passage) == []
    assert flipped_order("The ferry left two days after the storm passed.", passage) == []
    assert flipped_order("The ferry left three days before the storm.", passage) == []


def test_flipped_order_reads_a_fronted_span_as_eventorder_does() -> None:
    # the span at the head of the claim or of a passage's later sentence ("Two days after the
    # storm passed, the ferry left"): its main event follows the comma (eventorder.sides)
    passage = "The storm closed the harbour. Two days after the storm passed, the ferry left."
    assert flipped_order("The ferry left two days before the storm passed.", passage) == [
        "two days before"
    ]
    assert flipped_order("Two days before the storm passed, the ferry left.", passage) == [
        "Two days before"
    ]
    assert flipped_order("The storm passed two days before the ferry left.", passage) == []
    # and so does the verifier (before: a fronted claim in the wrong order passed)
    claim = "A week before the Drover's Rest opened a new dining room, the Kestrel Arms closed its kitchen."
    assert any("A week before" in r for r in checked(SOURCE, claim))
    claim = "A week after the Drover's Rest opened a new dining room, the Kestrel Arms closed its kitchen."
    assert checked(SOURCE, claim) == ()
