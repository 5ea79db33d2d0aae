"""A sentence restated in its cited sources' own terms before it is checked (verify.py).

Some wordings say what a source says in other terms that no word-by-word check can see: the
venue of a company's own post named in the sentence ("on its engineering blog": venues.py), an
acronym the source spells out ("AI": facts.spell_out), a multiple its two figures make
("tripled": factors.py), a span in another unit ("in a quarter" for "over three months":
timeunits.as_spans). ``restated`` writes each as the sources do, and gives the reason when a
multiple is not what the figures make.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsdesk.summarizer.factors import as_figures, changed_multiple
from newsdesk.summarizer.facts import spell_out
from newsdesk.summarizer.timeunits import as_spans
from newsdesk.summarizer.venues import without_venue


def restated(
    text: str, texts: list[str], venues: Iterable[frozenset[str]] = ()
) -> tuple[str, list[str]]:
    """(the sentence in the sources' terms, the reasons found on the way)."""
    text = without_venue(text, venues)
    reasons = [multiple] if (multiple := changed_multiple(text, texts)) else []
    return as_spans(as_figures(spell_out(text, texts), texts), texts), reasons
