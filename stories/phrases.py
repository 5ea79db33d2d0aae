"""Attribution phrases: which outlets does an article say it got its facts from?

Recognised cues (case-insensitive) followed by an outlet name (matched case-sensitively, so
"according to the information given" is not The Information):

    according to [a report in|from|by] NAME     as (first) reported by NAME
    first reported by NAME / reported first by   a report from|by|in NAME
    via NAME, (via NAME)                          told NAME
    h/t NAME, hat tip (to) NAME                    citing / quoting NAME
    NAME (first) reported / NAME was first to report    in an interview with NAME

Not attribution: anything inside quotation marks (someone else's words, e.g. a quoted tweet),
sentences that relay a social-media post ("tweeted", "posted on X"), and names after other
words ("unlike the FT", "the FT's rivals").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Display names (and common short forms) of outlets -> registered domain. Config
# `outlets.names` (domain -> name) adds to it, and so does every site name seen in the store.
KNOWN_OUTLETS: dict[str, str] = {
    "Financial Times": "ft.com",
    "FT": "ft.com",
    "Bloomberg": "bloomberg.com",
    "Bloomberg News": "bloomberg.com",
    "Reuters": "reuters.com",
    "Associated Press": "apnews.com",
    "AP": "apnews.com",
    "The Information": "theinformation.com",
    "The Verge": "theverge.com",
    "Ars Technica": "arstechnica.com",
    "Wall Street Journal": "wsj.com",
    "WSJ": "wsj.com",
    "New York Times": "nytimes.com",
    "NYT": "nytimes.com",
    "Washington Post": "washingtonpost.com",
    "TechCrunch": "techcrunch.com",
    "Wired": "wired.com",
    "WIRED": "wired.com",
    "Guardian": "theguardian.com",
    "BBC": "bbc.co.uk",
    "CNBC": "cnbc.com",
    "CNN": "cnn.com",
    "Business Insider": "businessinsider.com",
    "Insider": "businessinsider.com",
    "404 Media": "404media.co",
    "Platformer": "platformer.news",
    "Semafor": "semafor.com",
    "Axios": "axios.com",
    "The Register": "theregister.com",
    "Register": "theregister.com",
    "ZDNet": "zdnet.com",
    "Engadget": "engadget.com",
    "Gizmodo": "gizmodo.com",
    "Fortune": "fortune.com",
    "Forbes": "forbes.com",
    "The Atlantic": "theatlantic.com",
    "Vox": "vox.com",
    "Fast Company": "fastcompany.com",
    "VentureBeat": "venturebeat.com",
    "Tom's Hardware": "tomshardware.com",
    "Heise": "heise.de",
    "Le Monde": "lemonde.fr",
    "Nikkei": "nikkei.com",
    "Handelsblatt": "handelsblatt.com",
    "Puck": "puck.news",
    "Hacker News": "news.ycombinator.com",
}
DOMAIN_NAMES: dict[str, str] = {}
for _name, _domain in KNOWN_OUTLETS.items():
    DOMAIN_NAMES.setdefault(_domain, _name)

_QUOTED = re.compile(r"“[^”]{0,600}”|\"[^\"\n]{0,600}\"|«[^»]{0,600}»")
_SOCIAL = re.compile(r"(?i)\b(tweet(?:ed|s)?|posted on (?:x|twitter|bluesky|threads|mastodon))\b")
_CUES_BEFORE = (
    r"according\s+to(?:\s+(?:a|an|the)\s+(?:\w+\s+)?(?:report|story|article|scoop)\s+(?:in|from|by))?",
    r"(?:as\s+)?(?:first\s+)?reported\s+(?:first\s+)?by",
    r"(?:a|the)\s+(?:\w+\s+)?report\s+(?:from|by|in)",
    r"reports\s+(?:from|by|in)",
    r"via",
    r"\(via",
    r"told",
    r"(?:in\s+an\s+)?interview\s+with",
    r"(?:first\s+)?(?:published|broken|revealed)\s+by",
    r"h/t",
    r"hat\s+tip(?:\s+to)?",
    r"citing",
    r"quoting",
)
_ANY_CUE = re.compile(
    r"(?i)\b(?:according|report|reported|via|told|interview|published|broken|revealed|broke"
    r"|h/t|hat|citing|quoting)\b"
)
_CUES_AFTER = r"(?:first\s+)?(?:reported|revealed|broke\s+the\s+news|was\s+first\s+to\s+report)\b"
# A text none of whose words could end a "NAME reported" phrase is searched with the "cue NAME"
# half alone: the other half is tried at every space and costs as much again.
_ANY_CUE_AFTER = re.compile(rf"(?i)\b{_CUES_AFTER}")  # the same words as the pattern's


@lru_cache(maxsize=64)
def _pattern(names: tuple[str, ...], after: bool) -> re.Pattern[str]:
    """The phrases "cue NAME" (group ``a``) and, with ``after``, "NAME reported" (``b``)."""
    alternation = "|".join(
        f"(?i:{re.escape(n[1:])})" if n.startswith("~") else re.escape(n)
        for n in sorted(names, key=len, reverse=True)
    )
    before = "|".join(_CUES_BEFORE)
    cue_name = rf"(?<![\w/])(?i:(?:{before}))\s+(?:(?i:the)\s+)?(?P<a>{alternation})(?!['’]s)\b"
    if not after:
        return re.compile(cue_name)
    return re.compile(
        rf"{cue_name}|(?:^|(?<=[\s(]))(?:(?i:the)\s+)?(?P<b>{alternation})\s+(?i:{_CUES_AFTER})"
    )


def cited_outlets(text: str, names: dict[str, str]) -> list[str]:
    """Domains the text attributes its reporting to, in order of first mention."""
    if not text or not names:
        return []
    text = _QUOTED.sub(" ", text)
    if not _ANY_CUE.search(text):
        return []
    both = _ANY_CUE_AFTER.search(text) is not None
    table = names if isinstance(names, NameTable) else None
    pattern = table.patterns[both] if table is not None else _pattern(tuple(names), both)
    found: list[str] = []
    for m in pattern.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
        if _SOCIAL.search(text, start, min(ends, default=len(text))):
            continue
        name = m.group("a") if m.group("a") or not both else m.group("b")
        domain = (
            names.get(name)
            or names.get(name.removeprefix("The ").strip())
            or names.get("~" + name.lower())
        )
        if domain and domain not in found:
            found.append(domain)
    return found


_GENERIC_LABELS = frozenset(
    [
        "news",
        "blog",
        "blogs",
        "daily",
        "post",
        "times",
        "time",
        "today",
        "wire",
        "medium",
        "substack",
        "press",
        "media",
        "online",
        "world",
        "report",
        "journal",
        "herald",
        "tribune",
        "example",
        "local",
    ]
)


class NameTable(dict[str, str]):
    """Name -> domain, with its phrase pattern compiled once."""

    @property
    def patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The phrase pattern without and with its "NAME reported" half, compiled once."""
        compiled = self.__dict__.get("_patterns")
        if compiled is None:
            names = tuple(self)
            compiled = self.__dict__["_patterns"] = (_pattern(names, False), _pattern(names, True))
        return compiled

    @property
    def mention(self) -> re.Pattern[str]:
        """Any name of the table, as a whole word (group ``name``)."""
        compiled = self.__dict__.get("_mention")
        if compiled is None:
            compiled = self.__dict__["_mention"] = mention_pattern(tuple(self))
        return compiled

    def domain(self, name: str) -> str | None:
        """The domain of a matched name ("the Financial Times", "MacRumors")."""
        return domain_of_name(self, name)


@lru_cache(maxsize=64)
def mention_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(
        f"(?i:{re.escape(n[1:])})" if n.startswith("~") else re.escape(n)
        for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'’])(?:(?i:the)\s+)?(?P<name>{alternation})(?!['’]s)\b")


def domain_of_name(names: dict[str, str], name: str) -> str | None:
    name = re.sub(r"(?i)^the\s+", "", name.strip())
    return names.get(name) or names.get("The " + name) or names.get("~" + name.lower())


def name_table(
    config_names: dict[str, str], site_names: dict[str, str], domains: Iterable[str] = ()
) -> NameTable:
    """Name -> domain from the built-in table, config `outlets.names` and seen site names.

    Each seen domain also answers to its first label in any case ("~macrumors" matches
    "MacRumors" for macrumors.com) when that label is not a generic word.
    """
    table = NameTable()
    for domain in domains:
        label = domain.split(".")[0].lower()
        if len(label) >= 4 and label not in _GENERIC_LABELS and label.isalnum():
            table.setdefault("~" + label, domain)
    table.update(KNOWN_OUTLETS)
    for domain, name in {**site_names, **config_names}.items():
        if name and len(name) > 2:
            table[name] = domain
            table[name.removeprefix("The ")] = domain
    return table
