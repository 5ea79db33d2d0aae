"""Frozen page models: what a content file becomes before a template sees it.

``StoryPage`` is the full article (rendered HTML fragments, sanitised); ``Summary`` is the small
JSON-able digest that listings, feeds, the sitemap and related stories need. Summaries are
cached in the build manifest so an incremental build never re-parses unchanged files.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

from newsdesk.models import Source, SourceCounts, count_sources


@dataclass(frozen=True)
class SourceView:
    n: int
    url: str | None  # None when the front matter's URL is missing or not http(s)
    outlet: str
    name: str
    title: str
    role: str
    tier: str
    read: bool
    read_reason: str = "full text"
    published: str | None = None
    cited_by: tuple[int, ...] = ()
    also_at: tuple[str, ...] = ()
    hn_id: int | None = None
    points: int | None = None
    num_comments: int | None = None

    def as_source(self) -> Source:
        return Source(
            url=self.url or "",
            outlet=self.outlet,
            name=self.name,
            title=self.title,
            role=self.role,
            tier=self.tier,
            read=self.read,
            read_reason=self.read_reason,
            published=self.published,
        )

    def to_json(self) -> dict[str, Any]:
        # the fields in their order: a frozen dataclass's __init__ sets them in that order
        # (a comprehension of getattr over the fields took 4× as long, ten times a story)
        data = self.__dict__.copy()
        if len(data) != len(_SOURCE_FIELDS):  # (an attribute set by hand: only the fields)
            data = {f: getattr(self, f) for f in _SOURCE_FIELDS}
        data["cited_by"] = list(self.cited_by)
        data["also_at"] = list(self.also_at)
        return data


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    html: str


@dataclass(frozen=True)
class TimelineEntry:
    when: str
    n: int | None
    label: str


@dataclass(frozen=True)
class CommentView:
    author: str
    text: str  # plain text; the template escapes it
    url: str


@dataclass(frozen=True)
class DiscussionView:
    hn_id: int | None
    url: str | None
    title: str
    points: int
    num_comments: int
    comments: tuple[CommentView, ...] = ()


@dataclass(frozen=True)
class Correction:
    at: str
    editor: str
    note: str


@dataclass(frozen=True)
class Flag:
    text: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Review:
    action: str = ""
    editor: str = ""
    at: str = ""
    reason: str = ""
    forced: bool = False


@dataclass(frozen=True)
class StoryPage:
    slug: str
    title: str
    topic: str
    date: str | None
    updated: str | None
    status: str
    reading_time: int
    synopsis_html: str
    takeaways_html: tuple[str, ...]
    sections: tuple[Section, ...]
    sources: tuple[SourceView, ...]
    excluded: int = 0
    checked: int = 0
    flags: tuple[Flag, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    discussion: tuple[DiscussionView, ...] = ()
    review: Review | None = None
    corrections: tuple[Correction, ...] = ()
    warnings: tuple[str, ...] = ()
    source_path: str = ""
    edited: bool = False  # the body is no longer the one verified as drafted
    # an editor's sentences no machine checked (sentence_checks.py); None: the file records no
    # sentence keys, so only "edited by an editor" can be said of the whole page
    unchecked: tuple[str, ...] | None = None
    refused: tuple[str, ...] = ()  # of the unchecked, those a check ran on and refused
    story_id: str = ""  # the front matter's story_id (two files holding one are refused)
    held: bool = False  # published with a broken citation: left out of the site (story_warnings)
    recorded: str | None = None  # no date: when its file says it was approved, else last crawled

    @cached_property  # (frozen: computed once, read by the summary, the page and sources.json)
    def counts(self) -> SourceCounts:
        return count_sources(self.sources, self.excluded)  # (role, tier, read: as Source's)

    @property
    def verified(self) -> bool:
        return self.checked > 0 and not self.flags

    @property
    def check_passes(self) -> bool:
        """The check line says "✓ every sentence checked": nothing flagged, no sentence of an
        editor's left unconfirmed (a forced approval's override is then past, not present)."""
        return self.verified and not self.unchecked and not (self.edited and self.unchecked is None)

    @property
    def is_draft(self) -> bool:
        return self.status != "published"


@dataclass(frozen=True)
class Summary:
    """What listings, feeds, related stories and the sitemap know of a story."""

    slug: str
    title: str
    topic: str
    date: str | None
    updated: str | None
    status: str
    synopsis: str  # plain text, no citations
    counts_line: str
    check_line: str
    reading_time: int
    outlets: tuple[tuple[str, str, str], ...] = ()  # (outlet, name, role)
    corrections: tuple[Correction, ...] = ()
    warnings: tuple[str, ...] = ()
    links: tuple[str, ...] = ()  # relative links written in the body, checked by the build
    trusted: int = 0  # sources from trusted outlets  (these three rank the front page,
    points: int = 0  # Hacker News points             see ranking.py)
    comments: int = 0  # Hacker News comments
    story_id: str = ""  # the front matter's: two files holding one story are refused
    recorded: str | None = None  # no date: the time its file records instead (StoryPage's), for
    # its feed entry (feeds.entry_times)
    url: str = field(default="", compare=False)  # assigned by urls.assign, relative to root
    key: str = field(default="", compare=False)  # hash of to_json(), set by the build

    def to_json(self) -> dict[str, Any]:
        data = {f: getattr(self, f) for f in _SUMMARY_FIELDS}
        data["outlets"] = [list(o) for o in self.outlets]
        data["corrections"] = [asdict(c) for c in self.corrections]
        data["warnings"] = list(self.warnings)
        data["links"] = list(self.links)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], *, key: str = "", url: str = "") -> Summary:
        if data.keys() != _SUMMARY_KEYS:  # tolerate old caches (else: as to_json wrote it)
            data = {k: v for k, v in data.items() if k in _SUMMARY_FIELDS}
        fields: dict[str, Any] = {  # (lists, not generators, for tuple(): 5,000 a build)
            **data,
            "outlets": tuple([tuple(o) for o in data.get("outlets", ())]),
            "corrections": tuple([Correction(**c) for c in data.get("corrections", ())]),
            "warnings": tuple(data.get("warnings", ())),
            "links": tuple(data.get("links", ())),
        }
        return cls(**fields, key=key, url=url)

    @property
    def is_draft(self) -> bool:
        return self.status != "published"


_SUMMARY_FIELDS = tuple(f for f in Summary.__dataclass_fields__ if f not in ("url", "key"))
_SUMMARY_KEYS = frozenset(_SUMMARY_FIELDS)
_SOURCE_FIELDS = tuple(SourceView.__dataclass_fields__)
