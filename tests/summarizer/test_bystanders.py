"""Names a source sentence holds that are not its actor: the one told ("told the Valley Courier")
and a name in the subject's apposition; and a possessive's wrong owner told as such (session
36, issue 12; sentences written for these tests)."""

from __future__ import annotations

from testkit import checked

TOLD = (
    "Health commissioner Lena Okafor told Valley Courier on Monday Kelby could "
    "reopen its clinics by next spring if more residents are vaccinated."
)
TOLD_THE = (
    "Tomas Brandt told the Harbor Times that the council would close the old bridge in March."
)
INTERVIEWED = (
    "Mayor Ines Varga (R-Kelby) told Circuit Report Sunday that she is still confident the "
    "budget deal can be reached."
)


def test_the_speaker_who_told_an_outlet_is_the_one_who_said_it() -> None:
    for claim in (
        "Lena Okafor said on Monday Kelby could reopen its clinics by next spring.",
        "Okafor said Kelby could reopen its clinics by next spring.",
        "Okafor told Valley Courier in an interview that Kelby could reopen its clinics"
        " by next spring.",
        "Okafor said in an interview with Valley Courier that Kelby could reopen its"
        " clinics by next spring.",
        "Okafor said in an interview with Valley Courier on Monday Kelby could reopen its"
        " clinics by next spring.",
        "According to Okafor, Kelby could reopen its clinics by next spring.",
        "Kelby could reopen its clinics by next spring, Okafor said, according to Valley Courier.",
    ):
        assert checked(TOLD, claim) == (), claim
    assert checked(TOLD_THE, "Brandt said the council would close the old bridge in March.") == ()


def test_a_teller_sharing_a_word_with_the_one_told_is_not_credited_by_it() -> None:
    told = "The Harbour Department told the Port Department that it must publish the accounts."
    claim = "Port Department said it must publish the accounts."
    assert checked(told, claim)[0].startswith("wrong speaker: the source has Harbour Department")
    claim = "The Harbour Department said the Port Department must publish the accounts."
    assert checked(told, claim) == ()


def test_the_one_told_given_as_the_speaker_is_the_wrong_speaker() -> None:
    want = "wrong speaker: the source has Lena Okafor tell Valley Courier this, not Valley Courier say it"
    claim = "Valley Courier said on Monday Kelby could reopen its clinics by next spring."
    assert checked(TOLD, claim) == (want,)
    claim = "Valley Courier said Kelby could reopen its clinics by next spring."
    assert checked(TOLD, claim) == (want,)
    claim = "The Harbor Times said the council would close the old bridge in March."
    assert checked(TOLD_THE, claim) == (
        "wrong speaker: the source has Tomas Brandt tell Harbor Times this, not Harbor Times say it",
    )
    claim = "Circuit Report said she is still confident the budget deal can be reached."
    assert checked(INTERVIEWED, claim) == (
        "wrong speaker: the source has Mayor Ines Varga tell Circuit Report this, not Circuit Report"
        " say it",
    )


APPOSED = (
    "Adm. Rhea Castellan, chair of the Harbour Safety Board, has become a lightning rod for "
    "critics of the ferry closures."
)
ENGINEER = "Anneke Vos, chief engineer of Norvale Systems, resigned on Friday after the audit."
SPOKESPERSON = "Ana Ruiz, a spokesperson for Norvale Systems, said the plant would reopen in May."


def test_a_name_inside_the_subjects_apposition_is_not_the_subject() -> None:
    claim = "The Harbour Safety Board has become a lightning rod for critics of the ferry closures."
    (reason,) = checked(APPOSED, claim)
    assert reason.startswith("wrong actor: the source says this of Rhea Castellan (chair of")
    (reason,) = checked(ENGINEER, "Norvale Systems resigned on Friday after the audit.")
    assert "Anneke Vos" in reason and reason.startswith("wrong actor:")


def test_an_apposed_name_with_an_ordinary_first_word_is_read_whole() -> None:
    gatekeeper = (
        "Tina Okoro, a trustee of the New Harbour Trust since 2019, has earned a reputation as a"
        " tough gatekeeper."
    )
    claim = "New Harbour Trust has earned a reputation as a tough gatekeeper."
    assert checked(gatekeeper, claim) == (
        "wrong actor: the source says this of Tina Okoro (a trustee of the New Harbour Trust"
        " since 2019), not New Harbour Trust",
    )


