"""Words a reader sees: excerpts cut where a sentence or clause ends, plain status words for a
source, and lists of names ("Circuit Report and Valley Courier").

These are Jinja filters (see render.py) and are used by the page views (story_view.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsdesk.sitebuilder.models import SourceView

ELLIPSIS = "\u2026"
# a sentence ends at . ! ? (maybe inside a closing quote or bracket) followed by a space
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)")
# a clause ends at , ; : or before a dash set off by spaces
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[\u2014\u2013-]\s")
_SHORTEST = 0.4  # an excerpt keeps at least this share of the limit, or cuts at a word

_READ_REASONS = {
    "robots": "the site asks robots not to fetch it",
    "not fetched": "not fetched",
    "no text": "no article text found",
    "refused": "the site refused",
}


def excerpt(text: str, limit: int = 280) -> str:
    """``text`` shortened to at most ``limit`` characters (plus an ellipsis), cut after the last
    whole sentence that fits; failing that at the end of a clause, failing that at a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    floor = int(limit * _SHORTEST)
    ends = [m.end() for m in _SENTENCE_END.finditer(head) if floor <= m.end() <= limit]
    if ends:
        return head[: ends[-1]]
    clauses = [m.start() for m in _CLAUSE_END.finditer(head) if floor <= m.start() <= limit]
    if clauses:
        return head[: clauses[-1]].rstrip(" ,;:") + ELLIPSIS
    cut = head[:limit].rsplit(" ", 1)[0] if " " in head[:limit] else head[:limit]
    return cut.rstrip(" ,;:.") + ELLIPSIS


def read_status(source: SourceView) -> str:
    """'full text read', 'thread read', or 'not read: paywall'."""
    if source.read:
        return "thread read" if source.role == "discussion" else "full text read"
    reason = (source.read_reason or "").strip()
    return f"not read: {_READ_REASONS.get(reason, reason or 'not fetched')}"


def names(items: Iterable[str]) -> str:
    """'A', 'A and B', 'A, B and C' (each name once, in order)."""
    seen = list(dict.fromkeys(i for i in items if i))
    if len(seen) < 2:
        return "".join(seen)
    return ", ".join(seen[:-1]) + " and " + seen[-1]
