"""The quoting share leaves no line naming a person by surname alone once the line that gave
the full name is dropped (a read row: '…, Keellings.' kept, 'climatologist David Keellings'
dropped by hold_share's put-back, which restores a later line without an earlier one)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from newsdesk.summarizer.excerpts import hold_share
from newsdesk.summarizer.finish import _held

SOURCE = (
    "The storm reached the coast on Sunday, and the forecaster Dana Quillfeather watched it grow "
    "for days from the desk. Quillfeather said the warm water fed it."
)
SYNOPSIS = ("Ridge Courier reported that the storm reached the coast.", (1,))
FIRST = (
    "Ridge Courier reported that Dana Quillfeather \u201cwatched it grow for days from the desk\u201d.",
    (1,),
)
LATER = (
    "According to Ridge Courier, Quillfeather said \u201cthe warm water fed it\u201d all week.",
    (1,),
)
GROUPS = {"synopsis": [SYNOPSIS], "takeaways": [FIRST], "What happened": [LATER]}


def test_the_share_keeps_no_line_whose_person_it_left_unintroduced() -> None:
    plain, _ = hold_share(GROUPS, [], 0.3)
    assert plain["takeaways"] == [] and plain["What happened"] == [LATER]  # the stranger
    num = cast(Any, SimpleNamespace(texts={1: SOURCE}))
    held, _ = _held(GROUPS, [], 0.3, frozenset(), num)
    assert held == {"synopsis": [SYNOPSIS], "takeaways": [], "What happened": []}
