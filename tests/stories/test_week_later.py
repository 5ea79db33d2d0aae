"""A development a week later: a lone article that retells it joins the story by its names; a
development with coverage of its own is a story of its own, as the real labels have it
(AllSides files "FDA to approve Pfizer for ages 12-15 by next week" and, a week later, "FDA
authorizes Pfizer vaccine for 12-15 year olds" as two stories; docs/benchmarks.md, session 37)."""

from __future__ import annotations

from newsdesk.stories import group_items

from newsdesk.config import StoriesConfig

from .conftest import item  # noqa: TID252

FIRST = (
    "Brightforge engineers said the TokenRank leaderboard of AI usage pushed colleagues to leave "
    "agents running overnight to climb the table, and the company switched the leaderboard off "
    "on Monday after complaints from staff. Managers had looked at the ranking in reviews."
)
SECOND = (
    "Staff at Brightforge gamed TokenRank, an internal ranking of AI token use, by letting agents "
    "loop all night; the developer-tools company removed the leaderboard on Monday. The ranking "
    "had been consulted by managers during performance reviews."
)
RETURN = (
    "Brightforge said on Tuesday it would bring back TokenRank next month as a private dashboard "
    "without a leaderboard, a week after engineers described gaming it. Each team will see only "
    "its own AI spending, and the figures will be kept out of performance reviews."
)
RETURN_TOO = (
    "A week after it scrapped its leaderboard, Brightforge will relaunch TokenRank as a private "
    "dashboard that shows each team only its own AI spending, the company told staff. The "
    "numbers will not be used in reviews."
)
ITEMS = [
    item("a", "https://ledger.example/2026/03/02/brightforge", "Brightforge engineers say AI "
         "leaderboard pushed them to burn tokens", FIRST, "2026-03-02T06:00:00Z"),
    item("b", "https://circuit.example/2026/03/02/tokenrank", "Brightforge kills TokenRank "
         "leaderboard after staff gamed it", SECOND, "2026-03-02T13:00:00Z"),
    item("c", "https://circuit.example/2026/03/10/tokenrank-returns", "Brightforge brings "
         "TokenRank back as a private dashboard", RETURN, "2026-03-10T09:00:00Z"),
    item("d", "https://harbor.example/2026/03/10/tokenrank", "TokenRank returns at Brightforge, "
         "without the leaderboard", RETURN_TOO, "2026-03-10T15:00:00Z"),
]  # fmt: skip


def _groups(items) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return sorted((set(s.item_ids) for s in group_items(items, StoriesConfig())), key=min)


def test_a_lone_article_a_week_later_joins_the_story() -> None:
    assert _groups(ITEMS[:3]) == [{"a", "b", "c"}]


def test_a_development_with_coverage_of_its_own_a_week_later_is_its_own_story() -> None:
    assert _groups(ITEMS) == [{"a", "b"}, {"c", "d"}]
