"""The site's own feeds: for feed readers, Atom + RSS site-wide and per topic and a corrections
feed (feedgen); for search engines, sitemap.xml and the robots.txt that points to it. Canonical
links, Open Graph, Twitter cards and JSON-LD are in the templates and :mod:`sitebuilder.article`.

Feeds list published stories only (never drafts), newest first, at most ``FEED_SIZE`` each.
A feed's time (Atom ``<updated>``, RSS ``<lastBuildDate>``) is its newest entry's. A feed with
no entries gets no ``<lastBuildDate>`` (RSS makes it optional); Atom requires ``<updated>``, so
an empty Atom feed says the time of the newest content the build read (a draft's, in a
``--drafts`` build), else the build's time (``SOURCE_DATE_EPOCH`` when set): never 1970.
A story's entry is dated by the story (:func:`entry_times`): its ``date`` (``<published>``,
RSS ``<pubDate>``) and its ``updated``; a story with no ``date`` by the time its file records
instead (its first approval, when an editor published it, else its last crawl), and one that
records no time at all is left out of the feeds (Atom requires ``<updated>``; a made-up time
would be a false one), with a warning from the build; its page is built as usual.
Every text goes through :func:`xml_text`: a content file is edited by hand and may hold
characters XML 1.0 forbids (a NUL, a ``\\x1b`` written as a YAML escape), on which lxml
raised and the build ended in a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from html import escape
from xml.sax.saxutils import escape as xml_escape

from feedgen.feed import FeedGenerator
from newsdesk.sitebuilder import urls
from newsdesk.sitebuilder.models import Summary
from newsdesk.sitebuilder.pages import PageJob, newest_first
from newsdesk.sitebuilder.render import TopicLink, _parse

from newsdesk.config import Config

FEED_SIZE = 50
# what XML 1.0 does not allow in a document: C0 controls but tab, newline and carriage
# return; lone surrogates; U+FFFE and U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters an XML document may not hold."""
    return _NOT_XML.sub("", text)


def when(value: str | None) -> dt.datetime | None:
    """A front-matter time as an aware datetime (a date: its midnight, UTC); None if none."""
    d = _parse(value)
    if d is None:
        return None
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    return d if d.tzinfo else d.replace(tzinfo=dt.UTC)


def content_time(stories: list[Summary]) -> dt.datetime | None:
    """The newest time the stories' files record (dates, updates, corrections), or None."""
    times = [when(t) for s in stories for t in (s.date, s.updated)]
    times += [when(c.at) for s in stories for c in s.corrections]
    return max((t for t in times if t is not None), default=None)


def entry_times(s: Summary) -> tuple[dt.datetime | None, dt.datetime | None]:
    """(published, updated) of a story's feed entry: its date, else the time its file records
    (``Summary.recorded``); its update, else that, or its latest correction when that is newer.
    ``updated`` None: nothing dates the story,
    and the feeds leave it out (see module doc)."""
    published = when(s.date) or when(s.recorded)
    updated = when(s.updated) or published
    if updated is None:
        return published, None
    fixed = [t for c in s.corrections if (t := when(c.at)) is not None]  # a correction is an
    return published, max([updated, *fixed])  # update: feed readers show the entry again


def _feed_order(s: Summary) -> tuple[str, str]:
    """Newest first, as pages.newest_first; an undated story by the time it is known by."""
    return (s.date or s.recorded or s.updated or "", s.url)


