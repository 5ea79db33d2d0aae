"""The site's listing pages (the "generators"): index, topics, outlets, monthly archive, about, 404.

:func:`listing_jobs` plans them all, in a fixed order, as page jobs (see pages.py); a listing
is rendered only when the build finds its data changed.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from newsdesk.sitebuilder import ranking, urls
from newsdesk.sitebuilder.models import Summary
from newsdesk.sitebuilder.pages import PageJob, newest_first, paged, simple_page
from newsdesk.sitebuilder.render import Renderer, TopicLink
from newsdesk.sitebuilder.search import search_page

from newsdesk.text import MONTHS

ROWS_PER_PAGE = 5  # outlet and archive pages list compact rows: this many times per_page
LATEST = "latest/"  # the front page ranks stories; this view lists them newest first


def outlet_index(stories: list[Summary]) -> dict[str, dict[str, Any]]:
    """outlet → {name, stories: [Summary], roles: {story url: role}, original: n}."""
    out: dict[str, dict[str, Any]] = {}
    for s in stories:
        for outlet, name, role in s.outlets:
            o = out.setdefault(outlet, {"name": name, "stories": [], "roles": {}, "original": 0})
            o["stories"].append(s)
            o["roles"][s.url] = role
            o["original"] += role == "original"
    return out


def listing_jobs(
    renderer: Renderer,
    stories: list[Summary],
    topics: list[TopicLink],
    outlet_urls: dict[str, str],
    per_page: int,
) -> list[PageJob]:
    """Every listing page, in a fixed order: the front pages (ranked, then latest), each
    topic's, each outlet's and the outlets index, each month's and the archive index, then
    about, search and 404."""
    ordered = newest_first(stories)
    jobs = _front_pages(renderer, ordered, per_page)
    for t in topics:
        jobs += _topic_pages(renderer, t, [s for s in ordered if s.topic == t.slug], per_page)
    outlet_jobs, outlet_entries = _outlet_pages(renderer, ordered, outlet_urls, per_page)
    jobs += outlet_jobs
    jobs.append(
        simple_page(
            renderer,
            "outlets/",
            "archive.html",
            heading="Outlets",
            intro="Every outlet cited by our stories: how often it reported, and how often it was first.",
            # a discussion site (Hacker News) reported nothing: listed apart, not as an outlet
            entries=[e for e in outlet_entries if not e.get("discussion")],
            more_heading="Discussion sites",
            more_intro="Where readers discussed our stories; shown on each story beside its sources.",
            more=[e for e in outlet_entries if e.get("discussion")],
        )
    )
    month_jobs, month_entries = _month_pages(renderer, ordered)
    jobs += month_jobs
    jobs.append(
        simple_page(
            renderer,
            "archive/",
            "archive.html",
            heading="Archive",
            intro="Every story, by the month its coverage began.",
            entries=month_entries,
        )
    )
    return [*jobs, *_fixed_pages(renderer)]


def _fixed_pages(renderer: Renderer) -> list[PageJob]:
    """About, search and 404: one page each, whatever the stories."""
    title = renderer.config.site.title
    about = simple_page(
        renderer,
        "about/",
        "about.html",
        page_title=f"About and methodology — {title}",
        ranking=ranking.EXPLAINED,
    )
    missing = simple_page(
        renderer,
        "404.html",
        "404.html",
        absolute_root=True,
        page_title=f"Page not found — {title}",
        noindex=True,
    )
    return [about, search_page(renderer), missing]


def _count(n: int) -> str:
    """``1 story``, ``2 stories``."""
    return f"{n} stor{'y' if n == 1 else 'ies'}"


def _front_pages(renderer: Renderer, ordered: list[Summary], per_page: int) -> list[PageJob]:
    """The site's front page and its next pages, most significant first (ranking.py), then
    the "Latest" view beside it: every story, newest first."""
    site = renderer.config.site
    feeds = [{"url": "atom.xml", "label": "Atom"}, {"url": "rss.xml", "label": "RSS"}]
    views = [{"url": "", "label": "Top stories"}, {"url": LATEST, "label": "Latest"}]
    jobs = paged(
        renderer,
        "",
        ranking.ranked(ordered),
        per_page,
        heading=site.title,  # the tabs name the order (the h1 said "Top stories" twice over)
        intro=site.description,
        feeds=feeds,
        views=views,
        view="",
        ranked=True,
        page_title=site.title,
    )
    return jobs + paged(
        renderer,
        LATEST,
        ordered,
        per_page,
        heading=site.title,
        intro=site.description,
        feeds=feeds,
        views=views,
        view=LATEST,
        page_title=f"Latest stories — {site.title}",
    )


def _topic_pages(
    renderer: Renderer, t: TopicLink, mine: list[Summary], per_page: int
) -> list[PageJob]:
    """A topic's pages, listing ``mine`` (its stories, newest first), with its feeds."""
    feeds = [
        {"url": t.url + "atom.xml", "label": "Atom"},
        {"url": t.url + "rss.xml", "label": "RSS"},
    ]
    return paged(
        renderer,
        t.url,
        mine,
        per_page,
        heading=t.name,
        intro=t.description,
        feeds=feeds,
        stats=_count(len(mine)) if mine else "",  # (the empty page says so in words)
        page_title=f"{t.name} — {renderer.config.site.title}",
    )


