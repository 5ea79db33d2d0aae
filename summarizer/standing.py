"""Whether words stand as a clause: a verb in their main clause (``complete``: what a cut of an
outlet's sentence keeps must have one, and no saying verb at its end), and whether they have none
at all (``verbless``: an excerpt such as 'Following days of lengthy debate among vaccine experts…'
or 'Specifically, an exclusive block just beneath its lavish casino.' is no report). Moved out of
clauses.py, which cuts sentences where a clause may end (session 36)."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.nounphrase import IRREGULAR_PAST
from newsdesk.summarizer.sentences import FINITE

MIN_WORDS = 6
_DANGLING_TEXT = "a an the in of on at by for to from into about over its their"
DANGLING = frozenset(_DANGLING_TEXT.split())
SUBORDINATE = frozenset(["that", "which", "who", "because", "while"])
_SAYING_TEXT = "said says reported told stated announced emphasized added wrote confirmed noted"
SAYING = frozenset(_SAYING_TEXT.split())


def _aside(ws: Sequence[str], end: int) -> set[int]:
    """Word positions inside a non-restrictive relative clause (', who …,' or ', which …' up to
    the next comma or the end): its verb is not the main clause's ('Marcus Ebi, who managed a
    platform team until January' has no verb of its own)."""
    inside: set[int] = set()
    opened = False
    for i in range(1, min(end, len(ws))):
        word = ws[i].lower().strip(",;:.")
        if not opened and word in ("who", "which", "whom", "whose") and ws[i - 1].endswith(","):
            opened = True
        if opened:
            inside.add(i)
            if ws[i].endswith(","):
                opened = False
    return inside


def _verb_like(low: Sequence[str], i: int) -> bool:
    """An auxiliary, a saying verb, a negated auxiliary, or a word in -ed after no article."""
    w = low[i]
    return (
        w in FINITE
        or w in SAYING
        or w.endswith(("n't", "n\u2019t"))  # "aren't", "didn't"
        or ((w.endswith("ed") or w in IRREGULAR_PAST) and i > 0 and low[i - 1] not in DANGLING)
    )


def verb_like(low: Sequence[str], i: int) -> bool:
    """:func:`_verb_like`, for tailquote.py: where a subject's verb ends."""
    return _verb_like(low, i)


ADVERBIAL = frozenset(["once", "if", "when", "after", "before", "unless", "while", "because"])
_OPENERS = ADVERBIAL - {"after", "before"}  # 'After months of talks the union agreed'
_AS_MUCH = frozenset("many much well of far long soon recently early late part".split())  # noqa: SIM905
_KEEP = FINITE | SAYING  # verbs even after a comma ('the firm, however, is …')
_OPENING = frozenset(["in", "on", "at", "after", "before", "during", "with", "amid", "under"])


def complete(ws: Sequence[str]) -> bool:
    """A clause that can stand: at least MIN_WORDS words, a verb-like word before any 'that',
    'which' … (an auxiliary, a saying verb, or a word in -ed after no article), and not ending on
    a saying verb ('…, Sarandos emphasized')."""
    if len(ws) < MIN_WORDS:
        return False
    low = [w.lower().strip(",;:.") for w in ws]
    main = next(  # a restrictive 'that'/'which' (no comma before it) opens an inner clause
        (i for i, w in enumerate(low) if i and w in SUBORDINATE and not ws[i - 1].endswith(",")),
        len(low),
    )
    # in the main clause: 'the fees that the council imposed' has none; ', who managed a team
    # …,' says nothing of the main clause; nor a participle after an opening phrase ('In its
    # outlook, published Tuesday,') or before its agent ('a memo seen by Circuit Report')
    skip = _aside(ws, main) | _participles(ws, low, main)
    verb = any(_verb_like(low, i) for i in range(main) if i not in skip)
    # 'once the storm began …' or 'as the storm passed …, Keellings,': no verb after the comma
    first = next((i for i, w in enumerate(ws[:-1]) if w.endswith(",")), len(ws))
    opens = low[0] in _OPENERS or (low[0] == "as" and low[1] not in _AS_MUCH)  # 'As many as'
    opener = opens and not any(_verb_like(low, i) for i in range(first + 1, main) if i not in skip)
    # 'Johnson asked, looking over to Biden': a speech verb whose object (the quotation) is cut
    spoke = any(w in _SPEECH and ws[i].endswith(",") for i, w in enumerate(low))
    return (
        verb and not opener and not spoke and low[-1] not in SAYING and not set(low[-3:]) & SAYING
    )