def test_the_subject_itself_and_a_spokespersons_owner_stay_supported() -> None:
    claim = "Castellan has become a lightning rod for critics of the ferry closures."
    assert checked(APPOSED, claim) == ()
    assert checked(ENGINEER, "Vos resigned on Friday after the audit.") == ()
    assert checked(SPOKESPERSON, "Norvale Systems said the plant would reopen in May.") == ()


OWNED = "Brightforge's chief executive said the plant would close next year."
OWNED_AFTER = "The plant will close next year, Brightforge's chief executive said on Monday."
OWNED_APPOSED = "Anneke Vos, Brightforge's chief executive, said the plant would close next year."


def test_a_wrong_owner_is_told_as_whose_not_as_a_wrong_actor() -> None:
    want = "whose: the source says Brightforge's chief executive, not Norvale's"
    claim = "Norvale's chief executive said the plant would close next year."
    assert checked(OWNED, claim)[-1] == want
    assert not any(r.startswith("wrong ") for r in checked(OWNED, claim))
    assert checked(OWNED_AFTER, claim)[-1] == want
    claim = "Anneke Vos, Norvale's chief executive, said the plant would close next year."
    assert checked(OWNED_APPOSED, claim)[-1] == want


def test_the_teller_is_read_past_an_apposition() -> None:
    told = (
        "Health commissioner Lena Okafor, the county's top doctor, told Valley Courier on Monday"
        " Kelby could reopen its clinics by next spring."
    )
    claim = "Lena Okafor said on Monday Kelby could reopen its clinics by next spring."
    assert checked(told, claim) == ()


def test_an_abbreviated_title_before_a_name_names_no_one_else() -> None:
    audit = "Kelby's inspector faulted spending by Gov. Marta Quill in a civil audit."
    claim = "Kelby's inspector faulted spending by Marta Quill in a civil audit."
    assert checked(audit, claim) == ()
    admitted = (
        "Norvale's chief medical officer Dr. Ines Varga admitted to podcast host Tomas Brandt"
        " on Wednesday that the trial was flawed."
    )
    claim = (
        "Norvale's chief medical officer Ines Varga admitted to podcast host Tomas Brandt"
        " on Wednesday that the trial was flawed."
    )
    assert checked(admitted, claim) == ()
    swapped = (
        "Tomas Brandt's chief medical officer Ines Varga admitted to podcast host Norvale"
        " on Wednesday that the trial was flawed."
    )
    assert checked(admitted, swapped)


def test_a_spokesperson_who_told_an_outlet_speaks_for_the_owner() -> None:
    told = "Ana Ruiz, a Kestrel Labs spokeswoman, told the Harbor Times on Monday Norvale had cut prices."
    for claim in (
        "Ana Ruiz said on Monday Norvale had cut prices.",
        "Kestrel Labs said on Monday Norvale had cut prices.",
        "A Kestrel Labs spokeswoman said on Monday Norvale had cut prices.",
    ):
        assert checked(told, claim) == (), claim
    claim = "Harbor Times said on Monday Norvale had cut prices."
    assert checked(told, claim) == (
        "wrong speaker: the source has Ana Ruiz tell Harbor Times this, not Harbor Times say it",
    )


def test_an_apposed_name_is_caught_before_a_verb_that_is_also_a_noun() -> None:
    founder = (
        "Robin Sole, founder of the Harbour Voters Project, thinks the case would be harder now."
    )
    (reason,) = checked(founder, "Harbour Voters Project thinks the case would be harder now.")
    assert reason.startswith("wrong actor: the source says this of Robin Sole")
    staff = (
        "Tina Okoro, the chief of staff for Vice Mayor Ada Brenn, has earned a reputation as a"
        " tough gatekeeper, much as under former Mayor Ken Dorr."
    )
    claim = "Vice Mayor Ada Brenn has earned a reputation as a tough gatekeeper."
    (reason,) = checked(staff, claim)
    assert reason.startswith("wrong actor: the source says this of Tina Okoro")
