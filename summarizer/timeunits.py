"""Time in a claim must be the passage's: its whole expressions (``missing_times``: "next year",
"for several days") and the units it speaks in. The units: "by the end of the month" for a
passage's "by the end of the year" changes when, though every other word is held.

missing_times compares whole time expressions ("next year", "for several days") and
the alignment reads a unit as one word among many, so a unit put for another in any other
phrase ("the end of the month", "later in the week", "within two months") went through. Here
each unit word of the claim must be a unit the passage uses, in some form: the word itself or
its plural, a compound ("two-week"), an adverb or adjective of it ("overnight", "monthly",
"annual"), or a larger or smaller spelling of the same span (a decade as ten or more years,
in digits or words). An age ("the 45-year-old driver", "45 years old") is no span of time.
A fortnight is a unit ("within a fortnight" for a passage's "next month"), and so are the
weekend, the parts of a day ("on Monday morning" for "on Monday night"; a clock time is one) and
a day in a span of days ("within days", "in a few days", "two days later": not "Election Day").

A span said in one unit may be said in another: "in a quarter" for a source's "over three
months", "within two weeks" for its "within a fortnight". ``as_spans`` writes such a span of a
claim as its cited source writes it, so the time checks compare like with like.

A figure keeps its time: ``moved_figure`` finds a claim's figure given the time its passage
gives another figure ("5 percent next year and 3 percent this year" for "5 percent this year
and 3 percent next year"), which every time and number check passes one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.summarizer.eventorder import SPAN, closer, sides
from newsdesk.summarizer.relations import SINCE_MONTH, SMALL, times
from newsdesk.summarizer.sentences import normalize, source_sentences
from newsdesk.summarizer.synonyms import lemmas

# each unit, and the passage's words that use it (besides the unit and its plural)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_FORMS = {
    "hour": r"hourly",
    "day": rf"daily|overnight|today|tonight|yesterday|tomorrow|\d+-day|{_WEEKDAYS}",
    "week": r"weekly|weekend|fortnights?",
    "weekend": r"saturday|sunday",
    "morning": r"dawn|daybreak|sunrise|\d+(?:[:.]\d\d)?\s*a\.?m\b",
    "afternoon": r"midday|noon|\d+(?:[:.]\d\d)?\s*p\.?m\b",
    "evening": r"night|tonight|dusk|overnight|\d+(?:[:.]\d\d)?\s*p\.?m\b",
    "night": r"overnight|tonight|nightly|evening|dusk|midnight|\d+(?:[:.]\d\d)?\s*[ap]\.?m\b",
    "fortnight": r"fortnightly|(?:two|2)[- ]weeks?|(?:fourteen|14)[- ]days?",
    "month": r"monthly|since (?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)",
    "year": r"yearly|annual(?:ly)?|decades?",
    "decade": r"decades?|(?:[1-9]\d|\d{3,}|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|dozens? of|scores of) years",
}
_UNIT = re.compile(  # not an age ("45-year-old")
    r"(?<!\w)(hour|week|weekend|fortnight|month|year|decade|morning|afternoon|evening|night)s?"
    r"\b(?![- ]old)"
    # a day only in a span of days ("within days", "in a few days", "two days later"), not in
    # "Election Day" or "the day's papers"
    r"|\b(?:(?:in|within|for|over|after)\s+(?:a\s+|one\s+|the\s+)?|(?:several|few|couple of"
    r"|matter of|coming|next|past|recent|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)"
    r"(day)s?\b(?![- ]old)",
    re.I,
)


def changed_units(claim: str, passage: str) -> list[str]:
    """The claim's units of time ('month') that the passage does not use in any form."""
    text = normalize(passage).lower()
    out = []
    for m in _UNIT.finditer(normalize(claim)):
        unit = (m.group(1) or m.group(2)).lower()
        if not re.search(rf"\b(?:{unit}s?|{_FORMS[unit]})\b", text):
            out.append(unit)
    return list(dict.fromkeys(out))


# a span in one unit and the same span in a smaller one ("a quarter" is "three months")
_SAME_SPAN = {
    "quarter": (("three|3", "month"),),
    "fortnight": (("two|2", "week"), ("fourteen|14", "day")),
    "year": (("twelve|12", "month"),),
}
_ONE = re.compile(
    r"\b(in|within|over|during)\s+(?:a\s+single|a|one)\s+(quarter|fortnight|year)\b", re.I
)


# the same spans the other way: ("two", "week") -> "fortnight"
_LARGER = {
    (count, smaller): unit
    for unit, spans in _SAME_SPAN.items()
    for counts, smaller in spans
    for count in counts.split("|")
}
_COUNTED = re.compile(r"\b(?:in|within|over|during)\s+(\w+)\s+(month|week|day)s\b", re.I)


