"""What a source's figures, symbols and compounds say in other spellings, for the alignment.

A paraphrase may spell out what its source writes in figures: "six percent" for "6%", "40 million
dollars" for "$40 million". The number rule compares the values (facts.numbers reads "six" as 6);
the alignment must not count "six", "percent" or "dollars" as words the passage lacks, so a
source's figure says its number word and a symbol beside a figure says its unit. Only the source
side gains words: a claim's "6%" asks for nothing, and a passage's own "six" or "percent" still
holds the claim's as before.

A compound is spelled open, hyphenated or closed by different writers ("work force", "start-up",
"re-examine"): a source's compound also holds its closed spelling ("workforce", "startup",
"reexamine"), which its parts (synonyms.compound_parts) do not.
"""

from __future__ import annotations

import re

from newsdesk.summarizer.sentences import STOPWORDS, normalize, words

# the number words facts.numbers reads as the values of figures (ordinals, "decade", "dozen" and
# "doubled" stay words of their own: they also say a rank, a time or a change)
_CARDINAL_TEXT = "two three four five six seven eight nine ten eleven twelve"
CARDINALS = {w: str(n) for n, w in enumerate(_CARDINAL_TEXT.split(), start=2)}
CARDINALS |= {"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50"}
# nouns that name a group by its number ("the pair" for "two men"): a source's two (or "both")
# says "pair"
GROUPS = {"2": ("pair", "duo"), "3": ("trio",)}
UNIT_SYMBOLS = {"%": "percent", "$": "dollar", "€": "euro", "£": "pound"}
_FIGURE = re.compile(r"(?<![\d.,])\d+(?![\d.,]\d)")  # a whole figure, not a part of "5.9"
_UNIT = re.compile(r"([$€£])\s?\d|\d\s?(%)")


def spelled(text: str) -> set[str]:
    """The words a text's figures and unit symbols stand for ("6%" -> {"six", "percent"})."""
    norm = normalize(text)
    figures = set(_FIGURE.findall(norm))
    units = {UNIT_SYMBOLS[a or b] for a, b in _UNIT.findall(norm)}
    said = {t.lower() for t in words(norm)}
    figures |= {n for w, n in CARDINALS.items() if w in said} | ({"2"} if "both" in said else set())
    groups = {g for n in figures for g in GROUPS.get(n, ())}
    return units | groups | {w for w, n in CARDINALS.items() if n in figures}


_PART = 3  # letters a part of a compound needs ("heat wave", not "a wave")


def closed(text: str) -> set[str]:
    """A text's compounds written closed: its hyphenated words without the hyphen, and each two
    adjacent lower-case words that are no stopwords ("work force" -> "workforce")."""
    toks = words(normalize(text))
    out = {t.replace("-", "") for t in toks if "-" in t and t.islower()}
    for a, b in zip(toks, toks[1:], strict=False):
        if all(_part(w) for w in (a, b)):
            out.add(a + b)
    return out


def _part(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) >= _PART and word not in STOPWORDS
