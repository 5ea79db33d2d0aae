"""Checking a story's content file, as an editor left it, against what its sources say.

``check_file(config, Stored.read(store), cf) -> FileCheck`` is what ``newsdesk verify --story
NAME`` and ``--edited`` run (the store is read once for any number of files). Every sentence of the body is checked by the same checker that checks drafts, with ``[n]``
numbered as the file's own ``sources:`` list (an editor may have removed or reordered sources,
and a later crawl may have given the stored story new ones that the file does not have yet).
A sentence that copies 8 or more words of a source outside quotation marks fails too
(editorcopy.py). The sources' texts come from the store: a source the store holds no article for counts as not
read, so a sentence citing only it cannot pass.

``record_keys(cf, result) -> dict | None`` is the front matter with ``sentence_keys`` extended
by the sentences that pass, so the page no longer names them as an editor's unchecked text, and
``refused_keys`` by the editor's sentences that fail; None when there is nothing to record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsdesk.summarizer.drafting import verify_text
from newsdesk.summarizer.editorcopy import with_copy_check
from newsdesk.summarizer.run import story_input
from newsdesk.summarizer.verify import Verdict

from newsdesk.config import Config
from newsdesk.content import ContentFile
from newsdesk.errors import InputError
from newsdesk.models import Source, Story
from newsdesk.sentence_checks import record_checks
from newsdesk.store import Store
from newsdesk.story_store import load_stories
from newsdesk.text import body_sentences, sentence_key, without_marks


@dataclass(frozen=True)
class SentenceCheck:
    sentence: str  # as written in the body, <mark> tags removed
    verdict: Verdict
    marked: bool  # the body still wraps it in a <mark> flag

    @property
    def key(self) -> str:
        return sentence_key(self.sentence)


@dataclass(frozen=True)
class FileCheck:
    path: Path
    slug: str
    sentences: tuple[SentenceCheck, ...]

    @property
    def failing(self) -> tuple[SentenceCheck, ...]:
        return tuple(s for s in self.sentences if not s.verdict.supported)


def _file_source(entry: dict[str, Any], store: Store) -> Source:
    """A source of the file that the stored story does not list: read when the store has it."""
    url = str(entry.get("url") or "")
    article = store.article_by_url(url) if url else None
    hn_id = entry.get("hn_id")
    return Source(
        url=url,
        outlet=str(entry.get("outlet") or ""),
        name=str(entry.get("name") or entry.get("outlet") or url),
        title=str(entry.get("title") or ""),
        role=str(entry.get("role") or "coverage"),
        tier=str(entry.get("tier") or "unrated"),
        read=article is not None and bool(article.text.strip()),
        item_id=article.id if article is not None else None,
        hn_id=hn_id if isinstance(hn_id, int) else None,
    )


@dataclass(frozen=True)
class Stored:
    """What the check reads from the store, read once for any number of files."""

    store: Store
    stories: dict[str, Story]
    discussions: dict[int, Any]

    @classmethod
    def read(cls, store: Store) -> Stored:
        return cls(
            store,
            {s.story_id: s for s in load_stories(store)},
            {d.hn_id: d for d in store.discussions()},
        )


def file_story(stored: Stored, cf: ContentFile) -> Story:
    """The stored story with its sources in the order of the file's ``sources:`` list."""
    story_id = cf.meta.get("story_id")
    story = stored.stories.get(str(story_id))
    if story is None:
        raise InputError(
            f"{cf.path}: story_id {story_id!r} is not in the database: run `newsdesk crawl` and"
            " `newsdesk stories` for its topic first (the check reads the sources' texts from"
            " there)"
        )
    by_url = {s.url: s for s in story.sources}
    entries = [e for e in cf.meta.get("sources") or [] if isinstance(e, dict)]
    sources = tuple(by_url.get(str(e.get("url"))) or _file_source(e, stored.store) for e in entries)
    return replace(story, sources=sources)


def check_file(config: Config, stored: Stored, cf: ContentFile) -> FileCheck:
    si = story_input(config, stored.store, file_story(stored, cf), stored.discussions)
    written = body_sentences(cf.body)
    plain = [without_marks(s) for s in written]
    verdicts = verify_text(si, plain, config.summarizer) if plain else []
    verdicts = with_copy_check(si, plain, verdicts)  # an editor may paste an outlet's words
    return FileCheck(
        path=cf.path,
        slug=cf.slug,
        sentences=tuple(
            SentenceCheck(sentence=p, verdict=v, marked=p != w)
            for w, p, v in zip(written, plain, verdicts, strict=True)
        ),
    )


def record_keys(cf: ContentFile, result: FileCheck) -> dict[str, Any] | None:
    """The front matter with the passing, unmarked sentences' keys added to ``sentence_keys``
    and the failing ones of the editor's in ``refused_keys`` (so the page tells "checked and
    refused" from "not checked yet"); None when the body is as drafted (its keys are already
    the checker's) or nothing is new."""
    if cf.meta.get("body_hash") and not cf.edited:
        return None
    unmarked = [s for s in result.sentences if not s.marked]
    return record_checks(
        cf.meta,
        cf.body,
        passed=[s.key for s in unmarked if s.verdict.supported],
        refused=[s.key for s in unmarked if not s.verdict.supported],
    )
