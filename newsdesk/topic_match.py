"""Topic keywords: which topics' keywords occur in a text (:meth:`TopicMatcher.match`, the
crawl's test for storing an entry or a page) and which topics a page is about rather than
mentions in passing (:meth:`TopicMatcher.about`, the stories stage's test for publishing a
story). The crawl (crawler/intake.py) and the stories stage (stories/relevance.py) share it.

Topic matching (:class:`TopicMatcher`): does a keyword occur in a title, summary or text?

The rule, for every keyword of a topic:

* case-insensitive (Unicode case folding, NFKC), soft hyphens and zero-width characters ignored;
* spacing-insensitive: between any two characters of the keyword the text may have nothing,
  one space, one hyphen/dash or one underscore, and spaces or hyphens written in the keyword
  are optional. So "token maxxing", "Tokenmaxxing", "token-maxxing" and "TOKEN_MAXXING" all
  match the keyword "tokenmaxxing" (and the keyword "token maxxing");
* word-boundary aware: the match must not be preceded or followed by a letter or digit.
  "tokenmaxxingly", "pretokenmaxxing" and "tokenmaxxings" do **not** match: a longer word is
  a different word, and counting derived forms would pull in puns and usernames. List the
  derived forms you want ("tokenmaxxer") as keywords of their own. Punctuation around the
  word ("#tokenmaxxing", "tokenmaxxing's", "“tokenmaxxing”") is a boundary, so those match.

About a topic (:meth:`TopicMatcher.about`): a keyword in the title, in the opening of the text
(its first :data:`LEDE_WORDS` words: the lede), or in the text at least ``topics.mentions`` (2)
times. A single mention further down is an aside ("weeks after the tokenmaxxing controversy" in
a story about the company's new office). Such a page is still stored (it may belong to a story
that is about the topic: a follow-up that names the trend once), but a story none of whose
articles is about a topic is not published (stories/relevance.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from newsdesk.config import TopicConfig

LEDE_WORDS = 80  # the opening of a text: a keyword there makes the text about the topic

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_SEP = r"[\s\-_\u2010-\u2015]?"


_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    text = text or ""
    if text.isascii():  # NFKC and the invisible characters leave ASCII as it is
        return _SPACES.sub(" ", text.lower())  # casefold() is lower() on ASCII
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold()
    return _SPACES.sub(" ", text)


def keyword_pattern(keyword: str) -> re.Pattern[str]:
    chars = [c for c in normalize(keyword) if c.isalnum()]
    if not chars:
        raise ValueError(f"keyword {keyword!r} has no letters or digits")
    body = _SEP.join(re.escape(c) for c in chars)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])")


class TopicMatcher:
    """Matches texts against every configured topic's keywords."""

    def __init__(self, topics: Iterable[TopicConfig]) -> None:
        topics = list(topics)
        self.topics: list[tuple[str, list[re.Pattern[str]]]] = [
            (t.slug, [keyword_pattern(k) for k in t.keywords if k.strip()]) for t in topics
        ]
        self.mentions = {t.slug: max(1, t.mentions) for t in topics}

    def match(self, *texts: str | None, only: Iterable[str] = ()) -> tuple[str, ...]:
        """The slugs of the topics whose keywords occur in any text (``only`` restricts)."""
        allowed = set(only)
        joined = " | ".join(normalize(t) for t in texts if t)
        return tuple(
            slug
            for slug, patterns in self.topics
            if (not allowed or slug in allowed) and any(p.search(joined) for p in patterns)
        )

    def about(
        self, titles: Iterable[str | None], text: str, only: Iterable[str] = ()
    ) -> tuple[str, ...]:
        """The slugs of the topics a read page is about: a keyword in a title or in the text's
        first :data:`LEDE_WORDS` words, or the topic's ``mentions`` times in the text."""
        allowed = set(only)
        heads = " | ".join(normalize(t) for t in titles if t)
        body = normalize(text)
        lede = " ".join(body.split(" ", LEDE_WORDS)[:LEDE_WORDS])
        return tuple(
            slug
            for slug, patterns in self.topics
            if (not allowed or slug in allowed)
            and (
                any(p.search(heads) or p.search(lede) for p in patterns)
                or mentions(patterns, body) >= self.mentions[slug]
            )
        )


def mentions(patterns: Iterable[re.Pattern[str]], text: str) -> int:
    """How many places of ``text`` (normalized) any of ``patterns`` matches: "token maxxing"
    found by the keywords "tokenmaxxing" and "token maxxing" is one mention."""
    return len({m.start() for p in patterns for m in p.finditer(text)})
