"""Stories written for these tests (original prose, invented outlets and people)."""

from __future__ import annotations

import pytest

from newsdesk.models import Item, StoryInput

FT = (
    "Meta has quietly ranked its engineers by how many AI tokens they consume, according to "
    "internal documents seen by the Financial Times. The leaderboard, launched in March, showed "
    "the top 100 users by monthly token spend.\n\n"
    "\u201cThere is just so much pressure,\u201d one employee told the FT. Some staff wrote scripts "
    "that sent the same prompt thousands of times to climb the rankings.\n\n"
    "Sign up for our newsletter to read more.\n\n"
    "The company said the dashboard was meant to encourage experimentation with its coding "
    "assistants. In 2024, Meta spent $2.5 billion on AI infrastructure, a figure that has since "
    "grown sharply."
)
ARS = (
    "According to the Financial Times, Meta has been ranking engineers by the number of AI tokens "
    "they consume. Some employees wrote scripts that sent the same prompt thousands of times to "
    "climb the rankings, the FT reported. \u201cThere is just so much pressure,\u201d one employee "
    "told the FT. Critics on social media called the practice tokenmaxxing and compared it to "
    "padding timesheets. Read more: our AI coverage."
)
BLOG = (
    "Engineers at Meta have been gaming an internal leaderboard that ranks them by AI token "
    "consumption, the Financial Times reported on Tuesday. The leaderboard showed the top 100 "
    "users by monthly token spend. Dana Whitfield, a Meta spokesperson, said: \u201cThe dashboard "
    "was an experiment and we are reviewing how it is used.\u201d"
)


@pytest.fixture
def story() -> StoryInput:
    return StoryInput(
        title="Meta staff game an AI token leaderboard",
        keywords=("tokenmaxxing",),
        items=(
            Item(
                "ft",
                "https://www.ft.com/content/1",
                "Meta ranks engineers by AI tokens",
                FT,
                "2026-05-12T09:00:00Z",
                "Financial Times",
            ),
            Item(
                "ars",
                "https://arstechnica.com/ai/2",
                "Meta staff game a token board",
                ARS,
                "2026-05-12T15:10:00Z",
                "Ars Technica",
            ),
            Item(
                "blog",
                "https://blog.example.org/3",
                "Tokenmaxxing at Meta",
                BLOG,
                "2026-05-13T08:00:00Z",
                "Example Blog",
            ),
        ),
    )


FIVE = [
    "Northwind Labs said on Monday that it will cap each engineer at 40 million tokens a month.",
    "Northwind Labs will cap each engineer at 40 million tokens a month, the company said Monday.",
    "On Monday Northwind Labs said it will cap every engineer at 40 million tokens a month.",
    "Each engineer at Northwind Labs will be capped at 40 million tokens a month, it said Monday.",
    "Northwind Labs said Monday it would cap each engineer at 40 million tokens per month.",
]
EXTRA = [
    "The startup's finance team had flagged a tripling of its inference bill over one quarter.",
    "A reporter at the Lakeside Courier first described the internal usage dashboard in April.",
    "Several managers had praised high scorers in weekly meetings, two staff members recalled.",
    "The cap does not apply to automated test suites, according to an internal memo.",
    "Rival firms have so far declined to say whether they track usage per person.",
]


@pytest.fixture
def five_outlets() -> StoryInput:
    items = tuple(
        Item(
            f"o{i}",
            f"https://outlet{i}.example/story",
            f"Outlet {i} story",
            f"{FIVE[i]} {EXTRA[i]}",
            f"2026-06-0{i + 1}T10:00:00Z",
            f"Outlet {i}",
        )
        for i in range(5)
    )
    return StoryInput(items=items, title="Northwind caps token use")
