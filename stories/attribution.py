"""Source lists with roles, tiers and citation chains, and the lead they choose.

For one story: every kept article is a source; duplicates add their URLs to its ``also_at``.
Only its own page and its duplicates on its own outlet speak for it (:func:`own_pages`): a
syndicated copy on another site adds none of its evidence. Citations come from evidence only
(:mod:`stories.citations`): outbound body links to
specific articles (resolved to story members through canonical URLs, duplicates included;
front pages and section pages are never sources), declared originals (a syndicated copy whose
page names another member's URL as its canonical cites that member; a claim on the claimant
itself or on a page outside the story changes nothing), attribution phrases
(:mod:`stories.phrases`) and relayed citations (:mod:`stories.relays`: "X quotes Ars, which
cites the FT" makes a chain X -> Ars -> FT even when Ars was not fetched). A
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

The lead article of a story (:func:`choose_lead`) and the story's title (:func:`story_title`).
The lead is the earliest original reporting that we could read in full: among the story's
readable articles, the ``original`` source first, then news coverage before primary documents
and discussions, then the earliest, then a ``trusted`` outlet, then the id. When nothing was
read in full, the same order over everything. The title is the lead's headline without a
trailing " - Outlet" / " | Outlet" suffix.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from newsdesk.stories.canonical import domain_in, outlet_of
from newsdesk.stories.citations import (
    Node,
    declared_citations,
    kind_of,
    link_citations,
    phrase_citations,
    relay_citations,
    time_key,
)
from newsdesk.stories.docs import Doc, parse_time
from newsdesk.stories.phrases import DOMAIN_NAMES, KNOWN_OUTLETS
from newsdesk.stories.specificity import is_specific

from newsdesk.config import FeedConfig, OutletsConfig
from newsdesk.models import ROLE_RANK, Source


def with_feed_names(outlets: OutletsConfig, feeds: list[FeedConfig]) -> OutletsConfig:
    """``outlets`` whose ``names`` also hold each feed's ``name`` for the outlet (registered
    domain) of the feed's URL: a feed's configured name is the outlet's name. ``outlets.names``
    wins for a domain it lists; of two named feeds on one domain, the first configured wins."""
    names: dict[str, str] = {}
    for feed in feeds:
        outlet = outlet_of(feed.url)
        if feed.name.strip() and outlet:
            names.setdefault(outlet, feed.name.strip())
    if not names:
        return outlets
    return dataclasses.replace(outlets, names=names | dict(outlets.names))


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
    *,
    relays: bool = True,
) -> tuple[list[Source], int]:
    """(numbered source list, number of blocked sources left out) for one story.

    ``relays=False`` ignores relayed citations (:mod:`stories.relays`): the baseline of
    benchmarks/stories_hard.py."""
    nodes: dict[str, Node] = {}
    by_canonical: dict[str, str] = {}
    for d in members:
        kind = kind_of(d.url, outlets)
        if d.url and not is_specific(d.url):
            continue  # a front page, section or HN listing is not a source of the story
        nodes[d.id] = Node(d.id, d.url, d.outlet, d.title, kind, doc=d)
        by_canonical[d.canonical] = d.id
    for d in dups:
        kept = kept_of.get(d.id)
        if kept in nodes:
            by_canonical.setdefault(d.canonical, kept)
            if d.url != nodes[kept].url and d.url not in nodes[kept].also_at:
                nodes[kept].also_at.append(d.url)
    # evidence: links first (they name an exact target), then phrases
    external: dict[str, Node] = {}
    texts = own_pages(nodes, dups, kept_of)
    link_citers = link_citations(nodes, texts, by_canonical, external, outlets)
    declared_citations(nodes, texts, by_canonical)
    known = set(KNOWN_OUTLETS.values()) | set(outlets.trusted) | set(outlets.names)
    phrase_cited = phrase_citations(nodes, texts, external, names)
    if relays:
        phrase_cited |= relay_citations(nodes, texts, external, names)
    for key, ext in external.items():
        keep = ext.kind == "primary" or (
            ext.outlet in known or ext.outlet in phrase_cited or len(link_citers[key]) >= 2
        )
        if keep:
            nodes[key] = ext
    return _finish(nodes, outlets)


def own_pages(
    nodes: dict[str, Node], dups: list[Doc], kept_of: dict[str, str]
) -> dict[str, list[Doc]]:
    """{member: the pages that speak for it}: its own and its duplicates on its own outlet (its
    AMP page, an updated URL). A duplicate on another outlet (a syndicated copy) speaks only for
    itself: its links, phrases, relays and declared original are not the member's evidence (a
    copy linking to its own site's later article made that article the original, "cited by" the
    report it copied)."""
    texts = {key: [node.doc] for key, node in nodes.items() if node.doc is not None}
    for d in dups:
        kept = kept_of.get(d.id)
        if kept in texts and d.outlet == nodes[kept].outlet:
            texts[kept].append(d)
    return texts


def _finish(nodes: dict[str, Node], outlets: OutletsConfig) -> tuple[list[Source], int]:
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


def _original(news: list[Node], live: dict[str, Node]) -> str | None:
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
        best = min(news, key=lambda n: (-len(reached[n.key]), bool(n.cites), *time_key(n)))
        return best.key
    readable = [n for n in news if n.doc and n.doc.read] or [n for n in news if n.doc]
    return min(readable, key=time_key).key if readable else None


def sort_sources(sources: list[Source]) -> list[Source]:
    return sorted(
        sources,
        key=lambda s: (ROLE_RANK[s.role], parse_time(s.published) or float("inf"), s.url),
    )


_SUFFIX = re.compile(r"\s+[-|–—:·]\s+([^-|–—:·]{2,40})$")


def choose_lead(members: list[Doc], sources: list[Source]) -> Doc:
    by_item = {s.item_id: s for s in sources if s.item_id}

    def key(d: Doc) -> tuple:
        s = by_item.get(d.id)
        return (
            not d.read,
            ROLE_RANK.get(s.role, 1) if s else 1,
            d.hours if d.hours is not None else float("inf"),
            (s.tier != "trusted") if s else True,
            d.id,
        )

    listed = [d for d in members if d.id in by_item]  # blocked outlets never lead
    return min(listed or members, key=key)


def story_title(lead: Doc, outlet_names: tuple[str, ...] = ()) -> str:
    """The lead's headline, minus a site-name suffix such as " - The Verge"."""
    title = " ".join(lead.title.split())
    m = _SUFFIX.search(title)
    if m:
        suffix = m.group(1).strip().lower()
        names = {n.lower() for n in (*outlet_names, *KNOWN_OUTLETS) if n}
        names.add(lead.outlet.lower())
        if lead.site_name:
            names.add(lead.site_name.lower())
        if suffix in names or suffix.replace(" ", "") in {n.split(".")[0] for n in names}:
            title = title[: m.start()].rstrip()
    return title or lead.url
