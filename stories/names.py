"""Proper names of an article, for the entity anchor of late coverage.

A follow-up two or three weeks after an event tells a new development in new words ("Kestrel
publishes its root-cause report"): its cosine with the story is low, but it still names what
the story is about: the company *and* the place, product or counterpart of the event (Reno,
Quillon-3, Vantor and Tessellate). A different event of the same company shares the company
and nothing else. So a late article may join an open story on a lower cosine bar when it
shares at least ``ANCHORS`` of the story's core names (named by at least half of its articles),
nested names counting once ("Kestrel" inside "Kestrel Cloud"), and none of them is core to more
than ``BEAT`` stories (a beat's names, a president or a country, anchor nothing). The clusterer
(stories/cluster.py) adds two more conditions: no article around it in the time window shares
two names with it (a burst of its own is a new event), and only one open story is anchored (a
roundup naming several stories joins none of them this way).

A name is a run of proper words (with hyphenated parts: "Quillon-3"): words that, over the
whole input, are written with a capital inside a sentence more often than without one (so a
capital that only opens a sentence does not count); weekdays and months are not names.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from functools import lru_cache
from typing import Protocol

from newsdesk.text import MONTHS, WEEKDAYS


class _Story(Protocol):
    names: Counter[str]
    size: int
    core: frozenset[str]


ANCHORS = 2  # core names a late article must share with an open story (nested names: one)
TOPIC = 3  # a name in more than 1/TOPIC of all articles is the crawl's topic, not an anchor
TOPIC_MIN = 5  # ...and in at least this many (a three-article input has no topic to tell)
BEAT = 2  # a name core to more stories than this is a beat (a person, a country), not an anchor

_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*|[^\w\s]")
_NOT_NAMES = frozenset(
    [
        *(d.lower() for d in WEEKDAYS),
        *(m.lower() for m in MONTHS),
        "opinion",
        "link",
        "links",
    ]
)
_OPENERS = frozenset('.!?:;"“”')


def _tokens(title: str, text: str) -> list[list[str]]:
    return [_WORD.findall(part) for part in (title, text)]


@lru_cache(maxsize=1 << 16)  # a word is keyed once per article it is in, and most recur
def _key(word: str) -> str:
    return word.lower().replace("’", "'").split("'")[0]


def proper_words(docs: Iterable[list[list[str]]]) -> frozenset[str]:
    """Words written with a capital inside sentences more often than in lower case, over the
    whole input (a capital that only opens a sentence says nothing)."""
    seen: Counter[str] = Counter()  # each word as written, keyed once per distinct word below
    for doc in docs:
        for words in doc:
            for k in range(1, len(words)):
                w = words[k]
                if words[k - 1] in _OPENERS or not w[:1].isalnum():
                    continue
                seen[w] += 1
    upper: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for w, n in seen.items():
        (upper if w[:1].isupper() else lower)[_key(w)] += n
    return frozenset(w for w, n in upper.items() if n > lower[w] and w not in _NOT_NAMES)


def names(parts: list[list[str]], proper: frozenset[str]) -> frozenset[str]:
    """Lower-cased proper names (runs of proper words) of one article's title and text."""
    out: set[str] = set()
    for words in parts:
        run: list[str] = []
        for w in words:
            key = _key(w)
            if w[:1].isupper() and key in proper:
                run.append(key)
            elif run:
                out.add(" ".join(run))
                run = []
            if run and ("'" in w or "’" in w):  # "Kestrel's Reno": two names
                out.add(" ".join(run))
                run = []
        if run:
            out.add(" ".join(run))
    return frozenset(n for n in out if len(n) > 1)


def all_names(docs: Sequence[tuple[str, str]], text_words: int = 150) -> list[frozenset[str]]:
    """The names of every (title, first ``text_words`` words of its text: the lead names the
    event, as in the vectors), in two passes so that no token list is kept for every doc."""
    heads = [(title, " ".join(text.split(None, text_words)[:text_words])) for title, text in docs]
    proper = proper_words(_tokens(title, text) for title, text in heads)
    seen: dict[frozenset[str], frozenset[str]] = {}
    out = []
    for title, text in heads:
        found = frozenset(sys.intern(n) for n in names(_tokens(title, text), proper))
        out.append(seen.setdefault(found, found))  # many articles share one set (or none)
    df = Counter(n for found in out for n in found)
    topic = {n for n, k in df.items() if k * TOPIC > len(out) and k >= TOPIC_MIN}  # "AI"
    return [found - topic if found & topic else found for found in out]


def core_names(counts: Counter[str], size: int) -> set[str]:
    """The names at least half of a story's ``size`` articles carry (two at least)."""
    need = max(2, (size + 1) // 2)
    return {n for n, c in counts.items() if c >= need}


def shared_anchors(mine: frozenset[str], core: Set[str]) -> int:
    """Distinct names shared by an article and a story's core, nested names counted once."""
    shared = sorted(mine & core, key=len, reverse=True)
    kept: list[set[str]] = []
    for n in shared:
        words = set(n.split())
        if not any(words <= k for k in kept):
            kept.append(words)
    return len(kept)


class NameCores:
    """How many stories have each name in their core, kept up to date as stories grow."""

    def __init__(self) -> None:
        self.stories: Counter[str] = Counter()

    def update(self, story: _Story) -> None:
        """Recompute ``story.core`` from its name counts and size, and the counts here."""
        core = frozenset(core_names(story.names, story.size))
        if core != story.core:
            self.stories.subtract(story.core - core)
            self.stories.update(core - story.core)
            story.core = core

    def anchored(self, mine: frozenset[str], core: frozenset[str]) -> bool:
        """True when an article shares ``ANCHORS`` distinct core names with a story, at least
        half of its names are in that core, and none is core to more than ``BEAT`` stories: a company with two events in a month
        still anchors, while a beat's names ("Biden", "Supreme Court") anchor nothing."""
        shared = mine & core
        if 2 * len(shared) < len(mine):  # mostly about something else (a roundup)
            return False
        return shared_anchors(mine, core) >= ANCHORS and all(
            self.stories[n] <= BEAT for n in shared
        )
