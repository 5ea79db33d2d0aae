"""Who did what, however far apart: the word before a verb and a word later in the sentence
trading places between a claim and its passage.

roles.py reads a verb's agent and patient from the words right beside it, so "Lena won the race
ahead of Mia" against "Mia won the race ahead of Lena" has the same patient (the race) and reads
as no swap. Here the word before a verb the claim shares with its passage (its agent, or a
passive's patient) is compared with the passage's: when each of the two is found *after* the
verb in the other sentence, the two traded places. A passive claim is read against an active
passage by its patient ("the builders were fined for bribing the mayor" against "the court
fined the mayor for bribing builders"). Not read: verbs whose object may be their subject
(roles.ergative), generic words that stand for an actor ("the company"), participles right
before "by" (either voice), and claims about two equal sides ("met", "merged with").
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.summarizer.roles import Roles, ergative, generic, roles
from newsdesk.summarizer.synonyms import lemma, lemmas


def traded_reasons(claim: str, passage: Sequence[str]) -> list[str]:
    """The one before a verb and one after it traded places, however far after: "Lena won the
    race ahead of Mia" against "Mia won the race ahead of Lena", "the builders were fined for
    bribing the mayor" against "the court fined the mayor for bribing builders". The word
    before the claim's verb is after the passage's, and the word before the passage's (or, for
    a passive claim against an active passage, its patient) is after the claim's, for every
    use of the verb in the passage. Verbs of two equal sides ("met", "merged") are not read."""
    if set(lemmas(claim)) & _symmetric():
        return []
    theirs = [r for s in passage for r in roles(s)]
    for r in roles(claim):
        same = [t for t in theirs if t.verb == r.verb]
        if not r.front or r.front in generic() or r.verb in ergative() or not same:
            continue
        if all(_traded(r, t) for t in same):
            written = r.patient if r.passive else r.agent
            return [f"it swaps who did what: in the source {written} is on the other side of it"]
    return []


def _traded(mine: Roles, theirs: Roles) -> bool:
    if mine.reduced or theirs.reduced:
        return False
    if mine.passive and not theirs.passive:
        other = lemma(theirs.patient) if theirs.patient else None
    elif mine.passive == theirs.passive:
        other = theirs.front
    else:
        return False
    if not other or other == mine.front or other in generic():
        return False
    return other in mine.after and mine.front in theirs.after


_SYMMETRIC_WORDS = (
    "meet merge marry talk negotiate play face join compete tie draw clash fight partner "
    "collide trade exchange combine match debate split share team"
)


def _symmetric() -> frozenset[str]:
    return frozenset(lemma(w) for w in _SYMMETRIC_WORDS.split())
