"""Cuts that keep a clause yet lose its point (clauses.dangling; drafts read in full, session
29): the words kept stand as grammar, but what the outlet said was in the words cut off.

- an adjective after its article, coordinated with the one that comes before the noun
  ('…, a defensive | and at times surly President Biden insisted');
- a participle waiting for its 'that' clause or its phrase ('by admitting | that …',
  'will allow fully vaccinated visitors traveling | for nonessential reasons');
- a 'that' clause after a saying word cut before its verb ('saying that 90% of Americans in
  the country | who wanted to leave were able to depart');
- a name standing alone after a clause, the subject of a verb that was cut ('… have left
  Afghanistan, Gen. Frank McKenzie, | the commander …, announced Monday');
- an opening adverbial clause with no main clause after it ('In the weeks since the
  restrictions took effect, | Texas abortion providers say …');
- a subject cut off its verb ('told Joe Rogan the network | should not have …'): the word
  after the cut is an auxiliary and nothing closes the words kept;
- a verb cut off its 'that' clause, directly or behind a phrase of time or place ('the
  European Union on Monday formally recommended | that …', 'announced during a floor speech |
  on Monday that …'; session 36, NeuS even rows);
- a change cut off what changed ('in response to a spike | in threats'), 'in response' cut
  off its 'to'.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.summarizer import lexicon, waiting
from newsdesk.summarizer.fragments import PREPOSITIONS
from newsdesk.summarizer.nounphrase import IRREGULAR_PAST
from newsdesk.summarizer.sentences import FINITE
from newsdesk.summarizer.waiting import SAYS_THAT

_ARTICLES = frozenset(["a", "an", "the"])
_BE = frozenset(["is", "was", "are", "were", "be", "been", "being", "am", "'s"])
_SUBORDINATORS = frozenset(
    ["since", "as", "because", "when", "while", "if", "although", "though", "once", "until"]
)
_PHRASE_TEXT = (
    "in on at for from with by to into about over under after before during through across"
)
_PREPS = PREPOSITIONS | frozenset(_PHRASE_TEXT.split())


def _low(w: str) -> str:
    return w.lower().strip(",;:.\"'\u201c\u201d")


def _verb(w: str) -> bool:
    """A finite or past form: 'is', 'granted', 'took'."""
    return w in FINITE or w.endswith("ed") or w in IRREGULAR_PAST


def _name_alone(ws: Sequence[str], end: int) -> bool:
    """'… left Afghanistan, Gen. Frank McKenzie,': the kept words' last segment after a comma
    is a name of two words or more."""
    commas = [i for i in range(end - 1) if ws[i].endswith(",")]
    if not commas:
        return False
    seg = [w.strip(",;:") for w in ws[commas[-1] + 1 : end]]
    return len(seg) >= 2 and all(w[:1].isupper() for w in seg)


def _no_main_clause(ws: Sequence[str], end: int) -> bool:
    """An opening adverbial ('In the weeks since …,', 'As the storm passed …,', 'In an address
    to the nation …,') and no verb after the comma that closes it."""
    low = [_low(w) for w in ws[:end]]
    first = next((i for i in range(end) if ws[i].endswith(",")), end)
    if not (low[0] in _PREPS | _SUBORDINATORS and first < end):
        return False
    tail = low[first + 1 :]
    return not any(_verb(w) or w.endswith("s") for w in tail)


_SAYING = frozenset(["said", "says", "say", "saying", "noting", "adding", "arguing", "claiming"])
_NOUN_BEFORE = frozenset(["of", "the", "a", "an", "these", "those", "many", "some", "all", "their"])


def _said_verbless(low: Sequence[str]) -> bool:
    """The last 'that' after a saying word opens a clause with no verb yet (a word in -s is a
    verb unless a determiner, 'of' or a number comes before it: 'of Americans' is none)."""
    j = max(
        (k for k in range(1, len(low)) if low[k] == "that" and low[k - 1] in _SAYING), default=0
    )
    if not j:
        return False
    return not any(
        _verb(w)
        or (w.endswith("s") and low[i - 1] not in _NOUN_BEFORE and not low[i - 1][:1].isdigit())
        for i, w in enumerate(low[j + 1 :], start=j + 1)
    )


def loses_point(ws: Sequence[str], end: int) -> bool:
    """Whether ending ``ws`` before ``end`` keeps a clause whose point was in the words cut."""
    before, prev = _low(ws[end - 2]) if end >= 2 else "", _low(ws[end - 1])
    nxt = _low(ws[end]) if end < len(ws) else ""
    open_end = ws[end - 1][-1:].isalnum()
    return (
        (before in _ARTICLES and nxt in ("and", "or") and "a" in lexicon.parts_of_speech(prev))
        or (nxt == "that" and open_end and _says_ing(prev, before))
        or (
            prev.endswith("ing")
            and open_end
            and nxt in _PREPS
            and before not in _BE | _ARTICLES | _PREPS  # 'interested in speaking | to …' may end
            and _verb_form(prev)
        )
        or _name_alone(ws, end)
        or _said_verbless([_low(w) for w in ws[:end]])
        or _no_main_clause(ws, end)
        or _subordinate_split(ws, end)
        or (open_end and nxt in FINITE)
        or _object_waits(ws, end)
        or (open_end and nxt == "in" and prev in _CHANGES and before in ("a", "an", "the"))
        or (open_end and nxt == "to" and (f"{before} {prev}" in _WAITING_TO or prev in _WAITING_TO))
    )


# 'in response to a spike | in threats …', '… operations in response | to the storm': the
# change without what changed, the phrase without its object (NeuS even rows, session 36)
_CHANGES = frozenset("spike rise surge increase jump drop fall decline cut uptick".split())  # noqa: SIM905
_WAITING_TO = frozenset(["in response", "in addition", "prior", "due", "according", "in contrast"])


_LEADS = frozenset(["the", "a", "an", "his", "her", "its", "their", "this", "that", "which"])


def _object_waits(ws: Sequence[str], end: int) -> bool:
    """A verb's 'that' clause cut off: 'that' within six words of the cut, after a verb (a
    past form not after an article: 'formally recommended | that') with only a phrase between
    it and the cut when it is a verb of saying or finding, no comma on the way ('announced
    during a floor speech | on Monday that'); not a noun's relative or complement clause ('found
    errors | that the firm had hidden', 'reacted with outrage to the news | that …')."""
    low = [_low(w) for w in ws]
    that = next((j for j in range(end, min(end + 7, len(ws))) if low[j] == "that"), None)
    if that is None or any(not w[-1:].isalnum() for w in ws[end - 1 : that]):
        return False
    for k in range(that - 1, max(that - 9, 0) - 1, -1):
        if k < end - 1 and not ws[k][-1:].isalnum():
            return False
        w = low[k]
        if _verb(w) and (k == 0 or low[k - 1] not in _LEADS) and w not in FINITE:
            between = low[k + 1 : that]  # 'reacted with outrage to the announcements | that'
            phrase = bool(between) and (between[0] in _PREPS or between[0] in waiting.WHEN)
            # behind a phrase: not in a draft's last resort (waiting.LOOSE 2), as clauses._says
            return not between or (phrase and w in SAYS_THAT and waiting.LOOSE.get() < 2)
    return False


def _says_ing(prev: str, before: str) -> bool:
    """'by admitting | that …', 'saying | that …': a saying verb's participle, not a noun in
    -ing ('the judge's ruling | that …')."""
    if not prev.endswith("ing") or before in _ARTICLES or before.endswith(("'s", "’s")):
        return False
    forms = {f"{b}{e}" for b in lexicon.bases(prev) for e in ("s", "ed", "d", f"{b[-1:]}ed")}
    return bool(forms & SAYS_THAT)


_JOINS = frozenset([*_SUBORDINATORS, "after", "before"])


def _subordinate_split(ws: Sequence[str], end: int) -> bool:
    """'… would remain in place, after a federal appeals court | on Thursday granted …': a
    clause opened by 'after', 'because' … cut before its verb, which comes before the next
    comma."""
    low = [_low(w) for w in ws]
    j = max((k for k in range(1, end) if low[k] in _JOINS), default=0)
    if not j or any(_verb(w) for w in low[j + 1 : end]) or not ws[end - 1][-1:].isalnum():
        return False
    stop = next((i for i in range(end, len(ws)) if not ws[i][-1:].isalnum()), len(ws) - 1)
    return any(_verb(w) for w in low[end : stop + 1])


def _verb_form(word: str) -> bool:
    """'traveling' (travel), 'admitting' (admit); not 'morning' (morn is no verb)."""
    return any("v" in lexicon.parts_of_speech(b) for b in lexicon.bases(word) if b != word)