def as_spans(claim: str, texts: list[str]) -> str:
    """The claim with each span of one unit ("in a quarter") written as a cited text writes
    the same span in another ("over three months"), when no cited text uses the claim's unit."""
    norm = [normalize(t) for t in texts]

    def one(m: re.Match[str]) -> str:
        unit = m.group(2).lower()
        if any(re.search(rf"\b{unit}s?\b", t, re.I) for t in norm):
            return m.group(0)
        for count, smaller in _SAME_SPAN[unit]:
            said = re.compile(rf"\b(?:in|within|over|during)\s+(?:{count})\s+{smaller}s\b", re.I)
            if found := next((f.group(0) for t in norm if (f := said.search(t))), None):
                return found
        return m.group(0)

    def counted(m: re.Match[str]) -> str:  # "within two weeks" for the sources' "a fortnight"
        unit = _LARGER.get((m.group(1).lower(), m.group(2).lower()))
        if unit is None or any(re.search(rf"\b{m.group(2)}s\b", t, re.I) for t in norm):
            return m.group(0)
        said = re.compile(rf"\b(?:in|within|over|during)\s+(?:a\s+single|a|one)\s+{unit}\b", re.I)
        return next((f.group(0) for t in norm if (f := said.search(t))), m.group(0))

    return _reversed(_seasons(_ago(_COUNTED.sub(counted, _ONE.sub(one, claim)), norm), norm), norm)


# "a week ago" and "last week" say the same time
# (not "last year" and "a year ago": a calendar year is not the date a year back)
_AGO = re.compile(r"\b(?:a|one)\s+(week)\s+ago\b", re.I)
_LAST = re.compile(r"\blast\s+(week)\b", re.I)


def _ago(claim: str, texts: list[str]) -> str:
    """The claim's "a week ago" as a text's "last week", or its "last week" as "a week ago",
    when no cited text says it the claim's way."""

    def other(m: re.Match[str], said: re.Pattern[str], theirs: re.Pattern[str]) -> str:
        unit = m.group(1).lower()
        if any(f.group(1).lower() == unit for t in texts for f in said.finditer(t)):
            return m.group(0)
        found = (
            f.group(0) for t in texts for f in theirs.finditer(t) if f.group(1).lower() == unit
        )
        return next(found, m.group(0))

    claim = _AGO.sub(lambda m: other(m, _AGO, _LAST), claim)
    return _LAST.sub(lambda m: other(m, _LAST, _AGO), claim)


# the season: "autumn" and "fall" ("last fall", "in the fall of 2025"; not "a fall in prices",
# "the fall of Kabul")
_FALL = re.compile(
    r"\b(?:last|next|this|early|late|in|the)\s+fall\b(?!\s+(?:of|in|to|by|from)\s+(?![12]\d{3}\b))",
    re.I,
)


def _seasons(claim: str, texts: list[str]) -> str:
    """The claim's season in the word the cited texts use for it ("fall" for "autumn")."""
    autumn = any(re.search(r"\bautumn\b", t, re.I) for t in texts)
    fall = any(_FALL.search(t) for t in texts)
    if autumn and not fall:
        return _FALL.sub(lambda m: m.group(0)[:-4] + "autumn", claim)
    if fall and not autumn:
        return re.sub(r"\b([Aa])utumn\b", lambda m: "fall" if m.group(1) == "a" else "Fall", claim)
    return claim


# "X a week after Y" is "Y a week earlier" (or "Y a week before X"): the relation reverses the anchor
_EARLIER = re.compile(rf"\b({SPAN})\s+(?:earlier|before)\b", re.I)


def _main(claim: str, span: re.Match[str]) -> set[str]:
    """The lemmas of the claim's main event, the one its span ("a week before") is of."""
    read = sides(claim, span.start(), span.end())
    return set(lemmas(read[0])) if read else set()


def _events(text: str, span: str) -> Iterator[tuple[str, set[str], set[str]]]:
    """Each span of time ("a week after") of a text's sentences matching ``span``, with the
    lemmas of its main event and of its anchor as eventorder.sides reads them."""
    for sentence in source_sentences(text):
        for f in re.finditer(span, sentence, re.I):
            if read := sides(sentence, f.start(), f.end()):
                yield f.group(0), set(lemmas(read[0])), set(lemmas(read[1]))


def _reversed(claim: str, texts: list[str]) -> str:
    """The claim's "a week earlier" (or "a week before") as a cited text's "a week after", when
    the claim is about what that text puts after "after" (the anchor) more than what before."""

    def one(m: re.Match[str]) -> str:
        span = re.escape(m.group(1).lower())
        if any(re.search(rf"\b{span}\s+(?:earlier|before)\b", t, re.I) for t in texts):
            return m.group(0)
        mine = set(lemmas(claim)) if m.group(0).lower().endswith("earlier") else _main(claim, m)
        for t in texts:
            for said, main, anchor in _events(t, rf"\b{span}\s+after\b"):
                if closer(mine, anchor, main):
                    return said
        return m.group(0)

    return _EARLIER.sub(one, claim)


