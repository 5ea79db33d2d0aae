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

from newsdesk.summarizer.sourcepeople import linked, quoted_people
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
        f" in an article this site could not read ({first.reason}).",
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


def coverage_lines(story: StoryInput) -> list[Pair]:
    """The coverage lines in reading order: who was first and who followed, the count, who
    cites whom, who ran whose report and where else it ran, then the company's own account.
    (Whom an outlet linked to and quoted, sourcepeople.people_sentences, stays at the end of
    "What happened": it introduces a person the body calls by surname, and is told against
    the rest of the draft, finish.py.)"""
    first = [alone_sentence(story), spread_sentence(story), count_sentence(story)]
    first.append(credit_sentence(story))
    lines = [p for p in first if p]
    lines += syndication_sentences(story)
    company = company_sentence(story)
    term = term_sentence(story)  # the word the coverage coined, and who uses it (terms.py)
    return lines + [p for p in (company, term) if p]
