"""Words a reader sees, worked out once for the templates.

* Excerpts (cards, meta descriptions) end where a sentence or clause ends, never mid-clause.
* A source's status is plain words: "full text read", "thread read", "not read: paywall".
* "cited by" has one meaning on a story page: the names of the sources that cite this one
  ("cited by Circuit Report and Valley Courier"), in the timeline and the source list alike.
  The drafts' timeline labels end in a bare count (", cited by 2"); that count is dropped and
  the names are printed instead.
* A Hacker News comment appears once: a comment the article already quotes (in "Reaction and
  discussion") is not repeated in the Discussion box, which says how many it left out.

``excerpt`` and ``read_status`` are Jinja filters (render.py); article.py passes the rest.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.sitebuilder.models import CommentView, DiscussionView, SourceView, StoryPage

from newsdesk.text import counted

ELLIPSIS = "\u2026"
# a sentence ends at . ! ? (maybe inside a closing quote or bracket) followed by a space
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)")
# a clause ends at , ; : or before a dash set off by spaces
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[\u2014\u2013-]\s")
_SHORTEST = 0.4  # an excerpt keeps at least this share of the limit, or cuts at a word

_READ_REASONS = {
    "robots": "the site asks robots not to fetch it",
    "not fetched": "not fetched",
    "no text": "no article text found",
    "refused": "the site refused",
}


@lru_cache(maxsize=16384)  # a story's synopsis is cut for every listing that shows its card
def excerpt(text: str, limit: int = 280) -> str:
    """``text`` shortened to at most ``limit`` characters (plus an ellipsis), cut after the last
    whole sentence that fits; failing that at the end of a clause, failing that at a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    floor = int(limit * _SHORTEST)
    ends = [m.end() for m in _SENTENCE_END.finditer(head) if floor <= m.end() <= limit]
    if ends:
        return head[: ends[-1]]
    clauses = [m.start() for m in _CLAUSE_END.finditer(head) if floor <= m.start() <= limit]
    if clauses:
        return head[: clauses[-1]].rstrip(" ,;:") + ELLIPSIS
    cut = head[:limit].rsplit(" ", 1)[0] if " " in head[:limit] else head[:limit]
    return cut.rstrip(" ,;:.") + ELLIPSIS


def read_status(source: SourceView) -> str:
    """'full text read', 'thread read', or 'not read: paywall'."""
    if source.read:
        return "thread read" if source.role == "discussion" else "full text read"
    reason = (source.read_reason or "").strip()
    return f"not read: {_READ_REASONS.get(reason, reason or 'not fetched')}"


def names(items: Iterable[str]) -> str:
    """'A', 'A and B', 'A, B and C' (each name once, in order)."""
    seen = list(dict.fromkeys(i for i in items if i))
    if len(seen) < 2:
        return "".join(seen)
    return ", ".join(seen[:-1]) + " and " + seen[-1]


