"""The units of time a claim speaks in must be the passage's: "by the end of the month" for a
passage's "by the end of the year" changes when, though every other word is held.

relations.missing_times compares whole time expressions ("next year", "for several days") and
the alignment reads a unit as one word among many, so a unit put for another in any other
phrase ("the end of the month", "later in the week", "within two months") went through. Here
each unit word of the claim must be a unit the passage uses, in some form: the word itself or
its plural, a compound ("two-week"), an adverb or adjective of it ("overnight", "monthly",
"annual"), or a larger or smaller spelling of the same span (a decade as ten or more years,
in digits or words). An age ("the 45-year-old driver", "45 years old") is no span of time.

A span said in one unit may be said in another: "in a quarter" for a source's "over three
months". ``as_spans`` writes such a span of a claim as its cited source writes it, so the time
checks compare like with like.
"""

from __future__ import annotations

import re

from newsdesk.summarizer.sentences import normalize

# each unit, and the passage's words that use it (besides the unit and its plural)
_FORMS = {
    "hour": r"hourly",
    "week": r"weekly|weekend",
    "month": r"monthly|since (?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)",
    "year": r"yearly|annual(?:ly)?|decades?",
    "decade": r"decades?|(?:[1-9]\d|\d{3,}|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|dozens? of|scores of) years",
}
_UNIT = re.compile(r"(?<!\w)(" + "|".join(_FORMS) + r")s?\b(?![- ]old)", re.I)  # not an age


def changed_units(claim: str, passage: str) -> list[str]:
    """The claim's units of time ('month') that the passage does not use in any form."""
    text = normalize(passage).lower()
    out = []
    for m in _UNIT.finditer(normalize(claim)):
        unit = m.group(1).lower()
        if not re.search(rf"\b(?:{unit}s?|{_FORMS[unit]})\b", text):
            out.append(unit)
    return list(dict.fromkeys(out))


# a span in one unit and the same span in a smaller one ("a quarter" is "three months")
_SAME_SPAN = {"quarter": ("three|3", "month"), "fortnight": ("two|2", "week")}
_SAME_SPAN["year"] = ("twelve|12", "month")
_ONE = re.compile(
    r"\b(in|within|over|during)\s+(?:a\s+single|a|one)\s+(quarter|fortnight|year)\b", re.I
)


def as_spans(claim: str, texts: list[str]) -> str:
    """The claim with each span of one unit ("in a quarter") written as a cited text writes
    the same span in another ("over three months"), when no cited text uses the claim's unit."""
    norm = [normalize(t) for t in texts]

    def one(m: re.Match[str]) -> str:
        unit = m.group(2).lower()
        if any(re.search(rf"\b{unit}s?\b", t, re.I) for t in norm):
            return m.group(0)
        count, smaller = _SAME_SPAN[unit]
        said = re.compile(rf"\b(?:in|within|over|during)\s+(?:{count})\s+{smaller}s\b", re.I)
        found = next((f.group(0) for t in norm if (f := said.search(t))), None)
        return found or m.group(0)

    return _ONE.sub(one, claim)
