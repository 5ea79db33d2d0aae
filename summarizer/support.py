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

from collections.abc import Sequence

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.sentences import BE, STOPWORDS, normalize, words

# verbs whose meaning in "V a <event noun>" is the noun's (base forms; inflection undone below)
_SUPPORT_TEXT = """
    file issue conduct hold reach lodge pose voice express launch undertake carry perform
    stage mount submit
"""
SUPPORT = frozenset(_SUPPORT_TEXT.split())
_REACH = 3  # words between a support verb and its event noun, at most


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
        if k and low[k - 1] in BE:  # the passive: the event noun is its subject
            near += low[max(0, k - 1 - _REACH) : k - 1]
        if any(n.isalpha() and n not in STOPWORDS and lexicon.event_noun(n) for n in near):
            out.add(k)
    return frozenset(out)


def changed_support(claim: str, sentences: Sequence[str]) -> tuple[str, str] | None:
    """A claim's support verb whose event noun its passage governs with another verb: ("filed",
    "withdrew") for "the company filed an appeal" against "the company withdrew its appeal".
    The alignment reads a support verb past (the noun says the act), so without this the
    changed act passed. Another verb is an inflected verb ("withdrew", "rejected"; not a word
    that is its own base, "panel") among the ``_REACH`` words before the passage's noun that is
    no support verb, no form of "be" and not the claim's own verb."""
    toks = words(canonical(normalize(claim)))
    low = [t.lower() for t in toks]
    for k in support_verbs(toks):
        passive = k > 0 and low[k - 1] in BE
        near = low[max(0, k - 1 - _REACH) : k - 1][::-1] if passive else low[k + 1 : k + 1 + _REACH]
        nouns = set(_object(near))
        mine = set(lexicon.bases(low[k]))
        found = [_governing(words(canonical(normalize(s))), nouns, mine) for s in sentences]
        others = [v for own, v in found if v]
        if others and not any(own for own, _ in found):  # the passage's own pairing holds it
            return toks[k], others[0]
    return None


_PREPOSITIONS = frozenset(("against", "from", "on", "of", "to", "with", "for", "about", "in"))
_PREPOSITIONS |= {"at", "by", "over", "into", "after"}


def _object(near: list[str]) -> list[str]:
    """The support verb's own event noun: the first one among ``near`` (the words after it, or
    before its "be" read backwards), none past a preposition ("filed a motion against the
    ruling": "ruling" is not what was filed)."""
    for n in near:
        if n in _PREPOSITIONS:
            return []
        if n.isalpha() and n not in STOPWORDS and lexicon.event_noun(n):
            return [n]
    return []


def _governing(toks: list[str], nouns: set[str], mine: set[str]) -> tuple[bool, str | None]:
    """Whether a passage sentence puts the claim's own verb (``mine``) before one of ``nouns``,
    and the first other verb it puts there (see above)."""
    low = [t.lower() for t in toks]
    own, other = False, None
    for j, w in enumerate(low):
        if w not in nouns:
            continue
        around = low[max(0, j - _REACH) : j + 2 + _REACH]  # the passive's verb comes after
        own = own or any(set(lexicon.bases(v)) & mine for v in around)
        for v in low[max(0, j - _REACH) : j]:
            base = set(lexicon.bases(v))
            if v in base or not v.isalpha() or v in BE or v in STOPWORDS or base & mine:
                continue
            if other is None and "v" in _parts(v) and not _verb(v):
                other = v
    return own, other
