"""A verb's particle reversed: "switched the ranking on" where the passage says "switched the
ranking off".

Word by word the two differ only in a stopword, which the alignment never reads, so a claim that
turns a thing on where its source turns it off passed. A particle that ends a verb phrase
(directly after the verb, or after a short object and an optional "back": "switched it back on")
is read with the verb's lemma; on / off, up / down and in / out are opposite. A claim's (verb,
particle) whose opposite the passage says with the same verb (or one of its senses), while it
never says the claim's own, is reversed. No verb is listed: the passage's own wording decides.

A thing put "back on" is restored: the opposite of a passage that says it was removed,
scrapped, ended or is gone (the opposites of keeping it, wordtables.OPPOSITES) and never puts
it back. antonyms.opposed_word asks both.
"""

from __future__ import annotations

import re

from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.sentences import STOPWORDS, normalize, words
from newsdesk.summarizer.synonyms import lemma, lemmas, opposites, senses

_OPPOSITE = {"on": "off", "off": "on", "up": "down", "down": "up", "in": "out", "out": "in"}
_ALIKE = {"turn": "switch"}
_VERBS = ("turn", "turned", "switch", "switched")  # "turned it on" is "switched it on"
_OBJECT_OPENERS = "the|a|an|its|their|his|her|our|your|this|that|these|those|it|them|him|us|me"
# verb, an optional short object, an optional "back", the particle; then no word that would make
# the particle a preposition of an object of its own unless the object came before it
_PHRASAL = re.compile(
    rf"\b(?P<verb>[A-Za-z][a-z'-]+)(?P<object>(?:\s+(?:{_OBJECT_OPENERS})(?:\s+[\w'-]+){{0,3}}?)?)"
    r"(?P<back>\s+back)?\s+(?P<particle>on|off|up|down|in|out)\b"
    r"(?P<after>\s*(?:[.,;:!?)\"]|$|\s+(?:on|in|at|after|before|for|last|this|next|and|but|when|"
    r"because|until|from|since|following|as|over|again|[A-Z]\w*|\w+day\b)))?"
)


def phrasal(text: str) -> set[tuple[str, str]]:
    """(verb lemma, particle) of each verb phrase of ``text`` that ends in a particle: "switched
    the leaderboard back on." -> {("switch", "on"), ("switch", "back on")}; "switched off its
    leaderboard" -> {("switch", "off")}; "relied on data" -> {("reli", "on")} (a preposition:
    harmless, as the passage must say the opposite particle with the same verb)."""
    out = set()
    for m in _PHRASAL.finditer(normalize(text)):
        verb = m.group("verb").lower()
        if verb in STOPWORDS:
            continue
        if m.group("object") and m.group("after") is None:
            continue  # "put the plan in place": the particle opens a phrase of its own
        key, particle = lemma(verb), m.group("particle").lower()
        key = _ALIKE.get(key, key)
        out.add((key, particle))
        if m.group("back"):
            out.add((key, f"back {particle}"))
    return out


def _same_verb(a: str, b: str) -> bool:
    return a == b or bool(senses(a) & senses(b))


def reversed_particle(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """The claim's particle (as "on", "back on") when its verb takes the particle opposite to
    the one the passage gives the same verb, and the passage never gives it the claim's; or a
    thing put "back on" that the passage says was removed, ended or is gone (and never put
    back). None otherwise."""
    theirs = set().union(*(phrasal(s) for s in passage_sentences)) if passage_sentences else set()
    for verb, particle in sorted(phrasal(claim)):
        if particle.startswith("back "):
            if not any(p.startswith("back ") for _, p in theirs) and _removed(passage_sentences):
                return particle
            continue
        if any(_same_verb(verb, v) and p == particle for v, p in theirs):
            continue
        if any(_same_verb(verb, v) and p == _OPPOSITE[particle] for v, p in theirs):
            return particle
    return None


def _removed(passage_sentences: tuple[str, ...]) -> bool:
    """Whether the passage says a thing was removed or ended ("is gone", "scrapped",
    "switched off"), by the opposites of keeping it (wordtables.OPPOSITES)."""
    ended = opposites("keep")
    said = [w for s in passage_sentences for w in words(canonical(normalize(s)))]
    return any(senses(w) & ended for w in said) or any(
        p == "off" for s in passage_sentences for _, p in phrasal(s)
    )


def reversed_in_source(claim: str, source_sentences: tuple[str, ...]) -> str | None:
    """``reversed_particle`` against the sentences of the whole source that name something the
    claim names besides its verb, for a passage aligned on other words ("switched the ranking
    off" for "turned the ranking back on"), when no sentence of the source gives the claim's
    verb the claim's particle."""
    pairs = phrasal(claim)
    if not pairs:
        return None
    things = set(lemmas(claim)) - {v for v, _ in pairs} - {lemma(w) for w in _VERBS}
    about = tuple(s for s in source_sentences if things & set(lemmas(s)))
    found = reversed_particle(claim, about)
    return found if found and reversed_particle(claim, source_sentences) else None
