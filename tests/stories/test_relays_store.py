"""The crawl -> stories path with a relay: pages extracted as the crawler does, Ars never fetched."""

from __future__ import annotations

from newsdesk.crawler.extract import extract_page
from newsdesk.stories import update_stories

from newsdesk.config import Config
from newsdesk.models import Item
from newsdesk.store import Store
from newsdesk.story_store import load_stories

from .conftest import LEADERBOARD, article  # noqa: TID252

ARS = "https://arstechnica.com/ai/2026/03/token-leaderboards/"
FT = "https://www.ft.com/content/0a1b2c3d"
PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{lead}</p>
<p>Here is how <a href="{ars}">Ars Technica</a> put it:</p>
<blockquote><p>Staff at the firm let agents loop all night to climb the ranking, according to
<a href="{ft}">the Financial Times</a>, which saw the internal dashboard.</p></blockquote>
<p>We have asked the company for comment and will update this post if it replies. Meanwhile,
<a href="https://news.ycombinator.com/">the usual forum</a> is arguing about Goodhart's law.</p>
</article></body></html>"""


def page(url: str, title: str, lead: str, when: str) -> Item:
    html = PAGE.format(title=title, lead=lead, ars=ARS, ft=FT).encode()
    ex = extract_page(html, url=url, content_type="text/html; charset=utf-8")
    assert ex.read and "according to" in ex.text and ARS in ex.links
    return Item(id=url.rsplit("/", 1)[-1], url=url, title=title, text=ex.text, published=when,
                links=ex.links)  # fmt: skip


def test_a_block_quoted_relay_credits_the_paper_behind_the_unfetched_relay(config: Config) -> None:
    items = [
        page("https://pixelpost.example/2026/03/02/token-board", "Token boards gamed",
             LEADERBOARD, "2026-03-02T12:00:00Z"),
        page("https://weeklybits.example/2026/03/02/leaderboards", "Leaderboard gaming spreads",
             LEADERBOARD.replace("Engineers", "Developers"), "2026-03-02T15:00:00Z"),
    ]  # fmt: skip
    with Store(config.path(config.crawl.database)) as store:
        for it in items:
            store.save_article(article(it), content_hash=str(hash(it.text)))
        update_stories(config, store)
        [story] = load_stories(store)
    by_outlet = {s.outlet: s for s in story.sources}
    assert story.sources[0].outlet == "ft.com" and story.sources[0].role == "original"
    assert by_outlet["ft.com"].read is False and by_outlet["ft.com"].cited_by[0] == ARS
    assert by_outlet["arstechnica.com"].role == "coverage"
    assert not by_outlet["arstechnica.com"].read
    assert "news.ycombinator.com" not in by_outlet
