"""Whose a person is: a possessive that describes someone is the source's own subject.

"Anneke Vos, Norvale's technology chief, wrote …" names Norvale only to say whose chief Vos
is. The passage that says what she wrote may well not name the company ("a memo sent by chief
technology officer Anneke Vos said …"): the article is about Norvale, and says so in its first
sentence. A possessive of a name the source has is that name; so when a claim's possessive
("Norvale's") describes a person the supporting passage names, in apposition ("Vos, Norvale's
technology chief,") or as a title before the name ("Norvale's technology chief Anneke Vos"),
and the source opens on that owner (its first sentence's subject), the owner is held.

Anything narrower than the source's subject is still the passage's to hold: "Vos, Brightforge's
chief" in a story about Norvale fails as before, and so does a possessive that describes no
one the passage names; a passage that gives the person an owner itself ("Anneke Vos, its chief
technology officer") is read by whom "its" stands for (wrongwho._referred), not by this rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer.relations import entities
from newsdesk.summarizer.sentences import normalize

_POSSESSIVE = re.compile(r"['’]s$")
_PERSON = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+"
_ROLE = r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
# a passage that gives the person an owner by reference names whose they are itself
_REFERENCE = re.compile(r"\b(?:its|their|the\s+[a-z]+'s)\s+(?:[\w-]+\s+){0,3}?[a-z]", re.I)


def described(name: str, claim: str) -> str | None:
    """The person the possessive ``name`` describes in ``claim``: 'Anneke Vos' for "Anneke Vos,
    Norvale's technology chief," or "Norvale's technology chief Anneke Vos"; None otherwise."""
    norm, poss = normalize(claim), re.escape(normalize(name))
    after = re.search(
        rf"(?P<person>{_PERSON}), {poss} {_ROLE}(?:,|$| (?:said|says|wrote|told))", norm
    )
    before = re.search(rf"{poss} {_ROLE} (?P<person>{_PERSON})", norm)
    found = after or before
    return found.group("person") if found else None


def source_subject(name: str, claim: str, passage: str, sentences: Sequence[str],
                   vocabulary: set[str]) -> bool:  # fmt: skip
    """Whether the possessive ``name`` of ``claim`` describes a person ``passage`` names and
    owns them as the source's subject: the name its first sentence opens with."""
    owner = _POSSESSIVE.sub("", name)
    if owner == name or not sentences or _REFERENCE.search(normalize(passage)):
        return False  # "Vos, its chief …": whose "its" is, is wrongwho._referred's to say
    person = described(name, claim)
    have = {w.lower() for w in re.findall(r"[\w'’-]+", normalize(passage))}
    if person is None or not any(w.lower() in have for w in person.split()):
        return False
    opening = entities(normalize(sentences[0]), vocabulary)
    return bool(opening) and opening[0][0] == 0 and _POSSESSIVE.sub("", opening[0][2]) == owner
