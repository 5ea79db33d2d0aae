"""Holding [n] citations aside while markdown-it parses changes nothing in the HTML."""

from __future__ import annotations

import pytest
from newsdesk.sitebuilder import markdown
from sitekit import BODY

CASES = [
    BODY,
    "*[1]* **[2]** _[3]_ x*[1]* [1]*x* a_[2]_b",
    "`[1]` and\n\n```\ncode [2]\n```\n\n    indented [3]",
    "\\[1] is escaped, \\\\[2] is not, [[3]] [3][4] [1, 2] ![5]",
    "[a link [1]](https://x.example/) and [1](https://y.example/)",
    "<https://a.example/[1]> and &#91;1&#93; and &#x2E28;1&#x2E29;",
    "already held \u2e281\u2e29 in the text [2]",
    '<div>[1]</div>\n\n<a title="[2]">x</a> [3]',
    '> "A quote" — A. Person [3]\n\n- item [1]\n- item [2]',
    "[1]: https://ref.example/\n\n[1]",
]


@pytest.mark.parametrize("text", CASES)
def test_same_html_as_markdown_it_alone(text: str) -> None:
    assert markdown.to_html(text) == markdown._md().render(text)


def test_citations_still_link_to_sources() -> None:
    html = markdown.render("Claim [1] and [2, 3] and [9].", 3)
    assert 'href="#source-1"' in html and 'href="#source-3"' in html
    assert 'class="cite broken"' in html


def test_a_marker_stays_on_the_line_of_the_word_before_it() -> None:
    """A narrow screen must not put "[2]" alone at the start of a line: the space before a
    marker becomes a no-break space; a marker with no space before it gains none."""
    html = markdown.render("Total spending. [2] Next claim.[1] Link [a](https://x.example/) [3]", 3)
    assert "spending.\u00a0<sup" in html and "claim.<sup" in html
    assert "</a>\u00a0<sup" in html  # the pass that skips links does the same
    assert " <sup" not in html


def test_link_cites_is_the_spaced_substitution() -> None:
    """_link_cites walks the [n] matches itself: the same text as one re.sub with an optional
    space before each group (which tried the pattern at every character), adjacent markers
    then joined into one."""
    import random
    import re

    spaced = re.compile(r"( ?)" + markdown._CITE.pattern)

    def by_sub(text: str, known: int) -> str:
        out = spaced.sub(lambda m: "\u00a0" * len(m[1]) + markdown._cite_html(m[2], known), text)
        return out.replace('</sup><sup class="cites">', "")  # adjacent markers are one

    pieces = [" ", "  ", "[", "]", "1", "12", "1234", ",", " ;", "a", "[1]", " [2, 3]", "\u00a0"]
    rng = random.Random(29)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert markdown._link_cites(text, 2) == by_sub(text, 2), text


def test_adjacent_markers_are_one_marker_that_does_not_break() -> None:
    """'[2][3]' was two <sup> side by side: at 390 px the second wrapped onto a line of its own
    (the newcomer's screenshot). One <sup class="cites"> (white-space: nowrap) holds both."""
    html = markdown.render("Two outlets cite it. [2][3] Then [1] and [1, 2].", 3)
    assert html.count('<sup class="cites">') == 3
    assert "]</sup><sup" not in html
    assert '<sup class="cites">[<a class="cite" href="#source-2"' in html
    assert 'aria-label="source 2">2</a>][<a class="cite" href="#source-3"' in html
