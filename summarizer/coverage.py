"""The coverage paragraph: newsdesk's own lines about the reporting, not the event.

Who reported first and who followed (spread.py), how many outlets reported it, who cites whose
report, where a report also ran and whose agency wrote it (sourcefacts.py), and the company's
own account: each is a fact about the coverage. They stand
together after the lede, in the synopsis's paragraph; none stands among the facts of the event
("What happened") or as a key takeaway (the demo's TokenRank draft told "Valley Courier ran a
Meridian Wire report, which also ran in Harbor Times." among what Brightforge did, and its only
takeaway was who cites whom).
"""

from __future__ import annotations

from newsdesk.summarizer.sourcefacts import syndication_sentences
from newsdesk.summarizer.spread import (
    Pair,
    alone_sentence,
    company_sentence,
    count_sentence,
    credit_sentence,
    spread_sentence,
)
from newsdesk.summarizer.terms import term_sentence

from newsdesk.models import StoryInput


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