_COUNT_TAIL = re.compile(r",?\s*\bcited by \d+(?: sources?)?\s*$", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_QUOTE_MARKS = (("\u201c", "\u201d"), ('"', '"'))  # a quotation opens, and closes, with these
_MIN_QUOTE = 12  # characters inside the marks: shorter ones are scare quotes, not quotations
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class TimelineRow:
    when: str
    n: int | None  # the source's number, when the entry is one of the listed sources
    name: str  # the source's name (linked to its list entry), or "" for a free label
    rest: str  # the label after the name
    cited_by: str  # "Circuit Report and Valley Courier", or ""


@dataclass(frozen=True)
class ThreadView:
    thread: DiscussionView
    comments: tuple[CommentView, ...]  # those the article does not quote already
    quoted: int  # comments left out because the article quotes them


def cited_by(source: SourceView, by_n: dict[int, SourceView]) -> str:
    """The names of the listed sources that cite ``source``."""
    return names(by_n[c].name for c in source.cited_by if c in by_n and c != source.n)


def _headline_marked(rest: str, title: str) -> str:
    """': Title (not read: paywall)' -> ': “Title” (not read: paywall)': after the outlet's
    name, its headline is its words, so it is marked as theirs, as a headline the drafts fall
    back to is ('Circuit Report: “…”'). A label worded otherwise is left as it is."""
    for lead in (": ", " thread: "):
        if title and rest.startswith(lead + title):
            return f"{lead}\u201c{title}\u201d{rest[len(lead) + len(title) :]}"
    return rest


def timeline(page: StoryPage) -> tuple[TimelineRow, ...]:
    by_n = {s.n: s for s in page.sources}
    rows = []
    for t in page.timeline:
        label = _COUNT_TAIL.sub("", t.label)
        src = by_n.get(t.n) if t.n is not None else None
        if src is None:
            rows.append(TimelineRow(t.when, None, "", label, ""))
            continue
        rest = label[len(src.name) :] if label.startswith(src.name) else f" \u2014 {label}"
        rest = _headline_marked(rest, src.title)
        rows.append(TimelineRow(t.when, src.n, src.name, rest, cited_by(src, by_n)))
    return tuple(rows)


COMMENT_CAP = 480  # characters of a comment the page shows (a draft keeps up to 400)


def comment_text(text: str) -> str:
    """A comment as the discussion box shows it: its paragraphs apart (a blank line between),
    each on one line, cut with '…' past COMMENT_CAP characters."""
    paras = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    text = "\n\n".join(p for p in paras if p)
    if len(text) > COMMENT_CAP:
        text = text[: COMMENT_CAP - 20].rsplit(" ", 1)[0] + " …"
    return text


def _normal(text: str) -> str:
    """Lower case, words only, one space between them."""
    return " ".join(_WORD.findall(text.lower()))


def quoted_passages(text: str) -> list[str]:
    """What stands between “ and ” or between two ", at least 12 characters long, scanning
    from the start: a mark whose quotation is too short or never closes is passed over, and
    the scan goes on after each quotation's closing mark. (What
    ``re.findall(r'“([^”]{12,})”|"([^"]{12,})"')`` finds, by ``str.find``: 30 times faster
    on a story.)"""
    found: list[str] = []
    at = 0
    while True:
        starts = [
            (i, close) for opening, close in _QUOTE_MARKS if (i := text.find(opening, at)) >= 0
        ]
        if not starts:
            return found
        start, close = min(starts)
        end = text.find(close, start + 1)
        if end - start > _MIN_QUOTE:  # (end is -1 when it never closes)
            found.append(text[start + 1 : end])
            at = end + 1
        else:
            at = start + 1


def quotes_in(page: StoryPage) -> list[str]:
    """Every quoted passage of the article's text, normalised (lower case, words only)."""
    fragments = [page.synopsis_html, *page.takeaways_html, *(s.html for s in page.sections)]
    text = html.unescape(_TAG.sub(" ", " ".join(fragments)))
    found = [_normal(q) for q in quoted_passages(text)]
    return [q for q in found if len(q) >= _MIN_QUOTE]


def discussion(page: StoryPage) -> tuple[ThreadView, ...]:
    """The Discussion box: each thread with the comments the article does not quote."""
    quotes = quotes_in(page)
    out = []
    for d in page.discussion:
        keep = tuple(c for c in d.comments if not any(q in _normal(c.text) for q in quotes))
        out.append(ThreadView(d, keep, len(d.comments) - len(keep)))
    return tuple(out)


def check_line(page: StoryPage) -> str:
    if page.verified and page.edited and page.unchecked is None:  # which sentences: unknown
        return f"✓ {counted(page.checked, 'drafted sentence', 'drafted sentences')} checked · edited by an editor"
    if page.verified and page.unchecked:  # the editor's own sentences were not checked
        k, no = len(page.unchecked), len(page.refused)
        said = f"{k} by an editor not confirmed"
        if no:  # checked and refused is not the same as not checked yet
            said = f"{no} by an editor refused by the check" + (
                f" · {k - no} not yet checked" if k > no else ""
            )
        return f"⚑ {said} · {counted(page.checked, 'sentence', 'sentences')} checked"
    if page.verified:
        return f"✓ every sentence checked ({page.checked})"
    if page.flags:
        return f"⚑ {len(page.flags)} of {page.checked or len(page.flags)} sentences flagged"
    return "not verified"


def draft_banner(page: StoryPage) -> str:
    """What the draft banner says after "Draft — not reviewed.": what verification flagged,
    and of an editor's own sentences, those the check refused apart from those not checked yet
    (the banner said only "not confirmed", or nothing at all beside flagged sentences)."""
    flags, unchecked = len(page.flags), len(page.unchecked or ())
    refused = len(page.refused)
    mine = []
    if refused:
        mine.append(
            f"{counted(refused, 'sentence', 'sentences')} by an editor "
            f"{'was' if refused == 1 else 'were'} refused by the check"
        )
    if unchecked > refused:
        k = unchecked - refused
        mine.append(
            f"{counted(k, 'sentence', 'sentences')} by an editor {'is' if k == 1 else 'are'} "
            f"{'not yet checked' if refused else 'not confirmed'}"
        )
    editor = " and ".join(mine)
    if flags:
        told = f"{counted(flags, 'sentence', 'sentences')} flagged by verification, highlighted"
        return f"{told} below with the reason." + (
            f" {editor[0].upper()}{editor[1:]}." if editor else ""
        )
    if editor:
        return f"No drafted sentence was flagged by verification; {editor}. An editor has not approved it yet."
    return "No sentence was flagged by verification; an editor has not approved it yet."
