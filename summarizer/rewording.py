"""Two rewordings paraphrase.py tries on a retold sentence: a phrase moved to the front, and
the framing phrases dropped.

Word order in a retold sentence: a time phrase or a closing prepositional phrase moves to
the front ('on Wednesday, a judge blocked …'), which reads as our sentence and also breaks a run
of words copied as written.

A retold sentence said in fewer words: the clause an outlet wrote without its framing phrases.

Reported speech that keeps every word of the outlet's clause keeps its wording too: "In both
cases, the justices overturned lower court decisions that went against the officers" backshifted
is still nine of the outlet's words in a row, so paraphrase.py could tell it only as an excerpt.
An editor retelling it drops what frames the claim and keeps the claim: an opening phrase of
place or circumstance ("In both cases, "), a day or a relative time ("Monday", "on Tuesday",
"last week"). What is left is the outlet's claim in fewer of its words, often with no run of
copying.RUN of them; it is a candidate like any other (paraphrase.candidates): kept only when no
run is copied and the verifier supports it against its source.
"""

from __future__ import annotations

import re

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.clauses import MIN_WORDS, SAYING
from newsdesk.summarizer.sentences import FINITE
from newsdesk.summarizer.synonyms import past_forms

_TIME = re.compile(
    r",?\s+((?:on|in|by|since|until|from) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|\d{4})(?: \d{1,2}| \d{4})?(?: (?:morning|afternoon|evening|night))?"
    r"|(?:next|last|this|earlier this) (?:week|month|year))"
    r"(?![\w'\u2019]),?"  # not 'this year' of "this year's session" ('was in's third …')
)
# words that may follow a whole time phrase: the clause goes on ('a judge on Wednesday blocked',
# '… in May and', '… next month to'); any other word goes on with the phrase itself ('on Monday
# night', 'in 2024 elections', 'in March of'): it is part of a noun phrase and stays
_GOES_ON_WORDS = """and but or that to in on at by for from with after before when as because
    while if than will would could can may might must should did does do also still then"""
_GOES_ON = frozenset(_GOES_ON_WORDS.split()) | FINITE

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
    if not _whole(text[m.end() :]):
        return text  # 'a storm on Monday night damaged' must not become '…, a storm night …'
    if set(head) & (_INNER | SAYING):  # in a clause of its own ('said that … would convene on
        return text  # Tuesday', 'a spokesperson stated the office was planned last year')
    rest = (text[: m.start()].rstrip(",") + text[m.end() :]).strip()
    return f"{m.group(1)}, {rest}"


def _whole(after: str) -> bool:
    """Whether a time phrase followed by ``after`` is a whole adverbial: nothing or a mark comes
    next, or a word that carries the clause on (a verb in the past, an auxiliary, a conjunction
    or a preposition), not one that carries the phrase on ("night", "of", "elections")."""
    first = after.split(maxsplit=1)[0] if after.strip() else ""
    word = first.strip(".,;:!?").lower()
    if not word or word != first.lower():
        return True
    return word in _GOES_ON or word.endswith("ed") or word in past_forms()


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


# an opening phrase of circumstance up to its comma: 'in both cases, ', 'in a statement on
# Tuesday, ', 'after weeks of talks, ' (not 'according to …': paraphrase.py keeps that credit)
_OPENING = re.compile(
    r"^(?:in|on|at|after|during|under|amid|with|without|following|despite|since|by)"
    r" (?!.*\baccording\b)[^,]{2,60}, (?=(?:the|a|an|its|their|his|her|it|they|he|she|we"
    r"|this|these|those|some|many|most|all|both|[A-Z0-9])\b)",
    re.I,
)
# an aside after the subject's few words, set off by commas: 'the unsigned opinions, posted in
# the court's periodic list of orders, both overturned …', 'the mandate, one of the strictest
# in the world, requires …' (not 'who …'/'which …' after a name: that says who someone is)
_ASIDE = re.compile(
    r"^((?:the|a|an|its|their|this|these) (?:[\w'\-]+ ){0,3}[\w'\-]+), "
    r"(?!who\b|which\b)[^,]{3,80}, (?=[a-z])"
)
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# a day or a relative time inside the clause: 'ruled Monday that', 'on Tuesday', 'last week'
# a day or a relative time inside the clause: 'in two cases Monday ruled', 'on Tuesday', 'last
# week'; a bare day only before a verb in the past ('cases Monday ruled'), not 'the sunny Sunday
# as …'; the comma after it stays ('like he did before the committee Monday, Blinken …')
_WHEN = re.compile(
    rf"(?:(?<=\w) |^)(?:(?:on|late|early) (?:{_DAYS})|(?<!ed )(?:{_DAYS})(?= \w+ed\b))"
    r"(?: (?:morning|afternoon|evening|night))?\b(?!['\u2019])"
    r"|(?<=\w) (?:earlier|later|last|next|this) (?:week|month|year)\b(?!['\u2019])"
)


