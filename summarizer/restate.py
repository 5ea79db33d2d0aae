"""A sentence restated in its cited sources' own terms before it is checked (verify.py).

Some wordings say what a source says in other terms that no word-by-word check can see: the
venue of a company's own post named in the sentence ("on its engineering blog": below), an
acronym the source spells out ("AI": facts.spell_out), a multiple its two figures make
("tripled": factors.py), a span in another unit ("in a quarter" for "over three months":
timeunits.as_spans). ``restated`` writes each as the sources do, and gives the reason when a
multiple is not what the figures make.

Where a company said it: "On its engineering blog, Brightforge said …" cites the blog post
itself, and the post does not call itself a blog.

A story's primary sources are a company's own texts (a blog post, a press release, a filing:
models.Role.PRIMARY). A sentence that names the venue of such a source it cites ("on its
engineering blog", "in a press release", "said in a statement that") says where the source was
published: metadata, as an outlet's name is (recordcheck.without_outlets), not something the
source's text must say. ``venue_words`` are the words a source's venue may be named by: the words
of its address ("engineering", "blog", "press", "newsroom") and the plain words for any company
text ("post", "statement", "announcement", "website"). ``without_venue`` leaves out of a sentence
each venue phrase all of whose words are venue words of a cited primary source; "on its gaming
blog" (no such word in the address) stays, and is then checked as any other words.
``story_venues`` gives each primary source's venue words by its number (compose.Numbering).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from newsdesk.summarizer.eventorder import swapped_events
from newsdesk.summarizer.factors import as_figures, changed_multiple
from newsdesk.summarizer.facts import spell_out
from newsdesk.summarizer.timeunits import as_spans

from newsdesk.models import Role, Source

# the words any company text may be called by, whatever its address (its owner's name must be
# a word of the address: "on Brightforge's blog" for engineering.brightforge.example)
_ANY = frozenset(
    ["post", "statement", "announcement", "website", "site", "page", "update", "note", "own"]
    + ["official", "company", "corporate", "a", "an", "the", "its", "their", "his", "her"]
)
_KINDS = {"release": "press", "releases": "press", "filing": "sec", "blogpost": "blog"}
_DETERMINER = r"(?:its|their|his|her|the\s+company's|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*'s|an?|the)"
_NOUN = (
    r"(?:blog\s+post|blog|post|press\s+release|news\s+release|release|statement|announcement"
    r"|website|site|newsroom|filing|page|update|note)"
)
_ONE = rf"{_DETERMINER}\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}"
_VENUE = re.compile(
    rf"(?<![\w-])(?i:on|in|via|through)\s+{_ONE}(?:\s+(?i:on|in)\s+{_ONE})?"
    r"(?:\s*,)?",
)
_WORD = re.compile(r"[a-z]+")


def venue_words(url: str) -> frozenset[str]:
    """The words a primary source's venue may be named by: its address's words (host and
    path: "engineering", "brightforge", "blog") and the plain words for any company text."""
    parts = urlsplit(url.lower())
    found = set(_WORD.findall(parts.netloc + " " + parts.path))
    if found & {"press", "newsroom", "news", "media"}:
        found |= {"press", "release", "news", "newsroom"}
    if "sec" in found or "filing" in found or "filings" in found:
        found |= {"filing", "regulatory"}
    return frozenset(found | _ANY)


def story_venues(sources: Sequence[Source]) -> dict[int, frozenset[str]]:
    """n -> the venue words of each primary source of a story's numbered list."""
    return {n: venue_words(s.url) for n, s in enumerate(sources, 1) if s.role == Role.PRIMARY}


def without_venue(text: str, venues: Iterable[frozenset[str]]) -> str:
    """``text`` without the phrases naming the venue of a cited primary source (its
    ``venue_words``); as it is when it cites none or names another venue."""
    allowed = [v for v in venues if v]
    if not allowed:
        return text

    def one(m: re.Match[str]) -> str:
        said = set(_WORD.findall(m.group(0).lower())) - {"on", "in", "via", "through", "s"}
        if any(said <= v for v in allowed):
            return " "
        return m.group(0)

    out = _VENUE.sub(one, text)
    if out == text:
        return text
    out = re.sub(r"\s{2,}", " ", out).strip()
    return out[:1].upper() + out[1:]


def restated(
    text: str, texts: list[str], venues: Iterable[frozenset[str]] = ()
) -> tuple[str, list[str]]:
    """(the sentence in the sources' terms, the reasons found on the way: a multiple its
    figures do not make, two events joined the other way round, eventorder.py)."""
    text = without_venue(text, venues)
    reasons = [multiple] if (multiple := changed_multiple(text, texts)) else []
    reasons += swapped_events(text, texts)
    return as_spans(as_figures(spell_out(text, texts), texts), texts), reasons
