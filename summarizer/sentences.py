"""The word-level normalisation the ranker and the verifier share, and their stop words.

Sentences are split by the core's ``split_sentences`` (pysbd, paragraph by paragraph); it is
re-exported here with ``clean`` because the summarizer's modules import them from this one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsdesk.text import STOP_WORDS, clean, split_sentences

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


def normalize(text: str) -> str:
    """Typographic quotes, dashes and whitespace folded: the form quotes are compared in."""
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
