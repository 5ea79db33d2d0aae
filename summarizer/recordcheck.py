"""The sentences newsdesk composes from the facts it holds ("X first reported the story on
2 March; Y followed within hours") and the records they are checked against (sourcefacts.py):
each clause of such a sentence must be one record sentence, about the same outlet (its lead),
holding its numbers and names. And a cited outlet's name in a sentence, which is metadata."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import partial

from newsdesk.summarizer.align import MIN_SUPPORT, Passage, SourceIndex, align
from newsdesk.summarizer.facts import names, numbers
from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.relations import times, without_times
from newsdesk.summarizer.sentences import content_words, normalize

# a fact's clause ends at a semicolon, or at ", and" before the next outlet's name ("X broke the
# story on 2 March, and Y followed a day later")
_CLAUSE = re.compile(r";\s+|,\s+and\s+(?=(?:the\s+)?[A-Z])")


def clause_passages(
    prose: str, records: Mapping[int, SourceIndex], vocabulary: set[str]
) -> list[tuple[str, Passage]] | None:
    """Each clause of ``prose`` (split at ';' or ', and' before a name) with the record sentence that says it; None
    when a clause is said by no record sentence (not a sentence composed from the records)."""
    clauses = [c for c in _CLAUSE.split(prose) if content_words(c)]
    if not records or not clauses:
        return None
    out = []
    # one record sentence per clause: the record states each fact once
    for clause in map(as_published, clauses):
        p = align(
            without_times(clause),
            records,
            whole=clause,
            prefer=partial(_preference, clause, vocabulary=vocabulary),
            span=1,
        )
        if p is None or p.coverage < MIN_SUPPORT:
            return None
        out.append((clause, p))
    return out


# when an outlet ran its report ("X reported the story on 2 March", "X posted it on 2 March"),
# not when it first did ("first reported", "broke": another fact of the record)
_REPORT = r"(?:the\s+(?:story|news)|its\s+(?:report|story|article)|it)\s+"
_RAN_ON = re.compile(
    rf"\b(?<!first )(?:(?:reported|published|posted)\s+(?:{_REPORT})?|(?:ran|carried)\s+{_REPORT})"
    r"(?=on\s)",
    re.I,
)
_FIRST_ON = re.compile(r"\b(?:first\s+reported|broke)\b[^;]*?\bon\s", re.I)


def as_published(clause: str) -> str:
    """A clause saying when an outlet ran its report, in the record's words ("X published its
    report on 2 March 2026"), so it is checked against that outlet's publication date and not
    against another's "which first reported the story on 2 March"."""
    return _RAN_ON.sub("published its report ", clause)


def dates_coverage(prose: str) -> bool:
    """Whether a sentence dates the coverage (who reported, published or posted it on which
    day): its date is the record's publication date, not something the article text says."""
    return bool(times(prose)) and bool(_RAN_ON.search(prose) or _FIRST_ON.search(prose))


def unread_reason(unread: list[int]) -> str:
    return f"cites {', '.join(f'[{n}]' for n in unread)}, which was not read (no text to check)"


def about_unread(prose: str, outlets: list[str]) -> bool:
    """Whether a sentence dating the coverage names each unread outlet it cites ("The Ledger
    Daily broke the story on 2 March, and Circuit Report followed the same day"): the outlet
    it talks about, whose report newsdesk's records date, so that citing it asks no text of
    it; the records of the sources that were read must hold the sentence."""
    low = normalize(prose).lower()
    named = [o.lower().removeprefix("the ") for o in outlets]
    return dates_coverage(prose) and all(o and o in low for o in named)


def details_held(claim: str, text: str, *, vocabulary: set[str]) -> int:
    """How many of the claim's numbers and names a passage holds (which record sentence is
    about the outlet and the day a clause names)."""
    have = numbers(text)
    held = sum(n in have for n in numbers(claim))
    return held + sum(name.lower() in text.lower() for name in names(claim, vocabulary))


def _preference(claim: str, text: str, *, vocabulary: set[str]) -> int:
    """Among record sentences that say a clause equally well: the one holding most of its
    numbers and names, then the one about the clause's subject (the first outlet's record, not
    a follower's that names it too), whatever the sources' order."""
    return 2 * details_held(claim, text, vocabulary=vocabulary) + (lead(claim) == lead(text))


