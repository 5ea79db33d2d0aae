"""How specific is a URL: one article or item, or a front page, section, tag or listing?

Only a specific URL names a piece of coverage. A link to a site's front page, to a section
("/technology/"), a tag, topic, category or author page, a date archive, a search, or any
Hacker News page that is not an item is not a source of a story, and a URL that many
unrelated stories link says little about any one of them.

``url_specificity`` scores a URL from 0 to 1:

    0.0   front page ("/", "/index.html"), any non-item Hacker News page
    0.1   section, tag, topic, category, author, archive, search or feed page; a reference
          page (Wikipedia, Britannica): background that unrelated stories all link
    0.5   undecided: a short path with no article evidence ("/products/widget")
    0.8+  article evidence: a slug of three or more words, a date in the path next to more
          path (before or after it), a long numeric or hex id in the path or the query, or
          an id query parameter ("id", "p", or any name ending in "id": "bctid", "NID")

Real article URLs come in many shapes (the UCI sample's 6,366 are all articles):
"/story/<slug>/2014-03-10", "/<slug>/03/2014/", "/archives/973361",
"/people/article/0,,20795712,00.html", "/video/default.aspx?bctid=3323419253001",
"/index.php?option=com_content&amp;task=view&amp;id=33938" (an HTML-escaped query). Each of
these was once read as a listing; tests/stories/test_specificity.py keeps them specific.

``is_specific(url)`` is ``url_specificity(url) >= 0.5``: what may become a source.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

from newsdesk.stories.canonical import host_of

FRONT = 0.0
SECTION = 0.1
UNDECIDED = 0.5
ARTICLE = 0.9
SPECIFIC = 0.5

# Path words that name a listing rather than an article. A segment made of these alone
# ("/news/", "/tech-news/", "/business/markets/") is a section.
_SECTION_WORDS_TEXT = """
    news latest top home index front frontpage main world us uk europe asia local
    national politics business economy markets finance money companies tech technology
    science ai artificial intelligence machine learning health culture opinion opinions
    analysis features sport sports entertainment lifestyle travel video videos podcast
    podcasts newsletter newsletters live blog blogs all more section sections tag tags
    topic topics category categories author authors writer writers people archive
    archives page pages search feed feeds rss atom about contact subscribe account login
    signin sitemap hub channel channels series collections gadgets reviews security
    software hardware cloud startups enterprise policy climate media
"""
SECTION_WORDS = frozenset(_SECTION_WORDS_TEXT.split())
# A segment after which the next one is a listing key ("/tag/openai", "/author/jane-doe").
_LISTING_PARENTS_TEXT = """
    tag tags topic topics category categories author authors writer writers section
    sections search label labels keyword keywords hub people profile profiles user users
    page archive archives
"""
LISTING_PARENTS = frozenset(_LISTING_PARENTS_TEXT.split())
_ID_PARAMS_TEXT = """
    id p story storyid article articleid item itemid post postid aid
