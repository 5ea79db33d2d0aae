"""A thing swapped for another of its kind: "snow" where the passage says "rain".

A claim that keeps a passage's words but one noun, put for another noun of the same kind, reads
as well supported by the share of its words (align.py) while saying something else: "derailment"
for "landslide", "flu" for "measles". ``swapped`` finds a lower-case noun of the claim that the
passage does not hold (by lemma, synonym group or WordNet) and a noun of the passage that no
word of the claim holds, whose most frequent noun senses share a direct hypernym (WordNet:
sisters), that hypernym at least ``MIN_HEIGHT`` steps below the top, so that only specific
kinds count ("rain" and "snow" under "precipitation"), not any two things ("object").
"""

from __future__ import annotations

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.sentences import STOPWORDS, normalize, words
from newsdesk.summarizer.synonyms import senses

MIN_HEIGHT = 5  # the shared hypernym's steps below the top of WordNet's hierarchy
SENSES = 1  # a noun's most frequent senses that count


def _nouns(word: str) -> frozenset[int]:
    """The first ``SENSES`` noun synsets of a lower-case word, itself or its plural."""
    out: set[int] = set()
    found = lexicon.bases(word)[:1]
    if found and found[0] != word and not word.endswith("s"):
        return frozenset()  # "voted", "closing": a verb's form, not a noun
    for base in found:
        for part in lexicon.table_entry(base).split():
            if part.startswith("n:"):
                out.update(int(x) for x in part[2:].split(",")[:SENSES])
    return frozenset(out)


def _kinds(word: str) -> frozenset[int]:
    """The direct hypernyms of a noun's first senses, those near the top left out."""
    return frozenset(
        u for s in _nouns(word) for u in lexicon.hypernyms(s) if lexicon.height(u) >= MIN_HEIGHT
    )


def _plain(text: str) -> list[str]:
    return [w for w in words(normalize(text)) if w.isalpha() and w.islower() and w not in STOPWORDS]


def _keys(word: str, wide: bool) -> frozenset[str]:
    return senses(word) | lexicon.keys(word, wide)


def swapped(claim: str, passage_sentences: tuple[str, ...]) -> tuple[str, str] | None:
    """(claim noun, passage noun) of the first noun of the claim put for a sister noun the
    claim does not use; None when there is none."""
    if not lexicon.ENABLED:
        return None
    mine = _plain(claim)
    theirs = [w for s in passage_sentences for w in _plain(s)]
    # a sentence's capitalised first word is still said ("Rain delayed …" says "rain"); only
    # lower-case words are candidates for the swapped-in noun, so names stay out of that
    spoken = theirs + [w.lower() for s in passage_sentences for w in words(normalize(s))[:1]]
    said = frozenset().union(*(_keys(w, True) for w in spoken)) if spoken else frozenset()
    meant = frozenset().union(*(_keys(w, False) for w in mine)) if mine else frozenset()
    unused = [p for p in theirs if not _keys(p, True) & meant]
    for w in mine:
        if _keys(w, False) & said or not (kinds := _kinds(w)):
            continue
        for p in unused:
            if kinds & _kinds(p) and not _nouns(w) & _nouns(p):
                return w, p
    return None
