"""A quotation standing alone is the speaker's named just before it, and a passive with no "by"
goes on from the actor of the sentence before: a claim giving them that actor keeps its subject
(issue 12; invented sentences)."""

from __future__ import annotations

import pytest
from testkit import checked

_SOURCE = (
    "Orla Penrith, a night nurse at Cobham General, said the rota app had been popular at "
    'first. "Then the hospital tied bonuses to it, and the rota turned into a contest," '
    "Penrith said. Cobham General's director, Idris Maalouf, said the bonuses would end in "
    "June. Tamsin Foods said it would keep its canteen open at night. "
    "The meal vouchers already issued will not be withdrawn."
)
_QUOTE_ALONE = (
    "Orla Penrith, a night nurse at Cobham General, said the rota app had been popular. "
    '"At first it was a game," Penrith said. "Then the rota turned into a contest."'
)


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        (_QUOTE_ALONE, "Orla Penrith said the rota turned into a contest."),
        (_SOURCE, "Tamsin Foods will keep the meal vouchers already issued."),
    ],
)
def test_the_actor_before_is_the_subject(source: str, claim: str) -> None:
    assert checked(source, claim) == ()


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        (_QUOTE_ALONE, "Idris Maalouf said the rota turned into a contest."),
        (_SOURCE, "Tamsin Foods will withdraw the meal vouchers already issued."),
    ],
)
def test_another_actor_or_the_opposite_act_still_fails(source: str, claim: str) -> None:
    assert checked(source, claim)
