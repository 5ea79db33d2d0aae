"""Pages as jobs, split into numbered pages, and the related stories shown under each story.

Each page is planned as a :class:`PageJob`: its output file, the data it is made from (hashed
into its incremental key) and a function that renders it. Nothing is rendered until the build
knows the page changed. Which listings the site has is listings.py's business.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsdesk.sitebuilder import urls
from newsdesk.sitebuilder.models import Summary
from newsdesk.sitebuilder.render import Renderer

from newsdesk.text import STOP_WORDS

# only the commonest headline words: most words of a headline count toward `related`
_HEADLINE_FILLER = """
    a an the of to in on for and or with by at from as is are was were be it its this that
    how why what who
"""
_STOP = STOP_WORDS & frozenset(_HEADLINE_FILLER.split())


# what a listing's template shows of its context, besides its stories (hashed into its key)
_SHOWN = ("heading", "intro", "stats", "feeds", "views", "view")


@dataclass(frozen=True)
class PageJob:
    path: str  # output file, relative to the site root
    data: Any  # JSON-able inputs: the page is re-rendered when they change
    render: Callable[[], bytes]


def newest_first(stories: list[Summary]) -> list[Summary]:
    return sorted(stories, key=lambda s: (s.date or "", s.url), reverse=True)


def _digest(stories: list[Summary]) -> str:
    """What a listing shows of its stories, in one string (hashed into the page's key)."""
    return "\n".join([f"{s.url}\0{s.key}" for s in stories])


def paged(
    renderer: Renderer,
    base: str,
    stories: list[Summary],
    per_page: int,
    template: str = "list.html",
    **ctx: Any,
) -> list[PageJob]:
    """The numbered pages (``base``, ``base/page/2/``, …) listing ``stories`` with ``template``;
    ``ctx``: the template's context, shared by every page."""
    pages = max(1, math.ceil(len(stories) / per_page))
    page_title = ctx.pop("page_title", None) or ctx.get("heading", "")
    jobs = []
    for page in range(1, pages + 1):
        chunk = stories[(page - 1) * per_page : page * per_page]
        url = urls.page_url(base, page)
        pager = {
            "page": page,
            "pages": pages,
            "prev": urls.page_url(base, page - 1) if page > 1 else None,
            "next": urls.page_url(base, page + 1) if page < pages else None,
        }
        page_ctx = {**ctx, "stories": chunk, "pager": pager, "page_title": page_title}
        roles = page_ctx.get("roles") or {}
        data = [
            template,
            url,
            _digest(chunk),
            pager,
            {k: v for k, v in page_ctx.items() if k in _SHOWN},
            [roles.get(s.url) for s in chunk],
        ]

        def render(url: str = url, page_ctx: dict[str, Any] = page_ctx) -> bytes:
            return renderer.render(template, url, **page_ctx).encode("utf-8")

        jobs.append(PageJob(urls.file_for(url), data, render))
    return jobs


def simple_page(
    renderer: Renderer, url: str, template: str, absolute_root: bool = False, **ctx: Any
) -> PageJob:
    """A page of its own at ``url``, made from ``template`` and ``ctx``."""

    def render() -> bytes:
        return renderer.render(template, url, absolute_root=absolute_root, **ctx).encode("utf-8")

    return PageJob(urls.file_for(url), ["page", url, template, ctx], render)


def _words(title: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", title.lower()) if w not in _STOP and len(w) > 2}


def related(
    stories: list[Summary], k: int = 3, window: int = 12, cache: dict[str, Any] | None = None
) -> tuple[dict[str, list[Summary]], dict[str, Any]]:
    """Up to k related stories per story: same topic, shared outlets, similar headline words.

    Candidates are the nearest ``window`` stories in time on either side, within the topic and
    across the site, so the cost stays linear. ``cache`` (from the last build's manifest) maps
    a story to the hash of its candidates and its answer: unchanged neighbourhoods are reused.
    Returns the answers and the cache to store.
    """
    cache = cache or {}
    ordered = sorted(stories, key=lambda s: (s.date or "", s.url))
    whole = hashlib.blake2b(
        "\n".join(f"{s.url}\0{s.key}" for s in ordered).encode(), digest_size=16
    ).hexdigest()
    by_url = {s.url: s for s in ordered}
    if cache.get("") == whole:  # no story changed what related() looks at: reuse every answer
        return {u: [by_url[r] for r in v[1]] for u, v in cache.items() if u}, cache
    out: dict[str, list[Summary]] = {}
    new_cache: dict[str, Any] = {"": whole}
    near = _Neighbours(ordered, window)
    for j, s in enumerate(ordered):
        cands = near.candidates(j)  # positions in ``ordered``, in the order they are hashed
        sig = hashlib.blake2b(
            "\n".join([near.tokens[c] for c in cands]).encode(), digest_size=16
        ).hexdigest()
        hit = cache.get(s.url)
        if hit and hit[0] == sig and all(u in by_url for u in hit[1]):
            out[s.url] = [by_url[u] for u in hit[1]]
            new_cache[s.url] = hit
            continue
        del cands[j]
        out[s.url] = [ordered[c] for c in near.best(j, cands, k)]
        new_cache[s.url] = [sig, [r.url for r in out[s.url]]]
    return out, new_cache


class _Neighbours:
    """The stories in time order, with what :func:`related` compares of each (by position):
    headline words and outlets (worked out when first needed), topic, and candidate windows."""

    def __init__(self, ordered: list[Summary], window: int) -> None:
        self.ordered, self.window = ordered, window
        self.tokens = [f"{s.url}\0{s.key}\0{j}" for j, s in enumerate(ordered)]
        self.topics = [s.topic for s in ordered]
        self.groups: dict[str, list[int]] = defaultdict(list)  # topic → positions
        self.in_topic = []  # position → its index in its topic's group
        for j, s in enumerate(ordered):
            group = self.groups[s.topic]
            self.in_topic.append(len(group))
            group.append(j)
        self.words: list[set[str] | None] = [None] * len(ordered)
        self.outlets: list[set[str]] = [set() for _ in ordered]
        self.memo: dict[int, float] = {}  # a pair's score, until its other side asks for it

    def candidates(self, j: int) -> dict[int, None]:
        """The topic's window around story j, then the site's (each story once, j included)."""
        w, g, i = self.window, self.groups[self.topics[j]], self.in_topic[j]
        cands = dict.fromkeys(g[max(0, i - w) : i + w + 1])
        cands.update(dict.fromkeys(range(max(0, j - w), min(len(self.ordered), j + w + 1))))
        return cands

    def _known(self, c: int) -> set[str]:
        words = self.words[c]
        if words is None:
            s = self.ordered[c]
            words = self.words[c] = _words(s.title)
            self.outlets[c] = {o[0] for o in s.outlets if o[2] != "discussion"}
        return words

    def best(self, j: int, cands: dict[int, None], k: int) -> list[int]:
        """The k best-scoring candidates (above 0.5) for story j, best first (ties by URL).
        A pair scores the same both ways (and j is c's candidate when c is j's), so each
        pair is scored once, by the first of the two to ask."""
        mine, sources, topic = self._known(j), self.outlets[j], self.topics[j]
        far, scored, memo, n = 4 * self.window, [], self.memo, len(self.ordered)
        for c in cands:
            pair = c * n + j if c < j else j * n + c
            score = memo.pop(pair, None)
            if score is None:
                theirs = self._known(c)
                shared = len(mine & theirs)
                union = (len(mine) + len(theirs) - shared) or 1
                score = memo[pair] = (
                    3 * shared / union
                    + len(sources & self.outlets[c])
                    + (1.5 if self.topics[c] == topic else 0)
                    - abs(c - j) / far
                )
            if score > 0.5:
                scored.append((-score, self.ordered[c].url, c))
        return [t[2] for t in sorted(scored)[:k]]
