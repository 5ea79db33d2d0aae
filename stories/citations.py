"""The citation graph of one story: which source cites which, from links, phrases and relays.

Nodes are the story's articles and the sites they cite that we did not fetch (keyed by
canonical URL, or ``outlet:<domain>`` when only a name was given). Evidence, in order: body
links (an exact target; front pages, sections and tag pages are not targets, see
:mod:`stories.specificity`), a declared original (a syndicated copy naming another member's
URL as its canonical: :func:`declared_citations`), attribution phrases (:mod:`stories.phrases`)
and relayed citations (:mod:`stories.relays`: X -> Ars -> FT, the Ars -> FT step added only
when we could not read Ars ourselves). A member's evidence is read from the pages that speak
for it (``texts``: its own and its duplicates on its own outlet, ``attribution.own_pages``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from newsdesk.stories.canonical import canonical_url, domain_in, outlet_of
from newsdesk.stories.docs import Doc
from newsdesk.stories.phrases import cited_outlets
from newsdesk.stories.relays import relay_facts
from newsdesk.stories.specificity import is_specific

from newsdesk.config import OutletsConfig

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
class Node:
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


def link_citations(
    nodes: dict[str, Node],
    texts: dict[str, list[Doc]],
    by_canonical: dict[str, str],
    external: dict[str, Node],
    outlets: OutletsConfig,
) -> defaultdict[str, set[str]]:
    """Add the body links of every member's own pages (``texts``) to its ``cites`` (a story
    member, or a cited site added to ``external``); {external key: the members linking to it}."""
    link_citers: defaultdict[str, set[str]] = defaultdict(set)
    for node in list(nodes.values()):
        for doc in texts[node.key]:
            for link in doc.links:
                canon = canonical_url(link)
                target = by_canonical.get(canon)
                if target is None:
                    if outlet_of(link) == node.outlet or domain_in(link, NOT_SOURCES):
                        continue
                    if not is_specific(link):
                        continue  # a front page, section or tag page is not coverage
                    kind = kind_of(link, outlets)
                    if kind == "discussion":
                        continue
                    target = canon
                    if canon not in external:
                        external[canon] = Node(canon, link, outlet_of(link), "", kind)
                    link_citers[canon].add(node.key)
                if target != node.key and target not in node.cites:
                    node.cites.append(target)
    return link_citers


def declared_citations(
    nodes: dict[str, Node], texts: dict[str, list[Doc]], by_canonical: dict[str, str]
) -> None:
    """A member whose page names another member of the story as the original it repeats (a
    syndicated copy's rel=canonical on the original's site, ``Doc.declares``) cites it. A
    claim that resolves to the claimant itself (its own duplicate), or to a page that is not
    in the story, changes nothing: the claim credits only an article we hold in this story.
    ``texts`` holds only the pages that speak for a member (``attribution.own_pages``: its own
    and its duplicates on its own outlet): another site's copy folded into it named its own
    site's article, which became the original "cited by" the report it copied."""
    for node in nodes.values():
        for doc in texts[node.key]:
            target = by_canonical.get(doc.declares) if doc.declares else None
            if target is not None and target != node.key and target not in node.cites:
                node.cites.append(target)


def phrase_citations(
    nodes: dict[str, Node],
    texts: dict[str, list[Doc]],
    external: dict[str, Node],
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
                target = _outlet_node(domain, nodes, external, node.key)
                if target != node.key and target not in node.cites:
                    node.cites.append(target)
    return phrase_cited


def relay_citations(
    nodes: dict[str, Node],
    texts: dict[str, list[Doc]],
    external: dict[str, Node],
    names: dict[str, str],
) -> set[str]:
    """Relays members name join their ``cites``; a relay we could not read cites what the
    member says it relayed (X -> Ars -> FT). The set of outlets named."""
    named: set[str] = set()
    for node in list(nodes.values()):
        for doc in texts[node.key]:
            facts = relay_facts(doc.text, names)
            for domain in facts.cites:
                if domain != node.outlet:
                    named.add(domain)
                    target = _outlet_node(domain, nodes, external, node.key)
                    if target != node.key and target not in node.cites:
                        node.cites.append(target)
            for relay, source in facts.chains:
                named.update((relay, source))
                r_key = _outlet_node(relay, nodes, external, node.key)
                o_key = _outlet_node(source, nodes, external, node.key)
                r = nodes.get(r_key) or external[r_key]
                if r.doc is not None and r.doc.read or r_key == o_key:
                    continue  # an article we read speaks for itself
                if o_key not in r.cites:
                    r.cites.append(o_key)
    return named


def _outlet_node(domain: str, nodes: dict[str, Node], external: dict[str, Node], citer: str) -> str:
    """The key of the node standing for an outlet named in a text (added when new)."""
    target = _resolve_outlet(domain, nodes, external, citer)
    if target is None:
        target = f"outlet:{domain}"
        external.setdefault(target, Node(target, f"https://{domain}/", domain, "", "news"))
    return target


def _resolve_outlet(
    domain: str, nodes: dict[str, Node], external: dict[str, Node], citer: str
) -> str | None:
    """The story member (earliest) or cited URL of an outlet named in a phrase."""
    members = [n for n in nodes.values() if n.outlet == domain and n.key != citer and n.doc]
    if members:
        return min(members, key=lambda n: time_key(n)).key
    urls = sorted(k for k, n in external.items() if n.outlet == domain and n.kind == "news")
    return urls[0] if urls else None


def time_key(node: Node) -> tuple[float, str]:
    hours = node.doc.hours if node.doc and node.doc.hours is not None else float("inf")
    return (hours, node.url)
