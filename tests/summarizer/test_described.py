"""A name the reader has not met is told with what its line's source says it is (issue 12:
the demo's 'TokenRank' was used as if known)."""

from __future__ import annotations

from newsdesk.summarizer.described import appositive, described

SOURCE = (
    "Last spring the port opened Tidemark, a booking service that lets hauliers reserve a slot. "
    "Tidemark will stay open at night from June."
)


def test_an_appositive_is_what_the_source_says_a_name_is() -> None:
    assert appositive("Tidemark", SOURCE) == "a booking service"
    assert appositive("Tidemark", "Tidemark will stay open.") is None
    assert appositive("Tidemark", "It opened Tidemark, a service, in May.") is None  # one word
    assert appositive("Tidemark", "They met Tidemark, a one of the.") is None  # a little word
    # a definite appositive takes the name as known: it introduces nothing
    assert appositive("Tidemark", "The port runs Tidemark, the booking service, all year.") is None


def test_a_name_first_met_as_a_subject_is_described_in_the_line_or_a_line_before() -> None:
    line = ("Quay Post reported that Tidemark would stay open at night from June.", (1,))
    groups = {"synopsis": [line]}
    texts: dict[int, str | None] = {1: SOURCE}
    out = described(groups, texts, {"Quay", "Post"}, lambda text, cites: True)
    assert out["synopsis"][0][0] == (
        "Quay Post reported that Tidemark, a booking service, would stay open at night from June."
    )
    # not verified in the line: a line of its own before it says what the name is
    alone = described(groups, texts, {"Quay", "Post"}, lambda text, cites: "," not in text)
    assert alone["synopsis"] == [
        ("Quay Post reported that Tidemark was a booking service.", (1,)),
        line,
    ]
    # met before, or nothing verified: the line as it was
    met = {"synopsis": [("Quay Post reported that the port opened Tidemark.", (1,)), line]}
    assert described(met, texts, set(), lambda text, cites: "," not in text) == met
    assert described(groups, texts, set(), lambda text, cites: False) == groups


def test_an_appositive_that_sums_up_its_clause_describes_no_name() -> None:
    """'… switched off Tidemark, a rare step that surprised hauliers' gave 'Tidemark, a rare
    step, had handled bookings …' (verified and copying no run): the step is the switching off."""
    for summing in ("a rare step", "a surprise decision", "a sharp rise", "a sudden move"):
        text = f"The port switched off Tidemark, {summing} that surprised hauliers."
        assert appositive("Tidemark", text) is None, summing
    line = ("Quay Post reported that Tidemark had handled bookings since 2019.", (1,))
    text = "The port switched off Tidemark, a rare step that surprised hauliers."
    groups = {"synopsis": [line]}
    assert described(groups, {1: text}, set(), lambda t, c: True) == groups
