"""Markdown → safe HTML: markdown-it-py renders, nh3 sanitises with an allow-list.

Everything in a content file came, at some point, from outside (titles, quotes, comments), so
the HTML is cleaned *after* rendering: only the tags below survive, links keep http(s) (or
in-page) targets and get ``rel="nofollow noopener"``. Then two newsdesk touches are applied to
the text only (never inside a tag): ``[n]`` becomes a link to ``#source-n`` and a flagged
sentence (``<mark class="flag" title="reason">``) gets its reason printed beside it, and so does
an editor's sentence no check confirmed (``<mark class="unconfirmed">``, sentence_checks.marked).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, cast

import nh3
from markdown_it import MarkdownIt
from newsdesk.sitebuilder import md_blocks

TAGS = {
    "p", "a", "em", "strong", "b", "i", "code", "pre", "ul", "ol", "li", "blockquote",
    "mark", "br", "h3", "h4", "h5", "h6", "sup", "sub", "cite", "q", "abbr", "del", "ins",
    "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "mark": {"title"}, "abbr": {"title"}, "th": {"align"}}
CLASSES = {"mark": {"flag", "unconfirmed"}}
SCHEMES = {"http", "https"}
REL = "nofollow noopener"

_CITE = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_TAG_SPLIT = re.compile(r"(<[^>]*>)")
_BRACKET_IN_TAG = re.compile(r"<[^>]*\[")  # (or after a '<' never closed: the slow path too)
_FLAG = re.compile(r'<mark (?=[^>]*class="flag")[^>]*?title="([^"]*)"[^>]*>(.*?)</mark>', re.S)
UNCONFIRMED_REASON = "an editor's sentence, not confirmed by the check"
_UNCONFIRMED = re.compile(r'(<mark (?=[^>]*class="unconfirmed")[^>]*>.*?</mark>)', re.S)
REFUSED_REASON = "an editor's sentence, refused by the check"
_QUOTE = re.compile(r"<blockquote>\s*<p>(.*?)</p>\s*</blockquote>", re.S)


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    # CommonMark, minus what the sanitiser would drop anyway (images) and what story bodies
    # never use (setext headings, link reference definitions): about twice as fast.
    return MarkdownIt("zero", {"html": True, "linkify": False, "typographer": False}).enable(
        [
            "paragraph",
            "heading",
            "list",
            "blockquote",
            "code",
            "fence",
            "hr",
            "html_block",
            "emphasis",
            "link",
            "html_inline",
            "backticks",
            "newline",
            "escape",
            "entity",
            "autolink",
        ]  # fmt: skip
    )


# While markdown-it parses a body, each bare [n] citation is held as ⸨n⸩: markdown-it would try
# (and fail) to parse every one of them as a link, which was half its time on a story body.
# ⸨ ⸩ are punctuation like [ ], so emphasis next to a citation parses the same, and they are put
# back before anything else sees the HTML. Bodies where the swap could show (the marks already in
# the text or in a numeric entity; link destinations and autolinks, whose URLs would carry them)
# are parsed as they are.
_OPEN, _CLOSE = "\u2e28", "\u2e29"
_BARE_CITE = re.compile(r"(?<!\\)\[(\d{1,3})\](?!\()")
_URLISH = re.compile(r"\]\(|<[A-Za-z][A-Za-z0-9.+-]{1,31}:")


def to_html(text: str) -> str:
    """markdown-it's HTML for a Markdown text (before sanitising); its plain blocks are
    written without markdown-it (md_blocks)."""
    return md_blocks.render(md_blocks.number_escapes(text), _parse)


def _parse(text: str) -> str:
    """markdown-it's HTML for a Markdown text, its bare citations held aside (above)."""
    if _OPEN in text or _CLOSE in text or "&#" in text or _URLISH.search(text):
        return _md().render(text)
    held = _BARE_CITE.sub(_hold, text)
    # every ⸨ ⸩ in the HTML is one of ours (the text had none): put the brackets back
    return _md().render(held).replace(_OPEN, "[").replace(_CLOSE, "]")


