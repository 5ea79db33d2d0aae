"""Front matter YAML → Python values: ``yaml.load(text, Loader=CSafeLoader)``, faster.

Used by :mod:`newsdesk.frontmatter`, the one parser of content files.

libyaml parses and composes the node tree in C, but PyYAML then resolves every scalar's type and
constructs every value in Python, several calls per value: a story's front matter (sources,
timeline, discussion: ~300 values) spent more time there than in libyaml. ``FastLoader`` keeps
libyaml's composer and PyYAML's own resolver table and scalar constructors (so every value is
the one SafeLoader gives) and only takes shortcuts: a plain scalar whose first character no
implicit resolver looks at is a string, the others are matched against the resolvers for their
first character only (as SafeLoader does), and plain mappings, sequences and strings are built
directly. Anything unusual (aliases, merge keys, explicit tags, complex keys) is constructed by
SafeLoader's own code.

Aliases are bounded: a few anchors that each alias the one before ("billion laughs")
compose to a small node graph that expands to millions of values once copied (as a hash or a
rewrite of the file does), and an alias inside its own anchor never ends. The fast path meets
every node once and stops at the first one it meets again (an alias), so a document it builds is
a tree whose size is the number of nodes it met; a document with an alias is counted before
SafeLoader's code constructs it (:func:`expanded_size`: each shared node once, so the count
costs the size of the graph, not of the expansion). Past :data:`MAX_VALUES` values, or for a
recursive alias, :func:`load` raises :class:`TooLarge`. (Counting every document up front cost
as much as building it.)

:func:`where_broken` says where in a content file a YAML error lies (for the error message).
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
MAX_VALUES = 100_000  # values once every alias is expanded; a story's front matter has ~300


class TooLarge(ValueError):
    """The document expands to more than MAX_VALUES values, or an alias contains itself."""


class _Unusual(Exception):
    pass


class FastLoader(_Base):
    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode and not self.yaml_path_resolvers:
            if not implicit[0]:
                return _STR  # quoted: always a string (SafeLoader's answer too)
            resolvers = self.yaml_implicit_resolvers
            if value and None not in resolvers:  # (no resolver that looks at every value)
                for tag, regexp in resolvers.get(value[0], ()):
                    if regexp.match(value):
                        return tag
                return _STR
        return super().resolve(kind, value, implicit)

    def construct_document(self, node: Any) -> Any:
        seen: set[int] = set()
        try:
            value = self._fast(node, seen)
        except _Unusual:  # an alias among others: count what it expands to first
            expanded_size(node)
            return super().construct_document(node)
        if len(seen) > MAX_VALUES:  # no alias: the tree's nodes are its values
            raise TooLarge(
                f"it holds more than {MAX_VALUES:,} values once its aliases are expanded"
            )
        return value

    def _fast(self, node: Any, seen: set[int]) -> Any:
        if id(node) in seen:
            raise _Unusual  # an alias: SafeLoader shares the object
        seen.add(id(node))
        cls, tag = node.__class__, node.tag
        if cls is ScalarNode:
            if tag == _STR:
                return node.value
            build = SafeConstructor.yaml_constructors.get(tag)
            if build is None or tag.endswith((":binary", ":value", ":merge")):
                raise _Unusual
            if inspect.isgeneratorfunction(build):
                raise _Unusual  # a collection's two-step constructor (``!!set ''``, ``!!omap x``)
            return build(self, node)
        if cls is SequenceNode and tag == _SEQ:
            return [self._fast(item, seen) for item in node.value]
        if cls is MappingNode and tag == _MAP:
            out = {}
            for key_node, value_node in node.value:
                if key_node.__class__ is not ScalarNode:
                    raise _Unusual  # complex keys, and SafeLoader's error messages for them
                out[self._fast(key_node, seen)] = self._fast(value_node, seen)
            return out
        raise _Unusual


def _children(node: Any) -> list[Any]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def expanded_size(root: Any, limit: int = MAX_VALUES) -> int:
    """How many values the node graph under ``root`` expands to with every alias copied
    (iterative, each node counted once); TooLarge past ``limit`` or for a recursive alias."""
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            total = 1 + sum(size[id(c)] for c in _children(node))
            if total > limit:
                raise TooLarge(f"it holds more than {limit:,} values once its aliases are expanded")
            size[key] = total
            continue
        if key in size:
            continue
        if key in on_path:
            raise TooLarge("an alias refers to the node that contains it")
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in size)
    return size[id(root)]


def load(text: str) -> Any:
    return yaml.load(text, Loader=FastLoader)  # noqa: S506 - SafeLoader semantics


_OPEN_QUOTE = re.compile(r"""^\s*(?:-\s+)?[\w-]+:\s+(['"])""")


def _unclosed(front: str, before: int) -> int | None:
    """The first line before ``before`` whose value opens a quotation it does not close on
    that line ("title: 'Norvale scraps …"): YAML reads on to the next quote mark of the file."""
    for i, line in enumerate(front.splitlines()[:before]):
        m = _OPEN_QUOTE.match(line)
        mark = m.group(1) if m else ""
        bare = line.replace("\\" + mark, "").replace(mark * 2, "") if mark == '"' else line
        bare = bare.replace("''", "") if mark == "'" else bare  # escaped: \" and ''
        if m and bare.count(mark) % 2:
            return i
    return None


def where_broken(exc: Exception, front: str) -> str:
    """' at line N' of a content file for a YAML error in its front matter (which starts on
    the file's line 2); a quoted value or a [list] that is never closed is named where it
    opens, not where the YAML gives up."""
    context, mark = getattr(exc, "context", None) or "", getattr(exc, "problem_mark", None)
    opened = getattr(exc, "context_mark", None)
    if opened is not None and "quoted scalar" in context:
        return f" at line {opened.line + 2}: a quoted value opens there and is never closed"
    if opened is not None and ("flow sequence" in context or "flow mapping" in context):
        return (
            f" at line {opened.line + 2}: a [list] or {{mapping}} opens there and is never closed"
        )
    lines = front.splitlines()
    if mark and mark.line >= len(lines):  # the end reached inside a [list] or {mapping}
        opens = [
            i
            for i, t in enumerate(lines)
            if t.count("[") + t.count("{") > t.count("]") + t.count("}")
        ]
        if opens:
            return (
                f" at line {opens[-1] + 2}: a [list] or {{mapping}} opens there and is never closed"
            )
    if mark and (line := _unclosed(front, mark.line)) is not None:
        return f" at line {line + 2}: a quoted value opens there and is not closed on its line"
    if mark and mark.line < len(lines) and "\t" in lines[mark.line]:
        return f" at line {mark.line + 2}: a tab there (YAML indents and separates with spaces)"
    problem = getattr(exc, "problem", None)
    return f" at line {mark.line + 2}" + (f" ({problem})" if problem else "") if mark else ""
