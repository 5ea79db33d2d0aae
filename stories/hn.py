"""Hacker News: discussions attach to the story of the article they link to.

A link post whose URL (canonicalised; duplicates' URLs count) belongs to a story's article
becomes a ``discussion`` source of that story, with its points and comment count, and its id
joins ``Story.discussions``. A text post (Ask HN) has no link: it is an item of its own
(``hn-<id>``) that clusters like an article, so it joins a story on its topic or, with no
match, becomes a story of its own. Link posts whose article is in no story stay unattached
(counted in the summary).
"""

from __future__ import annotations

from newsdesk.stories.canonical import canonical_url, domain_in
from newsdesk.stories.docs import Doc, parse_time

from newsdesk.config import OutletsConfig
from newsdesk.models import Discussion, Source

HN_PREFIX = "hn-"


def is_text_post(d: Discussion) -> bool:
    return not d.url or canonical_url(d.url) == canonical_url(d.hn_url)


def text_post_doc(d: Discussion) -> Doc:
    """An Ask HN post as a clusterable document."""
    return Doc(
        id=f"{HN_PREFIX}{d.hn_id}",
        url=d.hn_url,
        canonical=canonical_url(d.hn_url),
        outlet="news.ycombinator.com",
        title=d.title,
        text=d.text,
        published=d.created,
        hours=parse_time(d.created),
        source="hackernews",
        links=(),
        read=True,
        read_reason="discussion",
        site_name="Hacker News",
        topics=tuple(d.topics),
    )


def discussion_source(d: Discussion, outlets: OutletsConfig) -> Source | None:
    """The source entry of an HN discussion, or None when HN is a blocked outlet."""
    if domain_in(d.hn_url, outlets.blocked):
        return None
    return Source(
        url=d.hn_url,
        outlet="news.ycombinator.com",
        name=outlets.names.get("news.ycombinator.com", "Hacker News"),
        title=d.title,
        role="discussion",
        tier="trusted" if domain_in(d.hn_url, outlets.trusted) else "unrated",
        read=True,
        read_reason="discussion",
        published=d.created,
        hn_id=d.hn_id,
        points=d.points,
        num_comments=d.num_comments,
    )


def attach(
    discussions: list[Discussion], story_of_url: dict[str, str]
) -> tuple[dict[str, list[Discussion]], int]:
    """({story id: its link-post discussions}, number left unattached)."""
    out: dict[str, list[Discussion]] = {}
    unattached = 0
    for d in discussions:
        if is_text_post(d):
            continue
        story = story_of_url.get(canonical_url(d.url or ""))
        if story is None:
            unattached += 1
            continue
        out.setdefault(story, []).append(d)
    return out, unattached