def _hold(m: re.Match[str]) -> str:
    return _OPEN + m[1] + _CLOSE  # (a function: a template replacement is slower in 3.11)


def sanitize(fragment: str) -> str:
    """Clean an HTML fragment with the allow-list (scripts, styles, handlers, js: URLs go)."""
    return nh3.clean(
        fragment,
        tags=TAGS,
        attributes=ATTRIBUTES,
        allowed_classes=CLASSES,
        url_schemes=SCHEMES,
        link_rel=REL,
        clean_content_tags={"script", "style"},
        strip_comments=True,
    )


_SEP = re.compile(r"\s*[,;]\s*")


def _numbers(group: str) -> list[int]:
    return [int(group)] if group.isdigit() else [int(x) for x in _SEP.split(group)]


def citations(text: str) -> list[int]:
    """Every source number cited as [n] or [n, m] in a text."""
    found: list[int] = []
    for group in _CITE.findall(text):
        found.extend(_numbers(group))
    return found


_SUP = '<sup class="cites">'


@lru_cache(maxsize=4096)
def _cite_html(group: str, known: int) -> str:
    """The links of one [n] or [n, m] group (the same few groups recur in every story)."""
    links = []
    for n in _numbers(group):
        if 1 <= n <= known:
            links.append(f'<a class="cite" href="#source-{n}" aria-label="source {n}">{n}</a>')
        else:
            links.append(f'<span class="cite broken" title="no such source">{n}</span>')
    return _SUP + "[" + ", ".join(links) + "]</sup>"


def _link_cites(segment: str, known: int) -> str:
    """Each [n] group of ``segment`` as links; a space just before one becomes a no-break
    space (a marker and the word before it stay on one line). What
    ``re.sub(r"( ?)" + _CITE.pattern, …)`` gives, 3× faster: a pattern that starts with an
    optional space has no literal prefix, so the engine tried it at every character."""
    out: list[str] = []
    last = 0
    for m in _CITE.finditer(segment):
        start = m.start()
        if out and start == last:  # "[2][3]": one marker, so no line breaks between them
            out[-1] = out[-1].removesuffix("</sup>") + _cite_html(m[1], known).removeprefix(_SUP)
        elif start > last and segment[start - 1] == " ":
            out += (segment[last : start - 1], "\u00a0", _cite_html(m[1], known))
        else:
            out += (segment[last:start], _cite_html(m[1], known))
        last = m.end()
    if not out:
        return segment
    out.append(segment[last:])
    return "".join(out)


def decorate(safe_html: str, n_sources: int) -> str:
    """Apply citation links (text only, never inside tags), flag reasons and quote captions."""
    if "<a" in safe_html or "<A" in safe_html or _BRACKET_IN_TAG.search(safe_html):
        out = _link_text(safe_html, n_sources)
    else:  # every [ is in text outside links, and no [n] match can cross a tag: one pass
        out = _link_cites(safe_html, n_sources)
    out = _FLAG.sub(
        lambda m: (
            f'<mark class="flag" title="{m.group(1)}">{m.group(2)}</mark>'
            f'<span class="flag-reason"> (flagged: {m.group(1)})</span>'
        ),
        out,
    )
    out = _UNCONFIRMED.sub(_unconfirmed, out)
    return _QUOTE.sub(_quote, out)


def _unconfirmed(m: re.Match[str]) -> str:
    """An editor's marked sentence and, after it, why it is marked: refused or not yet confirmed."""
    why = REFUSED_REASON if 'check refused"' in m.group(1).split(">", 1)[0] else UNCONFIRMED_REASON
    return f'{m.group(1)}<span class="flag-reason"> ({why})</span>'


