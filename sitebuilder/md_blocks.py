"""markdown-it's HTML for the plain blocks of a story body, without running markdown-it on them.

Most of a story body is plain paragraphs, ``## `` headings, one short bullet list and one
quote, and markdown-it spent most of a story's reading time parsing them. A block here is a
run of lines between blank lines. A block that is *plain* (below) gets the HTML markdown-it
gives it, written directly; every other block, with the blank lines around it, still goes
through markdown-it, in runs of consecutive such blocks, each run as a document of its own.

This gives exactly markdown-it's HTML because, with the rules ``markdown._md`` enables (no
setext headings, no reference definitions, no tables, no typographer), a plain block cannot
continue what came before it after a blank line (it starts in column 0 with a character no
block starts with, so a list, quote or indented code ends there), and cannot change what
comes after it. Three constructs would carry across blank lines: fenced code and the HTML
blocks that end at a closing marker (``<pre``, ``<script``, ``<style``, ``<textarea``,
``<!--``, ``<?``, ``<!X``, ``<![CDATA[``), so a text that contains ``` ``` ```, ``~~~`` or
one of those openers is parsed whole; and a bullet list, which the next block continues when
that is a list item too, so a list is only written here between plain blocks.

A *plain line* starts with a letter or an opening quote or parenthesis, ends with a character
that is not white space, and has none of the characters that start an inline rule
(``\\ ` * _ [ ] < &``) nor a tab. Plain blocks: lines that are all plain (a paragraph); one
``#``…``######`` heading line with one space and plain text without ``#``; one quote whose
every line is ``> `` and a plain line; and a list whose every line is ``- `` and a plain line
(a tight list). tests/site/test_md_blocks.py compares the two on random bodies.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it.common.utils import escapeHtml

# a citation [n] not followed by "(" is text to markdown-it too (no link, no reference)
_TEXT = r"""(?:[^\\`*_\[\]<&\t\n]++|\[\d{1,3}\](?!\())*+"""
_PLAIN = r"""[A-Za-z"'(\u201c\u2018]""" + _TEXT
_PARA = re.compile(_PLAIN)
_HEADING = re.compile(r"(#{1,6}) ([A-Za-z\"'(\u201c\u2018][^#\\`*_\[\]<&\t\n]*)")
_QUOTE = re.compile(r"> (" + _PLAIN + ")")
_ITEM = re.compile(r"- (" + _PLAIN + ")")
# a text with any of these is parsed whole (see the module doc)
_CARRY = re.compile(r"```|~~~|<[!?]|<(?i:script|pre|style|textarea)")


def _plain_end(line: str) -> bool:
    return not line[-1].isspace()


def _paragraph(lines: list[str]) -> str | None:
    for line in lines:
        if not _PARA.fullmatch(line) or not _plain_end(line):
            return None
    return "<p>" + escapeHtml("\n".join(lines)) + "</p>\n"


def _heading(lines: list[str]) -> str | None:
    m = _HEADING.fullmatch(lines[0]) if len(lines) == 1 else None
    if m is None or not _plain_end(lines[0]):
        return None
    n = len(m[1])
    return f"<h{n}>{escapeHtml(m[2])}</h{n}>\n"


def _inner(pattern: re.Pattern[str], lines: list[str]) -> list[str] | None:
    out = []
    for line in lines:
        m = pattern.fullmatch(line)
        if m is None or not _plain_end(line):
            return None
        out.append(m[1])
    return out


def _quote(lines: list[str]) -> str | None:
    inner = _inner(_QUOTE, lines)
    if inner is None:
        return None
    return "<blockquote>\n<p>" + escapeHtml("\n".join(inner)) + "</p>\n</blockquote>\n"


def _list(lines: list[str]) -> str | None:
    inner = _inner(_ITEM, lines)
    if inner is None:
        return None
    return "<ul>\n" + "".join(f"<li>{escapeHtml(t)}</li>\n" for t in inner) + "</ul>\n"


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line ranges of the runs of non-blank lines."""
    out = []
    start = -1
    for i, line in enumerate(lines):
        if line.strip(" \t"):
            if start < 0:
                start = i
        elif start >= 0:
            out.append((start, i))
            start = -1
    if start >= 0:
        out.append((start, len(lines)))
    return out


def _written(lines: list[str], blocks: list[tuple[int, int]]) -> list[str | None]:
    """The HTML of each plain block (None: markdown-it's)."""
    html: list[str | None] = []
    for a, b in blocks:
        part = lines[a:b]
        html.append(_paragraph(part) or _heading(part) or _quote(part))
    last = len(blocks) - 1
    for k, (a, b) in enumerate(blocks):  # a list only between plain blocks (module doc)
        before = k == 0 or html[k - 1] is not None
        if html[k] is None and before and (k == last or html[k + 1] is not None):
            html[k] = _list(lines[a:b])
    return html


def render(text: str, parse: Callable[[str], str]) -> str:
    """markdown-it's HTML for ``text``; ``parse`` renders with markdown-it (see module doc)."""
    if "\r" in text or "\0" in text or _CARRY.search(text):
        return parse(text)
    lines = text.split("\n")
    blocks = _blocks(lines)
    html = _written(lines, blocks)
    out: list[str] = []
    k = 0
    while k < len(blocks):
        done = html[k]
        if done is not None:
            out.append(done)
            k += 1
            continue
        first = blocks[k][0]
        while k < len(blocks) and html[k] is None:
            k += 1
        end = blocks[k - 1][1]
        # the line break after the run's last line, as in the whole text (code blocks keep it)
        out.append(parse("\n".join(lines[first:end]) + ("\n" if end < len(lines) else "")))
    return "".join(out)


# "\\127.0.0.1 reported" (an outlet named by its address): drafts escape a line that starts with
# digits and a dot or ")" against an ordered list (drafts written before session 35) with a
# backslash before the digits, which
# Markdown keeps (a backslash escapes punctuation only) and which reached the page, the home card,
# the meta description and the JSON-LD; the backslash belongs after the digits. Each sentence is
# escaped, so it is found where a sentence starts: a line (in a list or quote too), or after the
# end of the last sentence or its [n]; a backslash elsewhere ("C:\\2024.txt") is the writer's.
_DIGITS_ESCAPED = re.compile(
    r"(^[ \t]{0,3}(?:>[ \t]?|[-+*][ \t]+)?|(?<=[.!?\]\"”] ))\\(\d{1,9})(?=[.)])", re.M
)


def number_escapes(text: str) -> str:
    """``text`` with a draft's "\\127." written "127\\." (above)."""
    return _DIGITS_ESCAPED.sub(r"\1\2\\", text) if "\\" in text else text
