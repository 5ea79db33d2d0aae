"""A rank dropped from a superlative: "the largest" where the passage says "the second largest".

A claim that keeps every other word of "the country's second largest publisher" but its
ordinal holds 75% of the passage's words (align.py) and no number of its own, yet says the
publisher is the largest; so does "won" for a passage's "finished second" (``won_placed``).
``dropped_rank`` finds a superlative of the passage that an ordinal
ranks ("second largest", "third-biggest") whose claim counterpart (the same lemma or a word
of its synonym groups) comes without one.
"""

from __future__ import annotations

import re

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.sentences import normalize, words
from newsdesk.summarizer.synonyms import lemma, senses

_ORDINALS = "second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th"
ORDINAL = frozenset(_ORDINALS.split())  # unsaid.overclaim: a superlative after one is a rank
_SUPERLATIVE = re.compile(r"[a-z]{2,}est|most|least")


# words that end like a superlative and are words of their own (nouns, verbs, adjectives)
_NOT_SUPERLATIVE = frozenset(
    [
        "arrest",
        "protest",
        "request",
        "interest",
        "contest",
        "harvest",
        "honest",
        "modest",
        "forest",
        "guest",
        "suggest",
        "invest",
        "digest",
        "manifest",
        "conquest",
        "quest",
        "rest",
        "west",
        "test",
        "nest",
        "chest",
        "vest",
        "pest",
        "crest",
        "zest",
        "jest",
        "behest",
        "unrest",
        "inquest",
        "bequest",
        "attest",
        "detest",
        "infest",
        "molest",
        "divest",
        "ingest",
        "congest",
        "earnest",
        "priest",
        "southwest",
        "northwest",
        "midwest",
        "lest",
        "blest",
        "dishonest",
        "immodest",
        "overmodest",
    ]
)


def superlative(word: str) -> bool:
    """'largest', 'best', 'latest', 'most': a superlative, a form of an adjective WordNet holds
    ('large', 'good', 'late'); 'arrest', 'protest', 'honest', 'forest' end alike and are not."""
    if word in ("most", "least", "best", "worst"):
        return True
    if not _SUPERLATIVE.fullmatch(word) or word in _NOT_SUPERLATIVE:
        return False
    if not lexicon.ENABLED:
        return True
    bases = [*lexicon.bases(word), *lexicon.bases(word[:-4] + "y" if word.endswith("iest") else "")]
    # a form of an adjective ('large'), or a superlative WordNet lists as a word ('farthest')
    return any(b != word and "a" in lexicon.parts_of_speech(b) for b in bases) or bool(
        {"a", "r"} & lexicon.parts_of_speech(word)
    )


def _ranked(text: str) -> list[tuple[str | None, str]]:
    """(ordinal or None, superlative) for each superlative of a text ("second-largest" too)."""
    toks = [t.lower() for t in words(normalize(text).replace("-", " "))]
    return [
        (toks[k - 1] if k and toks[k - 1] in ORDINAL else None, t)
        for k, t in enumerate(toks)
        if superlative(t)
    ]


def dropped_rank(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """The claim's superlative said without the ordinal the passage ranks it by, and that the
    passage never says unranked ("the biggest" and "the second biggest" in one passage are two
    things); None when there is none."""
    theirs = [pair for p in passage_sentences for pair in _ranked(p)]
    ranked = [s for o, s in theirs if o]
    if not ranked:
        return None
    plain = [s for o, s in theirs if not o]
    for ordinal, word in _ranked(claim):
        if ordinal is None and _meets(word, ranked) and not _meets(word, plain):
            return word
    return None


def _meets(word: str, others: list[str]) -> bool:
    return any(senses(word) & senses(s) for s in others)


_PLACED = frozenset(["finished", "came", "placed", "ended", "finishing", "coming"])
_WIN = lemma("won")


def won_placed(claim: str, sentences: tuple[str, ...]) -> str | None:
    """The claim's "won" (or "wins", "winner") when the ``sentences`` (its source) never say a
    win but place the same one below the top ("Varga finished second" against "Varga won"):
    the words before the claim's "won" and before the sentence's "finished" share a lemma."""
    toks = words(normalize(claim))
    at = next((k for k, w in enumerate(toks) if lemma(w) == _WIN or w.lower() == "winner"), -1)
    if at < 0:
        return None
    who = {lemma(w) for w in toks[:at] if len(w) > 3}
    for sent in sentences:
        theirs = [w.lower() for w in words(normalize(sent))]
        if any(lemma(t) == _WIN or t == "winner" for t in theirs):
            return None
        for k, t in enumerate(theirs):
            placed = t in _PLACED and ORDINAL & set(theirs[k + 1 : k + 3])
            if placed and who & {lemma(w) for w in theirs[:k] if len(w) > 3}:
                return toks[at]
    return None
