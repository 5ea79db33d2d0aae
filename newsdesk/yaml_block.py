"""The front matter newsdesk writes, read without libyaml: the same values, ~5× faster.

``yaml.safe_dump`` (``newsdesk.content.dumps``) writes plain block style: mappings, sequences
(``- `` entries, indentless under a key), empty ``[]`` and ``{}``, and scalars that are plain,
single-quoted or double-quoted, folded over several lines when long. :func:`load` reads exactly
that, line by line, and resolves each plain scalar with the resolver table and constructors of
:class:`newsdesk.fast_yaml.FastLoader` (SafeLoader's own), so every value is the one SafeLoader
gives. Anything else — comments, anchors and aliases, tags, flow collections with content,
block scalars (``|``, ``>``), tabs, blank lines between entries, documents that SafeLoader
rejects — makes it step aside for :func:`newsdesk.fast_yaml.load`, which reads every YAML and
raises SafeLoader's errors. It steps aside also where it could not be sure of the answer
(a folded line that starts with an indicator, a multi-line double-quoted scalar), so what it
reads it reads exactly; ``tests/core/test_yaml_block.py`` holds it to SafeLoader.
"""

from __future__ import annotations

import re
from typing import Any

from newsdesk import fast_yaml
from newsdesk.yaml_scalars import RESOLVERS, plain, quoted
from newsdesk.yaml_scalars import Unsure as _Aside

# characters that make it step aside: outside YAML's printable set, tab, CR and YAML 1.1's
# other line breaks (NEL, LS, PS), the byte-order mark
_ODD = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_NOT_PLAIN = _INDICATORS | {" "}  # a value starting otherwise is a plain scalar (see inline)
_SINGLE = re.compile(r"'((?:[^']|'')*+)'", re.S)  # a single-quoted scalar, closed
_DOUBLE = re.compile(r'"((?:[^"\\\n]|\\[^\n])*+)"')  # a double-quoted scalar on one line
_MAX_DEPTH = 64
_MAX_KEY = 1000  # characters; libyaml looks no further for a simple key's ':'
_KEYS: dict[str, Any] = {}  # plain key text → its value (keys recur: n, url, outlet, …)
_KEYS_MAX = 10_000


def load(text: str) -> Any:
    """The YAML document ``text`` as SafeLoader reads it."""
    try:
        return _Reader(text).document()
    except _Aside:
        return fast_yaml.load(text)


