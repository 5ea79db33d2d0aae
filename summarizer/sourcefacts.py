"""The facts newsdesk holds about each source beyond its dates (whom it quoted, whom it linked
to, where a syndicated copy also ran) and the *record* of every source: all those facts written
out, one sentence per fact in the form the draft states it (compose.Numbering.records). The
verifier checks each clause of a sentence newsdesk composes about the coverage (spread.py)
against a sentence of a cited source's record (recordcheck.py), so they are checked like any
other.

The coverage paragraph: newsdesk's own lines about the reporting, not the event.

Who reported first and who followed (spread.py), how many outlets reported it, who cites whose
report, where a report also ran and whose agency wrote it (``syndication_sentences``), and the
company's own account: each is a fact about the coverage. They stand together after the lede,
in the synopsis's paragraph; none stands among the facts of the event ("What happened") or as a
key takeaway (the demo's TokenRank draft told "Valley Courier ran a Meridian Wire report, which
also ran in Harbor Times." among what Brightforge did, and its only takeaway was who cites whom).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsdesk.summarizer.people import full_speaker
from newsdesk.summarizer.quotes import find_quotes
from newsdesk.summarizer.sentences import source_sentences
from newsdesk.summarizer.speakers import speaker_name
from newsdesk.summarizer.spread import (
    Fact,
    Pair,
    alone_sentence,
    company_sentence,
    count_sentence,
    credit_sentence,
    day,
    facts,
    following,
    lag,
    names,
    original,
    outlet_name,
    spread_sentence,
)
from newsdesk.summarizer.terms import term_sentence

from newsdesk.models import StoryInput


def _unread_first(first: Fact) -> list[str]:
    """The first report newsdesk could not read: the fact alone first, then as the draft says
    it ("could not read" is about newsdesk, and must not read as denying that the outlet
    reported it: polarity.py)."""
    first_day = day(first.published, year=True)
    return [
        f"{first.name} first reported the story on {first_day}.",
        f"{first.name} first reported the story on {first_day},"
        f" in an article newsdesk could not read ({first.reason}).",
    ]


def records(story: StoryInput) -> dict[int, str]:
    """n -> the facts about source n, for the sources that were read."""
    fs = facts(story)
    first = original(fs)
    count = count_sentence(story)
    credit = credit_sentence(story)
    term = term_sentence(story)
    out: dict[int, str] = {}
    groups = followers(fs, first)
    for f in fs:
        if not f.read:
            continue
        parts = []
        if f.published:
            parts.append(
                f"{f.name} published its report on {day(f.published, year=True)}"
                f" under the headline \u201c{f.title}\u201d."
            )
        if f is first:
            parts.append(f"{f.name} first reported the story on {day(f.published, year=True)}.")
            parts += [f"{names(g)} followed {f.name} {when}." for when, g in groups.items()]
        elif (
            first is not None
            and f.role == "coverage"
            and (when := lag(first.published, f.published))
            and f.name in groups.get(when, ())
        ):
            parts.append(
                f"{names(groups[when])} followed {first.name}, which first reported the story on"
                f" {day(first.published, year=True)}, {when}."
            )
        if first is not None and not first.read and (f.cites_original or f.role == "coverage"):
            parts += _unread_first(first)
        if f.role == "primary" and f.published:  # as company_sentence says it: one sentence
            when = lag(first.published, f.published) if first is not None and first is not f else ""
            parts.append(
                f"{f.name} published the company's own account on {day(f.published, year=True)}"
                + (f", {when} of the first report." if when else ".")
            )
        if count and f.role in ("original", "coverage"):
            parts.append(count[0])
        if first is not None and f.cites_original:
            parts.append(credit[0] if credit else "")
        if to := linked(story, f.n):
            # one by one first: a draft names only the outlets it names nowhere else
            parts += [f"{f.name} linked to {t}." for t in to if len(to) > 1]
            parts.append(f"{f.name} linked to {names(to)}.")
        parts += [t for t, c in syndication_sentences(story) if c == (f.n,)]
        if who := quoted_people(story, f.n):
            parts.append(f"{f.name} quoted {names(who)}.")
        if term and f.n in term[1]:
            parts.append(term[0])
        if parts:
            out[f.n] = " ".join(parts)
    return out


def followers(fs: list[Fact], first: Fact | None) -> dict[str, list[str]]:
    """How long after the first report each group of outlets followed ('within hours' ->
    ['Circuit Report', 'Valley Courier']), as the spread sentence groups them."""
    out: dict[str, list[str]] = {}
    if first is None:
        return out
    for g in following(fs, first):
        out.setdefault(lag(first.published, g.published), []).append(g.name)
    return out


def quoted_people(story: StoryInput, n: int) -> list[str]:
    """The people source n quotes by name ('Priya Raman'), in the order it quotes them."""
    item = next(
        (it for it in story.items if story.sources and story.sources[n - 1].item_id == it.id),
        story.items[n - 1] if not story.sources and n <= len(story.items) else None,
    )
    if item is None:
        return []
    out: list[str] = []
    for sent in source_sentences(item.text):
        for q in find_quotes(sent):
            name = full_speaker(speaker_name(q.speaker), item.text)
            parts = name.split()
            if len(parts) >= 2 and all(w[:1].isupper() for w in parts) and name not in out:
                out.append(name)
    return out


def linked(story: StoryInput, n: int) -> list[str]:
    """The other sources (by name) that source n links to."""
    if not story.sources:
        return []
    item = next((it for it in story.items if it.id == story.sources[n - 1].item_id), None)
    if item is None:
        return []
    links = set(item.links)
    return [
        s.name or s.outlet
        for k, s in enumerate(story.sources, 1)
        if k != n and s.role != "discussion" and links & {s.url, *s.also_at}
    ]


# 'SAN FRANCISCO (Meridian Wire) —', 'WASHINGTON, Dec 5 (Reuters) -': a place, maybe a date, the
# agency in brackets (no digits: 'LONDON (Updated 3.15pm) —' credits nobody)
_DATELINE_AGENCY = re.compile(
    r"^\s*[A-Z][A-Z .,'\-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"\(([A-Z][^()\d]{1,40})\)\s*[\u2014\u2013-]"
)
_WORDS = re.compile(r"[a-z0-9]+")


def wire_credit(text: str | None, name: str, url: str) -> str | None:
    """The news agency a dateline credits ('SAN FRANCISCO (Meridian Wire) — …'), unless it is
    the outlet itself: a word of its name, or the start of a label of its host ('(CNN)' on
    cnn.com, '(AP)' on apnews.com; not '(AP)' on capitalgazette.com)."""
    m = _DATELINE_AGENCY.match(text or "")
    if m is None or re.search(r"\bupdat", m.group(1), re.I):
        return None
    agency = " ".join(m.group(1).split())
    own = set(_WORDS.findall(name.lower()))
    labels = (urlsplit(url).hostname or "").split(".")
    for word in _WORDS.findall(agency.lower()):
        if word in own or any(label.startswith(word) for label in labels):
            return None
    return agency


def agencies(story: StoryInput) -> dict[int, str]:
    """n -> the news agency source n's dateline credits (``wire_credit``), for those that have
    one: the drafts credit it ('Meridian Wire (via Valley Courier)') and its copies."""
    texts = {it.id: it.text for it in story.items}
    out = {}
    for n, s in enumerate(story.sources, 1):
        if agency := wire_credit(texts.get(s.item_id or ""), s.name or s.outlet, s.url):
            out[n] = agency
    return out


def syndication_sentences(story: StoryInput) -> list[Pair]:
    """ "Valley Courier's report also ran in Harbor Times." for each syndicated copy: the
    outlet named by the config's ``outlets.names``, else its host ("… also ran at
    harbortimes.example."); "Valley Courier ran a report credited to Meridian Wire in its
    dateline, a report that also ran in Harbor Times." when its dateline credits a news agency."""
    known = dict(story.outlet_names)
    credited = agencies(story)
    out: list[Pair] = []
    for n, s in enumerate(story.sources, 1):
        hosts = list(dict.fromkeys(urlsplit(u).hostname or "" for u in s.also_at))
        hosts = [h.removeprefix("www.") for h in hosts if h and h not in s.url]
        if not (s.read and s.role != "discussion" and hosts):
            continue
        named = [known.get(h) or known.get(outlet_name(f"https://{h}/")) for h in hosts]
        where = (
            f"in {names(list(dict.fromkeys(x for x in named if x)))}"
            if all(named)
            else f"at {names(hosts)}"
        )
        name = s.name or s.outlet
        agency = credited.get(n)
        said = (
            f"{relay(name, agency, story)}, a report that also ran"
            if agency
            else f"{name}'s report also ran"
        )
        out.append((f"{said} {where}.", (n,)))
    return out


