"""The words a cut may not leave at the end of a retold sentence (clauses.dangling): a pronoun
waiting for its clause, a word whose 'that' clause is its content, a verb whose object is its
'that' clause, a time span waiting for its point; and ``switched``, which loosens such a rule
(LOOSE here, nounphrase.STRICT, tailquote.ALLOWED) for one block."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from newsdesk.text import WEEKDAYS

T = TypeVar("T")

# how loose the cuts are while a draft that would have no outlet's line looks for one
# (fallback.py): 0 as always; 1 an excerpt may also end before a phrase (excerpts.trim:
# fragments.loose_ends); 2 the 'verb + phrase | that' wait is off as well ('projected in its
# latest report | that …', clauses._says)
LOOSE: ContextVar[int] = ContextVar("loose_waiting", default=0)


@contextmanager
def switched(switch: ContextVar[T], value: T) -> Iterator[None]:
    """``switch`` set to ``value`` inside the block, and back to what it was after it."""
    token = switch.set(value)
    try:
        yield
    finally:
        switch.reset(token)


# what a cut may not leave at the end: a pronoun waiting for its clause ('those | who …'), a
# word whose 'that' clause is its content ('claims | that the general …', 'has determined |
# that …'), a time span waiting for its point ('two weeks | before the vote'), a participle
# waiting for its agent ('rains brought | by the storm')
WAITING = frozenset(
    ["those", "these", "anyone", "someone", "everyone", "it", "them", "one", "this"]
)
WAITING |= frozenset(
    ["partly", "largely", "mainly", "mostly", "only", "even", "especially"]
)  # focus
CONTENT = (  # nouns and adjectives whose 'that' clause is what they hold
    "claim claims report reports fear fears evidence news belief idea notion fact assertion"
    " allegation allegations suggestion hope hopes concern concerns warning warnings sign signs"
    " speculation rumors rumours promise pledge view argument proof clear sure aware likely"
    " concerned worried convinced confident certain"
)
THAT_VERBS = (  # verbs whose object is the 'that' clause ('Central Command has determined | that …')
    " said says say stated states announced announces determined determines found finds"
    " concluded concludes believed believes argued argues claimed showed shows revealed"
    " reveals confirmed confirms reported warned warns noted notes added estimated"
    " acknowledged admitted insisted suggested suggests decided ruled learned discovered"
    " predicted indicated indicates alleged alleges realized knew thought told telling tells"
    " informed assured projected projects forecast forecasts"
)
CONTENT_WORDS = frozenset(CONTENT.split())
SAYS_THAT = frozenset(THAT_VERBS.split())
SPANS = frozenset(["hours", "days", "weeks", "months", "years", "minutes", "away"])
SPAN_POINTS = frozenset(["after", "before", "since", "until", "from", "ago"])
INFINITIVE_OK = frozenset(["the", "a", "an", "its", "his", "her", "their", "this", "that"])
INNER_OPEN = frozenset(["that", "which", "who", "because", "while", "when", "if", "whether"])
_TIMES = "morning afternoon evening night week weekend month year late early"
WHEN = frozenset(  # 'announced Friday | that …'
    [*(d.lower() for d in WEEKDAYS), "today", "yesterday", "earlier", "tonight", "last", "this"]
    + _TIMES.split()
)
TELLING = frozenset(
    ["told", "telling", "tells", "tell", "informed", "assured"]
)  # whom, then 'that'