class _Reader:
    def __init__(self, text: str) -> None:
        self.lines = lines = text.split("\n")
        if not text or " \n" in text or text[-1] == " " or "\n---" in text or "\n..." in text:
            raise _Aside  # trailing spaces, a document marker (safe_dump writes neither)
        if text.startswith(("---", "...")):
            raise _Aside
        if not all(map(str.isprintable, lines)) and _ODD.search(text):
            raise _Aside  # (isprintable is stricter than YAML's printable, and faster)
        if len(self.lines) > 1 and not self.lines[-1]:
            self.lines.pop()  # the line break that ends the last line
        if 3 * len(self.lines) + 1 > fast_yaml.MAX_VALUES:
            raise _Aside  # (at most 3 values a line: fast_yaml applies the limit)
        if None in RESOLVERS:
            raise _Aside  # a resolver that looks at every value (none in SafeLoader's table)

    def document(self) -> Any:
        first = self.lines[0]
        if first[:1] in ("", " "):
            raise _Aside
        if first == "-" or first.startswith("- "):
            value, i = self.sequence(0, 0, 0)
        else:
            value, i = self.mapping(0, 0, first, 0)
        if i != len(self.lines):
            raise _Aside
        return value

    def mapping(self, i: int, n: int, first: str | None, depth: int) -> tuple[Any, int]:
        """The block mapping whose keys sit at column ``n`` from line ``i`` (``first``: the
        rest of line i after a sequence's ``- ``)."""
        if depth > _MAX_DEPTH:
            raise _Aside
        lines, out = self.lines, {}
        count, pad = len(lines), " " * n
        while i < count:
            if first is not None:
                content, first = first, None
            else:
                line = lines[i]
                content = line[n:]
                if not line.startswith(pad) or not content:
                    break  # a line that ends this mapping (or a blank one: the caller decides)
                if content[0] == " ":
                    raise _Aside
            at = content.find(": ")
            key = _KEYS.get(content[:at], _KEYS) if at > 0 else _KEYS  # a key seen before
            if key is not _KEYS:
                rest = content[at + 2 :]  # (as self.key would answer)
            else:
                key, rest = self.key(content)
            if rest:
                head = rest[0]
                if (  # most values: _one_line_plain, inlined (a call costs as much as the test)
                    head not in _NOT_PLAIN
                    and " #" not in rest
                    and ": " not in rest
                    and rest[-1] != ":"
                    and (i + 1 == count or lines[i + 1][n : n + 1] != " ")
                ):
                    out[key] = plain(rest) if head in RESOLVERS else rest
                    i += 1
                    continue
                out[key], i = self.inline(rest, i, n)
            else:
                out[key], i = self.below(i, n, True, depth)
        return out, i

    def sequence(self, i: int, n: int, depth: int) -> tuple[Any, int]:
        """The block sequence whose ``-`` sit at column ``n`` from line ``i``."""
        if depth > _MAX_DEPTH:
            raise _Aside
        lines, out = self.lines, []
        count, pad = len(lines), " " * n
        while i < count:
            line = lines[i]
            content = line[n:]
            if not line.startswith(pad) or not content.startswith("-"):
                break
            if content == "-":
                item, i = self.below(i, n, False, depth)
            elif content[1] != " ":
                raise _Aside  # '-x' where an entry should be
            else:
                rest = content[2:]
                if rest[:1] in ("-", " ", ""):
                    raise _Aside  # '- - x', '-   x'
                if _one_line_plain(rest, lines, i, n):  # ('- 4': what inline finds, sooner)
                    item = plain(rest) if rest[0] in RESOLVERS else rest
                    i += 1
                elif self.is_key_line(rest):
                    item, i = self.mapping(i, n + 2, rest, depth + 1)
                else:
                    item, i = self.inline(rest, i, n)
            out.append(item)
        return out, i

    def below(self, i: int, n: int, indentless: bool, depth: int) -> tuple[Any, int]:
        """The value of ``key:`` or ``-`` with nothing after it, on line i: the block on the
        lines below (deeper than ``n``, or a sequence at ``n`` under a key), else null."""
        i += 1
        if i == len(self.lines):
            return None, i
        line = self.lines[i]
        content = line.lstrip(" ")
        if not content:
            raise _Aside  # a blank line: is it the end?
        at = len(line) - len(content)
        is_seq = content == "-" or content.startswith("- ")
        if at > n or (at == n and indentless and is_seq):
            if is_seq:
                return self.sequence(i, at, depth + 1)
            return self.mapping(i, at, None, depth + 1)
        return None, i

    def is_key_line(self, content: str) -> bool:
        if content[0] in "'\"":
            match = (_SINGLE if content[0] == "'" else _DOUBLE).match(content)
            if match is None or "\n" in match.group(0):
                return False  # (a multi-line scalar: not a key)
            return content[match.end() : match.end() + 1] == ":"
        return ": " in content or content.endswith(":")

    def key(self, content: str) -> tuple[Any, str]:
        """(the key, what follows ``: ``, "" if nothing) of a ``key: value`` line."""
        if content[0] in "'\"":
            match = (_SINGLE if content[0] == "'" else _DOUBLE).match(content)
            if match is None or "\n" in match.group(0):
                raise _Aside
            rest = content[match.end() :]
            if rest != ":" and not rest.startswith(": "):
                raise _Aside
            return quoted(match.group(1), content[0]), rest[2:]
        at = content.find(": ")
        if at < 0:
            if not content.endswith(":"):
                raise _Aside
            at = len(content) - 1
        key = content[:at]
        known = _KEYS.get(key, _KEYS)
        if known is not _KEYS:
            return known, content[at + 2 :]
        if (
            not key
            or _odd_start(key)
            or key.endswith((" ", ":"))
            or " #" in key
            or len(key) > _MAX_KEY
        ):
            raise _Aside
        value = plain(key)
        if len(_KEYS) < _KEYS_MAX:
            _KEYS[key] = value
        return value, content[at + 2 :]

    def inline(self, rest: str, i: int, n: int) -> tuple[Any, int]:
        """The scalar (or ``[]``/``{}``) that starts with ``rest`` on line i; the lines it is
        folded over are deeper than ``n``. (value, the line after it)."""
        head = rest[0]
        if head == "'":
            return self.single(rest, i, n)
        if head == '"':
            match = _DOUBLE.match(rest)
            if match is None or match.end() != len(rest):
                raise _Aside  # over several lines, or something after it
            return quoted(match.group(1), '"'), i + 1
        if rest == "[]":
            return [], i + 1
        if rest == "{}":
            return {}, i + 1
        if _odd_start(rest):
            raise _Aside
        return self.folded_plain(rest, i, n)

    def folded_plain(self, rest: str, i: int, n: int) -> tuple[Any, int]:
        """A plain scalar from line i, with the deeper lines after it folded in."""
        if " #" in rest or ": " in rest or rest.endswith(":"):
            raise _Aside  # a comment, or 'a: b: c' (which SafeLoader rejects)
        lines, j, parts = self.lines, i + 1, [rest]
        while j < len(lines):
            line = lines[j]
            content = line.lstrip(" ")
            if not content or len(line) - len(content) <= n:
                break  # (a blank line ends the document's block style: see mapping)
            if content[0] in "#:" or " #" in content or ": " in content or content[-1] == ":":
                raise _Aside  # (other indicators are text inside a plain scalar)
            parts.append(content)
            j += 1
        return plain(" ".join(parts) if len(parts) > 1 else rest), j

    def single(self, rest: str, i: int, n: int) -> tuple[Any, int]:
        """A single-quoted scalar from line i, over as many lines (deeper than ``n``, or
        blank) as it takes."""
        parts, j, lines = [rest], i, self.lines
        closed = _lone_quote(rest, 1)
        while not closed:  # only a line with a lone quote can close it: one match in all
            j += 1
            if j == len(lines):
                raise _Aside
            line = lines[j]
            if line and len(line) - len(line.lstrip(" ")) <= n:
                raise _Aside
            parts.append(line)
            closed = _lone_quote(line, 0)
        text = "\n".join(parts)
        match = _SINGLE.match(text)
        if match is None:
            raise _Aside
        if match.end() != len(text):
            raise _Aside  # something after the closing quote
        return quoted(match.group(1), "'"), j + 1


