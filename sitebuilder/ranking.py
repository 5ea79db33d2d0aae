"""The front page's order: stories ranked by significance, as Techmeme and Google News rank.

A story's weight is what its coverage says about it:

* one point for each outlet that reported it (original, coverage or a primary document),
* one more for each source from a trusted outlet,
* up to three for discussion: log10(1 + Hacker News points + comments), so 9 points and
  comments add one, 99 add two, 999 or more add three.

Recency then discounts it: the weight halves for every ``HALF_LIFE_HOURS`` a story's latest
coverage (its update, or else its date) is older than the newest story on the site. Measuring
age from the newest story, not from the clock, keeps the build reproducible: the same content
always gives the same front page. Ties go to the newer story. The "Latest" view lists stories
by date alone. about.html explains this to readers with the numbers below.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, TypedDict

from newsdesk.sitebuilder.models import StoryPage, Summary

HALF_LIFE_HOURS = 14 * 24  # a topic watch moves in weeks: two weeks halve a story's weight
DISCUSSION_CAP = 3.0

EXPLAINED: dict[str, Any] = {
    "half_life_days": HALF_LIFE_HOURS // 24,
    "discussion_cap": int(DISCUSSION_CAP),
}


class Signals(TypedDict):
    """What a story's summary keeps for ranking (fields of Summary)."""

    trusted: int  # sources from trusted outlets
    points: int  # Hacker News points, over the story's threads
    comments: int  # Hacker News comments, likewise


def signals(page: StoryPage) -> Signals:
    """What a story's summary keeps for ranking: trusted sources, HN points and comments."""
    return {
        "trusted": sum(s.tier == "trusted" for s in page.sources),
        "points": sum(d.points or 0 for d in page.discussion),
        "comments": sum(d.num_comments or 0 for d in page.discussion),
    }


def _when(s: Summary) -> dt.datetime | None:
    text = (s.updated or s.date or "").strip().replace("Z", "+00:00")
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            when = dt.datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def weight(s: Summary) -> float:
    """Significance before recency (see module doc)."""
    outlets = len({o[0] for o in s.outlets if o[2] != "discussion"})
    talk = min(DISCUSSION_CAP, math.log10(1 + max(0, s.points) + max(0, s.comments)))
    return outlets + s.trusted + talk


def score(s: Summary, newest: dt.datetime | None) -> float:
    """Weight discounted by age behind the newest story (undated stories count as oldest)."""
    when = _when(s)
    if newest is None:
        return weight(s)
    if when is None:
        return 0.0
    hours = max(0.0, (newest - when).total_seconds() / 3600)
    return weight(s) * 0.5 ** (hours / HALF_LIFE_HOURS)


def ranked(stories: list[Summary]) -> list[Summary]:
    """``stories`` most significant first (ties: newest first, then by URL)."""
    dates = [w for w in (_when(s) for s in stories) if w is not None]
    newest = max(dates) if dates else None
    by_date = sorted(stories, key=lambda s: (s.date or "", s.url), reverse=True)
    return sorted(by_date, key=lambda s: -round(score(s, newest), 9))
