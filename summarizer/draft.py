"""The Draft: what the summarizer produces for one story, and its rendering as the Markdown body
described in newsdesk/content.py.

Every sentence ends with its ``[n]`` markers; a flagged sentence is wrapped in
``<mark class="flag" title="reason">…</mark>`` (its markers follow the mark) so the editor sees it;
``strict=True`` drops flagged sentences instead.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field
from typing import Any

from newsdesk.summarizer.quotes import Quote

WORDS_PER_MINUTE = 200
SECTIONS = ("What happened", "Reaction and discussion", "Background")


@dataclass(frozen=True)
class Line:
    """One cited sentence (or quote) of a draft, with the verifier's reasons (empty: verified)."""

    text: str
    cites: tuple[int, ...]  # source numbers, [n]
    item_ids: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    quote: Quote | None = None  # set for quote lines: text is '“…” — speaker, told X'

    @property
    def flagged(self) -> bool:
        return bool(self.reasons)


@dataclass(frozen=True)
class TimelineEntry:
    when: str | None
    n: int
    label: str

    def to_json(self) -> dict[str, Any]:
        return {"when": self.when, "n": self.n, "label": self.label}


@dataclass(frozen=True)
class CommentHighlight:
    id: int
    author: str
    text: str  # shortened
    url: str


@dataclass(frozen=True)
class DiscussionHighlight:
    n: int  # source number of the thread
    hn_id: int
    url: str
    title: str
    points: int
    num_comments: int
    comments: tuple[CommentHighlight, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "hn_id": self.hn_id,
            "url": self.url,
            "title": self.title,
            "points": self.points,
            "num_comments": self.num_comments,
            "comments": [
                {"id": c.id, "author": c.author, "text": c.text, "url": c.url}
                for c in self.comments
            ],
        }


@dataclass(frozen=True)
class Draft:
    headline: str
    synopsis: tuple[Line, ...]
    takeaways: tuple[Line, ...]
    sections: dict[str, tuple[Line, ...]]  # SECTIONS -> prose lines
    quotes: tuple[Line, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    discussion: tuple[DiscussionHighlight, ...] = ()
    generator: str = "extractive"
    settings: dict[str, Any] = field(default_factory=dict)

    def lines(self) -> list[Line]:
        """Every checked line, in reading order."""
        out = list(self.synopsis) + list(self.takeaways)
        for name in SECTIONS:
            out += list(self.sections.get(name, ()))
            if name == SECTIONS[0]:
                out += list(self.quotes)
        return out

    def prose(self) -> list[Line]:
        """Every sentence except quote lines, in reading order."""
        return [line for line in self.lines() if line.quote is None]

    @property
    def flagged(self) -> list[Line]:
        return [line for line in self.lines() if line.flagged]

    @property
    def reading_time(self) -> int:
        """Minutes, at 200 words a minute, never less than 1."""
        n = sum(len(re.findall(r"\w+", line.text)) for line in self.lines())
        n += sum(len(c.text.split()) for d in self.discussion for c in d.comments)
        return max(1, math.ceil(n / WORDS_PER_MINUTE))

    def report(self) -> dict[str, Any]:
        """The verification report of the front matter: {checked, flagged, sentences}."""
        return {
            "checked": len(self.lines()),
            "flagged": len(self.flagged),
            "sentences": [{"text": f.text, "reasons": list(f.reasons)} for f in self.flagged],
        }

    def without_flagged(self) -> Draft:
        """The draft --strict publishes: flagged lines dropped."""

        def keep(lines: tuple[Line, ...]) -> tuple[Line, ...]:
            return tuple(line for line in lines if not line.flagged)

        return Draft(
            headline=self.headline,
            synopsis=keep(self.synopsis),
            takeaways=keep(self.takeaways),
            sections={k: keep(v) for k, v in self.sections.items()},
            quotes=keep(self.quotes),
            timeline=self.timeline,
            discussion=self.discussion,
            generator=self.generator,
            settings=self.settings,
        )

    def to_json(self) -> dict[str, Any]:
        """The `newsdesk summarize --format json` document."""
        return {
            "headline": self.headline,
            "synopsis": " ".join(line.text for line in self.synopsis),
            "takeaways": [line.text for line in self.takeaways],
            "sentences": [
                {
                    "text": line.text,
                    "item_ids": list(line.item_ids),
                    "cites": list(line.cites),
                    "supported": not line.flagged,
                    "reasons": list(line.reasons),
                }
                for line in self.prose()
            ],
            "quotes": [
                {
                    "text": line.quote.text if line.quote else line.text,
                    "speaker": line.quote.speaker if line.quote else None,
                    "said_to": line.quote.said_to if line.quote else None,
                    "item_ids": list(line.item_ids),
                    "supported": not line.flagged,
                }
                for line in self.quotes
            ],
            "timeline": [t.to_json() for t in self.timeline],
            "discussion": [d.to_json() for d in self.discussion],
            "reading_time": self.reading_time,
            "generator": {"name": self.generator, "settings": self.settings},
            "verification": self.report(),
        }


_ESCAPE = re.compile(r"([\\`*\[\]])")
PARAGRAPH = 3  # sentences per paragraph in the sections


def escape(text: str) -> str:
    """Markdown-inert text: no emphasis, links, code or HTML from a source sentence."""
    text = _ESCAPE.sub(r"\\\1", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(
        r"^(\d+)([.)])", r"\1\\\2", text
    )  # "127\.0.0.1": Markdown escapes punctuation only
    return re.sub(r"^([#+\-])", r"\\\1", text)


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