def _lone_quote(line: str, start: int) -> bool:
    """``line`` has, from ``start``, a quote that is not half of a ``''`` pair (pairs never
    span a line break). Matching the whole scalar again at each of its lines was quadratic: a
    200 KB title, single-quoted over 2,500 lines, took every reader 3 s."""
    at = line.find("'", start)
    while at != -1:
        if line[at + 1 : at + 2] != "'":
            return True
        at = line.find("'", at + 2)
    return False


def _one_line_plain(rest: str, lines: list[str], i: int, n: int) -> bool:
    """``rest`` (what follows ``key: `` or ``- `` on line i, in a block at column ``n``) is a
    plain scalar that ends on its line, as :meth:`_Reader.inline` would read it: it starts
    with no indicator, holds no comment or ``: ``, and the next line is no deeper than ``n``
    (lines never end in a space here, so one with a space at column ``n`` is deeper)."""
    return (
        rest[0] not in _NOT_PLAIN
        and " #" not in rest
        and ": " not in rest
        and rest[-1] != ":"
        and (i + 1 == len(lines) or lines[i + 1][n : n + 1] != " ")
    )


def _odd_start(text: str) -> bool:
    """Not a plain scalar's start: a space, or an indicator (``-``, ``?``, ``:`` only when a
    space or the line's end follows: ``-1``, ``?x`` and ``:x`` are plain)."""
    head = text[0]
    if head == " ":
        return True
    return head in _INDICATORS and (head not in "-?:" or text[1:2] in ("", " "))
