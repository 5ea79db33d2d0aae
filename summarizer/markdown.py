"""Render a Draft as the Markdown body described in newsdesk/content.py.

Every sentence ends with its ``[n]`` markers; a flagged sentence is wrapped in
``<mark class="flag" title="reason">…</mark>`` (its markers follow the mark) so the editor sees it;
``strict=True`` drops flagged sentences instead.
"""

from __future__ import annotations

import html
import re

from newsdesk.summarizer.draft import SECTIONS, Draft, Line

_ESCAPE = re.compile(r"([\\`*\[\]])")
PARAGRAPH = 3  # sentences per paragraph in the sections


def escape(text: str) -> str:
    """Markdown-inert text: no emphasis, links, code or HTML from a source sentence."""
    text = _ESCAPE.sub(r"\\\1", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"^([#+\-]|\d+[.)])", r"\\\1", text)


def markers(cites: tuple[int, ...]) -> str:
    return "".join(f"[{n}]" for n in cites)


def sentence(line: Line) -> str:
    """'Text. [1][2]', or the flagged form with the reasons in the title."""
    text = escape(line.text)
    if line.flagged:
        reason = html.escape("; ".join(line.reasons), quote=True)
        text = f'<mark class="flag" title="{reason}">{text}</mark>'
    cites = markers(line.cites)
    return f"{text} {cites}" if cites else text


def _paragraphs(lines: tuple[Line, ...]) -> list[str]:
    return [
        " ".join(sentence(x) for x in lines[i : i + PARAGRAPH])
        for i in range(0, len(lines), PARAGRAPH)
    ]


def render_body(draft: Draft, *, strict: bool = False) -> str:
    """The Markdown body: synopsis, key takeaways, the three sections (quotes under the first)."""
    if strict:
        draft = draft.without_flagged()
    parts: list[str] = []
    if draft.synopsis:
        parts.append(" ".join(sentence(x) for x in draft.synopsis))
    if draft.takeaways:
        parts.append(
            "## Key takeaways\n\n" + "\n".join(f"- {sentence(x)}" for x in draft.takeaways)
        )
    for name in SECTIONS:
        lines = draft.sections.get(name, ())
        block = _paragraphs(lines)
        if name == SECTIONS[0]:
            block += [f"> {sentence(q)}" for q in draft.quotes]
        if block:
            parts.append(f"## {name}\n\n" + "\n\n".join(block))
    return "\n\n".join(parts) + "\n"


def render_article(draft: Draft, sources: list[tuple[str, str, str]]) -> str:
    """A whole article for ``newsdesk summarize --format markdown``: headline, reading time and
    counts line, the body, how the story spread, the discussion and the numbered sources
    (``sources``: (outlet, title, url) per [n]). Drafts keep these parts in their front matter,
    where the site renders them from the source list."""
    body = render_body(draft)
    minutes = max(1, round(len(body.split()) / 220))
    count = f"{len(sources)} source{'s' if len(sources) != 1 else ''}"
    parts = [f"# {escape(draft.headline)}", f"*{minutes} min read · {count}*", body.rstrip("\n")]
    if draft.timeline:
        lines = [f"- {t.when or 'undated'}: {escape(t.label)} [{t.n}]" for t in draft.timeline]
        parts.append("## How the story spread\n\n" + "\n".join(lines))
    for d in draft.discussion:
        comments = [f"- {escape(c.author)}: {escape(c.text)} ({c.url})" for c in d.comments]
        head = f"{escape(d.title)}: {d.points} points, {d.num_comments} comments ({d.url})"
        parts.append("## Discussion\n\n" + "\n".join([head, "", *comments]).strip())
    listed = [f"{n}. {escape(o)}: {escape(t)} <{u}>" for n, (o, t, u) in enumerate(sources, 1)]
    parts.append("## Sources\n\n" + "\n".join(listed))
    return "\n\n".join(parts) + "\n"
