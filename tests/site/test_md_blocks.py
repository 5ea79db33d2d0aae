"""Writing a body's plain blocks without markdown-it (md_blocks) gives markdown-it's HTML."""

from __future__ import annotations

import random

import pytest
from newsdesk.sitebuilder import markdown, md_blocks
from sitekit import BODY

WORDS = ["token", "usage", "Agents", "\u201cquoted\u201d", '"said"', "(aside)", "a > b", "x & y",
         "[1]", "[2]", "[12](x)", "[3][4]", "*em*", "_u_", "`c`", "<b>", "\\*", "&amp;", "#5",
         "\u2e281\u2e29", "&#91;1&#93;", "<https://a.example/>", "\u00a0", "A.", "-", "1."]  # fmt: skip
LINE_STARTS = ["", "", "", "- ", "* ", "+ ", "1. ", "2) ", "> ", "    ", "  ", "\t", "# ",
               "## ", "###### ", "####### ", "#", "---", "***", "___", "===", "```", "~~~",
               "<div>", "<pre>", "<!-- ", "<?x ", "<script>", "</p>", "<mark>", "| "]  # fmt: skip
ENDS = ["", "", "", " ", "  ", "\t", " #", " ##", "\u00a0"]


PLAIN = ["token", "usage", "Agents", "[1]", "[2].", "said,", "—", "'quoted'", "100%"]


def _line(rng: random.Random) -> str:
    if rng.random() < 0.6:  # a plain line, or one that starts a list or a quote
        start = rng.choice(["", "", "", "- ", "> ", "## "])
        return start + "Token " + " ".join(rng.choice(PLAIN) for _ in range(rng.randint(0, 6)))
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 6)))
    first = rng.choice(["Token", "Agents", '"Quote"', "(Aside)", "\u201cSaid\u201d", "42", ""])
    return (
        rng.choice(LINE_STARTS) + first + (" " if first and text else "") + text + rng.choice(ENDS)
    )


def _body(rng: random.Random) -> str:
    blocks = []
    for _ in range(rng.randint(1, 8)):
        blocks.append("\n".join(_line(rng) for _ in range(rng.randint(1, 4))))
    seps = ["\n\n", "\n\n", "\n", "\n\n\n", "\n  \n", "\n\t\n"]
    out = blocks[0]
    for b in blocks[1:]:
        out += rng.choice(seps) + b
    return out + rng.choice(["", "\n", "\n\n"])


CASES = [
    BODY,
    "Para one [1].\n\n## Key takeaways\n\n- First [1].\n- Second [2].\n\n## Next\n\nText [3].",
    "- a\n\n- b\n\nText",
    "Text\n\n- a\n\n- b",
    "- a\n\nText\n\n- b",
    "Text\n\n    code\n\nText",
    "Text\n\n    code",
    "> a\n\n> b\n\nText",
    "> a\nlazy\n\nText",
    '> "Quote" \u2014 A. Person [3]\n\nText [1][2].',
    "Text\n\n<div>\nx\n\nText",
    "Text\n\n<pre>\n\nText\n</pre>\n\nText",
    "Text\n\n```\n\nText\n",
    "1. a\n\nText\n\n2. b",
    "Text with [1](https://x.example/) link\n\nPlain [2].",
    "Text [3][4] and [5]\n\nMore [6]",
    "\u2e281\u2e29 held\n\nText [1]\n\n- a [2]",
    "Text\r\nmore\r\n\r\nText",
    "Text\n\n## Heading ##\n\n## Heading #x\n\n#NoSpace",
    "Text  \nhard break\n\nText\\\nbreak",
    "",
    "\n\n",
]


@pytest.mark.parametrize("text", CASES)
def test_cases(text: str) -> None:
    assert markdown.to_html(text) == markdown._md().render(text)


def test_random_bodies() -> None:
    rng = random.Random(16)
    written = 0
    for _ in range(3000):
        text = _body(rng)
        assert markdown.to_html(text) == markdown._md().render(text), text
        lines = text.split("\n")
        written += sum(h is not None for h in md_blocks._written(lines, md_blocks._blocks(lines)))
    assert written > 1000  # the fast path was taken, not only markdown-it's
