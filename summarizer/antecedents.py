"""Who "she" or "he" is: a source sentence opening with a personal pronoun ("She said nobody
would be disciplined") names, in square brackets as an editor would, the person the sentences
before it last named ("She [Rita Calloway] said …"). The verifier aligns a claim with these
sentences, so "Rita Calloway said nobody would be disciplined" finds its support, and a claim
giving the act to another person still misses the name in its passage.

Only a person named in the ``LOOK_BACK`` sentences before is taken, and only when they name
one: a name of two or three capitalised words ("Rita Calloway") or one before a saying verb
("Calloway said"), given in full as the text named it before ("Calloway" -> "Rita Calloway").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer.synonyms import ordinary

LOOK_BACK = 3  # sentences
_PERSONAL = re.compile(r"^(She|He)\b")
_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])"
_FULL = re.compile(rf"(?<![\w.])({_WORD}(?: {_WORD}){{1,2}})(?! [A-Z])")
_SAID = re.compile(rf"\b({_WORD}) (?:said|says|told|added|wrote)\b")
_NOT_PEOPLE_TEXT = (
    "The A An In On At For But And It This That These Those Its Their His Her He She They We"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May"
    " June July August September October November December Mr Ms Mrs Dr"
)
_NOT_PEOPLE = frozenset(_NOT_PEOPLE_TEXT.split())
_PLACES = re.compile(
    r"\b(?:Inc|Corp|Company|Times|Report|News|Post|Journal|Daily|Wire|University|College"
    r"|Department|Ministry|Agency|Court|House|Senate|Council|Street|City|County|Group|Lines)\b"
)


def _people(sentence: str) -> list[tuple[int, str]]:
    """(position, name) of the people a sentence names."""
    out = [(m.start(), m.group(1)) for m in _SAID.finditer(sentence)]
    for m in _FULL.finditer(sentence):
        parts = m.group(1).split()
        if m.start() == 0 and ordinary(parts[0]):  # 'Then Calloway left'
            parts = parts[1:]
        name = " ".join(parts)
        if len(parts) < 2 or parts[0] in _NOT_PEOPLE or _PLACES.search(name):
            continue
        out.append((m.start(), name))
    return [(at, n) for at, n in out if n.split()[0] not in _NOT_PEOPLE]


def _in_full(name: str, before: Sequence[str]) -> str:
    if " " in name:
        return name
    for sentence in reversed(before):
        for _, full in reversed(_people(sentence)):
            if full.endswith(f" {name}"):
                return full
    return name


def resolved(sentences: Sequence[str]) -> tuple[str, ...]:
    """The sentences, each opening "She"/"He" given its antecedent in square brackets when the
    sentences before it name exactly one person (two people: which one is meant is not
    known; a lone surname never named in full may be an outlet: "Reuters said")."""
    out = list(sentences)
    for i, sentence in enumerate(sentences):
        m = _PERSONAL.match(sentence)
        if m is None or i == 0:
            continue
        people = {
            _in_full(name, sentences[:i])
            for prev in sentences[max(0, i - LOOK_BACK) : i]
            for _, name in _people(prev)
        }
        if len(people) == 1 and " " in (person := people.pop()):
            out[i] = f"{m.group(1)} [{person}]{sentence[m.end() :]}"
    return tuple(out)
