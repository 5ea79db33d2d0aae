"""The characters of text from outside that nobody should see or have a terminal act on:
C0 and C1 control characters, bidi embeddings, overrides and isolates ("Trojan Source"), and
invisible marks (zero-width space, word joiner, byte-order mark).

``strip_controls`` cleans text from outside before it is stored (``strip_controls_in``: every
text of an entry, article or discussion); ``strip_invisible`` and ``one_line`` clean titles and
names further; ``for_terminal`` escapes what is printed (docs/safety.md).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and
# isolates (which reorder what a reader sees: "Trojan Source")
T = TypeVar("T")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """Text from outside, safe to store: carriage returns become newlines, and every other
    control character (``ESC ]52;…`` sets a terminal's clipboard) and bidi override is
    dropped. Tabs and newlines stay."""
    if text.isprintable():  # the common case: nothing to do
        return text
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# what an editor's paste or a page's markup may hide in a line of text besides the controls:
# zero-width space, word joiner and invisible operators, byte-order marks. Zero-width
# (non-)joiners stay (emoji sequences and several scripts need them), and so do the
# left-to-right, right-to-left and Arabic letter marks: they reorder nothing but the neutral
# characters beside them, and a Hebrew or Arabic title needs them ("!\u200f (2026)").
_MARKS = "\u200b\u2060-\u2064\ufeff"
_BIDI_MARKS = "\u200e\u200f\u061c"
_INVISIBLE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069{_MARKS}]")
# a terminal shows the bidi marks escaped too: its own bidi handling is not a browser's
_HIDDEN = f"\x7f-\x9f\u202a-\u202e\u2066-\u2069{_MARKS}{_BIDI_MARKS}"
_TERMINAL = re.compile(f"[\x00-\x08\x0b-\x1f{_HIDDEN}]")
_TERMINAL_ALL = re.compile(f"[\x00-\x1f{_HIDDEN}]")


def strip_invisible(text: str) -> str:
    """:func:`strip_controls`, and the invisible characters that are not controls (zero-width
    space, word joiner, byte-order marks) dropped too: for titles and names, where none of them
    is ever meant. The bidi marks (LRM, RLM, ALM) stay: right-to-left text needs them."""
    if text.isprintable():
        return text
    return _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """A title or a name: :func:`strip_invisible`, then every run of whitespace (newlines, tabs,
    line and paragraph separators) one space, and none at either end."""
    return " ".join(strip_invisible(text).split())


def for_terminal(text: str, *, newlines: bool = True) -> str:
    """Text to print on a terminal: control characters, bidi overrides and marks and the other
    invisible characters shown escaped (``\\x1b``, ``\\u202e``, ``\\u200b``), never sent raw.
    Tabs stay; newlines stay when ``newlines``."""
    if text.isprintable():
        return text
    pattern = _TERMINAL if newlines else _TERMINAL_ALL
    return pattern.sub(_escaped, text)


def _escaped(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def strip_controls_in(item: T) -> T:
    """A frozen dataclass (an entry, an article, a discussion) with :func:`strip_controls`
    applied to every text in it, in tuples and nested dataclasses (comments) too."""
    assert dataclasses.is_dataclass(item) and not isinstance(item, type)
    changes = {}
    for f in dataclasses.fields(item):
        if f.init:
            value = getattr(item, f.name)
            cleaned = _stripped(value)
            if cleaned != value:
                changes[f.name] = cleaned
    return dataclasses.replace(item, **changes) if changes else item


def _stripped(value: Any) -> Any:
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, tuple):
        return tuple(_stripped(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return strip_controls_in(value)
    return value