def build_time() -> dt.datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` (reproducible builds) when it is set to whole seconds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _empty_time(fallback: dt.datetime | None) -> dt.datetime:
    return fallback if fallback is not None else build_time()


def _rss(fg: FeedGenerator, empty: bool) -> bytes:
    """RSS 2.0 with no ``<lastBuildDate>`` when there is no item to date it by."""
    data: bytes = fg.rss_str(pretty=True)
    return _LAST_BUILD.sub(b"", data) if empty else data


_LAST_BUILD = re.compile(rb"\n\s*<lastBuildDate>[^<]*</lastBuildDate>")


def _feed(config: Config, title: str, self_url: str, page_url: str, subtitle: str) -> FeedGenerator:
    fg = FeedGenerator()
    base = config.site.base_url
    fg.id(urls.absolute(base, self_url))
    fg.title(xml_text(title))
    fg.subtitle(xml_text(subtitle or title))
    fg.author({"name": xml_text(config.site.author)})
    fg.link(href=urls.absolute(base, page_url), rel="alternate")
    fg.link(href=urls.absolute(base, self_url), rel="self")
    fg.language(config.site.language)
    fg.generator("newsdesk")
    return fg


def _stories_feed(
    config: Config,
    stories: list[Summary],
    head: tuple[str, str, str],
    fallback: dt.datetime | None,
) -> dict[str, Callable[[], bytes]]:
    """head: (title, page_url, subtitle); fallback: the empty Atom feed's time (content_time)."""
    title, page_url, subtitle = head

    def build(self_url: str) -> FeedGenerator:
        fg = _feed(config, title, self_url, page_url, subtitle)
        latest: dt.datetime | None = None
        for s in reversed(stories):  # feedgen prepends: add oldest first
            published, updated = entry_times(s)
            if updated is None:  # (feed_jobs lists only the stories a time dates)
                continue
            fe = fg.add_entry()
            link = urls.absolute(config.site.base_url, s.url)
            fe.id(link)
            fe.title(xml_text(s.title))
            fe.link(href=link)
            fe.summary(xml_text(s.synopsis))
            # plain text: the page's [n] links are in-page anchors that mean nothing in a reader
            text = f"<p>{escape(s.synopsis)}</p><p>{escape(s.counts_line)}</p>"
            fe.content(xml_text(text), type="html")
            if published is not None:
                fe.published(published)
            fe.updated(updated)
            fe.category(term=xml_text(s.topic))
            latest = updated if latest is None else max(latest, updated)
        fg.updated(latest if latest is not None else _empty_time(fallback))
        return fg

    return {
        page_url + "atom.xml": lambda: build(page_url + "atom.xml").atom_str(pretty=True),
        page_url + "rss.xml": lambda: _rss(build(page_url + "rss.xml"), not stories),
    }


def _corrections_feed(
    config: Config, stories: list[Summary], fallback: dt.datetime | None
) -> bytes:
    fg = _feed(
        config,
        f"{config.site.title}: corrections",
        "corrections.xml",
        "",
        "Corrections to our stories",
    )
    items = sorted(  # a correction with no time: the story's (and none: left out)
        (
            (at, c, s, i)
            for s in stories
            for i, c in enumerate(s.corrections, start=1)
            if (at := when(c.at) or entry_times(s)[1]) is not None
        ),
        key=lambda t: (t[0], t[2].url),
    )
    latest: dt.datetime | None = None
    for at, c, s, i in items:
        fe = fg.add_entry()
        link = urls.absolute(config.site.base_url, s.url) + f"#correction-{i}"
        fe.id(link)
        fe.title(xml_text(f"Correction: {s.title}"))
        fe.link(href=link)
        fe.content(xml_text(c.note), type="text")
        fe.updated(at)
        fe.published(at)
        if c.editor:
            fe.author({"name": xml_text(c.editor)})
        latest = at if latest is None else max(latest, at)
    fg.updated(latest if latest is not None else _empty_time(fallback))
    return fg.atom_str(pretty=True)


def feed_jobs(config: Config, stories: list[Summary], topics: list[TopicLink]) -> list[PageJob]:
    published = [s for s in newest_first(stories) if not s.is_draft]
    dated = sorted(  # (for dated stories the order of newest_first)
        (s for s in published if entry_times(s)[1] is not None), key=_feed_order, reverse=True
    )
    fallback = content_time(stories)  # (the build's time is left out of the jobs' keys)
    when_empty = fallback.isoformat() if fallback else "build time"
    jobs = []
    groups = [("", dated[:FEED_SIZE], config.site.title, config.site.description)]
    for t in topics:
        mine = [s for s in dated if s.topic == t.slug][:FEED_SIZE]
        groups.append((t.url, mine, f"{config.site.title}: {t.name}", t.description))
    for page_url, items, title, subtitle in groups:
        data = [[s.url, s.key] for s in items]
        head = (title, page_url, subtitle)
        for path, fn in _stories_feed(config, items, head, fallback).items():
            key = ["feed", path, title, subtitle, data] + ([] if data else [when_empty])
            jobs.append(PageJob(path, key, fn))
    with_corr = [s for s in published if s.corrections]
    jobs.append(
        PageJob(
            "corrections.xml",
            [
                "corrections",
                [[s.url, s.title, [c.__dict__ for c in s.corrections]] for s in with_corr],
            ]
            + ([] if with_corr else [when_empty]),
            lambda: _corrections_feed(config, with_corr, fallback),
        )
    )
    return jobs


def sitemap(config: Config, pages: list[tuple[str, str | None]]) -> bytes:
    """pages: (site path, lastmod or None), e.g. ("2026/05/slug/", "2026-05-12")."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for url, lastmod in pages:
        loc = xml_escape(urls.absolute(config.site.base_url, url))
        mod = f"<lastmod>{xml_escape(lastmod[:10])}</lastmod>" if lastmod else ""
        lines.append(f"<url><loc>{loc}</loc>{mod}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def robots(config: Config) -> bytes:
    sm = urls.absolute(config.site.base_url, "sitemap.xml")
    return f"User-agent: *\nAllow: /\nDisallow: {urls.base_path(config.site.base_url)}404.html\n\nSitemap: {sm}\n".encode()


def seo_jobs(config: Config, pages: list[tuple[str, str | None]]) -> list[PageJob]:
    pages = sorted(set(pages))
    return [
        PageJob("sitemap.xml", ["sitemap", pages], lambda: sitemap(config, pages)),
        PageJob("robots.txt", ["robots"], lambda: robots(config)),
    ]
