"""A hedge made certain: "the drug slows memory loss" does not say "the drug may slow it".

Abstractive summaries drop the passage's "may", "might" or "could" and state as found what the
passage only says is possible. Every other word stays, so the alignment holds. ``unhedged``
finds a verb the passage puts after such a modal ("may slow", "could soon cause") that the
claim uses with no hedge of its own anywhere (a modal, "possibly", "likely", "suggest", …). A
passage's "could not" is a past "can", no hedge; "can" says what something is able to do.
"""

from __future__ import annotations

from newsdesk.summarizer.denied import denied_word
from newsdesk.summarizer.outcomes import changed_outcome
from newsdesk.summarizer.quantities import changed_quantity
from newsdesk.summarizer.sentences import QUOTED, normalize, words
from newsdesk.summarizer.synonyms import lemma, lemmas, senses

_MODALS = frozenset(["may", "might", "could"])
_HEDGES = _MODALS | frozenset(
    [
        "would",
        "can",
        "should",
        "possibly",
        "possible",
        "perhaps",
        "likely",
        "unlikely",
        "potentially",
        "potential",
        "suggest",
        "suggests",
        "suggested",
        "appear",
        "appears",
        "appeared",
        "seem",
        "seems",
        "seemed",
        "probably",
        "chance",
        "risk",
        "if",
        "whether",
    ]
)
_REACH = 3  # words from the modal to its verb ("may have slowed", "could soon cause")
_SKIP = frozenset(["have", "be", "been", "also", "still", "soon", "eventually", "even", "yet"])


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in words(QUOTED.sub(" ", normalize(text)))]


def hedged_verbs(sentence: str) -> set[str]:
    """The lemmas of the verbs a sentence hedges ("may slow" -> 'slow')."""
    cased = words(QUOTED.sub(" ", normalize(sentence)))  # "12 May" is a month
    toks = [w.lower() for w in cased]
    out = set()
    for k, t in enumerate(cased):
        if t not in _MODALS or (k + 1 < len(toks) and toks[k + 1] in ("not", "never")):
            continue
        for w in toks[k + 1 : k + 1 + _REACH]:
            if w not in _SKIP:
                out.update(lemmas(w))  # a content word only ("may the" is no hedged verb)
                break
    return out


def unhedged(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """The claim's word for a verb that the passage sentence closest to it (most lemmas in
    common) only hedges, when the claim hedges nothing."""
    toks = _tokens(claim)
    if not passage_sentences or any(t in _HEDGES for t in toks):
        return None
    mine = {lemma(t) for t in toks}
    closest = max(passage_sentences, key=lambda s: len(mine & {lemma(w) for w in _tokens(s)}))
    hedged = hedged_verbs(closest)
    plain = {lemma(w) for s in passage_sentences for w in _tokens(s)} - hedged
    for t in toks:
        key = lemma(t)
        if key in plain:
            continue
        if key in hedged or senses(t) & hedged:
            return t
    return None


def amount_reasons(claim: str, passage: tuple[str, ...], source: tuple[str, ...]) -> list[str]:
    """How sure and how much: a word the ``source`` says only with a negation (denied.py), a
    quantity word of another rank (quantities.py), an outcome of the opposed group (outcomes.py),
    a hedge of the ``passage`` dropped."""
    reasons = []
    if word := denied_word(claim, source):
        reasons.append(f'it says "{word}", which its source says only with a negation')
    if noun := changed_quantity(claim, passage):
        reasons.append(f'it counts "{noun}" with another quantity word than the passage')
    if pair := changed_outcome(claim, passage):
        reasons.append(f'it says "{pair[0]}" where the supporting passage says "{pair[1]}"')
    if certain := unhedged(claim, passage):
        reasons.append(f'it says "{certain}" for certain where the passage says it may be')
    return reasons
