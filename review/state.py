"""Reading the review state: the `review list` rows, the `review show` report (finding a
story by name is review/names.py).

The passage of a source that should support a sentence (:func:`best_passage`, for `review
show`): the texts come from the crawl database when one is configured and exists (articles by
URL, Hacker News threads by id); without it there is nothing to search and `review show` says
so.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.review.names import find, find_in, handles, refuse_copies
from newsdesk.review.proposals import SourceDiff, diff_sources, merge_sources

from newsdesk import content
from newsdesk.content import ContentFile
from newsdesk.errors import ContentError, NewsdeskError
from newsdesk.sentence_checks import Flag, file_tally, outstanding_flags, story_problems
from newsdesk.store import Store
from newsdesk.story_store import load_stories
from newsdesk.text import STOP_WORDS, split_sentences

STATUS_ORDER = {"invalid": -1, "draft": 0, "published": 1, "rejected": 2}


@dataclass(frozen=True)
class Row:
    slug: str
    status: str
    topic: str
    title: str
    date: str
    counts: str
    flags: int
    last_crawl: str | None
    edited: bool
    proposal: bool
    path: Path
    handle: str = ""  # the short name review list shows and every review command accepts
    problems: tuple[str, ...] = ()  # citations that would publish a broken page (approve refuses)
    unconfirmed: int = 0  # an editor's own sentences no check passed (the page names them)
    refused: int = 0  # of those, the ones a check ran on and refused (the rest: not checked yet)
    no_text: bool = False  # nothing to read (an old draft of unreadable sources): approve refuses

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "path": str(self.path), "problems": list(self.problems)}


@dataclass(frozen=True)
class FlagReport:
    flag: Flag
    passage: Passage | None


@dataclass(frozen=True)
class ShowReport:
    file: ContentFile
    row: Row
    flags: tuple[FlagReport, ...]
    texts_available: bool  # False: no crawl database to search for passages
    proposal: ContentFile | None
    diff: SourceDiff | None
    new_numbers: tuple[int, ...] = ()  # the numbers diff.new will get when merged
    problems: tuple[str, ...] = ()  # citations that would publish a broken page


def story_updates(database: Path | None) -> dict[str, str]:
    """story id -> when the crawl last changed the story, from the database if there is one."""
    if database is None or not database.exists():
        return {}
    try:
        with Store(database) as store:
            return {s.story_id: s.updated for s in load_stories(store) if s.updated}
    except NewsdeskError:
        return {}  # an unreadable database only costs this column


def row(cf: ContentFile, updates: dict[str, str] | None = None) -> Row:
    fm = cf.fm
    crawled = fm.last_crawl or (updates or {}).get(str(fm.story_id))
    told = file_tally(cf.meta, cf.body)  # with refused_keys: refused apart from not checked
    return Row(
        slug=cf.slug,
        status=cf.status,
        topic=fm.topic,
        title=fm.title,
        date=str(fm.date or ""),
        counts=content.counts_of(cf.meta).line(),
        flags=len(outstanding_flags(cf)),
        problems=tuple(story_problems(cf, "published")),
        unconfirmed=len(told.unchecked) if told else 0,
        refused=len(told.refused) if told else 0,
        no_text=not content.has_text(cf.body),
        last_crawl=str(crawled) if crawled else None,
        edited=cf.touched,
        proposal=content.proposal_path(cf.path).is_file(),  # a folder there: broken_proposals
        path=cf.path,
    )


def broken_row(path: Path, exc: ContentError) -> Row:
    """A file that cannot be read, listed so that it gets fixed rather than silently skipped."""
    return Row(
        slug=path.stem,
        status="invalid",
        topic="",
        title=str(exc).removeprefix(f"{path}: "),
        date="",
        counts="",
        flags=0,
        last_crawl=None,
        edited=True,
        proposal=False,
        path=path,
    )


def broken_proposals(files: list[ContentFile]) -> list[tuple[Path, ContentError]]:
    """Proposal paths (``<slug>.proposal.md``) that are there but are not a file (a folder):
    no new coverage, and nothing can be written there; listed so they get removed."""
    props = [content.proposal_path(cf.path) for cf in files]
    return [(p, content.not_a_proposal(p)) for p in props if p.exists() and not p.is_file()]


def list_rows(
    content_dir: str | Path,
    status: str | None = None,
    topic: str | None = None,
    pending: bool = False,
    database: Path | None = None,
) -> list[Row]:
    """Stories to review, drafts first, newest first within a status. ``pending``: only
    drafts and stories with new coverage waiting (what an editor has to look at). The last
    crawl comes from the front matter's ``last_crawl``, else from the database if given."""
    files, errors = content.scan_content(content_dir)
    refuse_copies(files)  # two rows of one story: say which files instead
    errors += broken_proposals(files)
    updates = story_updates(database)
    names = handles([cf.slug for cf in files] + [p.stem for p, _ in errors])
    rows = [
        row(cf, updates)
        for cf in files
        if (status is None or cf.status == status)
        and (topic is None or cf.meta.get("topic") == topic)
    ]
    rows += [broken_row(p, exc) for p, exc in errors if status is None and topic is None]
    if pending:
        rows = [r for r in rows if r.status == "draft" or r.proposal]
    rows = [dataclasses.replace(r, handle=names.get(r.slug, r.slug)) for r in rows]
    rows.sort(key=lambda r: r.date, reverse=True)
    rows.sort(key=lambda r: STATUS_ORDER.get(r.status, 9))
    return rows


