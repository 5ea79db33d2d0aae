"""A noun put in the place of another: "a flood warning" where the passage says "a heat warning".

A claim that keeps its passage's words but one, put in the same place as a word of the passage
the claim does not use, holds the share of its words (align.py) while saying something else:
"pine trees" for "oak trees", "a shipment of coffee" for "a shipment of bananas". ``swapped``
finds a noun of the claim the passage does not hold, right before a noun the passage holds
(its head: "pine trees"), or right after such a noun and "of" ("a shipment of coffee"); and,
next to a passage noun holding that head, in the same place, a noun the claim does not hold.
Only nouns (WordNet's; no participle, no comparative) count, and on the passage's side a noun
in -ing WordNet lists ("a recycling plant" for a claim's "a chemical plant"): an adjective or a
verb put for another is most often a rewording ("rising fees" for "higher fees", "taking" for "stealing"),
and the kinds of the two nouns are not compared (unsaid.py does that through WordNet): two
nouns in one place of one phrase, one of them not said, are a changed detail whatever they are.
"""

from __future__ import annotations

import re

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.sentences import QUOTED, STOPWORDS, normalize, words
from newsdesk.summarizer.stitched import covered
from newsdesk.summarizer.synonyms import lemma, sense_lemmas

_OF = "of"
_BREAK = re.compile(r"[,;:()\u2014]| - ")


def _plain(word: str) -> bool:
    """A lower-case word that is no stopword (names and grammar are held elsewhere)."""
    return word.isalpha() and word.islower() and word not in STOPWORDS and len(word) > 2


def noun(word: str, head: bool = False) -> bool:
    """A word WordNet lists as a noun, as it is or as a plural ("bananas"), and no verb's form
    ("recalled", "came", "taking": "taking copper" is a verb's business, support.py) or
    comparative ("lower"); a ``head`` may end in -ing when WordNet lists it ("warning")."""
    if not _plain(word) or word.endswith("ed") or _comparative(word):
        return False
    if irregular := lexicon.irregular_bases(word):  # "came", "lost"; "midwives" is a plural
        return word.endswith("s") and any("n" in lexicon.parts_of_speech(b) for b in irregular)
    if word.endswith("ing"):
        return head and "n" in lexicon.parts_of_speech(word)
    return any("n" in lexicon.parts_of_speech(b) for b in lexicon.bases(word))


def _comparative(word: str) -> bool:
    """'lower', 'cheaper', 'safer': an adjective's comparative (WordNet lists some as nouns)."""
    return word.endswith("er") and any(
        "a" in lexicon.parts_of_speech(word[: -len(end)]) for end in ("er", "r")
    )


def _slots(text: str, gerunds: bool = False) -> list[tuple[str, str, str]]:
    """(place, head, noun) of a text's nouns, within a stretch of it no punctuation breaks: a
    noun right before another ("before", "warning", "heat"), and a noun after another and "of"
    ("of", "shipment", "bananas")."""
    out = []
    for part in _BREAK.split(QUOTED.sub(" , ", normalize(text))):
        toks = words(part)
        for k, t in enumerate(toks):
            if not noun(t, head=gerunds):
                continue
            if k + 1 < len(toks) and noun(toks[k + 1], head=True):
                out.append(("before", toks[k + 1], t))
            if k >= 2 and toks[k - 1] == _OF and noun(toks[k - 2], head=True):
                out.append((_OF, toks[k - 2], t))
    return out


def _meant(text: str) -> frozenset[str]:
    """A text's lemmas and every key its words may be matched by (as stitched.py reads them)."""
    return frozenset().union(*(keys | {key} for key, keys in sense_lemmas(text, parts=True)))


def _held(word: str, have: frozenset[str]) -> bool:
    keys = dict(sense_lemmas(word))
    return bool(keys) and all(covered(k, have, ks) for k, ks in keys.items())


def swapped(
    claim: str, missing: tuple[str, ...], passage: tuple[str, ...]
) -> tuple[str, str] | None:
    """(claim word, passage word) of the first claim word in the place of a passage word the
    claim does not hold ("flood", "heat"); None when there is none."""
    lost = {w for w in missing if _plain(w)}
    if not lost:
        return None
    mine = _meant(claim)
    theirs = frozenset().union(*(_meant(s) for s in passage))
    sides = [_slots(s, gerunds=True) for s in passage]
    for place, head, word in _slots(claim):
        if word not in lost or not _held(head, theirs):
            continue
        for their_place, their_head, other in (slot for side in sides for slot in side):
            same = lemma(head) == lemma(their_head) or _held(head, _meant(their_head))
            same_head = place == their_place and same
            if same_head and not _held(other, mine):
                return word, other
    return None
