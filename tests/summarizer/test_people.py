"""People met by surname alone: the reader must have been introduced first."""

from __future__ import annotations

from newsdesk.summarizer.people import full_speaker, speaker_role, unintroduced

SOURCE = (
    "A Norvale spokesperson, Rita Calloway, said the contest ran for five months. "
    "Calloway said the scores were never used in reviews. "
    "The story first ran in The Ledger, and the Ledger stood by it."
)


def test_a_surname_before_the_full_name_is_a_stranger_after_it_is_not():
    lines = [
        "Calloway said the scores were never used in reviews.",  # before the introduction
        "A Norvale spokesperson, Rita Calloway, said the contest ran for five months.",
        "Calloway said the scores were never used in reviews.",  # after it
    ]
    assert unintroduced(lines, [SOURCE]) == {0}


def test_names_of_things_are_not_people():
    # "The Ledger" is two capitalised words, but "the" is an ordinary word of the story
    assert (
        unintroduced(["As the Ledger put it, the contest ran for five months."], [SOURCE]) == set()
    )


def test_a_quote_s_speaker_gets_the_full_name_its_source_gives():
    assert full_speaker("Calloway", SOURCE) == "Rita Calloway"
    assert full_speaker("Osei", SOURCE) == "Osei"  # the source gives no full name
    assert full_speaker("one employee", SOURCE) == "one employee"
    two = SOURCE + " Tom Calloway, her brother, disagreed."
    assert full_speaker("Calloway", two) == "Calloway"  # ambiguous: left as the source has it


ROLES = (
    "Tomas Belka, a site reliability engineer who joined in May, said the chart was everywhere. "
    "The plant's night manager, Ines Cardo, said little. Ines Cardo is Harrowgate's night manager. "
    "A memo said a Harrowgate contractor, Ola Fenn, had complained. Olu Brand said nothing."
)


def test_a_speaker_s_role_is_what_the_source_says_beside_the_name():
    assert speaker_role("Tomas Belka", ROLES) == "a site reliability engineer"  # cut at "who"
    assert speaker_role("Ola Fenn", ROLES) == "a Harrowgate contractor"  # the nearest "a"
    # a role that names the organisation beats one that says "the plant's"
    assert speaker_role("Ines Cardo", ROLES) == "Harrowgate's night manager"
    assert speaker_role("Olu Brand", ROLES) is None
    assert speaker_role("Belka", ROLES) is None  # a surname alone: no role to look up


def test_accented_names_are_names():
    text = "The office is led by Inês Carvalho, who joins from a cloud firm. Carvalho said little."
    assert full_speaker("Carvalho", text) == "Inês Carvalho"
    assert unintroduced(["Carvalho said little."], [text]) == {0}


def test_a_role_names_the_company_rather_than_the_company_or_stays_unsaid():
    """Session 28 (issue 12, the demo read in full): 'Anneke Vos' and 'Lena Marchetti' stood as
    bare names under their quotes; their sources call them 'chief technology officer Anneke
    Vos' and 'Lena Marchetti, the company's vice president of engineering'."""
    from newsdesk.summarizer.people import main_company, owned, speaker_role

    text = (
        "Tessaly, the ferry operator, ended the trial. A memo sent by operations director"
        " Joan Amberly said the trial had failed. Tessaly staff were told on Monday."
    )
    assert main_company({"Tessaly", "AI"}, text) == "Tessaly"
    assert speaker_role("Joan Amberly", text, "Tessaly") == "the operations director"
    assert speaker_role("Joan Amberly", text) is None  # whose director, unsaid: none
    owner = "The Harbour Board's chief engineer Joan Amberly said"
    assert speaker_role("Joan Amberly", owner, "Tessaly") is None  # not Tessaly's
    said = "Joan Amberly, the company's head of fleet"
    assert owned(said, "Tessaly") == "Joan Amberly, Tessaly's head of fleet"


def test_a_role_given_only_as_a_who_clause_is_told_short_of_a_copied_run():
    text = (
        "Tomas Brandt, who ran the night desk at the Kestrel depot until May, said the rota"
        " had been rewritten twice. \u201cNobody asked us,\u201d Brandt said."
    )
    # before: None, and the quote went out under a bare name
    role = speaker_role("Tomas Brandt", text, "Kestrel")
    assert role == "who ran the night desk"  # name and clause: 7 words, under a copied run
    # a clause that leaves no more than its verb and a word gives no role
    assert speaker_role("Tomas Brandt", "Tomas Brandt, who said so, left.") is None


def test_a_person_met_first_in_a_line_is_told_with_the_role_the_source_gives():
    """Issue 12: 'Inês Carvalho said …' (the demo's Lisbon draft) named a stranger where the
    source says what she does, in the passive of its sentence's subject."""
    from newsdesk.summarizer.people import introduced

    source = (
        "The depot will store grain for the valley's farms, and will be run by Tamsin Orrell, "
        "who joins from a shipping firm. Orrell said the first loads would come in May."
    )
    assert speaker_role("Tamsin Orrell", source) == "who will run the depot"
    line = "Ridge Courier reported that Orrell said the first loads would come in May."
    told = "Ridge Courier reported that Tamsin Orrell, who will run the depot, said the first"
    assert introduced([line], [source], [source]) == {0: f"{told} loads would come in May."}
    # when the line so told does not fit (not verified, or a copied run), the name alone
    bare = introduced([line], [source], [source], lambda text, i: False)
    assert bare == {0: line.replace("Orrell", "Tamsin Orrell")}
    # a name that is no verb's subject ('Orrell's team') gets no role
    own = "Ridge Courier reported that Orrell's team would load in May."
    assert introduced([own], [source], [source]) == {0: own.replace("Orrell", "Tamsin Orrell")}


def test_a_passive_role_is_of_its_own_subject_only():
    """'The company said its lab would be run by …' gave 'who would run the company', and 'The
    new office will be led by …' gave 'who will lead the new': a role the source never gives."""
    from newsdesk.summarizer.people import _led_by

    for text in (
        "The company said its new lab would be run by Jane Okafor.",
        "The board announced that the fund will be managed by Jane Okafor.",
        "The new depot will be led by Jane Okafor.",
    ):
        assert _led_by("Jane Okafor", text) == [], text
    joined = "The depot will store grain for farms, and will be run by Jane Okafor."
    assert _led_by("Jane Okafor", joined) == ["who will run the depot"]
    assert _led_by("Jane Okafor", "The team is led by Jane Okafor.") == ["who leads the team"]