"""
ID_PARAMS = frozenset(_ID_PARAMS_TEXT.split())
# names ending in "id" that identify a visitor or a click, not an item
_NOT_ITEM_IDS_TEXT = "sid sessionid session_id fbclid gclid msclkid dclid utm_id uid"
_NOT_ITEM_IDS = frozenset(_NOT_ITEM_IDS_TEXT.split())
HN_HOST = "news.ycombinator.com"
REFERENCE_HOSTS = ("wikipedia.org", "wikimedia.org", "wiktionary.org", "britannica.com")

_DATE = re.compile(r"^(?:19|20)\d\d(?:[-_]?(?:0[1-9]|1[0-2])(?:[-_]?(?:0[1-9]|[12]\d|3[01]))?)?$")
_MONTH_OR_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])$")
_LONG_ID = re.compile(r"^(?:\d{5,}|[0-9a-f]{8,}(?:-[0-9a-f]{4,})*|[a-z0-9]*\d{6,}[a-z0-9]*)$", re.I)
_NUMBER_ID = re.compile(r"^\d{5,}$")
_EXT = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cms)$", re.I)
_INDEX = re.compile(r"^(?:index|default|home|main)$", re.I)


def _words(segment: str) -> list[str]:
    return [w for w in re.split(r"[-_+.,:\s]+", segment.lower()) if w]


def _is_section(segment: str) -> bool:
    words = _words(segment)
    return bool(words) and all(w in SECTION_WORDS for w in words)


def _is_slug(segment: str) -> bool:
    """Three or more words, at least two of them with letters ("amazon-cuts-14000-jobs")."""
    words = _words(segment)
    return len(words) >= 3 and sum(w.isalpha() for w in words) >= 2


def _hn(path: str, query: str) -> float:
    params = dict(parse_qsl(query))
    if path.rstrip("/") == "/item" and params.get("id", "").isdigit():
        return 1.0
    return FRONT


def _item_param(key: str, value: str) -> bool:
    """True for a query parameter that names an item: ``id=42``, ``bctid=3323419253001``."""
    value = value.strip()
    if not value or key in _NOT_ITEM_IDS:
        return False
    if key in ID_PARAMS:
        return True
    return key.endswith("id") and (sum(c.isdigit() for c in value) >= 4 or len(value) >= 8)


def _query_score(raw: str) -> float | None:
    """ARTICLE or SECTION when the query decides (an item id; a search), else None."""
    raw = raw.replace("&amp;", "&")
    query = {k.lower(): v for k, v in parse_qsl(raw)}
    if any(_item_param(k, v) for k, v in query.items()):
        return ARTICLE
    if "q" in query or "s" in query or "query" in query:
        return SECTION
    kept = " ".join(p for p in raw.split("&") if p.split("=", 1)[0].lower() not in _NOT_ITEM_IDS)
    if any(_NUMBER_ID.match(w) for w in re.split(r"[^0-9A-Za-z]+", unquote(kept))):
        return ARTICLE  # index.php?param=news/Some_Story-414855/..., index.php?/v2/comments/47738
    return None


@lru_cache(maxsize=100_000)
def url_specificity(url: str) -> float:
    """0 (a front page) to 1 (certainly one article or item); see the module docstring."""
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return UNDECIDED
    host = host_of(url)
    if host == HN_HOST:
        return _hn(parts.path, parts.query)
    if any(host == h or host.endswith("." + h) for h in REFERENCE_HOSTS):
        return SECTION
    by_query = _query_score(parts.query)
    if by_query is not None:
        return by_query
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if segments:
        segments[-1] = _EXT.sub("", segments[-1])
        if _INDEX.match(segments[-1]):
            segments.pop()
        segments = [s for s in segments if s]
    if not segments:
        return FRONT
    return _score_path(segments)


def _has_id(segment: str) -> bool:
    return any(_LONG_ID.match(w) for w in [segment, *_words(segment)])


def _listing(lowered: list[str]) -> bool:
    """/tag/openai, /author/jane-doe, /topics/ai/page/2: a listing parent followed by its key
    and nothing that names an item (a slug, a date or an id after the key; a date or an id as
    the key: /archives/2014/03/10/be-bossy, /archives/973361)."""
    for i, s in enumerate(lowered[:-1]):
        if s not in LISTING_PARENTS:
            continue
        key, later = lowered[i + 1], lowered[i + 2 :]
        if _DATE.match(key) or _has_id(key):
            continue
        if not any(_is_slug(x) or _DATE.match(x) or _has_id(x) for x in later):
            return True
    return False


def _score_path(segments: list[str]) -> float:
    lowered = [s.lower() for s in segments]
    if _listing(lowered):
        return SECTION
    last = segments[-1]
    if any(_has_id(s) for s in segments):
        return 1.0 if _is_slug(last) or len(segments) >= 2 else ARTICLE
    dated = [i for i, s in enumerate(segments) if _DATE.match(s)]
    if dated:
        after = [s for s in segments[dated[0] + 1 :] if not _MONTH_OR_DAY.match(s)]
        if after:
            return 1.0 if _is_slug(after[-1]) else ARTICLE
        before = segments[: dated[0]]
        if any(_is_slug(s) and not _is_section(s) for s in before):
            return ARTICLE  # /story/<slug>/2014-03-10, /<slug>/03/2014/
        return SECTION  # /2026/03/ or /2026/03/02: a date archive
    if _is_slug(last) and not _is_section(last):
        return ARTICLE
    if all(_is_section(s) for s in segments):
        return SECTION
    return UNDECIDED


def is_specific(url: str) -> bool:
    """True when ``url`` may name one article or item (see :func:`url_specificity`)."""
    return url_specificity(url) >= SPECIFIC