def relay(name: str, agency: str, story: StoryInput) -> str:
    """'Valley Courier ran a report by the Meridian Wire news agency' where a source says the
    agency is one, else as the source says it: 'Valley Courier ran a report credited to
    Meridian Wire in its dateline' (before: 'ran a Meridian Wire report', naming the agency without
    saying what it is)."""
    from newsdesk.summarizer.finish import agency_kind  # finish builds on this module

    kind = agency_kind(agency, (it.text for it in story.items))
    if kind:
        return f"{name} ran a report by {kind}"
    return f"{name} ran a report credited to {agency} in its dateline"


def people_sentences(story: StoryInput, told: str | None = None, prose: str = "") -> list[Pair]:
    """'Circuit Report linked to The Ledger Daily.' and 'Circuit Report quoted Priya Raman and
    Helen Osei.' per read source. With ``told`` (the rest of the finished draft, its quotes
    included), a source the rest's ``prose`` names gets only what the rest does not already
    give (issue 12: such lines read as padding): a link to an outlet the draft names goes; the
    list of people goes (their names without their words tell the reader nothing; 4 of the 5
    such lines of the NeuS drafts read named an outlet the draft had already heard). A source the prose names nowhere else keeps its lines whole:
    they are the draft's only word of it (a quote may yet be dropped to hold the share)."""
    out: list[Pair] = []
    for f in facts(story):
        if not f.read:
            continue
        to, who = linked(story, f.n), quoted_people(story, f.n)
        if told is not None and f.name in prose:
            to = [t for t in to if t not in told]
            # "apnews.com quoted Nancy Northup." beside its own lines is no news; it stays
            # only for someone the draft calls by surname alone ("Reyes found …")
            who = [w for w in who if w not in told and w.split()[-1] in prose]
        if to:
            out.append((f"{f.name} linked to {names(to)}.", (f.n,)))
        if who:
            out.append((f"{f.name} quoted {names(who)}.", (f.n,)))
    return out


