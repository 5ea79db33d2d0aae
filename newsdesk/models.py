"""Frozen dataclasses passed between the stages.

crawl  -> Entry, Article, Discussion (stored in the store)
stories -> Item (file interface), Story with Source list
draft  -> StoryInput in, a Draft (see summarizer) out, written as content/ by newsdesk.content
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


class Role(StrEnum):
    """A source's role in its story, in the one order sources are listed and ranked in.

    The members are strings (``Role.ORIGINAL == "original"``), so JSON and front matter that
    hold them read as before.
    """

    ORIGINAL = "original"  # the news source the others' citations lead to (or the earliest)
    COVERAGE = "coverage"  # every other news source
    PRIMARY = "primary"  # a company post, filing, paper or repository
    DISCUSSION = "discussion"  # an aggregator or forum thread (Hacker News)


ROLES = tuple(role.value for role in Role)
ROLE_RANK = {role.value: rank for rank, role in enumerate(Role)}  # "original" -> 0, ...
TIERS = ("trusted", "unrated", "blocked")


@dataclass(frozen=True)
class Entry:
    """An item of a feed, or an HN search hit."""

    feed_id: str  # the config feed id, or "hackernews"
    guid: str
    url: str
    title: str
    summary: str = ""  # the feed's blurb (HTML stripped)
    published: str | None = None  # ISO 8601 UTC
    author: str | None = None
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """A fetched, extracted page. ``read`` is False when only the blurb is known."""

    id: str
    url: str  # the URL as found in the entry
    canonical_url: str  # rel=canonical / og:url / final URL after redirects, cleaned
    title: str
    text: str  # extracted full text, or the blurb when read is False
    author: str | None = None
    site_name: str | None = None
    published: str | None = None  # ISO 8601
    language: str | None = None
    links: tuple[str, ...] = ()  # outbound links in the article body, absolute
    read: bool = True
    read_reason: str = "full text"  # "full text" or why not: "paywall", "http 403", ...
    source: str = ""  # feed id or "hackernews"
    topics: tuple[str, ...] = ()
    fetched_at: str | None = None
    final_url: str | None = None  # after redirects
    redirects: tuple[str, ...] = ()
    # the original a syndicated copy names on another site (rel=canonical / og:url), cleaned:
    # a claim, never the article's own URL
    declared_original: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The `newsdesk articles --format jsonl` line."""
        return {
            "id": self.id,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "title": self.title,
            "text": self.text,
            "author": self.author,
            "site_name": self.site_name,
            "published": self.published,
            "language": self.language,
            "links": list(self.links),
            "read": {"full_text": self.read, "reason": self.read_reason},
            "source": self.source,
            "topics": list(self.topics),
            "declared_original": self.declared_original,
        }


@dataclass(frozen=True)
class Comment:
    id: int
    author: str
    text: str  # plain text
    created: str | None = None
    rank: int = 0  # position among the story's top-level kids, HN's order

    @property
    def url(self) -> str:
        return f"https://news.ycombinator.com/item?id={self.id}"


@dataclass(frozen=True)
class Discussion:
    """A Hacker News story (link or text post) with its top comments."""

    hn_id: int
    title: str
    url: str | None  # the linked article, None for Ask HN text posts
    author: str = ""
    points: int = 0
    num_comments: int = 0
    created: str | None = None
    text: str = ""  # Ask HN body, plain text
    comments: tuple[Comment, ...] = ()
    topics: tuple[str, ...] = ()

    @property
    def hn_url(self) -> str:
        return f"https://news.ycombinator.com/item?id={self.hn_id}"


@dataclass(frozen=True)
class Item:
    """One line of `newsdesk stories --input items.jsonl` (and of summarize's items)."""

    id: str
    url: str
    title: str
    text: str = ""
    published: str | None = None
    source: str | None = None
    links: tuple[str, ...] = ()
    read: bool = True
    declared_original: str | None = None  # as `newsdesk articles` prints it


