"""Find the passage of a source that should support a sentence (for `review show`).

The texts come from the crawl database when one is configured and exists (articles by URL,
Hacker News threads by id); without it there is nothing to search and `review show` says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.store import Store
from newsdesk.text import STOP_WORDS, split_sentences

_WORD = re.compile(r"[\w’']+", re.U)
# only the commonest words, as `review show` always had: more of a sentence's words count
_COMMONEST = """
    a also an and are as at be been but by for from had has have he her his i if in into is
    it its more most no not of on one or our said says she so than that the their them they
    this to was we were what when which who will with would you your
"""
_STOP = STOP_WORDS & frozenset(_COMMONEST.split())
MIN_SCORE = 0.3  # share of the sentence's content words a passage must contain


@dataclass(frozen=True)
class Passage:
    n: int  # source number
    text: str
    score: float  # share of the sentence's content words found in the passage


def content_words(text: str) -> set[str]:
    text = re.sub(r"\[\d+\]", " ", text)
    return {
        w.lower().strip("'’")
        for w in _WORD.findall(text)
        if w.lower() not in _STOP and (len(w) > 2 or w.isdigit())
    }


def best_passage(sentence: str, texts: dict[int, str], cites: tuple[int, ...]) -> Passage | None:
    """The best-matching sentence of the cited sources (all sources if none are cited)."""
    words = content_words(sentence)
    if not words:
        return None
    best: Passage | None = None
    for n in cites or tuple(texts):
        for cand in split_sentences(texts.get(n, ""), at_stops=True):
            score = len(words & content_words(cand)) / len(words)
            if best is None or score > best.score:
                best = Passage(n, cand, round(score, 2))
    return best if best is not None and best.score >= MIN_SCORE else None


def source_texts(database: Path | None, sources: list[dict[str, Any]]) -> dict[int, str] | None:
    """Source number -> text from the crawl database; None when there is no database."""
    if database is None or not database.exists():
        return None
    with Store(database) as store:
        by_url = {}
        for art in store.articles():
            for url in (art.url, art.canonical_url, art.final_url):
                if url:
                    by_url[url] = art.text
        threads = {d.hn_id: d for d in store.discussions()}
    texts: dict[int, str] = {}
    for src in sources:
        n = src.get("n")
        if not isinstance(n, int):
            continue
        hn = src.get("hn_id")
        if hn in threads:
            d = threads[hn]
            parts = [d.title, d.text, *(c.text for c in d.comments)]
            texts[n] = "\n\n".join(p for p in parts if p)
            continue
        for url in [src.get("url"), *(src.get("also_at") or [])]:
            if url in by_url:
                texts[n] = by_url[url]
                break
    return texts