def show(content_dir: str | Path, slug: str, database: Path | None = None) -> ShowReport:
    scan = content.scan_content(content_dir)
    if slug.endswith(".md") and Path(slug).is_file():
        cf = find(content_dir, slug)
    else:
        cf = find_in(scan, content_dir, slug)
    names = handles([f.slug for f in scan[0]] + [p.stem for p, _ in scan[1]])
    story_row = dataclasses.replace(row(cf, story_updates(database)), handle=names.get(cf.slug, ""))
    texts = source_texts(database, [dict(s) for s in cf.fm.sources])
    flags = tuple(
        FlagReport(f, best_passage(f.text, texts or {}, f.cites)) for f in outstanding_flags(cf)
    )
    prop = content.read_proposal(cf)
    diff = diff_sources(cf.meta, prop.meta) if prop else None
    numbers = tuple(merge_sources(cf.meta, prop.meta)[2]) if prop else ()
    return ShowReport(
        cf,
        story_row,
        flags,
        texts is not None,
        prop,
        diff,
        numbers,
        story_row.problems,
    )


_WORD = re.compile(r"[\w’']+", re.U)
# only the commonest words, as `review show` always had: more of a sentence's words count
_COMMONEST = """
    a also an and are as at be been but by for from had has have he her his i if in into is
    it its more most no not of on one or our said says she so than that the their them they
    this to was we were what when which who will with would you your
"""
_STOP = STOP_WORDS & frozenset(_COMMONEST.split())
MIN_SCORE = 0.3  # share of the sentence's content words a passage must contain


@dataclass(frozen=True)
class Passage:
    n: int  # source number
    text: str
    score: float  # share of the sentence's content words found in the passage


def content_words(text: str) -> set[str]:
    text = re.sub(r"\[\d+\]", " ", text)
    return {
        w.lower().strip("'’")
        for w in _WORD.findall(text)
        if w.lower() not in _STOP and (len(w) > 2 or w.isdigit())
    }


def best_passage(sentence: str, texts: dict[int, str], cites: tuple[int, ...]) -> Passage | None:
    """The best-matching sentence of the cited sources (all sources if none are cited)."""
    words = content_words(sentence)
    if not words:
        return None
    best: Passage | None = None
    for n in cites or tuple(texts):
        for cand in split_sentences(texts.get(n, ""), at_stops=True):
            score = len(words & content_words(cand)) / len(words)
            if best is None or score > best.score:
                best = Passage(n, cand, round(score, 2))
    return best if best is not None and best.score >= MIN_SCORE else None


def source_texts(database: Path | None, sources: list[dict[str, Any]]) -> dict[int, str] | None:
    """Source number -> text from the crawl database; None when there is no database."""
    if database is None or not database.exists():
        return None
    with Store(database) as store:
        by_url = {}
        for art in store.articles():
            for url in (art.url, art.canonical_url, art.final_url):
                if url:
                    by_url[url] = art.text
        threads = {d.hn_id: d for d in store.discussions()}
    texts: dict[int, str] = {}
    for src in sources:
        n = src.get("n")
        if not isinstance(n, int):
            continue
        hn = src.get("hn_id")
        if hn in threads:
            d = threads[hn]
            parts = [d.title, d.text, *(c.text for c in d.comments)]
            texts[n] = "\n\n".join(p for p in parts if p)
            continue
        for url in [src.get("url"), *(src.get("also_at") or [])]:
            if url in by_url:
                texts[n] = by_url[url]
                break
    return texts
