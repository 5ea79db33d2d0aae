"""The word-level normalisation the ranker and the verifier share, their stop words, and the other
spellings of a source's figures and compounds (``spelled``, ``closed``).

Sentences are split by the core's ``split_sentences`` (pysbd, paragraph by paragraph); it is
re-exported here with ``clean`` because the summarizer's modules import them from this one.

Which sentences of an article can be used at all: not boilerplate (sign-up prompts, captions,
headlines without a full stop), and able to stand alone (no opening pronoun or connective, no
first person outside quotation marks, no bare quotation with nobody named as saying it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsdesk.text import MONTHS, STOP_WORDS, clean, split_sentences

_BOILERPLATE = re.compile(
    r"\b(sign up|signup|subscribe|newsletter|read more|click here|all rights reserved|cookies?"
    r"|advertisement|follow us|share this|privacy policy|terms of (use|service)|listen to this"
    r"|story continues|sponsored|image:|photo:|credit:|getty images|log ?in|download the app"
    r"|this article (was|is)|contact us|©|copyright)\b",
    re.I,
)
_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def is_boilerplate(sentence: str) -> bool:
    """Sign-up prompts, 'read more', captions, headlines without a full stop, near-empty text."""
    norm = normalize(sentence)
    if len(norm.split()) < 6 or len(norm.split()) > 70:
        return True
    if _BOILERPLATE.search(norm) or not _END.search(norm):
        return True
    if norm[0].islower() or norm.count('"') % 2:
        return True  # a fragment, or half of a quotation split across sentences
    return not any(c.islower() for c in norm)


_DANGLING_TEXT = (
    "he she they it his her their its this these those that but and also however still yet"
    " meanwhile instead then so"
)
_DANGLING = frozenset(_DANGLING_TEXT.split())
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me|[Oo]urselves)\b")


def needs_context(sentence: str) -> bool:
    """A sentence that cannot stand alone: opens with a pronoun or connective ("He declined…",
    "But…"), speaks in the first person outside quotation marks, or is a bare quotation with
    nobody named as saying it."""
    norm = normalize(sentence)
    first = norm.split(" ", 1)[0].strip('",').lower()
    if first in _DANGLING or norm.startswith(("One,", "Another,", "The other,")):
        return True  # "One, who asked not to be named, said…": one of whom?
    if _FIRST_PERSON.search(re.sub(r'"[^"]*"', " ", norm)):
        return True  # "we launched…" from a company post: fine in a quote, not as our prose
    return norm.startswith('"') and norm.rstrip(" .!?").endswith('"')


__all__ = [
    "STOPWORDS",
    "clean",
    "content_words",
    "normalize",
    "source_sentences",
    "split_sentences",
    "stem",
    "words",
]

_WS = re.compile(r"\s+")
# a quotation, or one left open at the end of the text: the checks of a claim's own prose
# leave it out (its words are checked word for word)
QUOTED = re.compile(r'"[^"]*(?:"|$)')
_QUOTE_CHARS = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")

# plus contractions and titles (these words keep apostrophes: "don't", "Mr") and a few connectives
_APOSTROPHE_WORDS = """
    aren't let tells shall ever although though whether upon onto it's that's there's he's
    she's they're we're i'm don't doesn't didn't isn't wasn't won't can't couldn't wouldn't
    shouldn't mr mrs ms dr
"""
STOPWORDS = STOP_WORDS | frozenset(_APOSTROPHE_WORDS.split())
BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])  # a passive's auxiliary
# auxiliaries: a finite verb, so a clause can stand (clauses.py) or a subject ends (stitched.py)
FINITE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "did",
        "does",
        "do",
        "may",
        "might",
        "must",
        "should",
    ]
)


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """Typographic quotes, dashes and whitespace folded: the form quotes are compared in.
    Cached: a draft normalises the same source texts and sentences dozens of times each."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_CHARS)
    text = text.replace("\u2026", "...")
    return _WS.sub(" ", text).strip()


@lru_cache(maxsize=256)
def source_sentences(text: str) -> tuple[str, ...]:
    """split_sentences of a source text, kept for the checks that look into the same sources
    sentence by sentence (who said a quote, whether a sentence negates its source)."""
    return tuple(split_sentences(text))


def stem(word: str) -> str:
    """A deliberately light stemmer: enough to match 'leaderboards' with 'leaderboard'."""
    w = word.lower().strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                break
            return w[: -len(suffix)] + repl
    return w


def words(text: str) -> list[str]:
    """Alphabetic words of a text (typographic apostrophes folded)."""
    return _WORD.findall(normalize(text))


def content_words(text: str) -> list[str]:
    """Stemmed, lower-cased words that are not stopwords and longer than two letters."""
    return [stem(w) for w in words(text) if len(w) > 2 and w.lower() not in STOPWORDS]


# What a source's figures, symbols and compounds say in other spellings, for the alignment.
#
# A paraphrase may spell out what its source writes in figures: "six percent" for "6%", "40 million
# dollars" for "$40 million". The number rule compares the values (facts.numbers reads "six" as 6);
# the alignment must not count "six", "percent" or "dollars" as words the passage lacks, so a
# source's figure says its number word and a symbol beside a figure says its unit. Only the source
# side gains words: a claim's "6%" asks for nothing, and a passage's own "six" or "percent" still
# holds the claim's as before.
#
# A compound is spelled open, hyphenated or closed by different writers ("work force", "start-up",
# "re-examine"): a source's compound also holds its closed spelling ("workforce", "startup",
# "reexamine"), which its parts (synonyms.compound_parts) do not.

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


_SHORT_MONTHS = {m[:3]: m for m in MONTHS if m != "May"} | {"Sept": "September"}
_MONTH_DAY = re.compile(rf"\b({'|'.join(_SHORT_MONTHS)})\.?(?=\s+\d{{1,2}}(?!\d))")


def full_months(text: str) -> str:
    """A date's abbreviated month written out ("Oct. 15" -> "October 15"), so that "Sept. 30",
    "September 30" and "30 September" are one date to the verifier's name and time checks."""
    return _MONTH_DAY.sub(lambda m: _SHORT_MONTHS[m.group(1)], text)


# "added" telling what was said: "he added it would close", "added that", ", she added."
_ADDED = re.compile(
    r"\badd(?:s|ed)(?!\s+to\b)(?=(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\s+in\s+an?\s+(?:statement|post|tweet|letter|interview))?(?:,?\s+that\b|\s*[.,]|\s+[\"\u201c]"
    r"|\s+(?:[\w']+\s+){0,3}(?:would|will|had|has|have|is|was|were|are|could|can|(?-i:may)"
    r"|might|should|must|did|does)\b))",
    re.I,
)
# or after a quotation closes and its speaker is named: '"It will fail," Mr Lo added Sunday'
_QUOTE_ADDED = re.compile(
    r"(,[\"\u201d]\s+(?:(?!(?:said|says|told|wrote)\b)[^\s\"\u201c\u201d]+(?<![a-z]{3}[.!?])\s+)"
    r"{0,12}?)add(?:s|ed)\b"
)


def plain_wording(text: str) -> str:
    """``full_months``, and "added" that tells what someone said written "said" ("the company
    added it would close the plant"; not "added 300 jobs"), so the verifier reads the reporting
    verb as the saying it is, not as an addition (the opposite of a cut or a closure)."""
    return _QUOTE_ADDED.sub(r"\1said", _ADDED.sub("said", full_months(text)))
