"""Relayed citations read out of one article: X -> relay -> source."""

from __future__ import annotations

import pytest
from newsdesk.stories.phrases import name_table
from newsdesk.stories.relays import RelayFacts, relay_facts

NAMES = name_table({"aiweekly.example": "AI Weekly"}, {}, ["pixelpost.example"])
ARS, FT = "arstechnica.com", "ft.com"


@pytest.mark.parametrize(
    "text",
    [
        # a lead-in with the excerpt in quotation marks
        "Pixelpost quotes a report from Ars Technica: “Staff at the firm are gaming the board, "
        "according to the Financial Times.”",
        # a lead-in ending its paragraph, the excerpt as a block quote
        "Ars Technica reports:\n> Staff are gaming the board, according to the Financial Times."
        "\n> Managers look at the ranking.\nOur view: this was always going to happen.",
        # a lead-in ending its paragraph, the excerpt in the next paragraph
        "Here is how Ars Technica put it:\nStaff are gaming the board, the FT reported.",
        # a block quote signed off by the outlet
        "A telling excerpt.\n> Staff are gaming the board, as first reported by the FT.\n"
        "— Ars Technica\nWe agree.",
        # the same, as a crawled page gives it: the block quote's marks are gone
        "A telling excerpt.\nStaff are gaming the board, as first reported by the FT.\n"
        "— Ars Technica\nWe agree.",
        # relay and source in one sentence
        "Staff are gaming the board, according to the Financial Times (via Ars Technica).",
        "Ars Technica, citing the Financial Times, says staff are gaming the board.",
        # a relay with the first reporter in brackets
        "Staff are gaming the board (via Ars Technica; first reported by the Financial Times).",
        # a hat tip, and who reported first elsewhere in the article
        "Staff are gaming the board (h/t Ars Technica). The FT first reported the practice.",
    ],
)
def test_the_chain_runs_from_the_relay_to_its_source(text: str) -> None:
    facts = relay_facts(text, NAMES)
    assert ARS in facts.cites
    assert (ARS, FT) in facts.chains
    assert (FT, ARS) not in facts.chains


@pytest.mark.parametrize(
    "text",
    [
        "The figures come via AI Weekly.",  # a relay with nothing behind it
        "According to the Financial Times, staff are gaming the board.",
        'One analyst wrote: "via Ars Technica, according to the FT, it is over."',
        "Staff were told via email to stop. The FT reported the policy change.",
        "The company told Reuters: we will stop. Bloomberg reported it grew.",
        "",
    ],
)
def test_no_chain_without_a_relay_that_leads_somewhere(text: str) -> None:
    assert relay_facts(text, NAMES).chains == ()


def test_quoted_speech_is_not_an_excerpt_without_a_lead_in_naming_an_outlet() -> None:
    text = "A staff engineer said: “as the FT reported, nobody reads the output.”"
    assert relay_facts(text, NAMES) == RelayFacts()


def test_a_relay_of_a_relay_gives_each_link_of_the_chain() -> None:
    text = (
        "AI Weekly, citing Ars Technica, says staff game the board. Ars Technica, citing the "
        "Financial Times, gave the figures."
    )
    facts = relay_facts(text, NAMES)
    assert ("aiweekly.example", ARS) in facts.chains and (ARS, FT) in facts.chains