def lead(text: str) -> str:
    """The words a fact sentence opens with up to its verb ('Ars Technica and Example Blog',
    'Outlet 3', 'Three'): whom a record sentence is about."""
    out = []
    for tok in normalize(text).split():
        tok = tok.strip(",;:.()")
        if tok[:1].islower() and tok != "and":
            break
        out.append(tok)
    return " ".join(out)


_WHICH = re.compile(r"((?:[A-Z][\w'&.-]*\s)*[A-Z][\w'&.-]*), which ([^,]+)")


def record_lead(clause: str, record: str) -> str:
    """Whom a record sentence says the clause's fact of: the name before its ", which …" when
    the clause's words are that relative clause's ("Y followed X, which first reported the
    story on 2 March": X first reported it), else the sentence's lead."""
    own = set(content_words(canonical(clause))) - set(content_words(lead(clause)))
    for m in _WHICH.finditer(normalize(record)):
        if own and own <= set(content_words(m.group(2))):
            return m.group(1)
    return lead(record)


def same_lead(clause: str, record: str) -> bool:
    """Whether the clause is about whom (or some of whom) the record sentence says its fact:
    "Circuit Report followed" against "Circuit Report and Valley Courier followed"."""
    mine, theirs = (_outlets(t) for t in (lead(clause), record_lead(clause, record)))
    return mine == theirs or bool(mine) and mine <= theirs


def as_group(clause: str, record: str) -> str:
    """The clause about some of the outlets a record sentence groups ("Circuit Report
    followed …" against "Circuit Report and Valley Courier followed …") said of the whole
    group, so the record's relations are read as the record states them."""
    mine, theirs = lead(clause), record_lead(clause, record)
    if not mine or _outlets(mine) == _outlets(theirs) or not same_lead(clause, record):
        return clause
    return theirs + clause[clause.index(mine) + len(mine) :]


def _outlets(lead_words: str) -> set[str]:
    return {n.removeprefix("The ").lower() for n in re.split(r",\s*|\s+and\s+", lead_words) if n}


def joined(text: str, record: str | None) -> str:
    return f"{text}\n\n{record}" if record else text


def seen_at(
    texts: Mapping[int, str | None], records: Mapping[int, str], outlets: Mapping[int, str]
) -> dict[int, str]:
    """n -> where a domain a line names may be found for source n (foreign_domains),
    lower-cased: its text and its record, but no outlet of the story named in its record (the
    outlet count names every one: 'nbcnews.com reported: “…” [1]' must still cite nbcnews.com;
    'also ran at mirror.example' names a copy, no outlet of the story)."""
    names_ = sorted({o.lower() for o in outlets.values() if o}, key=len, reverse=True)
    out: dict[int, str] = {}
    for n, text in texts.items():
        record = (records.get(n) or "").lower()
        for name in names_:
            record = record.replace(name, " ")
        if text:
            out[n] = joined(text.lower(), record)
    return out


_SAYS = r"(?: (?:reported|reports|said|says|wrote|writes))?"


def without_outlets(prose: str, allowed: set[str]) -> str:
    """The sentence without the names of the outlets it cites, and the attribution around them
    ("according to X", "X reported"): metadata, not something the outlet's text must say."""
    if not allowed:
        return prose
    outlet = rf"(?:according to )?(?:the )?\b(?:{'|'.join(map(re.escape, sorted(allowed, key=len, reverse=True)))})\b"
    return re.sub(rf"{outlet}(?:'s)?(?: {outlet}(?:'s)?)*{_SAYS}", " ", prose, flags=re.I)


_DOMAIN = re.compile(r"(?<![\w.@/])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b(?!\.?\w)")


def foreign_domains(text: str, named: set[str], texts_lower: list[str]) -> list[str]:
    """A domain named in a line ('fox29.com reported: …') must be a cited source's name or be
    in its text: a wrong outlet that newsdesk named by its domain is not a word check."""
    return [
        f"outlet {d} is not a cited source"
        for d in dict.fromkeys(_DOMAIN.findall(text))
        if d not in named and not any(d in t for t in texts_lower)
    ]
