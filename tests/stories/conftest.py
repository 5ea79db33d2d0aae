"""Shared fixtures for the stories tests: a small hand-written news week."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit import config_data

from newsdesk.config import Config, parse_config
from newsdesk.models import Article, Discussion, Item

LEADERBOARD = (
    "Engineers at a large software company have been leaving AI agents running overnight to "
    "inflate their token usage and climb an internal leaderboard that managers consult in "
    "performance reviews. One engineer said colleagues asked a model to rewrite the same unit "
    "test thousands of times in a single evening. The leaderboard was introduced in January to "
    "encourage adoption of coding assistants, and the company spent an estimated two million "
    "dollars on the idle loops in February alone."
)
ARS = (
    "According to the Financial Times, staff at a big software firm are gaming an internal AI "
    "leaderboard by letting agents loop all night, pushing their token counts up. Managers look "
    "at the ranking when they review performance. The firm introduced it in January to get "
    "people using coding assistants; idle loops cost it about two million dollars in February."
)
AMAZON_JOBS = (
    "Amazon will eliminate about 14,000 corporate positions, the company said in a memo to "
    "staff on Tuesday. The cuts target middle management in the retail and devices divisions. "
    "Affected employees will receive sixteen weeks of severance and help finding other roles, "
    "and chief executive Andy Jassy wrote that the company had accumulated too many layers."
)
AMAZON_KINDLE = (
    "Amazon announced a colour version of the Kindle Scribe at an event in New York on "
    "Thursday. The device has an eleven inch display and a redesigned stylus with an eraser on "
    "the end. It will cost 399 dollars and ships on April 9, and handwritten notes can now be "
    "converted to text and sent to a phone."
)


def item(id: str, url: str, title: str, text: str = "", when: str = "2026-03-02T08:00:00Z",
         links: tuple[str, ...] = (), read: bool = True) -> Item:  # fmt: skip
    return Item(id=id, url=url, title=title, text=text, published=when, links=links, read=read)


@pytest.fixture
def week() -> list[Item]:
    """Leaderboard story (paywalled FT original cited by Ars, Ars cited by a blog, a syndicated
    copy of the blog, the blog's AMP page) and two Amazon stories in the same week."""
    ars = "https://arstechnica.com/ai/2026/03/token-leaderboards/"
    blog = "https://aiweekly.example/2026/03/token-leaderboard-gaming"
    return [
        item(
            "ars",
            ars + "?utm_source=rss&utm_medium=feed",
            "Workers game AI token leaderboards, FT reports",
            ARS,
            "2026-03-02T10:00:00Z",
            links=("https://www.ft.com/content/0a1b2c3d",),
        ),
        item(
            "blog",
            blog,
            "Token leaderboard gaming spreads",
            LEADERBOARD + " The figures come via Ars Technica.",
            "2026-03-02T14:00:00Z",
            links=(ars,),
        ),
        item(
            "syndicated",
            "https://portalnews.example/story/token-leaderboard-gaming-1234",
            "Staff game token leaderboards",
            LEADERBOARD + " The figures come via Ars Technica. This article first appeared on "
            "AI Weekly.",
            "2026-03-02T16:00:00Z",
            links=(ars,),
        ),
        item(
            "blog-amp",
            "https://amp.aiweekly.example/2026/03/token-leaderboard-gaming/amp",
            "Token leaderboard gaming spreads",
            "",
            "2026-03-02T14:05:00Z",
        ),  # fmt: skip
        item(
            "jobs",
            "https://www.reuters.com/business/amazon-cuts-14000-jobs/",
            "Amazon to cut 14,000 corporate jobs",
            AMAZON_JOBS,
            "2026-03-03T13:00:00Z",
        ),  # fmt: skip
        item(
            "kindle",
            "https://www.theverge.com/2026/3/5/amazon-kindle-scribe-colour",
            "Amazon unveils a colour Kindle Scribe",
            AMAZON_KINDLE,
            "2026-03-05T15:00:00Z",
        ),  # fmt: skip
    ]


def article(it: Item, *, topics: tuple[str, ...] = ("tokenmaxxing",), **kw: object) -> Article:
    fields = dict(
        id=it.id,
        url=it.url,
        canonical_url=it.url,
        title=it.title,
        text=it.text,
        published=it.published,
        links=it.links,
        read=it.read,
        source="feed",
        topics=topics,
    )
    fields.update(kw)
    return Article(**fields)  # type: ignore[arg-type]


def hn_link(hn_id: int, url: str, title: str = "Workers game token leaderboards") -> Discussion:
    return Discussion(hn_id=hn_id, title=title, url=url, points=120, num_comments=48,
                      created="2026-03-02T18:00:00Z", topics=("tokenmaxxing",))  # fmt: skip


@pytest.fixture
def config(tmp_path: Path) -> Config:
    """The tests' config (testkit.config_data), trusting the two outlets of the week."""
    data = config_data(
        crawl={"database": "newsdesk.db"}, outlets={"trusted": ["arstechnica.com", "ft.com"]}
    )
    return parse_config(data, root=tmp_path)
