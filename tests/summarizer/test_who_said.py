"""Who said or did it, session 37 (branch speakers2): an apposition with no article, a speaker
named after what was said, a title the source does not give, a present-tense verb (sentences
written for these tests)."""

from __future__ import annotations

from testkit import checked

CHAIRMAN = (
    "Mark Lo, chairman of the Tolling Foods board, told the Harbor Times on Monday that"
    " Norvale would buy the bakery."
)


def test_a_title_with_no_article_is_an_apposition() -> None:
    assert checked(CHAIRMAN, "Mark Lo said on Monday Norvale would buy the bakery.") == ()
    assert checked(CHAIRMAN, CHAIRMAN) == ()
    assert checked(CHAIRMAN, "Tolling Foods said on Monday Norvale would buy the bakery.") == (
        "wrong actor: the source says this of Mark Lo (chairman of the Tolling Foods board),"
        " not Tolling Foods",
    )


CONTEST = (
    "Norvale removed the leaderboard on Monday. Anneke Vos, Norvale's chief technology officer,"
    " said the company would review its rules. Sam Whitlock, who won last year's contest, said"
    " the contest was a joke from the start."
)


def test_a_speaker_named_after_the_words_is_read() -> None:
    wrong = ("wrong speaker: the source has Sam Whitlock say this, not Anneke Vos",)
    for claim in (
        "The contest was a joke from the start, Anneke Vos said.",
        "According to Anneke Vos, the contest was a joke from the start.",
        "The contest was a joke from the start, said Anneke Vos.",
        "Anneke Vos says the contest was a joke from the start.",
    ):
        assert checked(CONTEST, claim) == wrong, claim
    for claim in (
        "The contest was a joke from the start, Sam Whitlock said.",
        "According to Whitlock, the contest was a joke from the start.",
        "Whitlock says the contest was a joke from the start.",
        "Anneke Vos said Norvale would review its rules.",
    ):
        assert checked(CONTEST, claim) == (), claim
    # a spokesperson speaks for the owner named in the apposition (bystanders._FOR_OWNER)
    ruiz = "Ana Ruiz, a spokesperson for Tolling Foods, said the plant would reopen in May."
    assert checked(ruiz, "Tolling Foods said the plant would reopen in May.") == ()


def test_a_passage_naming_both_gives_the_words_to_its_speaker() -> None:
    suit = (
        "Brightforge filed a lawsuit against Norvale on Monday, and Norvale said the claims had"
        " no merit."
    )
    assert checked(suit, "Brightforge says the claims have no merit.") == (
        "wrong speaker: the source has Norvale say this, not Brightforge",
    )
    assert checked(suit, "Norvale says the claims have no merit.") == ()
    warned = (
        "Tamsin Bakeries raised prices in March. Harlow Foods warned that shortages would last"
        " into next year."
    )
    assert checked(warned, "Tamsin Bakeries warns that shortages will last into next year.") == (
        "wrong speaker: the source has Harlow Foods say this, not Tamsin Bakeries",
    )
    assert checked(warned, "Harlow Foods warns that shortages will last into next year.") == ()


def test_present_tense_acts_are_read_as_the_past() -> None:
    suit = "Norvale sued Brightforge on Monday over its cooling patents."
    assert checked(suit, "Norvale sues Brightforge over its cooling patents.") == ()
    assert checked(suit, "Brightforge sues Norvale over its cooling patents.") == (
        "it swaps who did what: the source has Norvale as the one acting on Brightforge",
    )
    accused = "Sen. Dana Holt accused Mayor Rick Ambler on Monday of delaying the budget vote."
    assert checked(accused, "Dana Holt accuses Rick Ambler of delaying the budget vote.") == ()
    assert checked(accused, "Rick Ambler accused Dana Holt of delaying the budget vote.")


def test_a_name_given_a_plain_speakers_words_is_a_wrong_speaker() -> None:
    fire = "Crews contained most of the fire by Sunday. Firefighters said cooler weather helped."
    wrong = "wrong speaker: the source has firefighters say this, not Anneke Vos"
    for claim in (
        "Anneke Vos said cooler weather helped.",
        "Cooler weather helped, Anneke Vos said.",
        "According to Anneke Vos, cooler weather helped.",
    ):
        assert wrong in checked(fire, claim), claim
    assert checked(fire, "Firefighters said cooler weather helped.") == ()


def test_a_relative_clause_opened_by_that_relates_no_two_names() -> None:
    suit = (
        "Norvale Systems sued Brightforge on Tuesday over its cooling patents. Brightforge said"
        " it would fight the lawsuit."
    )
    claim = "Brightforge said it would contest the suit that Norvale Systems filed."
    assert checked(suit, claim) == ()


def test_a_title_is_held_to_what_the_source_calls_the_person() -> None:
    bare = "Jane Roe signed the budget bill on Monday. The government said the talks had ended."
    assert checked(bare, "Gov. Jane Roe signed the budget bill on Monday.") == (
        "title Gov. is not in the source",
    )
    assert checked(bare, "Mayor Jane Roe signed the budget bill on Monday.") == (
        "title Mayor is not in the source",
    )
    described = "The governor, Jane Roe, signed the budget bill on Monday."
    assert checked(described, "Gov. Jane Roe signed the budget bill on Monday.") == ()
    assert checked(described, "Sen. Jane Roe signed the budget bill on Monday.") == (
        "title Sen. is not in the source",
    )
    apposed = "Jane Roe, the governor of Vermont, signed the budget bill on Monday."
    assert checked(apposed, "Vermont Gov. Jane Roe signed the budget bill on Monday.") == ()
    senator = "Senator Jane Roe signed the budget bill on Monday. She met the governor later."
    assert checked(senator, "Gov. Jane Roe signed the budget bill on Monday.") == (
        "title Gov. is not in the source",
    )
    abbreviated = "Gov. Jane Roe signed the budget bill on Monday."
    assert checked(abbreviated, "Governor Jane Roe signed the budget bill on Monday.") == ()


def test_a_present_tense_verb_is_read_for_its_subject_and_roles() -> None:
    source = (
        "The city council approved the budget on Monday. Residents oppose the plan to close the"
        " library, a survey found."
    )
    assert checked(source, "The council opposes the plan to close the library.")
    assert checked(source, "Residents oppose the plan to close the library.") == ()


def test_two_names_trading_places_stay_a_swap() -> None:
    rivals = "Rivo Labs said on Monday it would buy Talmont Pharmaceuticals for $2 million."
    assert checked(rivals, "Talmont Pharmaceuticals said on Monday it would buy Rivo Labs.")[
        0
    ].startswith("it swaps who did what")


def test_the_speaker_given_in_a_possessive_title_speaks_for_no_owner() -> None:
    chief = "Norvale's chief executive, Anneke Vos, said the plant would close in May."
    assert checked(chief, "Anneke Vos said the plant would close in May.") == ()
    assert checked(chief, "Norvale said the plant would close in May.") == (
        "wrong speaker: the source has Anneke Vos (Norvale's chief executive) say this,"
        " not Norvale",
    )
    spoken = "Norvale will close the plant in May, Ana Ruiz, a spokesperson for the company, said."
    assert checked(spoken, "Norvale said it will close the plant in May.") == ()


def test_a_speaker_named_last_is_held_to_the_one_who_said_it() -> None:
    source = "Brightforge said on Tuesday that Norvale had copied its designs."
    assert checked(source, "Norvale copied Brightforge's designs, Brightforge said.") == ()
    assert checked(source, "Norvale copied Brightforge's designs, Norvale said.") == (
        "wrong speaker: the source has Brightforge say this, not Norvale",
    )