def _outlet_pages(
    renderer: Renderer, ordered: list[Summary], outlet_urls: dict[str, str], per_page: int
) -> tuple[list[PageJob], list[dict[str, str]]]:
    """Each outlet's pages (most cited first), and its entry in the outlets index."""
    jobs: list[PageJob] = []
    entries = []
    outlets = outlet_index(ordered)
    for outlet in sorted(outlets, key=lambda o: (-len(outlets[o]["stories"]), o)):
        o = outlets[outlet]
        n, orig = len(o["stories"]), o["original"]
        talk = all(r == "discussion" for r in o["roles"].values())  # a thread, not a report
        note = f"{_count(n)} · discussed" if talk else _outlet_note(n, orig)
        entry = {"url": outlet_urls[outlet], "label": o["name"], "note": note}
        entries.append({**entry, "discussion": "yes"} if talk else entry)
        stats = (
            f"Its threads discussed {_count(n)} on this site; a discussion site, not a news outlet."
            if talk
            else _outlet_stats(n, orig)
        )
        jobs += paged(
            renderer,
            outlet_urls[outlet],
            o["stories"],
            per_page * ROWS_PER_PAGE,
            "rows.html",
            heading=o["name"],
            intro=outlet,
            stats=stats,
            roles=o["roles"],
            page_title=f"{o['name']} — {renderer.config.site.title}",
        )
    return jobs, entries


def _outlet_note(n: int, orig: int) -> str:
    """``2 stories · original in 1``; a zero part is left out (``2 stories``, not "original in 0")."""
    return f"{_count(n)} · original in {orig}" if orig else _count(n)


def _outlet_stats(n: int, orig: int) -> str:
    """An outlet page's line: how often it was first to report, in words when never."""
    said = f"Reported in {_count(n)} on this site"
    if not orig:
        return f"{said}; not the first to report {'it' if n == 1 else 'any of them'}."
    if n == 1:
        return f"{said}; first to report it (original)."
    return f"{said}; first to report (original) in {orig} of them ({round(100 * orig / n)}%)."


def _month_pages(
    renderer: Renderer, ordered: list[Summary]
) -> tuple[list[PageJob], list[dict[str, str]]]:
    """Each month's page (newest month first, all its stories on one page), and its entry in
    the archive index."""
    months: dict[tuple[str, str], list[Summary]] = defaultdict(list)
    for s in ordered:
        ym = urls.month_of(s.date)
        if ym:
            months[ym].append(s)
    jobs: list[PageJob] = []
    entries = []
    for (y, m), items in sorted(months.items(), reverse=True):
        url = urls.month_url(y, m)
        label = f"{MONTHS[int(m) - 1]} {y}" if 1 <= int(m) <= 12 else f"{y}-{m}"
        entries.append({"url": url, "label": label, "note": _count(len(items))})
        jobs += paged(
            renderer,
            url,
            items,
            max(len(items), 1),
            "rows.html",
            heading=f"Archive: {label}",
            page_title=f"{label} — {renderer.config.site.title}",
        )
    return jobs, entries
