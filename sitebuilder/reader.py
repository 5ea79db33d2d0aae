"""Content files → page models (the "reader" of a Pelican-style reader → generator → writer).

The file format is the docstring of :mod:`newsdesk.content`; files are parsed by its one parser
(``content.parse``: libyaml with a faster constructor, the front matter validated and typed as
:class:`newsdesk.frontmatter.FrontMatter`), whose errors name the file and the key.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from newsdesk.sitebuilder import markdown, ranking, story_warnings, wording
from newsdesk.sitebuilder.models import (
    CommentView,
    Correction,
    DiscussionView,
    Flag,
    Review,
    Section,
    SourceView,
    StoryPage,
    Summary,
    TimelineEntry,
)

from newsdesk import content, sentence_checks
from newsdesk.frontmatter import FrontMatter, UnknownStatus, iso, says_published
from newsdesk.sentence_checks import MARK, outstanding_flags, reported_count
from newsdesk.text import count_words

_TAKEAWAYS = ("key takeaways", "takeaways", "key points")
INVALID = "invalid"  # the status of a file that does not read (see broken)
HELD = "held"  # a published story's status when a citation is broken: left out (story_warnings)


def load(path: Path, raw: bytes | None = None) -> content.ContentFile:
    """Parse one content file (its bytes if given, else read from path)."""
    data = raw if raw is not None else path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise content.ContentError(f"{path}: not UTF-8 text") from None
    return content.parse(text, path)


def broken(exc: content.ContentError, raw: bytes, sha: str) -> dict[str, Any]:
    """The summary record of a file that does not read: its error, and whether it says it is
    published (a ``status:`` line saying published in any case or misspelt, see says_published):
    a broken published story fails the build, a broken draft is left out with a warning;
    ``unknown_status``: what does not read is the status itself."""
    published = says_published(raw)
    unknown = isinstance(exc, UnknownStatus)
    data = {"status": INVALID, "error": str(exc), "published": published, "unknown_status": unknown}
    return {"data": data, "key": "invalid:" + sha}


def _int(value: Any, default: int = 0) -> int:
    if value is None or type(value) is int:  # (int(None) raises, slowly: most hn_id are None)
        return default if value is None else value
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # None, "lots", a list; .inf
        return default


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _sources(fm: FrontMatter) -> tuple[SourceView, ...]:
    out = []
    for i, s in enumerate(fm.sources, start=1):
        out.append(
            SourceView(
                n=_int(s.get("n"), i) or i,
                url=markdown.safe_url(s.get("url")),
                outlet=_text(s.get("outlet")),
                name=_text(s.get("name") or s.get("outlet") or "unknown outlet"),
                title=_text(s.get("title")),
                role=_text(s.get("role") or "coverage"),
                tier=_text(s.get("tier") or "unrated"),
                read=bool(s.get("read", True)),
                read_reason=_text(
                    s.get("read_reason") or ("full text" if s.get("read", True) else "not fetched")
                ),
                published=iso(s.get("published")),
                cited_by=tuple(_int(c) for c in s.get("cited_by") or () if _int(c) > 0),
                also_at=tuple(
                    u for u in (markdown.safe_url(a) for a in s.get("also_at") or ()) if u
                ),
                hn_id=_int(s.get("hn_id")) or None,
                points=s.get("points") if isinstance(s.get("points"), int) else None,
                num_comments=s.get("num_comments")
                if isinstance(s.get("num_comments"), int)
                else None,
            )
        )
    return tuple(out)


def _discussion(fm: FrontMatter) -> tuple[DiscussionView, ...]:
    out = []
    for d in fm.discussion:
        hn_id = _int(d.get("hn_id")) or None
        hn_url = f"https://news.ycombinator.com/item?id={hn_id}" if hn_id else None
        comments = []
        for c in d.get("comments") or []:
            if not isinstance(c, dict):
                continue
            cid = _int(c.get("id"))
            url = markdown.safe_url(c.get("url")) or (
                f"https://news.ycombinator.com/item?id={cid}" if cid else hn_url or ""
            )
            text = wording.comment_text(_text(c.get("text")))
            comments.append(
                CommentView(author=_text(c.get("author")) or "anonymous", text=text, url=url)
            )
        out.append(
            DiscussionView(
                hn_id=hn_id,
                url=hn_url or markdown.safe_url(d.get("url")),
                title=_text(d.get("title")),
                points=_int(d.get("points")),
                num_comments=_int(d.get("num_comments")),
                comments=tuple(comments),
            )
        )
    return tuple(out)


def _review(fm: FrontMatter) -> Review | None:
    r = fm.review
    if r is None:
        return None
    return Review(
        action=_text(r.get("action")),
        editor=_text(r.get("editor")),
        at=iso(r.get("at")) or "",
        reason=_text(r.get("reason")),
        forced=bool(r.get("forced")),
    )


def _corrections(fm: FrontMatter) -> tuple[Correction, ...]:
    return tuple(
        Correction(
            at=iso(c.get("at")) or "", editor=_text(c.get("editor")), note=_text(c.get("note"))
        )
        for c in fm.corrections
        if c.get("note")
    )


def _verification(cf: content.ContentFile) -> tuple[int, tuple[Flag, ...]]:
    """(sentences checked, flags still outstanding). A flag counts while its sentence or its
    <mark> is still in the body (newsdesk.sentence_checks): one an editor fixed by hand is gone."""
    v = cf.fm.verification
    checked = _int(v.get("checked")) if v is not None else 0
    listed = v is not None and (v.get("sentences") or reported_count(cf.fm))
    if not listed and not MARK.search(cf.body):
        return checked, ()
    return checked, tuple(Flag(text=f.text, reasons=f.reasons) for f in outstanding_flags(cf))


def _recorded(fm: FrontMatter) -> str | None:
    """An undated story's time: its first approval (when it went live), else its last crawl."""
    for r in [*(fm.raw.get("review_log") or ()), fm.review or {}]:
        if isinstance(r, dict) and r.get("action") == "approved" and iso(r.get("at")):
            return iso(r.get("at"))
    return iso(fm.last_crawl)


