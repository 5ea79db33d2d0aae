"""Word order in a retold sentence: a time phrase or a closing prepositional phrase moves to
the front ('on Wednesday, a judge blocked …'), which reads as our sentence and also breaks a run
of words copied as written."""

from __future__ import annotations

import re

from newsdesk.summarizer.clauses import MIN_WORDS, SAYING

_TIME = re.compile(
    r",?\s+((?:on|in|by|since|until|from) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|\d{4})(?: \d{1,2}| \d{4})?|(?:next|last|this|earlier this) (?:week|month|year))"
    r"(?![\w'\u2019]),?"  # not 'this year' of "this year's session" ('was in's third …')
)

_TAIL_PREPOSITIONS = frozenset(["before", "after", "during", "until", "within"])
_INNER = frozenset(
    ["that", "which", "who", "whom", "when", "where", "to", "because", "if", "whether", "than"]
)


def front_time(text: str) -> str:
    """'… in Lisbon next month' -> 'next month, … in Lisbon', 'a judge on Wednesday blocked' ->
    'on Wednesday, a judge blocked' (breaks a run copied as written)."""
    m = _TIME.search(text)
    head = [w.lower() for w in text[: m.start()].split()] if m else []
    if not m or not head or head[-1].endswith(",") or m.group(0).endswith(","):
        return text  # at the start already, or inside an aside ('launched in March, showed')
    if set(head) & (_INNER | SAYING):  # in a clause of its own ('said that … would convene on
        return text  # Tuesday', 'a spokesperson stated the office was planned last year')
    rest = (text[: m.start()].rstrip(",") + text[m.end() :]).strip()
    return f"{m.group(1)}, {rest}"


def front_tail(text: str) -> str:
    """'officials had asked the court to rule before the autumn primaries' -> 'before the autumn
    primaries, officials had asked the court to rule': a closing phrase of 2 to 5 words that
    opens with a preposition moves to the front (no comma inside it)."""
    ws = text.split()
    for i in range(max(len(ws) - 5, MIN_WORDS), len(ws) - 1):
        tail = ws[i:]
        inner = {w.lower() for w in ws[:i]} & ((_INNER - {"to"}) | SAYING)  # an inner clause's
        if ws[i].lower() in _TAIL_PREPOSITIONS and not inner and "," not in " ".join(ws[i - 1 :]):
            return f"{' '.join(tail)}, {' '.join(ws[:i])}"
    return text
