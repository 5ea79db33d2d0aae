"""Reported speech whose predicate is the outlet's, quoted: who did what in newsdesk's sentence,
the rest in the outlet's words, marked.

Most opening sentences of real reports cannot be retold without a run of ``copying.RUN`` (8) of
the outlet's words: "Conservative MP Sir David Amess has died after being stabbed multiple times
at his constituency surgery in Essex" has no clause boundary to end at and no framing phrase to
leave out, and quoting its copied run whole (fragments.marked) quotes nearly all of it. On the
NeuS even rows 147 of 261 opening sentences had no such telling, so most drafts held the
fallback's excerpt and little else (issue 12). A reporter tells it as attributed speech: the
subject in the reporter's sentence, then what the outlet said of it, quoted ("theepochtimes.com
reported that the Italian government “imposed one of the world’s strictest COVID-19
measures”").

:func:`tail_quoted` writes such tellings: the words before the clause's first verb stand
outside the marks (fewer than RUN of them, so no run of 8 stands unmarked, and the copy rule's
:func:`copying.fragment_runs` finds none), the verb and the rest of a clause that can stand
(clauses.complete, nothing left waiting) is one quotation of at most TAIL_QUOTED (0.6) of
the sentence (an excerpt, the other way to tell it, is quoted whole), opening and closing
where a quotation may (fragments.fits). paraphrase.py tries them after newsdesk's own tellings and before a shorter clause quoted; each is kept only when
no copied run is left and the verifier supports it, like every other line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from contextvars import ContextVar

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.clauses import MIN_WORDS, complete, cuts, dangling, verb_like
from newsdesk.summarizer.copying import RUN, Shingles
from newsdesk.summarizer.fragments import SPEECH, fits, loose_ends
from newsdesk.summarizer.synonyms import irregular_base
from newsdesk.summarizer.waiting import switched

TAIL_QUOTED = 0.6  # share of the line the quoted verb and predicate may be (an excerpt is all)
LONG = 40  # words of the outlet's clause looked at (a longer one is cut where a clause may end)

Backshift = Callable[[Sequence[str]], list[str]]
# whether a retold sentence may quote its predicate (off while the lede looks for an event it
# can tell in newsdesk's words: a later, lesser sentence told so outranked the lead's event)
ALLOWED: ContextVar[bool] = ContextVar("tail_quotes", default=True)


def without() -> AbstractContextManager[None]:
    """No tail-quoted tellings inside the block."""
    return switched(ALLOWED, False)


def clauses(body: str) -> list[list[str]]:
    """The body's words as a clause that can stand: whole (up to LONG words), ending at a clause
    boundary, or ending before a prepositional phrase (fragments.loose_ends) of more than three
    words that holds no figure, longest first."""
    ws = body.split()
    out = [k for k in cuts(body, LONG) if len(k) == len(ws) or not _amount_cut(ws, len(k))]
    for end in loose_ends(ws, LONG, tries=6):
        # a short closing phrase qualifies the claim ('failing to report … | in time')
        short = len(ws) - end <= 3
        if not short and not _amount_cut(ws, end) and complete(ws[:end]) and not dangling(ws, end):
            out.append(list(ws[:end]))
    return sorted({tuple(k): k for k in out}.values(), key=len, reverse=True)


_SHARES = frozenset(
    ["half", "third", "quarter", "fourth", "fifth", "tenth", "percent", "share", "majority"]
)


def _amount_cut(ws: Sequence[str], end: int) -> bool:
    """Whether ending before ``end`` cuts an amount from what it measures or drops a figure:
    'would add a fifth | to its yearly sales', 'will cap every engineer | at 40 million'."""
    last = ws[end - 1].lower().strip(",;:.")
    figure = any(c.isdigit() for c in " ".join(ws[end : end + 4]))
    return figure or last in _SHARES or any(c.isdigit() for c in last)


def at_verb(ws: Sequence[str]) -> int | None:
    """Where the quotation opens: at the clause's first verb-like word, leaving one to RUN - 2
    words outside it (the subject), and at least MIN_WORDS - 2 inside. The verb is quoted as
    the outlet wrote it: an auxiliary left outside ('… had “closed …”') was where a planted
    'not' went unseen beside the verbatim quotation (the drafts' negation catch fell)."""
    low = [w.lower().strip(",;:.\"'") for w in ws]
    if any(w[-1:] in ",;:" for w in ws[: RUN - 1]):  # an aside or an opening phrase: not a subject
        return None
    for p in range(2, min(RUN, len(ws) - MIN_WORDS + 3)):
        owned = low[p - 2].endswith(("'s", "\u2019s"))  # 'the White House's stated | goal'
        if not owned and (verb_like(low, p - 1) or _finite(low, p - 1)):
            return p - 1
    return None


_TOLD = frozenset(["told", "tells", "tell", "assured", "informed"])


def past_speech(ws: Sequence[str], p: int) -> int | None:
    """Where the quotation opens when the verb at ``p`` reports speech: the speech verb and its
    'that' are newsdesk's framing, not words worth quoting ('a spokesperson “said the contest
    had run …”' -> 'a spokesperson said the contest “had run …”'). At the reported clause's
    own verb (at_verb) when the words left outside stay fewer than RUN; else the whole clause
    after the verb and its 'that' quoted; None when too little is left to quote."""
    verb, low = ws[p].lower().strip(",;:"), [w.lower() for w in ws]
    if verb in _TOLD:  # 'told reporters that …': the one told stands outside too
        q = next((i + 1 for i in range(p + 1, min(p + 5, len(ws))) if low[i] == "that"), None)
        if q is None:
            return None
    elif verb in SPEECH:
        q = p + 1 + (p + 1 < len(ws) and low[p + 1] == "that")
    else:
        return p
    inner = at_verb(ws[q:])
    if inner is not None and q + inner < RUN:
        return q + inner
    return q if len(ws) - q >= MIN_WORDS - 2 else None


def narrowed(text: str, shingles: Shingles) -> str:
    """``text`` (fragments.marked) with a quotation that opens on a reported clause's subject
    after the speech verb ('said “the contest had run …”') opened at the clause's verb instead
    ('said the contest “had run …”'; :func:`past_speech`), when no copied run or close copy is
    left outside the marks and the quotation may open there; else ``text`` as it is."""
    if text.count("\u201c") != 1 or "\u201d" not in text:
        return text
    before, rest = text.split("\u201c", 1)
    inside, after = rest.split("\u201d", 1)
    head, ins = before.split(), inside.split()
    if not head or head[-1].lower() not in SPEECH | {"that"} or (p := at_verb(ins)) is None:
        return text
    out = f"{before}{' '.join(ins[:p])} \u201c{' '.join(ins[p:])}\u201d{after}"
    words = f"{before}{inside}{after}".split()
    a, b = len(head) + p, len(head) + len(ins)
    opens = a + _auxiliaries(words[a:b])
    if opens < b and fits(words, opens, b) and not shingles.copied(out):
        return out if shingles.close(out) is None else text
    return text


_AUX_TEXT = "has have had is are was were will would can could may might must should did does do"
_AUXILIARIES = frozenset(_AUX_TEXT.split()) | {"be", "been", "being", "not"}


def _auxiliaries(ws: Sequence[str]) -> int:
    """How many of ``ws`` open it as a verb's auxiliaries ('has been | told')."""
    return next((i for i, w in enumerate(ws) if w.lower() not in _AUXILIARIES), len(ws))


_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "this", "these"])