_ORDERED = re.compile(rf"\b({SPAN})\s+(before|after)\b", re.I)
_OTHER_WAY = {"before": "after", "after": "before"}


def flipped_order(claim: str, passage: str) -> list[str]:
    """The claim's "a week before" where its passage says the same span "after" of the same
    subject ("X a week before Y" against "X a week after Y"): the two events turned round. A
    claim told from the other event ("Y a week before X") was written as the passage says it
    (as_spans), and one whose subject is the passage's anchor is left alone."""
    out = []
    for m in _ORDERED.finditer(claim):
        span, word = re.escape(m.group(1)), m.group(2).lower()
        if re.search(rf"\b{span}\s+{word}\b", passage, re.I):
            continue
        mine = _main(claim, m)
        if any(
            closer(mine, main, anchor)
            for _, main, anchor in _events(passage, rf"\b{span}\s+{_OTHER_WAY[word]}\b")
        ):
            out.append(m.group(0))
    return out


# a figure and the time it is given for, before the next clause: "5 percent this year"
_FIGURE = re.compile(
    r"(?<![\w.])(\d[\d,.]*)(?:\s*(?:%|percent|per cent))?(?=((?:\s+[\w'’-]+){1,5}))"
)
_CLAUSE_END = re.compile(r"\s+(?:and|but|while|whereas)\s|[,;]")


def _figure_times(text: str) -> dict[str, str]:
    """Each figure of a text with the time expression that follows it in its clause."""
    out: dict[str, str] = {}
    for m in _FIGURE.finditer(normalize(text)):
        after = _CLAUSE_END.split(m.group(2), maxsplit=1)[0]
        if found := times(after):
            out.setdefault(m.group(1).rstrip(".,"), found[0])
    return out


def moved_figure(claim: str, passage: str) -> tuple[str, str] | None:
    """("5 next year", "5 this year") when the claim gives a figure of its passage the time the
    passage gives another of its figures ("a 5 percent rise next year and 3 percent this year"
    for "5 percent this year and another 3 percent next year"); None otherwise."""
    theirs = _figure_times(passage)
    taken = {t: n for n, t in theirs.items()}
    for figure, time in _figure_times(claim).items():
        said = theirs.get(figure)
        if said and said != time and taken.get(time, figure) != figure:
            return f"{figure} {time}", f"{figure} {said}"
    return None


def missing_times(claim: str, passage: str) -> list[str]:
    """Time expressions of the claim that the supporting passage does not have, and durations
    ("for several years") whose unit the passage does not use."""
    have = " ".join(times(passage))
    text = " ".join(normalize(passage).lower().split())  # 'the highest in ten years'
    return [
        t
        for t in times(claim)
        if t not in have
        and not re.search(rf"\b{re.escape(t)}\b", text)
        and not _the_current(t, passage, have)
    ] + [d.group(0) for d in _DURATION.finditer(normalize(claim)) if not _has_unit(d, text)]


# a unit the passage may give in another word: decades as ten years or more ("for more than 30
# years"), years as decades, months as a start ("since January")
_ALSO = {
    "decade": r"(?:[1-9]\d|\d{3,}|dozens? of|scores of)\s+years\b",
    "year": r"decades?\b",
    "month": SINCE_MONTH,
}


def _has_unit(duration: re.Match[str], text: str) -> bool:
    unit = duration.group(1).lower()
    spelled = unit + (f"|{_ALSO[unit]}" if unit in _ALSO else "")
    return re.search(rf"\b(?:{spelled})", text) is not None


# a duration: "for days", "for several years", "for six hours"; its unit must be the passage's
# (a paraphrase may drop or add "several", not turn weeks into years); "two-week" has "week"
_AMOUNT = "several|many|a few|some|nearly|almost|about|around|over|more than|[0-9]+"
_DURATION = re.compile(
    rf"\bfor\s+(?:(?:{_AMOUNT}|{'|'.join(SMALL[2:])}|twelve|twenty)\s+)?"
    r"(minute|hour|day|night|week|month|year|decade)s?\b",
    re.I,
)


def _the_current(time: str, passage: str, have: str) -> bool:
    """'this year' said by a passage as 'the year' ("by the end of the year"), when it names
    no other year ('last year', 'next year'): a report's year is the current one."""
    unit = time.removeprefix("this ")
    if unit == time or unit in have:
        return False
    return re.search(rf"\bthe {re.escape(unit)}\b", normalize(passage), re.I) is not None
