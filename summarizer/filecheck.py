"""Checking a story's content file, as an editor left it, against what its sources say.

``check_file(config, Stored.read(store), cf) -> FileCheck`` is what ``newsdesk verify --story
NAME`` and ``--edited`` run (the store is read once for any number of files). Every sentence of the body is checked by the same checker that checks drafts, with ``[n]``
numbered as the file's own ``sources:`` list (an editor may have removed or reordered sources,
and a later crawl may have given the stored story new ones that the file does not have yet).
A sentence that copies 8 or more words of a source outside quotation marks fails too
(``with_copy_check``), and one that is a close copy of a source sentence (closecopy.py). The sources' texts come from the store: a source the store holds no article for counts as not
read, so a sentence citing only it cannot pass.

``record_keys(cf, result) -> dict | None`` is the front matter with ``sentence_keys`` extended
by the sentences that pass, so the page no longer names them as an editor's unchecked text, and
``refused_keys`` by the editor's sentences that fail; None when there is nothing to record.

The copy rule on an editor's text: a sentence that carries a run of ``copying.RUN`` (8) or
more words of one source outside quotation marks is that outlet's writing standing as ours.

Drafts never carry such a run (compose.py fails the line); an editor may paste one, say an
outlet's sentence with a ``[n]`` after it. The meaning check passes it (the source says exactly
that), so ``newsdesk verify`` and ``review approve`` add this reason to its verdict: it names the
outlet and the copied words, so the editor quotes them or rewrites the sentence, and the
sentence is not recorded as checked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsdesk.summarizer.compose import numbering, source_texts
from newsdesk.summarizer.copying import RUN, Shingles, tokens
from newsdesk.summarizer.copywords import as_written
from newsdesk.summarizer.drafting import verify_text
from newsdesk.summarizer.run import story_input
from newsdesk.summarizer.verify import MAX_WORDS, Verdict

from newsdesk.config import Config
from newsdesk.content import ContentFile
from newsdesk.errors import InputError
from newsdesk.models import Source, Story, StoryInput
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


_SHOWN = 12  # words of a long run the reason quotes before '…'


def _runs(text: str, shingles: Shingles) -> list[list[int]]:
    """The runs of words of ``text`` outside quotation marks that are a source's wording, as
    the drafts' copy rule reads them (:meth:`Shingles.marked`: a run of RUN words, or a longer
    run broken only by short quoted fragments, whose quoted words are left out here), as
    indices of :func:`tokens`."""
    toks = tokens(text)
    runs: list[list[int]] = []
    last = -1
    for k in sorted(shingles.marked(text)):
        if runs and not any(not inside for _, inside in toks[last + 1 : k]):
            runs[-1].append(k)  # next to the last word, or past a quoted fragment
        else:
            runs.append([k])
        last = k
    return runs


def _shown(text: str, run: list[int], source: str | None) -> str:
    """The copied run as the source writes it (copywords.py), quoted fragments and all; as
    compared (lower-cased, tenses folded) if the source's text is not at hand."""
    toks = tokens(text)
    whole = [w for w, _ in toks[run[0] : run[-1] + 1]]
    found = as_written(whole, source, shown=_SHOWN) if source else None
    words = [toks[k][0] for k in run]
    return found or " ".join(words[:_SHOWN]) + (" …" if len(words) > _SHOWN else "")


def copy_reasons(text: str, shingles: Shingles, names: Mapping[int, str]) -> tuple[str, ...]:
    """One reason per source whose words ``text`` copies outside quotation marks: the outlet,
    the longest copied run (lower-cased, as compared) and its length. None for a sentence
    too long to check (verify.MAX_WORDS), which is refused as that."""
    if len(text.split()) > MAX_WORDS:
        return ()
    out = []
    for n, grams in sorted(shingles.by_source.items()):
        runs = _runs(text, Shingles({n: grams}))  # each source on its own, as reasons name each
        if not runs:
            continue
        run = max(runs, key=len)
        shown = _shown(text, run, shingles.written.get(n))
        outlet = names.get(n) or f"source {n}"
        out.append(
            f"copies {len(run)} words of {outlet} [{n}] word for word without quotation marks"
            f" (“{shown}”): put them in quotation marks or say it in your own words"
        )
    return tuple(out) or close_reasons(text, shingles, names)


def close_reasons(text: str, shingles: Shingles, names: Mapping[int, str]) -> tuple[str, ...]:
    """The reason a sentence with no copied run of RUN fails still: it keeps most of one source
    sentence's words in its order, in shorter runs (a close copy, closecopy.py: the outlet's
    sentence with a word cut here and there), as the drafts' rule reads it."""
    n, runs = shingles.sentences.runs(tokens(text))
    if n is None or shingles.close(text) != n:
        return ()
    sizes = [size for _, size in runs]
    told = " and ".join(
        [", ".join(map(str, sizes[:-1])), str(sizes[-1])] if sizes[:-1] else [str(sizes[0])]
    )
    outlet = names.get(n) or f"source {n}"
    return (
        f"keeps {sum(sizes)} words of one sentence of {outlet} [{n}] in its order, in runs of"
        f" {told}, without quotation marks (a close copy): put them in quotation marks or say"
        " it in your own words",
    )


def with_copy_check(
    story: StoryInput, lines: Sequence[str], verdicts: Sequence[Verdict]
) -> list[Verdict]:
    """The verdicts on ``lines`` (one each, in order) with the copy rule's reasons added to each
    sentence that copies a source. A block quotation (a line opening with '>') is credited
    by its markup, as a quotation is by its marks."""
    num = numbering(story)
    shingles = Shingles.of(source_texts(story, num))
    out = []
    for line, v in zip(lines, verdicts, strict=True):
        quoted = line.lstrip().startswith(">")
        extra = () if quoted else copy_reasons(v.text, shingles, num.names)
        out.append(replace(v, reasons=(*v.reasons, *extra)) if extra else v)
    return out


__all__ = ["RUN", "close_reasons", "copy_reasons", "with_copy_check"]
