"""The site's own feeds (feedgen): Atom + RSS site-wide and per topic, and a corrections feed.

Feeds list published stories only (never drafts), newest first, at most ``FEED_SIZE`` each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from feedgen.feed import FeedGenerator
from newsdesk.sitebuilder import urls
from newsdesk.sitebuilder.models import Summary
from newsdesk.sitebuilder.pages import PageJob, newest_first
from newsdesk.sitebuilder.render import TopicLink, _parse

from newsdesk.config import Config

FEED_SIZE = 50
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def when(value: str | None) -> dt.datetime:
    d = _parse(value)
    if d is None:
        return EPOCH
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    return d if d.tzinfo else d.replace(tzinfo=dt.UTC)


def _feed(config: Config, title: str, self_url: str, page_url: str, subtitle: str) -> FeedGenerator:
    fg = FeedGenerator()
    base = config.site.base_url
    fg.id(urls.absolute(base, self_url))
    fg.title(title)
    fg.subtitle(subtitle or title)
    fg.author({"name": config.site.author})
    fg.link(href=urls.absolute(base, page_url), rel="alternate")
    fg.link(href=urls.absolute(base, self_url), rel="self")
    fg.language(config.site.language)
    fg.generator("newsdesk")
    return fg


def _stories_feed(
    config: Config, stories: list[Summary], title: str, page_url: str, subtitle: str
) -> dict[str, Callable[[], bytes]]:
    def build(self_url: str) -> FeedGenerator:
        fg = _feed(config, title, self_url, page_url, subtitle)
        latest = EPOCH
        for s in reversed(stories):  # feedgen prepends: add oldest first
            fe = fg.add_entry()
            link = urls.absolute(config.site.base_url, s.url)
            fe.id(link)
            fe.title(s.title)
            fe.link(href=link)
            fe.summary(s.synopsis)
            # plain text: the page's [n] links are in-page anchors that mean nothing in a reader
            fe.content(f"<p>{escape(s.synopsis)}</p><p>{escape(s.counts_line)}</p>", type="html")
            fe.published(when(s.date))
            fe.updated(when(s.updated or s.date))
            fe.category(term=s.topic)
            latest = max(latest, when(s.updated or s.date))
        fg.updated(latest)
        return fg

    return {
        page_url + "atom.xml": lambda: build(page_url + "atom.xml").atom_str(pretty=True),
        page_url + "rss.xml": lambda: build(page_url + "rss.xml").rss_str(pretty=True),
    }


def _corrections_feed(config: Config, stories: list[Summary]) -> bytes:
    fg = _feed(
        config,
        f"{config.site.title}: corrections",
        "corrections.xml",
        "",
        "Corrections to our stories",
    )
    items = sorted(
        ((c, s, i) for s in stories for i, c in enumerate(s.corrections, start=1)),
        key=lambda t: (when(t[0].at), t[1].url),
    )
    latest = EPOCH
    for c, s, i in items:
        fe = fg.add_entry()
        link = urls.absolute(config.site.base_url, s.url) + f"#correction-{i}"
        fe.id(link)
        fe.title(f"Correction: {s.title}")
        fe.link(href=link)
        fe.content(c.note, type="text")
        fe.updated(when(c.at))
        fe.published(when(c.at))
        if c.editor:
            fe.author({"name": c.editor})
        latest = max(latest, when(c.at))
    fg.updated(latest)
    return fg.atom_str(pretty=True)


def feed_jobs(config: Config, stories: list[Summary], topics: list[TopicLink]) -> list[PageJob]:
    published = [s for s in newest_first(stories) if not s.is_draft]
    jobs = []
    groups = [("", published[:FEED_SIZE], config.site.title, config.site.description)]
    for t in topics:
        mine = [s for s in published if s.topic == t.slug][:FEED_SIZE]
        groups.append((t.url, mine, f"{config.site.title}: {t.name}", t.description))
    for page_url, items, title, subtitle in groups:
        data = [[s.url, s.key] for s in items]
        for path, fn in _stories_feed(config, items, title, page_url, subtitle).items():
            jobs.append(PageJob(path, ["feed", path, title, subtitle, data], fn))
    with_corr = [s for s in published if s.corrections]
    jobs.append(
        PageJob(
            "corrections.xml",
            [
                "corrections",
                [[s.url, s.title, [c.__dict__ for c in s.corrections]] for s in with_corr],
            ],
            lambda: _corrections_feed(config, with_corr),
        )
    )
    return jobs
