"""Which section of a draft a source sentence belongs to: background (history, a company
profile), reaction and discussion (a statement, a response, a quotation) or what happened."""

from __future__ import annotations

import re

# reaction: someone responding to the news (a plain "said" is how news is reported, not reaction)
_REACTION = re.compile(
    r"\b(criticis|criticiz|respond|reaction|react|called it|argued|defended|denied|declined to"
    r"|spokes|critics|commenters|analysts?|researchers?|union|users|complain|praised|condemned"
    r"|welcomed|mocked|backlash|warned|expects?|urged|who studies)\w*",
    re.I,
)
QUOTED = re.compile(r"[\"\u201c]")
_BACKGROUND = re.compile(
    r"\b(last year|last month|in (19|20)\d\d|previously|earlier this|has long|have long|history"
    r"|began|was founded|for years|in the past|first introduced|originally|a decade|years ago"
    r"|since (19|20)\d\d)\b",
    re.I,
)

_STATEMENT = re.compile(
    r"\b(?:said|says|wrote|writes|announced) (?:in|on) (?:a|an|its|their|his|her) (?:\w+ ){0,2}"
    r"(?:blog|post|statement|memo|email|letter|note|filing|interview)\b",
    re.I,
)
_PROFILE = re.compile(
    r"^[A-Z][\w\-]+(?: [A-Z][\w\-]+)?(?:, [^,]{3,80},)? (?:makes|sells|operates|employs)\b"
    r"|\b(?:is privately held|is publicly traded|is based in|is headquartered in|was founded in"
    r"|employs about)\b"
)


def is_profile(sentence: str) -> bool:
    """A company profile ("Brightforge makes code review and build tools …", "… is privately
    held"): background, whatever else the sentence says."""
    return bool(_PROFILE.search(sentence))


def section_of(sentence: str) -> str:
    if _BACKGROUND.search(sentence) or _PROFILE.search(sentence):
        return "Background"
    if _STATEMENT.search(sentence) or _REACTION.search(sentence) or QUOTED.search(sentence):
        return "Reaction and discussion"
    return "What happened"
