"""A name moved from one sentence of a passage onto a noun of the other.

A passage may join two sentences (align.py); a claim may then take a name from one of them and
put it before a noun of the other, in the place of that noun's own modifier: "joins from a US
cloud hosting firm" against "… outside the United States. … joins from a European cloud
hosting firm" ("US" is spelled out as the sources write it, facts.spell_out). Every word is in
the passage, and the name too, so no share of words and no name check sees it. ``moved_name``
finds a name of the claim right before a noun (modifiers.noun: no verb's form, so not
"Kestrel Ferries scrapped" against "The company scrapped") where the
passage's sentences that hold the name never hold that word, and another sentence has the word
after a modifier of its own that the claim does not use ("European cloud", "local market").
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.summarizer.modifiers import noun as _noun
from newsdesk.summarizer.modifiers import swapped
from newsdesk.summarizer.relations import entities, tokens
from newsdesk.summarizer.sentences import STOPWORDS
from newsdesk.summarizer.synonyms import lemma


def replaced(
    claim: str,
    missing: tuple[str, ...],
    sentences: tuple[str, ...],
    vocabulary: frozenset[str] | set[str],
) -> tuple[str, str] | None:
    """A noun put in the place of another (modifiers.py), or a name moved onto a noun."""
    return swapped(claim, missing, sentences) or moved_name(claim, sentences, vocabulary)


def moved_name(
    claim: str, sentences: Sequence[str], vocabulary: frozenset[str] | set[str]
) -> tuple[str, str] | None:
    """("United States market", "local market"): the claim's name on a noun, and what the
    sentence that has the noun puts there instead (None: no such move)."""
    if len(sentences) < 2:
        return None
    toks = tokens(claim)
    mine = {t.lower() for t in toks}
    written = [tokens(s) for s in sentences]
    theirs = [[t.lower() for t in s] for s in written]
    for _, end, name in entities(claim, vocabulary):
        if end >= len(toks) or not (_plain(toks[end]) and _noun(toks[end], head=True)):
            continue
        key, parts = lemma(toks[end]), {w.lower() for w in name.split()}
        holders = [k for k, s in enumerate(theirs) if parts <= set(s)]
        if not holders or any(key in {lemma(w) for w in theirs[k]} for k in holders):
            continue
        for k, sent in enumerate(theirs):
            if k in holders:
                continue
            for j in range(1, len(sent)):
                before = sent[j - 1]
                if lemma(sent[j]) == key and _plain(before) and before not in mine:
                    return f"{name} {toks[end]}", " ".join(written[k][j - 1 : j + 1])
    return None


def _plain(word: str) -> bool:
    """A word that may be a noun or its modifier: no stopword, no punctuation."""
    return word.isalpha() and word.lower() not in STOPWORDS and len(word) > 2
