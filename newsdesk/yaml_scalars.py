"""A YAML scalar's value, as yaml's SafeLoader gives it, for :mod:`newsdesk.yaml_block`.

A quoted scalar is a string: its lines folded (a line break is a space, each blank line after it
a newline, the spaces around a break dropped), ``''`` in single quotes one quote, and in double
quotes the escapes that libyaml and PyYAML read alike. A plain scalar is matched against the
implicit resolvers of :class:`newsdesk.fast_yaml.FastLoader` (SafeLoader's table, looked up by
the value's first character as SafeLoader does) and built by SafeConstructor's own constructor
for its tag: null, bool, int, float, timestamp; otherwise it is a string. Whatever this module
cannot answer for sure (another tag: ``<<``, ``=``; an escape one of the two parsers reads
differently; a value its constructor rejects, which SafeLoader may report as an earlier error)
raises :class:`Unsure`, and the caller hands the document to libyaml.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode

from newsdesk import fast_yaml


class Unsure(Exception):
    """Not a scalar this module can answer for: let fast_yaml read the document."""


RESOLVERS: dict[Any, list[tuple[str, Any]]] = fast_yaml.FastLoader.yaml_implicit_resolvers
_BUILD = {
    "tag:yaml.org,2002:null": SafeConstructor.construct_yaml_null,
    "tag:yaml.org,2002:bool": SafeConstructor.construct_yaml_bool,
    "tag:yaml.org,2002:int": SafeConstructor.construct_yaml_int,
    "tag:yaml.org,2002:float": SafeConstructor.construct_yaml_float,
    "tag:yaml.org,2002:timestamp": SafeConstructor.construct_yaml_timestamp,
}
_CONSTRUCTOR = SafeConstructor()
_SEEN: dict[str, Any] = {}  # plain scalar → value (immutable: None, bools, numbers, dates, str)
_SEEN_MAX = 10_000
_ESCAPE = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ESCAPES = {
    "0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "n": "\n", "v": "\x0b", "f": "\x0c",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "\\": "\\", "N": "\x85", "_": "\xa0",
    "L": "\u2028", "P": "\u2029",
}  # fmt: skip


def plain(value: str) -> Any:
    """A plain scalar's value: a string unless SafeLoader's resolvers say otherwise."""
    resolvers = RESOLVERS.get(value[0])
    if not resolvers:
        return value
    known = _SEEN.get(value, _SEEN)
    if known is not _SEEN:
        return known
    for tag, regexp in resolvers:
        if regexp.match(value):
            build = _BUILD.get(tag)
            if build is None:
                raise Unsure  # '<<' (merge), '=' (value)
            try:
                result = build(_CONSTRUCTOR, ScalarNode(tag, value))
            except (ValueError, OverflowError):
                raise Unsure from None  # '2026-13-45': SafeLoader's error, or an earlier one
            break
    else:
        result = value
    if len(_SEEN) < _SEEN_MAX:
        _SEEN[value] = result
    return result


def quoted(inner: str, quote: str) -> str:
    """The value of a quoted scalar from the text between its quotes (a double-quoted one on
    one line)."""
    if quote == "'":
        return (fold(inner) if "\n" in inner else inner).replace("''", "'")
    return unescape(inner) if "\\" in inner else inner


def fold(inner: str) -> str:
    """A flow scalar's line folding: each line break becomes a space, unless blank lines
    follow it, which become one newline each; the spaces around a break go."""
    parts = inner.split("\n")
    out = [parts[0].rstrip(" ")]
    blank = 0
    for part in parts[1:-1]:
        text = part.strip(" ")
        if not text:
            blank += 1
            continue
        out.append("\n" * blank if blank else " ")
        out.append(text)
        blank = 0
    out.append("\n" * blank if blank else " ")
    out.append(parts[-1].lstrip(" "))
    return "".join(out)


def unescape(inner: str) -> str:
    """A double-quoted scalar's escapes; Unsure for one that libyaml and PyYAML read
    differently or reject (``\\/``, ``\\'``, a surrogate)."""
    out, at = [], 0
    for match in _ESCAPE.finditer(inner):
        out.append(inner[at : match.start()])
        hex_code = match.group(1) or match.group(2) or match.group(3)
        if hex_code is None:
            char = _ESCAPES.get(match.group(4))
            if char is None:
                raise Unsure
            out.append(char)
        else:
            code = int(hex_code, 16)
            if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                raise Unsure
            out.append(chr(code))
        at = match.end()
    out.append(inner[at:])
    return "".join(out)
