"""Quantity words: "a handful of parcels" does not say "thousands of parcels".

Summaries change how much or how many without a digit: "some of the crop" for "much of it",
"a few flights" for "hundreds of flights", "most" for "many". The alignment reads such words as
light (lightwords.py: "several days" against "days" is the same fact), so nothing else sees the
change. ``changed_quantity`` compares the quantity word before a noun of the claim with the one
the passage puts before the same noun (its lemma, within a few words): each word has a rank on
one scale (a few < some, several < many, dozens, hundreds < most < all), and two different ranks
are two different amounts. A noun the passage counts in digits, or gives no quantity word, is
left to the numbers rule and the alignment; "some 300,000" is "about", not a quantity word.
"""

from __future__ import annotations

import re

from newsdesk.summarizer.sentences import normalize
from newsdesk.summarizer.synonyms import lemma

_PHRASES = (  # several words read as one quantity word, longest first
    ("a large number of", "many"),
    ("a small number of", "few"),
    ("a number of", "several"),
    ("a handful of", "few"),
    ("a couple of", "few"),
    ("a lot of", "many"),
    ("lots of", "many"),
    ("the majority of", "most"),
    ("a majority of", "most"),
    ("a few", "few"),
)
_RANK = {
    "few": 1,
    "some": 2,
    "several": 2,
    "many": 3,
    "much": 3,
    "dozens": 3,
    "scores": 3,
    "hundreds": 3,
    "thousands": 3,
    "millions": 3,
    "numerous": 3,
    "most": 4,
    "all": 5,
    "every": 5,
}
_TOKEN = re.compile(r"[\w$£€][\w'’,.-]*\w|\w")  # words and numbers ("3,000", "year's")
_REACH = 4  # words from a quantity word to the noun it counts ("much of this year's crop")
_STOP = frozenset(["of", "the", "its", "their", "his", "her", "this", "these", "those", "our"])
_NUMBER = re.compile(r"^[\d$£€]|^(?:one|two|three|four|five|six|seven|eight|nine|ten)$", re.I)


def _tokens(text: str) -> list[str]:
    low = " " + " ".join(_TOKEN.findall(normalize(text).lower())) + " "
    for phrase, word in _PHRASES:
        low = low.replace(f" {phrase} ", f" {word} ")
    return low.split()


def counted(text: str) -> dict[str, int]:
    """Noun lemma -> the rank of the quantity word before it ("few flights", "much of the
    crop"); "some" before a number is "about" and counts nothing."""
    toks = _tokens(text)
    out: dict[str, int] = {}
    for k, t in enumerate(toks):
        rank = _RANK.get(t)
        if rank is None or (k + 1 < len(toks) and _NUMBER.match(toks[k + 1])):
            continue
        if t == "few" and k and toks[k - 1] in ("very", "too", "so"):
            continue
        for w in toks[k + 1 : k + 1 + _REACH]:
            if w in _RANK or _NUMBER.match(w):
                break
            if w in _STOP:
                continue
            out.setdefault(lemma(w), rank)
    return out


def changed_quantity(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """The claim's quantity phrase whose noun the passage counts with a word of another rank
    ("a few flights" against "hundreds of flights"); None when none is."""
    theirs: dict[str, set[int]] = {}
    for s in passage_sentences:
        for noun, rank in counted(s).items():
            theirs.setdefault(noun, set()).add(rank)
    for noun, rank in counted(claim).items():
        if noun in theirs and rank not in theirs[noun]:
            return noun
    return None
