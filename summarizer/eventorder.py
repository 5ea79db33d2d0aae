"""Two events joined by "after", "before", "following" or "because": which one is which.

"Norvale scrapped its leaderboard a week after Brightforge switched off its own" and
"Brightforge switched off its leaderboard a week after Norvale scrapped its own" share every
word, name and time, so no share of words, name or time check tells them apart, and the
relation rules (relations.py) read names within one clause only. Here each side of the relation
word is one event: the main clause before it and the anchor after it, or, fronted ("A week after
Y, X"), the anchor up to the comma and the main clause after it. Against the source sentence
that joins the same two events by a relation word:

* the same relation ("after" and "following" are one; "because" and "because of" are one) with
  the claim's main event on the source's anchor side and its anchor on the source's main side
  swaps the two events (who acted first, or cause and effect);
* the other relation ("before" for "after") with each event on its own side puts them in the
  other order ("X before Y" for "X after Y"; with a span, "X a week before Y",
  timeunits.flipped_order says it already).

A side is on the other's place when it shares more content lemmas with it than with its own,
both ways. A source sentence that joins them the claim's way supports it, whatever another
sentence says. Read on the claim as written, before it is restated in the sources' terms
(restate.py: timeunits.as_spans writes a claim's "Y a week before X" as a source's "Y a week
after X" so that its time is found, and the order can no longer be read after that).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from dataclasses import dataclass

from newsdesk.summarizer.relations import entities, key
from newsdesk.summarizer.sentences import normalize, source_sentences
from newsdesk.summarizer.synonyms import lemmas

# a span of time before the relation word ("a week after"), here and in timeunits.py
SPAN = r"(?:a|an|one|two|three|four|five|six|\d+|a few|several)\s+(?:day|week|month|year)s?"
_RELATION = re.compile(rf"\b({SPAN}\s+)?(after|following|before|because(?:\s+of)?)\b(?!\s*,)", re.I)
_KIND = {"after": "after", "following": "after", "before": "before"}
_OTHER = {"after": "before", "before": "after"}
MIN_SIDE = 2  # content lemmas each side of the relation must have to be read as an event
MIN_SHARED = 0.6  # share of the claim's two sides a source sentence must hold to be its pair


def _kind(m: re.Match[str]) -> str:
    return _KIND.get(m.group(2).lower(), "because")


@dataclass(frozen=True)
class _Event:
    """One side of a relation word: its content lemmas and the words of its names."""

    lemmas: frozenset[str]
    names: frozenset[str]


def _event(text: str) -> _Event:
    names = frozenset().union(*(key(n) for _, _, n in entities(text, frozenset())))
    return _Event(frozenset(lemmas(text)), names)


def sides(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(the main event, the anchor): the words of ``text`` each side of the relation word at
    ``start``-``end`` ("a week after"), within its sentence or clause; fronted ("A week after Y,
    X"), the anchor up to the comma and the main clause after it (None without a comma).
    timeunits.py reads a span's two events here too."""
    head, tail = text[:start], text[end:]
    if not head.strip(" ,;:-\u2014\"'"):  # fronted: "A week after Y, X"
        anchor, comma, main = tail.partition(",")
        return (main, anchor) if comma else None
    begin = max(head.rfind(". "), head.rfind("; ")) + 1
    return head[begin:], re.split(r"\.\s|;", tail, maxsplit=1)[0]


def closer(one: Set[str], own: Set[str], other: Set[str]) -> bool:
    """``one`` shares more with ``own`` than with ``other``: it is on ``own``'s side."""
    return len(one & own) > len(one & other)


def _sides(sentence: str, m: re.Match[str]) -> tuple[_Event, _Event] | None:
    """(the main event, the anchor) around the relation word ``m`` of ``sentence``; None when
    one side is too short to be an event."""
    read = sides(sentence, m.start(), m.end())
    if read is None:
        return None
    events = _event(read[0]), _event(read[1])
    return events if all(len(e.lemmas) >= MIN_SIDE for e in events) else None


def _moved(one: frozenset[str], own: frozenset[str], other: frozenset[str]) -> bool:
    """A name of ``one`` that is the other side's and not its own."""
    return bool((one & other) - own)


def _verdict(kind: str, main: _Event, anchor: _Event, sent: str) -> str | None:
    """ "ok", "swapped" or "order" for one source sentence; None when it joins no such pair.
    The source's sides are taken in the claim's order: its main event and anchor for the same
    relation, turned round for the other ("Y before X" is "X after Y")."""
    found = None
    for f in _RELATION.finditer(sent):
        pair, theirs = _sides(sent, f), _kind(f)
        if pair is None or (theirs != kind and _OTHER.get(kind) != theirs):
            continue
        own, other = pair if theirs == kind else pair[::-1]
        if len((main.lemmas | anchor.lemmas) & (own.lemmas | other.lemmas)) < MIN_SHARED * len(
            main.lemmas | anchor.lemmas
        ):
            continue
        turned = closer(main.lemmas, other.lemmas, own.lemmas) and closer(
            anchor.lemmas, own.lemmas, other.lemmas
        )
        traded = _moved(main.names, own.names, other.names) and _moved(
            anchor.names, other.names, own.names
        )
        kept = closer(main.lemmas, own.lemmas, other.lemmas) and closer(
            anchor.lemmas, other.lemmas, own.lemmas
        )
        if kept and not traded:
            return "ok"
        if turned or traded:
            found = "swapped" if theirs == kind else "order"
    return found


def swapped_events(claim: str, texts: Iterable[str]) -> list[str]:
    """Reasons the claim joins two events of its sources the wrong way round: their places
    around the same "after"/"before"/"because" traded, or the other relation word put between
    them where they keep their places (unless a span of time says it: flipped_order)."""
    text = normalize(claim)
    sentences = [normalize(s) for t in texts for s in source_sentences(t)]
    out = []
    for m in _RELATION.finditer(text):
        events = _sides(text, m)
        if events is None:
            continue
        verdicts = {_verdict(_kind(m), *events, s) for s in sentences} - {None}
        word = m.group(2).lower()
        if "ok" in verdicts:
            continue
        if "swapped" in verdicts:
            out.append(
                f'it swaps the two events around "{word}" (or who did which): the source has'
                " them the other way"
            )
        elif "order" in verdicts and not m.group(1):
            out.append(f'it says "{word}" where the source puts the two events the other way round')
    return out
