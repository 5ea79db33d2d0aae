"""People named by surname alone: a reader must have met them first.

A source introduces "A Norvale spokesperson, Rita Calloway" and later writes "Calloway said…".
Lifted into a draft in another order, "Calloway said…" can come before the introduction, and the
reader meets a stranger. The extractive backend never rewrites a sentence, so such a body
sentence is left out (``unintroduced``); a quote's attribution, which newsdesk writes itself,
gets the full name when the quote's source gives it (``full_speaker``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsdesk.summarizer.sentences import STOPWORDS, normalize

# "Rita Calloway", "Anneke Vos": two capitalised words, the second the surname
_FULL = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def full_names(texts: Iterable[str]) -> dict[str, set[str]]:
    """surname -> the full names the texts give for it."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for first, last in _FULL.findall(normalize(text)):
            out.setdefault(last, set()).add(f"{first} {last}")
    return out


def _bare(sentence: str, names: dict[str, set[str]]) -> set[str]:
    """Surnames the sentence uses without the first name right before them."""
    norm = normalize(sentence)
    found = set()
    for m in re.finditer(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", norm):
        word = m.group(0)
        if word not in names:
            continue
        before = norm[: m.start()].rstrip()
        first = before.rsplit(" ", 1)[-1] if before else ""
        if f"{first} {word}" not in names[word]:
            found.add(word)
    return found


def unintroduced(lines: Sequence[str], texts: Iterable[str]) -> set[int]:
    """Indexes of ``lines`` (in reading order) that name a person by surname alone before any
    earlier line has given the full name."""
    texts = list(texts)
    common = {w.lower() for t in texts for w in re.findall(r"\b[a-z][a-z]+\b", t)}
    names = {  # people: a first name is no ordinary word of the story ("The Ledger" is not)
        last: {f for f in full if f.split()[0].lower() not in common | STOPWORDS}
        for last, full in full_names(texts).items()
    }
    names = {last: full for last, full in names.items() if full}
    met: set[str] = set()
    out = set()
    for i, line in enumerate(lines):
        norm = normalize(line)
        for last, full in names.items():
            if any(f in norm for f in full):
                met.add(last)
        if any(last not in met for last in _bare(line, names)):
            out.add(i)
    return out


def full_speaker(speaker: str, source_text: str) -> str:
    """'Calloway' -> 'Rita Calloway' when the quote's own source gives one full name for it."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", speaker):
        return speaker
    full = full_names([source_text]).get(speaker, set())
    return next(iter(full)) if len(full) == 1 else speaker