def _finite(low: Sequence[str], i: int) -> bool:
    """An irregular past ('went') or a present in -s of a verb ('requires'), after a word that
    is no determiner (not 'the | plans')."""
    w, last = low[i], low[i - 1] if i else ""
    if not i or last in _DETERMINERS:
        return False
    stems = [w[:-1], w[:-2]] if w.endswith("s") and not w.endswith(("ss", "'s")) else []
    return bool(irregular_base(w)) or any("v" in lexicon.parts_of_speech(s) for s in stems)


_RELATIVE = frozenset(["that", "which", "who"])
RELATIVE_WORDS = 12  # the longest relative clause kept, quoted


def at_relative(ws: Sequence[str]) -> int | None:
    """Where the quotation opens: at a restrictive relative clause closing the clause ('an
    internal leaderboard | that ranked engineers by their use of …'), of at most
    RELATIVE_WORDS words, after a main clause that can stand: the clause says what the thing
    is (the demo's TokenRank lede said only 'Brightforge has scrapped an internal leaderboard')."""
    low = [w.lower().strip(",;:.\"'") for w in ws]
    for r in range(MIN_WORDS - 2, len(ws) - 2):
        if low[r] in _RELATIVE and ws[r - 1][-1:].isalnum():
            # not a verb's object ('said | that …'), and the clause before it stands
            noun = not verb_like(low, r - 1) and not low[r - 1].endswith("ing")
            keeps = noun and complete(ws[:r]) and len(ws) - r <= RELATIVE_WORDS
            return r if keeps else None
    return None


def tail_quoted(
    outlet: str,
    body: str,
    verb: str,
    backshift: Backshift,
    *,
    lede: bool = False,
    at: Callable[[Sequence[str]], int | None] = at_verb,
) -> list[str]:
    """Tellings of ``body`` (the outlet's clause, paraphrase.clause) with its subject and verb in
    newsdesk's sentence and the rest quoted, longest first ('According to bbc.com, …'
    forms too; ``lede``: the event first, then who reported it)."""
    out: list[str] = []
    for ws in clauses(body):
        p = at(ws)
        if p is not None:
            p = past_speech(ws, p)
        if p is None:
            continue
        tail = " ".join(ws[p:]).rstrip(",;:.")
        head, plain = " ".join(backshift(ws[:p])), " ".join(ws[:p])
        forms = [
            (f"{outlet} {verb} that {head}", ""),
            (f"According to {outlet}, {plain}", ""),
        ]
        if lede:
            forms.insert(0, (plain[:1].upper() + plain[1:], f", {outlet} {verb}"))
        for before, after in forms:
            words = f"{before} {tail}{after}.".split()
            a, b = len(before.split()), len(before.split()) + len(tail.split())
            # a quotation opening on its verb stands (nounphrase.crosses), its auxiliaries too
            opens = a + _auxiliaries(words[a:b])
            if b - a <= TAIL_QUOTED * len(words) and opens < b and fits(words, opens, b):
                out.append(f"{before} \u201c{tail}\u201d{after}.")
    return out
