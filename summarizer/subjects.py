"""Subjects the reader has not met: a sentence pointing back at something the draft never
introduced ("Analysts say such figures…", "The company removed…" before any company is named).
A source's sentence like that is left out of a draft (an excerpt cannot be rewritten), and the
benchmark counts any that slip through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsdesk.summarizer.sentences import STOPWORDS, normalize, words

from newsdesk.models import StoryInput

_SUCH = re.compile(
    r"\b(?:such|these|those) (?:figures|numbers|moves|tools|systems|practices|rankings|changes)\b",
    re.I,
)
_THE_THING = re.compile(
    r"^(?:The|This|That|These|Those) (?:company|companies|firms?|groups?|startups?|business"
    r"|dashboard|tools?|systems?|board|chart|policy|change|move|decision)\b",
    re.I,
)
_COMPANY = re.compile(r"\bthe (?:company|firm|startup)\b", re.I)
_QUOTED = re.compile(r'"([^"]*)(?:"|$)')


def points_back(text: str) -> bool:
    """'Such figures…', 'The company…' at the start: about something said before."""
    norm = normalize(text)
    return bool(_SUCH.search(norm) or _THE_THING.search(norm))


def companies(story: StoryInput) -> set[str]:
    """Names in the story's title that are no ordinary word of its texts ('Brightforge')."""
    common = {w.lower() for it in story.items for w in words(it.text) if w[:1].islower()}
    return {
        w.removesuffix("'s")
        for w in words(story.title or "")
        if w[:1].isupper() and w.lower() not in common | STOPWORDS
    }


def unmet(lines: Iterable[str], names: set[str]) -> list[int]:
    """Indexes of the lines, in reading order, whose subject the reader has not met: one pointing
    back at figures never given ("such figures"), or saying "the company" ("The company…"
    opening the line or an excerpt in it) before any of ``names`` is named."""
    met = not names
    out = []
    for i, text in enumerate(lines):
        norm = normalize(text)
        parts = [_QUOTED.sub('""', norm)] + [m.group(1) for m in _QUOTED.finditer(norm)]
        named = any(c in text for c in names)
        back = any(_SUCH.search(p) for p in parts) or (
            not met and any(_THE_THING.search(p) for p in parts)
        )
        if not named and (back or (not met and _COMPANY.search(text))):
            out.append(i)
        met = met or named
    return out
