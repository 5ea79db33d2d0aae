"""What a verifier's reason says a claim's passage lacks, read as an editor reads it.

Its words. "No passage of the cited sources says it: the closest holds 60% of its words
(missing: switched, leaderboard, ranked)" reads as if the source never said them, while it says
"today we are switching it off" two sentences away: the closest passage lacks them, the source
does not. The reason lists first the words the passage's source has in no form, then those it
has in other sentences (align.Passage.elsewhere, matched as the alignment matches words, so
another form of a word is the word), so the editor knows which words to look for and where.

Its names. An all-capital word reads as a name ("FBI", "NATO", "US"), which the passage must
have as written or spelled out (relations.missing_names). An abbreviation of ordinary words is
not one: "AI" where a source of the story writes "artificial intelligence", "CEO" where one
writes "chief executive". So an all-capital word of the story's sources that one of them spells
out in lower-case words (facts.spelled_out) joins the story's vocabulary as written
(``common_abbreviations``): the checks read it as a word, like "model" beside it, and a
reason no longer calls it a name ("name AI is not in the passage"). An abbreviation the
sources spell out with capitals ("Federal Bureau of Investigation") stays a name, and so does
one no source spells out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from newsdesk.summarizer.facts import spelled_out

SHOWN = 6  # words a reason lists of each kind
_CAPITALS = re.compile(r"(?<![\w'])[A-Z]{2,6}(?:s\b)?(?![\w'])")


class Passage(Protocol):
    """What a reason reads of align.Passage."""

    @property
    def source(self) -> int: ...

    @property
    def coverage(self) -> float: ...

    @property
    def missing(self) -> tuple[str, ...]: ...

    @property
    def elsewhere(self) -> tuple[str, ...]: ...


def no_passage(passage: Passage) -> str:
    """The reason for a claim no passage holds enough of: how much the closest holds, the words
    its source has nowhere, then those it has only in other sentences."""
    absent = [w for w in passage.missing if w not in passage.elsewhere][:SHOWN]
    parts = [f"missing: {', '.join(absent)}"] if absent else []
    if passage.elsewhere:
        there = ", ".join(passage.elsewhere[:SHOWN])
        parts.append(f"in other sentences of [{passage.source}]: {there}")
    return (
        f"no passage of the cited sources says it: the closest holds {passage.coverage:.0%}"
        f" of its words ({'; '.join(parts)})"
    )


def common_abbreviations(texts: Iterable[str]) -> set[str]:
    """The all-capital words of ``texts`` (and their plurals) that one of them spells out in
    lower-case words ("AI": "artificial intelligence"), as written."""
    kept: Sequence[str] = [t for t in texts if t]
    out: set[str] = set()
    for word in {m.group(0).removesuffix("s") for t in kept for m in _CAPITALS.finditer(t)}:
        spelled = (spelled_out(word, t) for t in kept)
        if any(s is not None and s.islower() for s in spelled):
            out |= {word, f"{word}s"}
    return out
