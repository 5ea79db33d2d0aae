"""Stories that only mention a topic in passing: left out of the published stories.

The crawl stores every page that names a topic's keyword anywhere (crawler/intake.py), since a
page that names the trend once may still belong to a story about it: a company's follow-up
that calls the behaviour by its name in the fourth paragraph. Whether a *story* is coverage of
the topic is decided here, once the articles are grouped: a story is about a topic when at
least one of its articles (or their duplicates, or its Ask HN posts) is about it by
:meth:`newsdesk.topic_match.TopicMatcher.about` (a keyword in the title, the lede, or
``topics.mentions`` times in the text), or a Hacker News discussion of it names the topic in
its title. A story whose every article mentions the topic once, further down ("weeks after the
tokenmaxxing controversy" in a story about the company's new office), is another event of a
company in the news, and is not published as the topic's coverage.

A story none of whose articles names a topic's keyword at all is kept: the crawl stored them
for a reason this stage cannot weigh (a Hacker News title, the feed's blurb). ``topics.mentions
= 1`` keeps every story with a mention (the rule before session 37).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsdesk.stories.docs import Doc

from newsdesk.config import TopicConfig
from newsdesk.models import Discussion, Story
from newsdesk.topic_match import TopicMatcher


def passing_only(
    stories: Iterable[Story],
    docs: dict[str, Doc],
    discussions: Sequence[Discussion],
    topics: Sequence[TopicConfig],
) -> set[str]:
    """The ids of the stories whose articles mention a topic only in passing: one of them
    names it, none is about it, and no discussion of the story names it in its title."""
    if all(t.mentions <= 1 for t in topics):
        return set()  # any mention makes a page the topic's: every stored story is about one
    matcher = TopicMatcher(topics)
    threads = {d.hn_id: d.title for d in discussions}
    seen: dict[str, str] = {}

    def judged(item_id: str) -> str:
        if item_id not in seen:
            seen[item_id] = _judge(matcher, docs.get(item_id))
        return seen[item_id]

    out = set()
    for s in stories:
        verdicts = {judged(i) for i in s.item_ids}
        if ABOUT in verdicts or PASSING not in verdicts:
            continue
        if any(matcher.match(threads.get(h, "")) for h in s.discussions):
            continue
        out.add(s.story_id)
    return out


ABOUT, PASSING, UNSEEN = "about", "passing", "unseen"


def _judge(matcher: TopicMatcher, d: Doc | None) -> str:
    """ABOUT a topic, mentions one only in PASSING, or names none (UNSEEN: it was kept for
    another reason, a Hacker News title or the feed's blurb, which this stage cannot weigh)."""
    if d is None or matcher.about((d.title,), d.text):
        return ABOUT
    return PASSING if matcher.match(d.text) else UNSEEN
