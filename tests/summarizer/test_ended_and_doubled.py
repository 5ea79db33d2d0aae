"""Session 37 (issue 12): "no longer" against a source that says the thing still holds, and double
negations ("did not fail to", "never denied", "not unlike", "could not rule out") read as the
statement they make (stories written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.ceased import says_end, tells_end
from newsdesk.summarizer.litotes import contrary, pairs, resolved
from testkit import checked as _check

HOLDS = "Norvale has a majority on the Brindle regional council after the autumn vote."
LOST = "Norvale lost its majority on the Brindle regional council after the autumn vote."
FERRY_RUNS = "The Kessel ferry company runs a night service to the island every weekend."
FERRY_STOPPED = "The Kessel ferry company stopped running its night service to the island in May."
FEES = "From June the harbour board will charge cyclists a fee to board the ferries."
FEES_END = "From June the harbour board will stop charging cyclists a fee to board the ferries."
COURT = (
    "The appeals court granted the county's request to suspend the ruling, and the curfew "
    "will remain in force in Brindle for the time being."
)


def test_no_longer_against_a_source_where_it_holds_is_flagged() -> None:
    why = _check(HOLDS, "Norvale no longer has a majority on the Brindle regional council.")
    assert any("no longer holds" in r for r in why)
    assert _check(
        FERRY_RUNS, "The Kessel ferry company no longer runs a night service to the island."
    )
    assert _check(
        FEES,
        "From June the harbour board will no longer charge cyclists a fee to board the ferries.",
    )
    assert _check(
        HOLDS, "Norvale does not have a majority on the Brindle regional council anymore."
    )


def test_no_longer_holds_where_the_source_says_it_ended() -> None:
    assert not _check(LOST, "Norvale no longer has a majority on the Brindle regional council.")
    assert not _check(
        FERRY_STOPPED, "The Kessel ferry company no longer runs a night service to the island."
    )
    assert not _check(
        FEES_END,
        "From June the harbour board will no longer charge cyclists a fee to board the ferries.",
    )
    assert not _check(
        LOST, "Norvale does not have a majority on the Brindle regional council anymore."
    )
    assert not _check(
        HOLDS.replace("has", "no longer has"),
        "Norvale no longer has a majority on the Brindle regional council.",
    )


def test_an_end_word_the_claim_shares_is_not_the_end_it_claims() -> None:
    claim = (
        "The appeals court granted the county's request to suspend the ruling, and the curfew "
        "will no longer remain in force in Brindle."
    )
    assert tells_end(COURT) and not tells_end(COURT, claim)
    assert _check(COURT, claim)
    assert says_end("The ferry stopped running at night.") and says_end("It ceased to trade.")
    assert not says_end("Police stopped the car near the harbour.")


def test_a_double_negation_holds_against_what_it_affirms() -> None:
    assert not _check(
        "The mayor mentioned the harbour budget in her speech.",
        "The mayor did not fail to mention the harbour budget in her speech.",
    )
    assert not _check(
        "The minister confirmed that the Kessel port would close next year.",
        "The minister never denied that the Kessel port would close next year.",
    )
    assert not _check(
        "The new stadium is similar to the old arena in Kessel.",
        "The new stadium is not unlike the old arena in Kessel.",
    )
    assert not _check(
        "Officials said further flooding along the river was possible this week.",
        "Officials could not rule out further flooding along the river this week.",
    )
    assert not _check(
        "Such delays are common at the Kessel ferry terminal in winter.",
        "Such delays are not uncommon at the Kessel ferry terminal in winter.",
    )


def test_a_double_negation_against_the_denying_word_is_flagged_with_both_words() -> None:
    why = _check(
        "The mayor failed to mention the harbour budget in her speech.",
        "The mayor did not fail to mention the harbour budget in her speech.",
    )
    assert any('"not fail to" (a double negation)' in r and '"failed to"' in r for r in why)
    why = _check(
        "The minister denied that the Kessel port would close next year.",
        "The minister never denied that the Kessel port would close next year.",
    )
    assert any('"never denied"' in r for r in why)
    why = _check(
        "The new stadium is unlike the old arena in Kessel.",
        "The new stadium is not unlike the old arena in Kessel.",
    )
    assert any('"unlike"' in r for r in why)
    why = _check(
        "The minister did not deny that the Kessel port would close next year.",
        "The minister denied that the Kessel port would close next year.",
    )
    assert any('"not deny" (a double negation)' in r for r in why)
    assert _check(
        "Such delays are uncommon at the Kessel ferry terminal in winter.",
        "Such delays are not uncommon at the Kessel ferry terminal in winter.",
    )
    assert _check(
        "Officials ruled out further flooding along the river this week.",
        "Officials could not rule out further flooding along the river this week.",
    )


def test_a_double_negation_against_a_source_that_negates_names_it() -> None:
    why = _check(
        "The mayor did not mention the harbour budget in her speech.",
        "The mayor did not fail to mention the harbour budget in her speech.",
    )
    assert any('its double negation "not fail to"' in r for r in why)


def test_prefixed_words_pair_only_against_their_base() -> None:
    assert pairs("Delays are not uncommon.", "Delays are common.")
    assert not pairs("The cause was not understood.", "The cause was unclear.")
    assert (
        resolved("Delays are not uncommon here.", "Delays are common.") == "Delays are common here."
    )
    assert contrary("It did not fail to pay.", "It failed to pay.", "the source")
    assert contrary("It did not pay.", "It did not pay.", "the source") is None


def test_an_end_told_by_both_agrees_and_an_end_denied_is_no_end() -> None:
    hospital = (
        "Sandford Hospital has stopped admitting new patients to its maternity ward because of "
        "a shortage of midwives."
    )
    assert not _check(
        hospital, "Sandford Hospital stopped admitting new patients to its maternity ward."
    )
    assert not says_end("The ferry will not no longer stop at Kessel.")
    assert not says_end("The board never stopped paying the cyclists.")
    assert _check(
        "From June the harbour board will no longer charge cyclists a fee to board the ferries.",
        "From June the harbour board will not no longer charge cyclists a fee to board the ferries.",
    )


def test_another_negation_beside_an_end_both_tell_still_counts() -> None:
    source = "Sport no longer matters to the league unless it can be used to win on television."
    claim = "Sport no longer matters to the league unless it can not be used to win on television."
    assert _check(source, claim)
    assert not _check(
        LOST, "Norvale doesn't have a majority on the Brindle regional council anymore."
    )
