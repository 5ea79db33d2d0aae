"""Session 37 (branch ending): a word of ending in the source counts against a claim ("no
longer", "keep") only where it ends what the claim is about: "scrapped a scheme that paid
conductors a bonus" ends the bonus, not the conductors' wages (stories written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.ceased import _tokens, ends_other, governs, tells_end
from testkit import checked as _check

SCHEME = (
    "Halvik Rail, the regional train operator, has scrapped a scheme that paid conductors a "
    "bonus for selling seat upgrades, after complaints from passengers doubled in a year. "
    "Halvik Rail said it would keep paying conductors their full wages and would count "
    "complaints per journey instead."
)
FIRST = SCHEME.split(". ")[0] + "."


def test_an_end_of_another_thing_does_not_say_the_claim_ended() -> None:
    why = _check(SCHEME, "Halvik Rail will no longer pay conductors their wages.")
    assert any("no longer holds" in r for r in why)
    assert not tells_end(FIRST, "Halvik Rail will no longer pay conductors their wages.")


def test_an_end_of_the_thing_the_claim_names_still_holds() -> None:
    assert not _check(
        SCHEME, "Halvik Rail no longer pays conductors a bonus for selling seat upgrades."
    )
    assert not _check(SCHEME, "Halvik Rail has scrapped the scheme for conductors.")
    assert tells_end(FIRST, "Halvik Rail no longer has a scheme for conductors.")


def test_keeping_one_thing_is_not_the_opposite_of_ending_another() -> None:
    assert not _check(SCHEME, "Halvik Rail will keep letting conductors sell seat upgrades.")
    assert ends_other(
        "Halvik Rail will keep letting conductors sell seat upgrades.", "keep", (FIRST,)
    )


def test_keeping_what_the_source_ended_is_still_its_opposite() -> None:
    why = _check(SCHEME, "Halvik Rail kept paying conductors a bonus for selling seat upgrades.")
    assert any("opposite" in r for r in why)
    assert any("opposite" in r for r in _check(SCHEME, "Halvik Rail kept the scheme."))
    assert not ends_other("Halvik Rail kept the scheme.", "kept", (FIRST,))


def test_what_an_end_governs() -> None:
    toks = _tokens("The ferry service was removed, after the storm.")
    at = toks.index("removed")
    assert governs(toks, at, "The ferry service no longer runs.")  # no object: its subject
    assert not governs(toks, at, "The storm no longer rages.")
    toks = _tokens("Brindle ended a fund that paid farmers for planting hedges.")
    at = toks.index("ended")
    assert governs(toks, at, "Brindle no longer pays farmers for planting hedges.")
    assert not governs(toks, at, "Brindle no longer lets farmers sell hedges.")
    assert governs(toks, at, "Brindle no longer has the fund.")
