"""The summarizer's entry points (re-exported by the package): draft a story with the configured
backend, pick the ranker's sentences, verify lines against a story.

A source's text bounded before it is drafted from.

Every sentence the drafter tries is checked against every source, the ranker compares every
sentence with every other, and pysbd reads every paragraph: a 20,000-word page or a 5,000-line
numbered list held ``newsdesk summarize`` for a minute and more (benchmarks/hostile_summarize.py).
A news story's facts are at its top, and the drafter reads a source's opening and its ranked
sentences only; so each source is cut to its first :data:`MAX_CHARS` characters, at a paragraph
break when there is one in the last quarter, else after a sentence's stop, else at a space.
News articles are far shorter (the demo's longest is 2,600 characters), and their drafts are
unchanged.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from newsdesk.summarizer.compose import checker, finish, numbering
from newsdesk.summarizer.draft import Draft
from newsdesk.summarizer.excerpts import hold_share
from newsdesk.summarizer.extractive import extractive
from newsdesk.summarizer.headline import headline as story_headline
from newsdesk.summarizer.meaning import opinion
from newsdesk.summarizer.thread import discussion_sentences
from newsdesk.summarizer.verify import Verdict
from newsdesk.summarizer.wire import wire

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput

MAX_CHARS = 30_000  # ~5,000 words: a long feature
_STOP = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*\s")


def cut(text: str, cap: int = MAX_CHARS) -> str:
    """``text`` when it is at most ``cap`` characters, else its opening, cut as above."""
    if len(text) <= cap:
        return text
    head = text[:cap]
    para = head.rfind("\n")
    if para > cap * 3 // 4:
        return head[:para].rstrip()
    stops = [m.end() for m in _STOP.finditer(head, cap * 3 // 4)]
    if stops:
        return head[: stops[-1]].rstrip()
    return head[: head.rfind(" ") if " " in head else cap].rstrip()


def bounded(story: StoryInput) -> StoryInput:
    """``story`` with every item's text :func:`cut` (the same object when none is long)."""
    if all(len(item.text) <= MAX_CHARS for item in story.items):
        return story
    items = tuple(
        dataclasses.replace(item, text=cut(item.text)) if len(item.text) > MAX_CHARS else item
        for item in story.items
    )
    return dataclasses.replace(story, items=items)


__all__ = ["selection", "summarize", "verify_text"]


def summarize(story: StoryInput, settings: SummarizerConfig) -> Draft:
    """Draft one story with the configured backend; every line comes back verified (with the
    meaning model's second opinion when ``meaning_model`` names one). A source longer than a
    long feature is drafted from its opening (``bounded``)."""
    story = bounded(story)
    num = numbering(story)
    generator, extra, offered = "extractive", {}, None
    lead = story.title or (story.items[0].title if story.items else "Untitled story")
    if settings.backend == "llm":
        from newsdesk.summarizer.llm import generate

        groups, offered = generate(story, settings, num, lead)
        groups, _ = hold_share(groups, [], settings.quote_share)  # the same quoting budget
        quotes: list = []
        groups["Reaction and discussion"] = groups.get("Reaction and discussion", []) + list(
            discussion_sentences(story)
        )
        generator = "llm"
        extra = {"model": settings.llm.model, "base_url": settings.llm.base_url}
    else:
        groups, quotes = wire(story, settings, num)
    headline = story_headline(story, num, groups, offered if offered != lead else None)
    synopsis = list(groups.get("synopsis", []))
    reaction = list(groups.get("Reaction and discussion", []))
    if not synopsis:  # a story that is only a discussion (Ask HN): lead with the thread
        synopsis, reaction = reaction[:2], reaction[2:]
    return finish(
        story,
        num,
        headline=headline,
        synopsis=synopsis,
        takeaways=groups.get("takeaways", []),
        sections={
            "What happened": groups.get("What happened", []),
            "Reaction and discussion": reaction,
            "Background": groups.get("Background", []),
        },
        quotes=quotes,
        generator=generator,
        settings={**settings_dict(settings), **extra},
        meaning=opinion(settings),
    )


def selection(story: StoryInput, settings: SummarizerConfig) -> Draft:
    """The source sentences the ranker picks, placed as a draft but word for word as the sources
    wrote them: not publishable (it copies; see wire.py), kept for tests of the editorial rules
    and the benchmark's figure for sentence extraction."""
    story = bounded(story)
    num = numbering(story)
    groups, quotes = extractive(story, settings, num)
    return finish(
        story,
        num,
        headline=story.title or "",
        synopsis=groups["synopsis"],
        takeaways=groups["takeaways"],
        sections={k: v for k, v in groups.items() if k not in ("synopsis", "takeaways")},
        quotes=quotes,
        generator="selection",
        settings=settings_dict(settings),
    )


def verify_text(
    story: StoryInput, lines: list[str], settings: SummarizerConfig | None = None
) -> list[Verdict]:
    """One verdict per non-empty line; `[n]` numbers the story's sources (or items in order).
    ``settings`` may name a meaning model (``meaning_model``) for a second opinion."""
    check = checker(numbering(story), opinion(settings))
    return [check.verdict(line) for line in lines if line.strip()]


def settings_dict(settings: SummarizerConfig) -> dict[str, Any]:
    return {
        "synopsis_sentences": settings.synopsis_sentences,
        "takeaways": settings.takeaways,
        "body_sentences": settings.body_sentences,
        "quote_words_per_source": settings.quote_words_per_source,
        "quote_share": settings.quote_share,
    } | ({"meaning_model": settings.meaning_model} if settings.meaning_model else {})
