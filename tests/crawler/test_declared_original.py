"""A syndicated copy names its original on another site (rel=canonical, og:url): the copy keeps
its own URL as its canonical, the named URL is stored beside it as ``declared_original`` (a
claim), and the original is still fetched when a feed lists it. No network: MockTransport."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from newsdesk.crawler.article_phase import ArticlePhase
from newsdesk.crawler.context import Counts, CrawlContext, LogProgress
from newsdesk.crawler.extract import MAX_URL, extract_page
from newsdesk.crawler.feed_phase import FeedPhase
from newsdesk.crawler.fetch import Fetcher
from newsdesk.crawler.guard import Robots, SchemeCheck
from newsdesk.crawler.hn_phase import Discussions
from newsdesk.crawler.intake import TopicMatcher

from newsdesk.config import Config, load_config
from newsdesk.store import Store

from .test_phases import TOML  # noqa: TID252

ORIGINAL = "http://ledger.test/2026/03/02/token-board"
COPY = "http://portal.test/news/token-board"
PARA = (
    "Staff at the firm said an internal board ranked everyone by the model tokens they spent "
    "each week, and tokenmaxxing soon stood in for effort; some left agent loops running all "
    "night so their totals kept pace. "
)


def _page(title: str, head: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head>"
        f"<body><article><p>{PARA * 3}</p></article></body></html>"
    )


def _feed(links: list[str]) -> str:
    items = "".join(
        f"<item><title>Tokenmaxxing board {i}</title><link>{u}</link><guid>{u}</guid></item>"
        for i, u in enumerate(links)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}</channel></rss>'
    )


def _crawl(config: Config, store: Store, listed: list[str]) -> None:
    """One crawl of a feed listing ``listed``; the copy names the original as its canonical."""

    def handler(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.path == "/feed.xml":
            return httpx.Response(200, text=_feed(listed), headers={"Content-Type": "text/xml"})
        head = f'<link rel="canonical" href="{ORIGINAL}">' if url == COPY else ""
        return httpx.Response(200, text=_page("Tokenmaxxing board", head), headers=HTML)

    async def run() -> None:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client,
            Fetcher(config.crawl, client=client, guard=SchemeCheck()) as fetcher,
        ):
            ctx = CrawlContext(
                config=config,
                store=store,
                run_id=store.start_run("crawl"),
                fetcher=fetcher,
                robots=Robots(fetcher, config.crawl.user_agent),
                matcher=TopicMatcher(config.topics),
                display=LogProgress(quiet=True),
                counts=Counts(),
                replaying=False,
            )
            await FeedPhase(ctx).run()
            await ArticlePhase(ctx, Discussions(ctx)).run()

    asyncio.run(run())


HTML = {"Content-Type": "text/html; charset=utf-8"}
ACCENTS = "\u00e9" * 700


def test_a_copy_keeps_its_url_records_its_original_and_the_original_is_still_fetched(
    tmp_path: Path,
) -> None:
    (tmp_path / "newsdesk.toml").write_text(TOML, encoding="utf-8")
    config = load_config(tmp_path / "newsdesk.toml")
    with Store(config.path(config.crawl.database)) as store:
        _crawl(config, store, [COPY])  # the copy first: the original is not in the feed yet
        (copy,) = store.articles()
        assert (copy.canonical_url, copy.declared_original) == (COPY, ORIGINAL)
        assert copy.to_json()["declared_original"] == ORIGINAL
        _crawl(config, store, [COPY, ORIGINAL])  # the next run: a feed lists the original
        got = {a.url: a for a in store.articles()}
    assert sorted(got) == [ORIGINAL, COPY]
    assert (got[ORIGINAL].canonical_url, got[ORIGINAL].declared_original) == (ORIGINAL, None)
    assert got[ORIGINAL].read and got[ORIGINAL].read_reason == "full text"


@pytest.mark.parametrize(
    ("head", "declared"),
    [
        # rel=canonical outranks og:url: a page naming its own URL first claims nothing
        (
            f'<link rel="canonical" href="{COPY}"><meta property="og:url" content="{ORIGINAL}">',
            None,
        ),
        (f'<meta property="og:url" content="{ORIGINAL}?utm_source=x#top">', ORIGINAL),
        ('<link rel="canonical" href="http://ledger.test/">', None),  # a home page is no original
        (f'<link rel="canonical" href="{ORIGINAL}?q={"x" * MAX_URL}">', None),  # too long
        ('<link rel="canonical" href="http://[ledger.test/x">', None),  # not a URL: raised
        # cleaning percent-encodes the query: 700 characters become 4,200
        (f'<link rel="canonical" href="{ORIGINAL}?q={ACCENTS}">', None),
        # a page's URL carries no user name or password; a browser reads the second as
        # portal.evil's page, Python as ledger.test's
        (f'<link rel="canonical" href="{ORIGINAL.replace("//", "//u:secret@")}">', None),
        ('<link rel="canonical" href="http://portal.evil\\@ledger.test/x/y">', None),
    ],
    ids=[
        "own-first",
        "og-url",
        "home-page",
        "too-long",
        "unparsable",
        "too-long-cleaned",
        "credentials",
        "backslash-userinfo",
    ],  # fmt: skip
)
def test_what_counts_as_a_declared_original(head: str, declared: str | None) -> None:
    ex = extract_page(_page("Tokenmaxxing board", head).encode(), url=COPY)
    assert (ex.canonical_url, ex.declared_original) == (COPY, declared)


def test_a_page_naming_its_own_site_in_punycode_claims_no_other_site() -> None:
    """bücher.example's page naming xn--bcher-kva.example (the same host, ASCII-encoded) names
    its own site: it is the page's canonical URL, never an original on another site."""
    own = "http://bücher.example/2026/03/02/board"
    head = '<link rel="canonical" href="http://xn--bcher-kva.example/2026/03/02/board-2">'
    ex = extract_page(_page("Tokenmaxxing board", head).encode(), url=own)
    assert ex.declared_original is None
    assert ex.canonical_url == "http://xn--bcher-kva.example/2026/03/02/board-2"


def test_an_enormous_canonical_url_on_the_page_s_own_site_is_not_its_identity() -> None:
    """A rel=canonical of a megabyte on the page's own site was stored as the article's
    canonical URL; past 2,000 characters the page keeps its own URL, as with a declared
    original."""
    head = f'<link rel="canonical" href="{COPY}/{"x" * 1_000_000}">'
    ex = extract_page(_page("Tokenmaxxing board", head).encode(), url=COPY)
    assert (ex.canonical_url, ex.declared_original) == (COPY, None)