def _link_text(safe_html: str, n_sources: int) -> str:
    """Citation links in the text between tags, outside links (``<a>`` … ``</a``)."""
    parts = _TAG_SPLIT.split(safe_html)
    in_anchor = False
    for i, part in enumerate(parts):
        if part.startswith("<"):
            low = part[:3].lower()
            if low == "<a " or part.lower() == "<a>":
                in_anchor = True
            elif part.lower().startswith("</a"):
                in_anchor = False
            continue
        if not in_anchor and "[" in part:
            parts[i] = _link_cites(part, n_sources)
    return "".join(parts)


def _quote(m: re.Match[str]) -> str:
    inner = m.group(1)
    head, sep, tail = inner.rpartition(" — ")
    if not sep:
        head, sep, tail = inner.rpartition(" -- ")
    if not sep or not head:
        return f'<figure class="quote"><blockquote><p>{inner}</p></blockquote></figure>'
    return (
        f'<figure class="quote"><blockquote><p>{head}</p></blockquote>'
        f"<figcaption>— {tail}</figcaption></figure>"
    )


def render(markdown: str, n_sources: int) -> str:
    """Markdown body text → sanitised, decorated HTML."""
    return decorate(sanitize(to_html(markdown)), n_sources)


_H2 = re.compile(r"<h2>(.*?)</h2>\n?", re.S)
_LI = re.compile(r"<li>(.*?)</li>", re.S)


def render_sections(markdown: str, n_sources: int) -> tuple[str, list[tuple[str, str]]]:
    """A whole body in one pass: (synopsis HTML, [(heading text, section HTML)]).

    Rendering, sanitising and decorating once per story instead of once per section is what
    keeps a full build of thousands of stories fast; ``## `` headings split the result.
    """
    safe = _body_cleaner()(to_html(markdown))
    parts = _H2.split(decorate(safe, n_sources))
    sections = [(_text(parts[i]), parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]
    return parts[0].strip(), sections


_BODY_RULES: dict[str, Any] = {
    "tags": TAGS | {"h2"},
    "attributes": ATTRIBUTES,
    "allowed_classes": CLASSES,
    "url_schemes": SCHEMES,
    "link_rel": REL,
    "clean_content_tags": {"script", "style"},
    "strip_comments": True,
}


@lru_cache(maxsize=1)
def _body_cleaner() -> Callable[[str], str]:
    """nh3.clean with the body's rules; nh3 0.3's Cleaner keeps them built between calls
    (nh3.clean builds them for every story: a third of its time)."""
    cleaner = getattr(nh3, "Cleaner", None)
    if cleaner is not None:
        return cast(Callable[[str], str], cleaner(**_BODY_RULES).clean)
    return lambda fragment: nh3.clean(fragment, **_BODY_RULES)


def list_items(section_html: str) -> list[str]:
    """The items of the first list in a section (key takeaways), as HTML fragments."""
    return [m.group(1).strip() for m in _LI.finditer(section_html)]


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


_DECOR = re.compile(r'<sup class="cites">.*?</sup>|<span class="flag-reason">.*?</span>', re.S)


def plain_html(decorated: str) -> str:
    """Plain text of decorated HTML (citations and flag reasons left out)."""
    text = _text(_DECOR.sub("", decorated))
    return re.sub(r"\s+", " ", text).strip().replace(" .", ".").replace(" ,", ",")


def plain(markdown: str) -> str:
    """Readable plain text of a Markdown fragment without [n] marks (cards, feeds, meta tags)."""
    text = nh3.clean(to_html(markdown), tags=set())
    text = html.unescape(text)
    text = _CITE.sub("", text)
    return re.sub(r"\s+", " ", text).strip().replace(" .", ".").replace(" ,", ",")


def safe_url(url: object) -> str | None:
    """The URL if it is an absolute http(s) URL without whitespace or quotes, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not _HTTP.match(url) or _UNSAFE.search(url):
        return None
    return url


_HTTP = re.compile(r"^https?://[^\s/?#]+", re.I)
_UNSAFE = re.compile(r"[\s\"'<>`\\]")
