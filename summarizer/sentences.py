"""Sentence splitting and the word-level normalisation the ranker and the verifier share.

Splitting uses pysbd (rule-based, deterministic) paragraph by paragraph, so abbreviations
("Dr.", "U.S."), decimals ("3.5") and sentence-final quotes stay inside their sentence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pysbd

_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:https?://|/)[^)\s]*\)")
_STOP_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")
_WS = re.compile(r"\s+")
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

_STOPWORD_TEXT = """a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in into is
    it its itself just let me more most my myself no nor not now of off on once only or other our
    ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say told tells according one two new like many much may might must shall within
    across around via per yet still even ever however although though whether since upon onto
    it's that's there's he's she's they're we're i'm don't doesn't didn't isn't wasn't won't
    can't couldn't wouldn't shouldn't mr mrs ms dr"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def normalize(text: str) -> str:
    """Typographic quotes, dashes and whitespace folded: the form quotes are compared in."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_CHARS)
    text = text.replace("\u2026", "...")
    return _WS.sub(" ", text).strip()


def clean(text: str) -> str:
    """Whitespace collapsed to single spaces, nothing else changed."""
    return _WS.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    """Lines are paragraphs (extracted articles put one per line), except a hard-wrapped line:
    one that ends without a stop and is followed by a lower-case continuation."""
    out: list[str] = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        if out and out[-1] and not _STOP_END.search(out[-1]) and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return [p for p in out if p]


def split_sentences(text: str) -> list[str]:
    """The sentences of a text, in order, whitespace-collapsed, empty ones dropped.

    Markdown links some extractors keep ("[The Ledger](https://…)") are reduced to their text.
    """
    out: list[str] = []
    seg = _segmenter()
    for para in paragraphs(_MD_LINK.sub(r"\1", text or "")):
        para = clean(para)
        if not para:
            continue
        for sent in seg.segment(para):
            sent = clean(sent)
            if sent:
                out.append(sent)
    return out


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
