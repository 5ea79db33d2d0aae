"""Light-verb constructions: "filed a dissent" says "dissented", "issued a warning" "warned".

A support verb carries little of a claim when its object (or, in the passive, its subject) is
an event noun: the noun says what happened ("No dissent was filed" for "no justice dissented";
"the panel conducted a review" for "the panel reviewed"). The alignment (synonyms.sense_lemmas)
reads such a verb past, as it reads "made" or "took"; the noun is still compared, so a changed
event ("filed an appeal" for "dissented") is still missing. Only the verbs of ``SUPPORT``
count, and only beside a noun WordNet derives from a verb (lexicon.event_noun): "the police
held two men" keeps its "held".
"""

from __future__ import annotations

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.sentences import STOPWORDS

# verbs whose meaning in "V a <event noun>" is the noun's (base forms; inflection undone below)
_SUPPORT_TEXT = """
    file issue conduct hold reach lodge pose voice express launch undertake carry perform
    stage mount submit
"""
SUPPORT = frozenset(_SUPPORT_TEXT.split())
_REACH = 3  # words between a support verb and its event noun, at most
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])


def _verb(word: str) -> bool:
    return any(b in SUPPORT for b in lexicon.bases(word)) and "v" in _parts(word)


def _parts(word: str) -> frozenset[str]:
    return frozenset().union(*(lexicon.parts_of_speech(b) for b in lexicon.bases(word)))


def support_verbs(toks: list[str]) -> frozenset[int]:
    """The places of the support verbs of a text's words: a verb of ``SUPPORT`` with an event
    noun among the next ``_REACH`` words (its object) or, after a form of "be", among the
    ``_REACH`` words before that (the passive: "no dissent was filed")."""
    if not lexicon.ENABLED:
        return frozenset()
    low = [t.lower() for t in toks]
    out = set()
    for k, w in enumerate(low):
        if not w.isalpha() or not _verb(w):
            continue
        near = low[k + 1 : k + 1 + _REACH]
        if k and low[k - 1] in _BE:  # the passive: the event noun is its subject
            near += low[max(0, k - 1 - _REACH) : k - 1]
        if any(n.isalpha() and n not in STOPWORDS and lexicon.event_noun(n) for n in near):
            out.add(k)
    return frozenset(out)
