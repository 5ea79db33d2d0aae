"""Whom someone told: "X told Y" needs a source where Y is the one told, not one that saw X's memo.

"Vos told Circuit Report the contest was over" gives Circuit Report as her listener. When the
source has "an internal memo seen by Circuit Report, sent by … Anneke Vos", she wrote to her
staff and the outlet read the memo: a reader of the sentence learns an interview that never took
place. The words it asserts are in the source and the passage about the memo says the contest
ended, so the meaning checks pass it; only who was told is wrong.

So, for a sentence that opens "NAME (, description,) told LISTENER …": when a cited source has
LISTENER seeing, obtaining or reviewing a document in a sentence that names the speaker ("a
memo seen by Circuit Report, sent by Vos"), and no cited source has anyone telling LISTENER or
LISTENER speaking to someone ("told Circuit Report", "said in an interview with Circuit Report",
"Circuit Report spoke to four employees"), the listener is wrong. A sentence whose sources say
nothing either way is left to the other checks: this rule needs the source's own account of how
the outlet learned it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsdesk.summarizer.quotedby import NAME, NAME_WORD
from newsdesk.summarizer.sentences import normalize, source_sentences

_TOLD = re.compile(
    rf"^(?P<who>{NAME})(?:, [^,;:\"]{{2,100}},)? (?:told|tells) "
    rf"(?:the )?(?P<to>{NAME_WORD}(?: {NAME_WORD}){{0,3}})(?![\w'’])"
)
_SAW = r"(?:seen|obtained|reviewed|viewed|read)\s+by"
_SAW_ACTIVE = r"(?:saw|has seen|had seen|obtained|has obtained|reviewed|has reviewed)"
_WAS_TOLD = (
    r"(?:told|tell|tells|telling|said to|says to|spoke to|spoke with|speaking to|interview with"
    r"|statement to|confirmed to|interviews? with)"
)
_SPOKE = r"(?:was told|were told|spoke to|spoke with|interviewed|asked|contacted|reached)"


def wrong_listener(text: str, sources: Iterable[str]) -> list[str]:
    """The reason when ``text`` says its opening name told a listener that its sources have
    only seeing that person's document (module docstring); [] otherwise."""
    m = _TOLD.match(" ".join(normalize(text).split()))
    if m is None:
        return []
    who, to = m.group("who"), m.group("to")
    texts = [normalize(t) for t in sources]
    listener = re.escape(to)
    told = re.compile(
        rf"\b{_WAS_TOLD}\s+(?:the\s+)?{listener}\b|\b{listener}(?:'s?)?\s+{_SPOKE}\b", re.I
    )
    if any(told.search(t) for t in texts):
        return []
    saw = re.compile(
        rf"\b(?P<doc>[a-z]+)\s+{_SAW}\s+(?:the\s+)?{listener}\b"
        rf"|\b{listener}\s+{_SAW_ACTIVE}\s+(?:an?\s+|the\s+|its\s+|her\s+|his\s+)?(?:[a-z-]+\s+)?(?P<doc2>[a-z]+)"
    )
    surname = re.compile(rf"(?<![\w-]){re.escape(who.split()[-1])}(?![\w-])")
    for t in texts:
        for sentence in source_sentences(t):
            found = saw.search(sentence)
            if found and surname.search(sentence):
                doc = found.group("doc") or found.group("doc2")
                return [
                    f"wrong listener: the source has {to} see {who}'s {doc}, not {who} tell {to}"
                ]
    return []
