"""The summarizer stage: a grounded, cited, verified draft per story.

Public entry points::

    summarize(story: StoryInput, settings: SummarizerConfig) -> Draft
    verify_text(story: StoryInput, lines: list[str]) -> list[Verdict]

They live in :mod:`newsdesk.summarizer.drafting` and are imported on first use, so that
``newsdesk.summarizer.run`` (and a drafts run in which no story changed) does not load
numpy, scipy and the drafting code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsdesk.summarizer.draft import Draft, Line
    from newsdesk.summarizer.drafting import selection, summarize, verify_text
    from newsdesk.summarizer.verify import Verdict

__all__ = [
    "BACKENDS",
    "VERSION",
    "Draft",
    "Line",
    "Verdict",
    "selection",
    "summarize",
    "verify_text",
]

VERSION = "0.1.0"
BACKENDS = ("extractive", "llm")
_LAZY = {
    "Draft": "draft",
    "Line": "draft",
    "Verdict": "verify",
    "selection": "drafting",
    "summarize": "drafting",
    "verify_text": "drafting",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