def tell_people(
    story: StoryInput, lines: list[Pair], others: list[str], quotes: list[str]
) -> list[Pair]:
    """``lines`` (a section's, in order) with the people_sentences among them told again
    against the rest of the draft (``others``, the section's other lines and the ``quotes``):
    in the place of the first, only what the rest does not give."""
    mine = {text for text, _ in people_sentences(story)}
    # the outlet count names every outlet (spread.count_sentence) but tells nothing of theirs
    count = count_sentence(story)
    others = [t for t in others if not count or t != count[0]]
    prose = " ".join([text for text, _ in lines if text not in mine] + others)
    fresh = people_sentences(story, " ".join([prose, *quotes]), prose)
    out: list[Pair] = []
    for pair in lines:
        if pair[0] not in mine:
            out.append(pair)
        elif fresh:
            out += fresh
            fresh = []
    return out


def coverage_lines(story: StoryInput) -> list[Pair]:
    """The coverage lines in reading order: who was first and who followed, the count, who
    cites whom, who ran whose report and where else it ran, then the company's own account.
    (Whom an outlet linked to and quoted, sourcefacts.people_sentences, stays at the end of
    "What happened": it introduces a person the body calls by surname, and is told against
    the rest of the draft, finish.py.)"""
    first = [alone_sentence(story), spread_sentence(story), count_sentence(story)]
    first.append(credit_sentence(story))
    lines = [p for p in first if p]
    lines += syndication_sentences(story)
    company = company_sentence(story)
    term = term_sentence(story)  # the word the coverage coined, and who uses it (terms.py)
    return lines + [p for p in (company, term) if p]


def with_coverage(synopsis: list[Pair], lines: list[Pair]) -> list[Pair]:
    """The synopsis's paragraph: the event's lines, then the coverage lines."""
    return [p for p in synopsis if p not in lines] + lines
