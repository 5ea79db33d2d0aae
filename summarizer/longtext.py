"""A source's text bounded before it is drafted from.

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