def _untimed(body: str) -> str:
    """``body`` without its days and relative times (a comma left opening it goes too)."""
    return _WHEN.sub("", body).lstrip(", ").replace(" ,", ",")


def _unaside(m: re.Match[str]) -> str:
    """The subject without its aside; the whole when the 'aside' holds the clause's verb or the
    subject ends on an adjective: 'The sunny, late-summer weekend was a swirl of political
    activity, as …' is no aside after 'The sunny' (it was told 'The sunny as candidates held
    rallies', NeuS even rows, session 36)."""
    inner = m.group(0)[len(m.group(1)) + 2 :].lower().split()
    last = m.group(1).split()[-1].lower()
    if any(w.strip(",") in FINITE for w in inner) or lexicon.adjective_only(last):
        return m.group(0)
    return m.group(1) + " "


def condensed(body: str) -> list[str]:
    """``body`` without its opening phrase (and an aside after its subject), without its times,
    and without both, each only when it differs from ``body`` and keeps MIN_WORDS words (what is
    left off frames the clause; its verb stays)."""
    opened = _ASIDE.sub(_unaside, _OPENING.sub("", body, count=1), count=1)
    out = [opened, _untimed(body), _untimed(opened)]
    return [b for b in dict.fromkeys(out) if b != body and len(b.split()) >= MIN_WORDS]


# verbs whose object waits for its 'to': 'will allow families and others | who … to plan'
_CONTROL = re.compile(
    r"^(?:allow|let|enable|force|require|ask|urge|help|permit|push|lead|cause)(?:s|ed|ing)?$"
)


def cut_too_soon(kept: list[str], body: str) -> bool:
    """Whether ``kept`` (what is told of ``body``, the outlet's sentence or the clause made of it)
    stops before the 'to' a verb of it is waiting for ('The changes will allow families and
    others' of '… and others who have been separated … to plan …'): the claim loses what is
    allowed."""
    low = [w.lower().strip(",;:.") for w in kept]
    rest = [w.lower().strip(",;:.") for w in body.split()]
    for i, w in enumerate(low):
        if _CONTROL.match(w) and "to" not in low[i + 1 :] and w in rest:
            after = rest[rest.index(w) + 1 :]
            if "to" in after[: len(low) - i + 20]:
                return True
    return False


_CONTRAST_SAID = re.compile(
    r"^(?P<subject>(?:[A-Z][\w'\-]*\s){1,3})(?P<aux>[a-z]+)\s[^,]+,\s+(?:but|yet)\s+"
    r"(?P<rest>(?:said|says|told|wrote|added|announced|confirmed)\s.+)$"
)


def contrast_said(body: str) -> str | None:
    """'Norvale did not disclose its total spending, but said the cost … had become …' ->
    'Norvale said the cost … had become …': what the subject said, told on its own when the
    whole contrast cannot be (its second half is no credit to drop: paraphrase._SAID_TAIL)."""
    m = _CONTRAST_SAID.match(body)
    verb = m.group("aux") if m else ""
    if not m or not (verb in FINITE or verb.endswith("ed")):  # 'did not', 'declined to'
        return None
    return m.group("subject") + m.group("rest")
