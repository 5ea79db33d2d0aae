"""What both backends share: how [n] maps to texts, quotes, the timeline, the discussion box,
and the final step that runs every line through the one verifier."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsdesk.summarizer.copying import Shingles
from newsdesk.summarizer.draft import (
    SECTIONS,
    Draft,
    Line,
    TimelineEntry,
)
from newsdesk.summarizer.meaning import SecondOpinion
from newsdesk.summarizer.people import full_speaker, main_company, owned, speaker_role
from newsdesk.summarizer.quotes import Quote, find_quotes
from newsdesk.summarizer.restate import story_venues
from newsdesk.summarizer.sentences import normalize, split_sentences
from newsdesk.summarizer.sourcefacts import agencies, records
from newsdesk.summarizer.spread import outlet_name
from newsdesk.summarizer.thread import (
    after_first,
    discussion_text,
    highlights,
    linked_source,
)
from newsdesk.summarizer.verify import Checker, quote_in, strip_reported_by

from newsdesk.models import StoryInput

MAX_QUOTES = 3


@dataclass(frozen=True)
class Numbering:
    """[n] for one story: source numbers for drafts, item positions for the file interface."""

    item_numbers: tuple[int | None, ...]  # item index -> n (None: not citable)
    texts: dict[int, str | None]  # n -> the text checked against (None: not read)
    item_ids: dict[int, str]  # n -> item id (or "hn:<id>" for a discussion)
    names: dict[int, str]  # n -> outlet display name
    original: tuple[int, ...]  # item indexes of original or primary reporting
    primary: frozenset[int] = frozenset()  # n of primary documents (a company's own post, ...)
    columns: frozenset[int] = frozenset()  # n of columns and link posts: they write, not report
    # n -> the facts newsdesk holds about source n (sourcefacts.py), which the sentences it
    # composes from them are checked against
    records: dict[int, str] = dataclasses.field(default_factory=dict)
    agencies: dict[int, str] = dataclasses.field(default_factory=dict)  # n -> its dateline's
    venues: dict[int, frozenset[str]] = dataclasses.field(default_factory=dict)  # restate.py

    def credit(self, n: int) -> str:
        """Who to credit for source n's reporting: its outlet, or the news agency its dateline
        names and the outlet that ran it ('Meridian Wire (via Valley Courier)')."""
        name = self.names.get(n, "")
        return f"{self.agencies[n]} (via {name})" if n in self.agencies else name

    def cites_for(self, items: Sequence[int]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(n for i in items if (n := self.item_numbers[i]) is not None))


def _earliest(story: StoryInput) -> tuple[int, ...]:
    """The item that reported first (by published date; else the first item)."""
    dated = [(it.published, i) for i, it in enumerate(story.items) if it.published]
    if dated:
        return (min(dated)[1],)
    return (0,) if story.items else ()


def numbering(story: StoryInput) -> Numbering:
    if not story.sources:
        return Numbering(
            item_numbers=tuple(range(1, len(story.items) + 1)),
            texts={i + 1: it.text or None for i, it in enumerate(story.items)},
            item_ids={i + 1: it.id for i, it in enumerate(story.items)},
            names={i + 1: it.source or outlet_name(it.url) for i, it in enumerate(story.items)},
            original=_earliest(story),
            records=records(story),
        )
    by_item = {s.item_id: n for n, s in enumerate(story.sources, 1) if s.item_id}
    discussions = {d.hn_id: d for d in story.discussions}
    texts: dict[int, str | None] = {}
    ids: dict[int, str] = {}
    for k, s in enumerate(story.sources, 1):
        texts[k] = None
        if s.hn_id is not None and s.hn_id in discussions:
            d = discussions[s.hn_id]
            texts[k] = discussion_text(d, linked_source(story, d), after_first(story, d))
            ids[k] = f"hn:{s.hn_id}"
    numbers: list[int | None] = []
    original = []
    for i, it in enumerate(story.items):
        n = by_item.get(it.id)
        numbers.append(n)
        if n is not None:
            texts[n] = it.text or None
            ids[n] = it.id
            if story.sources[n - 1].role in ("original", "primary"):
                original.append(i)
    return Numbering(
        item_numbers=tuple(numbers),
        texts=texts,
        item_ids=ids,
        names={n: s.name or s.outlet for n, s in enumerate(story.sources, 1)},
        agencies=agencies(story),
        original=tuple(original),
        primary=frozenset(n for n, s in enumerate(story.sources, 1) if s.role == "primary"),
        records=records(story),
        venues=story_venues(story.sources),
    )


def source_texts(story: StoryInput, num: Numbering) -> dict[int, str | None]:
    """n -> what source n wrote (its article, or its thread's posts): what may not be copied."""
    pairs = zip(story.items, num.item_numbers, strict=True)
    out: dict[int, str | None] = {n: it.text for it, n in pairs if n is not None}
    for n, s in enumerate(story.sources, 1):
        d = next((d for d in story.discussions if s.hn_id is not None and d.hn_id == s.hn_id), None)
        if d is not None:
            out[n] = "\n\n".join([d.text] + [c.text for c in d.comments])
    return out


def checker(num: Numbering, meaning: SecondOpinion | None = None) -> Checker:
    return Checker(
        num.texts, outlet_names=num.names, records=num.records, meaning=meaning, venues=num.venues
    )


def pick_quotes(
    story: StoryInput, num: Numbering, used: set[str]
) -> list[tuple[Quote, tuple[int, ...]]]:
    """Up to MAX_QUOTES attributed quotes, original reporting first, each cited to every
    source that carries it word for word; quotes already inside a chosen sentence are skipped."""
    order = sorted(range(len(story.items)), key=lambda i: (i not in num.original, i))
    seen: set[str] = set()
    out: list[tuple[Quote, tuple[int, ...]]] = []
    norms = {i: normalize(it.text) for i, it in enumerate(story.items)}
    for i in order:
        if num.item_numbers[i] is None:
            continue
        for sent in split_sentences(story.items[i].text):
            for q in find_quotes(sent, i):
                key = normalize(q.text).strip(" ,.").lower()
                if key in seen or normalize(sent) in used:
                    continue
                seen.add(key)
                carriers = [j for j in order if quote_in(normalize(q.text), norms[j])]
                cites = num.cites_for([i] + [j for j in carriers if j != i])
                out.append((q, tuple(sorted(cites, key=lambda n: n not in num.primary))))
                if len(out) >= MAX_QUOTES:
                    return out
    return out


def quote_text(q: Quote, cites: tuple[int, ...], num: Numbering) -> str:
    """The quote as the one line the quoting budget counts: '“…” — its attribution'."""
    return " \u2014 ".join(quote_line(q, cites, num))


def told_lines(groups: dict[str, list[tuple[str, tuple[int, ...]]]]) -> list[str]:
    """Every line of a draft's sections, in order."""
    return [t for pairs in groups.values() for t, _ in pairs]


def quote_line(q: Quote, cites: tuple[int, ...], num: Numbering) -> tuple[str, str]:
    """('“…”', 'one employee told the FT, as reported by Ars Technica'); a quote that a primary
    document carries word for word (the company's own post) is 'as published by' it, since
    that is where it was said (pick_quotes cites the primary first)."""
    words = q.text.rstrip(" ,")
    if said_in := _said_in(
        q, num
    ):  # "Calloway" -> "Rita Calloway": the box may come before she is introduced
        q = dataclasses.replace(q, speaker=full_speaker(q.speaker, said_in))
    outlet = num.names.get(cites[0], "") if cites else ""
    verb = "published" if cites and cites[0] in num.primary else "reported"
    reported = f", as {verb} by {outlet}" if outlet else ""
    return f"\u201c{words}\u201d", f"{q.attribution()}{reported}"


def with_role(q: Quote, num: Numbering, companies: Iterable[str] = ()) -> Quote:
    """The quote with what its own source says the speaker is ("Priya Raman, a staff
    engineer"), so a reader meets a person, not a bare name; unchanged when it says nothing
    short of it or the speaker was speaking to someone ("told the FT")."""
    said_in = _said_in(q, num)
    if not said_in or q.said_to:
        return q
    company = main_company(companies, said_in)
    speaker = owned(full_speaker(q.speaker, said_in), company)  # "Lena Marchetti, the company's …"
    role = speaker_role(speaker, said_in, company)
    if speaker != q.speaker and not role:
        return dataclasses.replace(q, speaker=speaker)
    return dataclasses.replace(q, speaker=f"{speaker}, {role}") if role else q


def _said_in(q: Quote, num: Numbering) -> str | None:
    """The text of the item the quote was found in (None: found in no item)."""
    return num.texts.get(num.item_numbers[q.item] or 0) if q.item >= 0 else None


def timeline(story: StoryInput) -> tuple[TimelineEntry, ...]:
    """Who published what, when: one entry per source (or item), oldest first."""
    entries = []
    if story.sources:
        for n, s in enumerate(story.sources, 1):
            if s.role == "discussion":
                label = f"{s.name or s.outlet} thread: {s.title}"
                if s.points is not None:
                    label += f" ({s.points} points, {s.num_comments or 0} comments)"
            else:
                label = f"{s.name or s.outlet}: {s.title}"
                if not s.read:
                    label += f" (not read: {s.read_reason})"
                if s.cited_by:
                    label += f", cited by {len(s.cited_by)}"
            entries.append(TimelineEntry(s.published, n, label))
    else:
        for n, it in enumerate(story.items, 1):
            entries.append(
                TimelineEntry(it.published, n, f"{it.source or outlet_name(it.url)}: {it.title}")
            )
    return tuple(sorted(entries, key=lambda e: (e.when is None, e.when or "", e.n)))


def finish(
    story: StoryInput,
    num: Numbering,
    *,
    headline: str,
    synopsis: Sequence[tuple[str, Sequence[int]]],
    takeaways: Sequence[tuple[str, Sequence[int]]],
    sections: dict[str, Sequence[tuple[str, Sequence[int]]]],
    quotes: Sequence[tuple[Quote, tuple[int, ...]]],
    generator: str,
    settings: dict,
    meaning: SecondOpinion | None = None,
) -> Draft:
    """Assemble the Draft, checking every line with the one verifier (and ``meaning``)."""
    check = checker(num, meaning)
    copies = Shingles.of(source_texts(story, num))

    def lines(pairs: Sequence[tuple[str, Sequence[int]]]) -> tuple[Line, ...]:
        return tuple(
            Line(
                text,
                tuple(cites),
                tuple(num.item_ids.get(n, "") for n in cites),
                check.check(text, tuple(cites)) + copies.reasons(text, num.names),
            )
            for text, cites in pairs
        )

    qlines = []
    for q, cites in quotes:
        words, attribution = quote_line(q, cites, num)
        reasons = check.check(words, cites, attribution=strip_reported_by(attribution))
        qlines.append(
            Line(
                f"{words} \u2014 {attribution}",
                cites,
                tuple(num.item_ids.get(n, "") for n in cites),
                reasons,
                quote=q,
            )
        )
    return Draft(
        headline=headline,
        synopsis=lines(synopsis),
        takeaways=lines(takeaways),
        sections={name: lines(sections.get(name, ())) for name in SECTIONS},
        quotes=tuple(qlines),
        timeline=timeline(story),
        discussion=highlights(story),
        generator=generator,
        settings=settings,
    )