def read_story(path: Path, raw: bytes | None = None, root: Path | None = None) -> StoryPage:
    """One content file → StoryPage (HTML fragments sanitised; [n] linked)."""
    return _page(load(path, raw), root)


def _sections(raw: list[tuple[str, str]]) -> tuple[tuple[str, ...], list[Section]]:
    """The first 'Key takeaways' section's items, and the other sections, each a unique id."""
    takeaways: tuple[str, ...] = ()
    sections = []
    used: set[str] = {"sources", "timeline", "discussion", "related", "takeaways", "how-made"}
    for heading, html in raw:
        if heading.lower() in _TAKEAWAYS and not takeaways:
            takeaways = tuple(markdown.list_items(html))
            if takeaways:
                continue
        sid = content.slugify(heading, 40)
        while sid in used:
            sid += "-x"
        used.add(sid)
        sections.append(Section(id=sid, title=heading, html=html))
    return takeaways, sections


def _page(cf: content.ContentFile, root: Path | None) -> StoryPage:
    edited = cf.edited  # (of the file as written: its body_hash is of the body with them)
    cf, invisible = story_warnings.cleaned(cf)
    path, fm = cf.path, cf.fm
    sources = _sources(fm)
    known = max((s.n for s in sources), default=0)
    keys = fm.raw.get("sentence_keys")
    told = sentence_checks.file_tally(fm.raw, cf.body)  # with refused_keys
    shown = (
        sentence_checks.marked(cf.body, keys, fm.raw.get("refused_keys"))
        if told and told.unchecked
        else cf.body
    )
    synopsis_html, raw_sections = markdown.render_sections(shown, known)
    takeaways, sections = _sections(raw_sections)
    words = count_words(cf.body)
    checked, flags = _verification(cf)
    if edited and checked and told is not None:
        checked = told.checked  # sentences deleted or recorded since drafting (sentence_checks)
    timeline = tuple(
        TimelineEntry(
            when=iso(t.get("when")) or "", n=_int(t.get("n")) or None, label=_text(t.get("label"))
        )
        for t in fm.timeline
    )
    try:  # (is_relative_to, then relative_to, worked it out twice)
        rel = str(path.relative_to(root)) if root else str(path)
    except ValueError:  # not inside root
        rel = str(path)
    page = StoryPage(
        slug=cf.slug,
        title=" ".join(fm.title.split()),
        topic=fm.topic,
        date=iso(fm.date),
        updated=iso(fm.updated),
        status=cf.status,
        reading_time=_int(fm.raw.get("reading_time")) or max(1, math.ceil(words / 220)),
        synopsis_html=synopsis_html,
        takeaways_html=takeaways,
        sections=tuple(sections),
        sources=sources,
        excluded=_int(fm.raw.get("excluded")),
        checked=checked,
        flags=flags,
        timeline=timeline,
        discussion=_discussion(fm),
        review=_review(fm),
        corrections=_corrections(fm),
        edited=edited,
        unchecked=None if told is None else told.unchecked,
        refused=() if told is None else told.refused,
        source_path=rel,
        story_id=_text(fm.raw.get("story_id")),
        recorded=None if fm.date else _recorded(fm),
    )
    story_warnings.attach(page, cf.body, invisible)
    return page


_HREF = re.compile(r'href="([^"#][^"]*)"')


def _relative_links(page: StoryPage) -> list[str]:
    """Links in the body that point inside the site (the build checks they resolve)."""
    html = (
        page.synopsis_html + "".join(page.takeaways_html) + "".join(s.html for s in page.sections)
    )
    return [h for h in _HREF.findall(html) if not h.startswith(("http://", "https://", "mailto:"))]


def summarize(page: StoryPage, synopsis_plain: str) -> Summary:
    seen: dict[str, tuple[str, str, str]] = {}
    for s in page.sources:
        if s.outlet and s.outlet not in seen:
            seen[s.outlet] = (s.outlet, s.name, s.role)
    return Summary(
        slug=page.slug,
        title=page.title,
        topic=page.topic,
        date=page.date,
        updated=page.updated,
        status=HELD if page.held else page.status,
        synopsis=synopsis_plain,
        counts_line=page.counts.line(),
        check_line=wording.check_line(page),
        reading_time=page.reading_time,
        outlets=tuple(seen.values()),
        corrections=page.corrections,
        warnings=page.warnings,
        links=tuple(sorted(set(_relative_links(page)))),
        story_id=page.story_id,
        recorded=page.recorded,
        **ranking.signals(page),
    )


def read(
    path: Path, raw: bytes | None = None, root: Path | None = None
) -> tuple[StoryPage, Summary]:
    """Read a content file into its page and its summary."""
    page = _page(load(path, raw), root)
    return page, summarize(page, markdown.plain_html(page.synopsis_html))
