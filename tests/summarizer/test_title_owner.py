"""A title written before a name, comma or not, and the owner an "its" stands for (session 35,
issue 12; stories written for these tests)."""

from __future__ import annotations

from newsdesk.summarizer.relations import person_noun
from testkit import checked as _check

APPOSED = (
    "Anneke Vos, Norvale's chief technology officer, said the company would drop the scores. "
    "Brightforge declined to comment."
)
OF_FORM = "Marta Quill, the chief executive of Tolling Foods, said the dairy would open in June."
NEAR = (
    "Brightforge cut its prices on Monday. "
    "Norvale opened a research lab in Lisbon on Tuesday. "
    "Anneke Vos, its chief technology officer, said the lab would employ 40 engineers."
)


def test_a_title_before_a_name_without_a_comma_is_no_swap() -> None:
    said = "chief technology officer Anneke Vos said the company would drop the scores."
    assert _check(APPOSED, f"Norvale's {said}") == ()
    assert _check(APPOSED, f"Norvale {said}") == ()
    assert (
        _check(
            OF_FORM, "Tolling Foods chief executive Marta Quill said the dairy would open in June."
        )
        == ()
    )


def test_a_person_before_a_title_is_still_read_as_one() -> None:
    assert person_noun("officer") and person_noun("mayor") and not person_noun("beat")
    swapped = (
        "Norvale's chief technology officer, Anneke Vos, said the company would drop the scores."
    )
    assert _check(
        swapped,
        "Anneke Vos's chief technology officer Norvale said the company would drop the scores.",
    )


def test_its_owner_is_the_nearest_subject_not_any_name_before() -> None:
    said = "chief technology officer, Anneke Vos, said the lab would employ 40 engineers."
    assert _check(NEAR, f"Norvale's {said}") == ()
    assert _check(NEAR, f"Norvale's {said.replace(',', '', 2)}") == ()
    reasons = _check(NEAR, f"Brightforge's {said}")
    assert any("Brightforge" in r for r in reasons), reasons
    assert _check(NEAR, f"Brightforge's {said.replace(',', '', 2)}")


def test_a_title_given_to_another_owner_fails_when_both_are_in_the_passage() -> None:
    said = "chief technology officer Anneke Vos said the company would drop the scores."
    assert _check(APPOSED, f"Brightforge's {said}")
    assert _check(APPOSED, f"Brightforge {said}")
    wrong = "Anneke Vos, Brightforge's chief technology officer, said the company would drop the scores."
    assert any("Norvale" in r for r in _check(APPOSED, wrong))
    right = "Anneke Vos, Norvale's chief technology officer, said it would drop the scores."
    assert _check(APPOSED, right) == ()


def test_the_wrong_owner_is_told_as_whose() -> None:
    claim = (
        "Brightforge's chief technology officer Anneke Vos said the company would drop the scores."
    )
    assert _check(APPOSED, claim) == (
        "whose: the source says Norvale's chief technology officer, not Brightforge's",
    )