_SPEECH = SAYING | {"asked", "replied", "explained", "insisted", "continued"}


def verbless(ws: Sequence[str]) -> bool:
    """Whether the words hold no verb of a main clause: no verb-like word (after the comma of
    an opening phrase or clause, when there is one) and no word in -s whose stem is a verb
    after no determiner ('Specifically, an exclusive block just beneath its lavish casino.',
    'Following days of lengthy debate among vaccine experts…', 'A smaller dose of the
    vaccine…'; excerpts of NeuS sources, session 36)."""
    low = [w.lower().strip(",;:.\u2026\"'\u201c\u201d") for w in ws]
    if not low:
        return True
    comma = next((i for i, w in enumerate(ws) if w.endswith(",")), None)
    start = comma + 1 if comma is not None and low[0] in _OPENS_CLAUSE else 0
    start = next((i + 1 for i, w in enumerate(ws[:6]) if w.endswith(":")), start)  # 'Why it …:'
    skip = _aside(ws, len(ws)) | _participles(ws, low, len(low)) | _appositive(ws, low, start)
    for i in range(start, len(low)):
        w, prev = low[i], low[i - 1] if i else ""
        if i in skip:
            continue
        if (
            _verb_like(low, i)
            or (
                w.endswith("s")
                and prev not in _DETERMINERS
                and "a" not in lexicon.parts_of_speech(prev)  # 'potential changes'
                and not prev[:1].isdigit()
                and any("v" in lexicon.parts_of_speech(b) for b in lexicon.bases(w))
            )
        ):
            return False
    return True


_OPENS_CLAUSE = _OPENING | ADVERBIAL | {"following", "specifically", "like", "as", "since"}
_DETERMINERS = DANGLING | {"both", "many", "some", "all", "these", "those", "his", "her", "our"}


# 'rose by 12 percent', 'fell by a third', 'grew by about half': an amount, not an agent
_AMOUNT = "a an about nearly almost more less roughly around over up as half one two three four"
_AMOUNTS = frozenset(_AMOUNT.split())
_SUBJECT_WORDS = 5  # a participle this early modifies the subject ('tools used by' later: not)


def _participles(ws: Sequence[str], low: Sequence[str], main: int) -> set[int]:
    """Positions of participles that are no main verb: after the comma of an opening phrase,
    or right before 'by' and an agent (not an amount: 'rose by 12 percent', 'fell by a
    third'), with no auxiliary before them."""
    opening = low[0] in _OPENING and "," in "".join(ws[:main])
    out = {i for i in range(1, main) if opening and ws[i - 1].endswith(",")}
    for i in range(1, main - 2):  # in the subject ('a memo seen by') or after a comma (', sent by')
        early = i < _SUBJECT_WORDS or ws[i - 1].endswith(",")
        agent = not (low[i + 2][:1].isdigit() or low[i + 2] in _AMOUNTS)
        if early and low[i + 1] == "by" and agent and low[i - 1] not in _KEEP:
            out.add(i)
    return {i for i in out if low[i] not in _KEEP}


def _appositive(ws: Sequence[str], low: Sequence[str], start: int) -> set[int]:
    """Positions of an appositive after the subject's comma that runs to the end ('The law, one
    of the most restrictive abortion bans…'): no verb of the clause."""
    comma = next((i for i in range(start, len(ws) - 1) if ws[i].endswith(",")), None)
    if comma is None or low[comma + 1] not in ("one", "a", "an", "the"):
        return set()
    inside = range(comma + 1, len(ws))
    closed = any(ws[i].endswith(",") for i in inside[:-1])  # ', one of …, bans': the verb after
    return set() if closed or any(low[i] in FINITE for i in inside) else set(inside)
