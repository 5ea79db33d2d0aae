"""The summarizer stage: a grounded, cited, verified draft per story.

Public entry points::

    summarize(story: StoryInput, settings: SummarizerConfig) -> Draft
    verify_text(story: StoryInput, lines: list[str]) -> list[Verdict]
"""

from __future__ import annotations

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput
from summarizer.compose import checker, finish, numbering
from summarizer.draft import Draft, Line
from summarizer.extractive import extractive, settings_dict
from summarizer.verify import Verdict

__all__ = ["BACKENDS", "VERSION", "Draft", "Line", "Verdict", "summarize", "verify_text"]

VERSION = "0.1.0"
BACKENDS = ("extractive", "llm")


def summarize(story: StoryInput, settings: SummarizerConfig) -> Draft:
    """Draft one story with the configured backend; every line comes back verified."""
    num = numbering(story)
    headline = story.title or (story.items[0].title if story.items else "Untitled story")
    groups, quotes = extractive(story, settings, num)
    generator, extra = "extractive", {}
    if settings.backend == "llm":
        from summarizer.llm import generate

        groups, _ = generate(story, settings, num, headline)  # the headline stays the story's
        generator = "llm"
        extra = {"model": settings.llm.model, "base_url": settings.llm.base_url}
    reaction = list(groups.get("Reaction and discussion", []))
    for d in story.discussions:
        n = next((k for k, s in enumerate(story.sources, 1) if s.hn_id == d.hn_id), None)
        if n is not None:
            reaction.append(
                (
                    f'On Hacker News, the thread "{d.title}" drew {d.points} points and'
                    f" {d.num_comments} comments.",
                    (n,),
                )
            )
    return finish(
        story,
        num,
        headline=headline,
        synopsis=groups.get("synopsis", []),
        takeaways=groups.get("takeaways", []),
        sections={
            "What happened": groups.get("What happened", []),
            "Reaction and discussion": reaction,
            "Background": groups.get("Background", []),
        },
        quotes=quotes,
        generator=generator,
        settings={**settings_dict(settings), **extra},
    )


def verify_text(story: StoryInput, lines: list[str]) -> list[Verdict]:
    """One verdict per non-empty line; `[n]` numbers the story's sources (or items in order)."""
    check = checker(numbering(story))
    return [check.verdict(line) for line in lines if line.strip()]