@dataclass(frozen=True)
class Source:
    """One entry of a story's numbered source list: what is rendered and counted."""

    url: str
    outlet: str  # registered domain, e.g. "ft.com"
    name: str  # display name, e.g. "Financial Times"
    title: str
    role: str  # a Role's value
    tier: str  # "trusted" or "unrated" (blocked sources are excluded, only counted)
    read: bool
    read_reason: str = "full text"
    published: str | None = None
    item_id: str | None = None  # the article id, None for a cited-but-never-fetched source
    cited_by: tuple[str, ...] = ()  # urls of the sources in this story that cite this one
    also_at: tuple[str, ...] = ()  # urls of duplicates (syndicated copies, AMP, ...)
    hn_id: int | None = None  # for discussion sources from Hacker News
    points: int | None = None
    num_comments: int | None = None


@dataclass(frozen=True)
class SourceCounts:
    """How many sources a story has, by role and tier.

    The role fields run original, coverage, discussion, primary, not Role's order: sources.json
    lists its counts in this order, and the file must not change.
    """

    total: int
    original: int
    coverage: int
    discussion: int
    primary: int
    trusted: int
    not_read: int
    excluded: int = 0

    def line(self) -> str:
        """'7 sources · 1 original · 3 trusted · 2 not read': parts that are zero are left out
        ('1 source', not '1 source · 0 original · 0 trusted')."""
        parts = [f"{self.total} source{'s' if self.total != 1 else ''}"]
        if self.original:
            parts.append(f"{self.original} original")
        if self.primary:
            parts.append(f"{self.primary} primary")
        if self.trusted:
            parts.append(f"{self.trusted} trusted")
        if self.not_read:
            parts.append(f"{self.not_read} not read")
        if self.excluded:
            parts.append(f"{self.excluded} excluded")
        return " · ".join(parts)


class Counted(Protocol):
    """What counting reads of a source: a Source, or the site's SourceView of one."""

    @property
    def role(self) -> str: ...
    @property
    def tier(self) -> str: ...
    @property
    def read(self) -> bool: ...


def count_sources(sources: Sequence[Counted], excluded: int = 0) -> SourceCounts:
    """The one place counts come from: always computed from the rendered list."""
    return SourceCounts(
        total=len(sources),
        original=sum(s.role == "original" for s in sources),
        coverage=sum(s.role == "coverage" for s in sources),
        discussion=sum(s.role == "discussion" for s in sources),
        primary=sum(s.role == "primary" for s in sources),
        trusted=sum(s.tier == "trusted" for s in sources),
        not_read=sum(not s.read for s in sources),
        excluded=excluded,
    )


@dataclass(frozen=True)
class Story:
    """The articles about one event, with attribution. Output of the stories stage."""

    story_id: str
    topic: str
    title: str
    lead_item_id: str
    item_ids: tuple[str, ...]
    duplicates: dict[str, str] = field(default_factory=dict)  # dup id -> kept id
    sources: tuple[Source, ...] = ()
    excluded: int = 0  # blocked outlets left out
    discussions: tuple[int, ...] = ()  # HN ids attached to this story
    first_published: str | None = None
    updated: str | None = None  # last time the story gained or changed an article

    def to_json(self) -> dict[str, Any]:
        """The `newsdesk stories --output` line."""
        return {
            "story_id": self.story_id,
            "item_ids": list(self.item_ids),
            "lead_item_id": self.lead_item_id,
            "duplicates": dict(self.duplicates),
        }


@dataclass(frozen=True)
class StoryInput:
    """What the summarizer gets: the story's items (with text) and, from the store, its sources.

    For `newsdesk summarize --input story.json` only ``title`` and ``items`` are set and `[n]`
    numbers the items in order. For drafts, ``sources`` is the story's numbered source list and
    each readable source's ``item_id`` points at its item.
    """

    items: tuple[Item, ...]
    title: str | None = None
    story_id: str | None = None
    topic: str | None = None
    keywords: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    discussions: tuple[Discussion, ...] = ()
    excluded: int = 0
    outlet_names: tuple[tuple[str, str], ...] = ()  # (domain, display name): outlets.names
