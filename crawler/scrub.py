"""Control characters out of everything the crawler stores (issue 13, item 7).

Titles, authors, summaries, article texts and HN comments come from outside; one holding
``ESC ]52;…`` would set the clipboard of the terminal that prints it. :func:`scrub` applies
:func:`newsdesk.text.strip_controls` to every text field of an entry, article or discussion
(and its comments) just before it is stored.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from newsdesk.text import strip_controls

T = TypeVar("T")


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return scrub(value)
    return value


def scrub(item: T) -> T:
    """``item`` (a frozen dataclass) with control characters removed from every text in it."""
    assert dataclasses.is_dataclass(item) and not isinstance(item, type)
    changes = {}
    for f in dataclasses.fields(item):
        if not f.init:
            continue
        value = getattr(item, f.name)
        cleaned = _clean(value)
        if cleaned is not value and cleaned != value:
            changes[f.name] = cleaned
    return dataclasses.replace(item, **changes) if changes else item
