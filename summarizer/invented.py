"""An invented thing: a claim that names something its passage has no word for.

A summary that adds a cause or a detail of its own ("a cyberattack caused the outage",
"a shortage of trains") keeps most of the passage's words, so the share the alignment asks
for (align.MIN_SUPPORT) still holds. A faithful paraphrase also brings words of its own, but
those are verbs, adjectives and general nouns, or words WordNet relates to a word of the
passage. So a claim's word that the passage does not hold is an invented thing when it is a
specific noun (WordNet knows it only as a noun, and its most frequent sense lies at least
``MIN_HEIGHT`` steps below the top of the hierarchy, so "people" or "place" are not) and
WordNet relates it to no word of the passage: no synset, derivation or hypernym within
``DEPTH`` steps in common (the passage's "reservoirs" relate a claim's "water supply").
"""

from __future__ import annotations

from functools import lru_cache

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.sentences import STOPWORDS, normalize, words

MIN_HEIGHT = 6  # a noun's most frequent sense at least this deep is a specific thing
DEPTH = 2  # hypernym steps above two words' senses where they may meet
_MEET = 5  # a synset where two words meet lies at least this deep (not "entity", "act")
_SENSES = 3  # a word's most frequent senses per part of speech that count
_BACK = frozenset(["the", "this", "that", "these", "those", "its", "their"])


def _own(word: str) -> set[int]:
    out: set[int] = set()
    for base in lexicon.bases(word):
        for part in lexicon.table_entry(base).split():
            out.update(int(x) for x in part[2:].split(",")[:_SENSES])
    return out


@lru_cache(maxsize=65536)
def _reach(word: str) -> frozenset[int]:
    """A word's first senses, the synsets derived from them and their hypernyms up to
    ``DEPTH`` steps, hypernyms near the top of the hierarchy left out."""
    out = set(_own(word))
    out |= {d for s in list(out) for d in lexicon.derived(s)}
    layer = set(out)
    for step in range(DEPTH):
        layer = {u for s in layer for u in lexicon.hypernyms(s)}
        # a verb's own hypernym counts however general (verb hierarchies are shallow:
        # "donate" is a kind of "give"); above that, and for nouns, only specific synsets
        out |= {s for s in layer if lexicon.height(s) >= _MEET or (not step and lexicon.verb(s))}
    return frozenset(out)


@lru_cache(maxsize=65536)
def specific_noun(word: str) -> bool:
    """Whether a lower-case word is only a noun to WordNet, with a specific first sense."""
    found = lexicon.bases(word)
    if not found or word.endswith(("ed", "ing")):
        return False
    # a noun only, and no irregular form of another word ("sat" is also a form of "sit")
    if any(lexicon.parts_of_speech(b) != {"n"} for b in [found[0], *lexicon.irregular_bases(word)]):
        return False
    entry = lexicon.table_entry(found[0]).split()
    return lexicon.height(int(entry[0][2:].split(",")[0])) >= MIN_HEIGHT


def invented(
    claim: str, missing: tuple[str, ...], passage_sentences: tuple[str, ...]
) -> str | None:
    """The first of a claim's words its passage lacks (``missing``, align.Passage) that names
    a specific thing WordNet relates to no word of the passage; None when there is none. An
    act named with "the" ("prompted the decision") points back at what the passage tells."""
    if not lexicon.ENABLED:
        return None
    toks = [w.lower() for w in words(normalize(claim))]
    back = {w for k, w in enumerate(toks) if k and toks[k - 1] in _BACK and lexicon.event_noun(w)}
    theirs = {
        w.lower()
        for s in passage_sentences
        for w in words(normalize(s))
        if w.isalpha() and w.lower() not in STOPWORDS
    }
    reach = frozenset().union(*(_reach(w) for w in theirs)) if theirs else frozenset()
    for w in missing:
        if w in back or not (w.isalpha() and w.islower()):
            continue
        if specific_noun(w) and not _reach(w) & reach:
            return w
    return None
