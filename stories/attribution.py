"""Source lists with roles, tiers and citation chains.

For one story: every kept article is a source; duplicates add their URLs to its ``also_at``.
Citations come from evidence only: outbound body links (resolved to story members through
canonical URLs, duplicates included) and attribution phrases (:mod:`stories.phrases`). A
site that members cite but that was never fetched becomes a not-read source with
``cited_by``, when it is a news outlet (named by a phrase, known by name, in a tier list, or
linked by two or more sources) or a primary document.

Roles: ``discussion`` for aggregators and forums (``outlets.discussion``), ``primary`` for
company posts, filings, papers and repositories (``outlets.primary`` domains and
``outlets.primary_patterns``), and among news sources the ``original`` is the one reached
through citation chains by the most other sources (A cites B cites C: C is reached by two);
ties go to the one citing no other source, then the earliest. With no citations at all the
earliest readable news article is the original. Every other news source is ``coverage``.

Tiers: ``trusted`` or ``unrated`` from ``outlets.trusted``; ``outlets.blocked`` sources are
left out and only counted (``Story.excluded``).

Order of the list (source n = index + 1): original, coverage, primary, discussion; within a
role by publication time (undated last), then URL.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from newsdesk.stories.canonical import canonical_url, domain_in, outlet_of
from newsdesk.stories.docs import Doc, parse_time
from newsdesk.stories.phrases import DOMAIN_NAMES, KNOWN_OUTLETS, cited_outlets

from newsdesk.config import OutletsConfig
from newsdesk.models import ROLE_RANK, Source

NOT_SOURCES = (
    "wikipedia.org",
    "twitter.com",
    "x.com",
    "youtube.com",
    "youtu.be",
    "linkedin.com",
    "facebook.com",
    "instagram.com",
    "bsky.app",
    "threads.net",
    "archive.org",
    "archive.ph",
    "google.com",
)


@dataclass
class _Node:
    key: str
    url: str
    outlet: str
    title: str
    kind: str  # "news", "primary", "discussion"
    doc: Doc | None = None
    also_at: list[str] = field(default_factory=list)
    cites: list[str] = field(default_factory=list)


@lru_cache(maxsize=8)
def _primary_re(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)")


def kind_of(url: str, outlets: OutletsConfig) -> str:
    if domain_in(url, outlets.discussion):
        return "discussion"
    if domain_in(url, outlets.primary) or _primary_re(tuple(outlets.primary_patterns)).search(url):
        return "primary"
    return "news"


def display_name(outlet: str, outlets: OutletsConfig, site_name: str | None = None) -> str:
    return outlets.names.get(outlet) or DOMAIN_NAMES.get(outlet) or site_name or outlet


def _tier(outlet: str, url: str, outlets: OutletsConfig) -> str:
    if domain_in(url, outlets.blocked):
        return "blocked"
    return "trusted" if domain_in(url, outlets.trusted) else "unrated"


def attribute(
    members: list[Doc],
    dups: list[Doc],
    kept_of: dict[str, str],
    outlets: OutletsConfig,
    names: dict[str, str],
) -> tuple[list[Source], int]:
    """(numbered source list, number of blocked sources left out) for one story."""
    nodes: dict[str, _Node] = {}
    by_canonical: dict[str, str] = {}
    for d in members:
        nodes[d.id] = _Node(d.id, d.url, d.outlet, d.title, kind_of(d.url, outlets), doc=d)
        by_canonical[d.canonical] = d.id
    for d in dups:
        kept = kept_of.get(d.id)
        if kept in nodes:
            by_canonical.setdefault(d.canonical, kept)
            if d.url != nodes[kept].url and d.url not in nodes[kept].also_at:
                nodes[kept].also_at.append(d.url)
    # evidence: links first (they name an exact target), then phrases
    external: dict[str, _Node] = {}
    texts = {d.id: [d] for d in members}
    for d in dups:
        if kept_of.get(d.id) in texts:
            texts[kept_of[d.id]].append(d)
    link_citers = _link_citations(nodes, texts, by_canonical, external, outlets)
    known = set(KNOWN_OUTLETS.values()) | set(outlets.trusted) | set(outlets.names)
    phrase_cited = _phrase_citations(nodes, texts, external, names)
    for key, ext in external.items():
        keep = ext.kind == "primary" or (
            ext.outlet in known or ext.outlet in phrase_cited or len(link_citers[key]) >= 2
        )
        if keep:
            nodes[key] = ext
    return _finish(nodes, outlets)


def _link_citations(
    nodes: dict[str, _Node],
    texts: dict[str, list[Doc]],
    by_canonical: dict[str, str],
    external: dict[str, _Node],
    outlets: OutletsConfig,
) -> defaultdict[str, set[str]]:
    """Add every member's body links to its ``cites`` (a story member, or a cited site added to
    ``external``); {external key: the members linking to it}."""
    link_citers: defaultdict[str, set[str]] = defaultdict(set)
    for node in list(nodes.values()):
        for doc in texts[node.key]:
            for link in doc.links:
                canon = canonical_url(link)
                target = by_canonical.get(canon)
                if target is None:
                    if outlet_of(link) == node.outlet or domain_in(link, NOT_SOURCES):
                        continue
                    kind = kind_of(link, outlets)
                    if kind == "discussion":
                        continue
                    target = canon
                    if canon not in external:
                        external[canon] = _Node(canon, link, outlet_of(link), "", kind)
                    link_citers[canon].add(node.key)
                if target != node.key and target not in node.cites:
                    node.cites.append(target)
    return link_citers


def _phrase_citations(
    nodes: dict[str, _Node],
    texts: dict[str, list[Doc]],
    external: dict[str, _Node],
    names: dict[str, str],
) -> set[str]:
    """Add the outlets members name in attribution phrases to their ``cites`` (a member, a
    cited URL, or a new ``outlet:`` entry in ``external``); the set of outlets named."""
    phrase_cited: set[str] = set()
    for node in list(nodes.values()):
        for doc in texts[node.key]:
            for domain in cited_outlets(doc.text, names):
                if domain == node.outlet:
                    continue  # "told The Ledger Daily" in the Ledger's own article
                phrase_cited.add(domain)
                target = _resolve_outlet(domain, nodes, external, node.key)
                if target is None:
                    key = f"outlet:{domain}"
                    external.setdefault(key, _Node(key, f"https://{domain}/", domain, "", "news"))
                    target = key
                if target != node.key and target not in node.cites:
                    node.cites.append(target)
    return phrase_cited


def _resolve_outlet(
    domain: str, nodes: dict[str, _Node], external: dict[str, _Node], citer: str
) -> str | None:
    """The story member (earliest) or cited URL of an outlet named in a phrase."""
    members = [n for n in nodes.values() if n.outlet == domain and n.key != citer and n.doc]
    if members:
        return min(members, key=lambda n: _time_key(n)).key
    urls = sorted(k for k, n in external.items() if n.outlet == domain and n.kind == "news")
    return urls[0] if urls else None


def _time_key(node: _Node) -> tuple[float, str]:
    hours = node.doc.hours if node.doc and node.doc.hours is not None else float("inf")
    return (hours, node.url)


def _finish(nodes: dict[str, _Node], outlets: OutletsConfig) -> tuple[list[Source], int]:
    excluded = {k for k, n in nodes.items() if _tier(n.outlet, n.url, outlets) == "blocked"}
    live = {k: n for k, n in nodes.items() if k not in excluded}
    for n in live.values():
        n.cites = [c for c in n.cites if c in live]
    cited = {c for n in live.values() for c in n.cites}
    live = {
        k: n for k, n in live.items() if n.doc is not None or k in cited
    }  # cited by blocked only
    cited_by: dict[str, list[str]] = defaultdict(list)
    for n in live.values():
        for c in n.cites:
            cited_by[c].append(n.key)
    news = [n for n in live.values() if n.kind == "news"]
    original = _original(news, live)
    sources = []
    for n in live.values():
        role = n.kind if n.kind != "news" else ("original" if n.key == original else "coverage")
        doc = n.doc
        name = display_name(n.outlet, outlets, doc.site_name if doc else None)
        sources.append(
            Source(
                url=n.url,
                outlet=n.outlet,
                name=name,
                title=(doc.title if doc else "") or name,
                role=role,
                tier=_tier(n.outlet, n.url, outlets),
                read=doc.read if doc else False,
                read_reason=doc.read_reason if doc else "not fetched",
                published=doc.published if doc else None,
                item_id=doc.id if doc else None,
                cited_by=tuple(sorted(live[c].url for c in cited_by[n.key])),
                also_at=tuple(n.also_at),
            )
        )
    return sort_sources(sources), len(excluded)


def _original(news: list[_Node], live: dict[str, _Node]) -> str | None:
    if not news:
        return None
    reached: dict[str, set[str]] = defaultdict(set)
    for n in live.values():  # who reaches whom through citation chains
        stack, seen = list(n.cites), set()
        while stack:
            c = stack.pop()
            if c in seen or c == n.key:
                continue
            seen.add(c)
            reached[c].add(n.key)
            stack.extend(live[c].cites)
    if any(reached[n.key] for n in news):
        best = min(news, key=lambda n: (-len(reached[n.key]), bool(n.cites), *_time_key(n)))
        return best.key
    readable = [n for n in news if n.doc and n.doc.read] or [n for n in news if n.doc]
    return min(readable, key=_time_key).key if readable else None


def sort_sources(sources: list[Source]) -> list[Source]:
    return sorted(
        sources,
        key=lambda s: (ROLE_RANK[s.role], parse_time(s.published) or float("inf"), s.url),
    )
