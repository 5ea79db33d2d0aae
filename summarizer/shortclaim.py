"""A short claim with its act or its object changed: "the council audited the budget" for a
passage's "the council approved the budget".

The alignment passes a claim when its passage holds ``align.MIN_SUPPORT`` (75%) of its content
words, so in a claim of four content words one may be anything at all. When that one word is
what the claim says happened (its main verb, mainverb.py) or what it happened to (the head of
the noun phrase after that verb), the claim says something else than its passage: a changed
verb that is no form nor synonym of the passage's, where the claim keeps none of the passage's
own main verbs (``mainverb.verb_missing``; one verb of asking or proposing for another is
not: "urged the province to step in" for "asked" it to), or an object the passage does not
have. Longer
claims are left to the share rules: measured on the tune half of the judged pairs, the same
rule on claims of five to seven words lost faithful paraphrases ("had to flee their homes" for
"were forced to leave") for every two changes it caught.

``held_meaning`` is where the verifier reads the passage checks: align.meaning_reasons, a figure
given the time the passage gives another figure (timeunits.moved_figure: "5 percent next year"
for "5 percent this year and 3 percent next year"), a named actor the passage gives the act to
no one of that name (wrongwho.other_agent), two words the passage writes apart joined into
nonsense (``joined_apart``: "a storm night" of "a storm on Monday night"), then this rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.align import MIN_SUPPORT, Passage, meaning_reasons
from newsdesk.summarizer.mainverb import PROPOSE, main_verb, verb_missing, verb_object
from newsdesk.summarizer.particles import reversed_in_source
from newsdesk.summarizer.relations import without_times
from newsdesk.summarizer.sentences import FINITE, STOPWORDS, normalize, words
from newsdesk.summarizer.synonyms import lemma, lemmas, past_forms
from newsdesk.summarizer.timeunits import moved_figure
from newsdesk.summarizer.wrongwho import other_agent

# the most content words a claim may have for one of them missing to pass the share rule
# unnoticed: a quarter of four
SHORT = int(1 / (1 - MIN_SUPPORT) + 1e-9)


def held_meaning(
    claim: str,
    passage: Passage,
    vocabulary: frozenset[str] | set[str],
    source: tuple[str, ...] = (),
) -> list[str]:
    """What the claim gets wrong against its passage (align.meaning_reasons), a figure given
    another figure's time (timeunits.moved_figure), a named actor not the passage's
    (wrongwho.other_agent); when that is nothing, a short claim's changed act or object
    (:func:`changed_act`)."""
    reasons = meaning_reasons(claim, passage, vocabulary, source)
    if moved := moved_figure(claim, passage.text):
        reasons.append(f'it says "{moved[0]}" where the supporting passage says "{moved[1]}"')
    if not reasons and (flip := reversed_in_source(claim, source)):  # "on" where it says "off"
        reasons.append(f'it says "{flip}" where the cited source says the opposite')
    if pair := joined_apart(claim, passage.sentences):  # "a storm night"
        reasons.append(f'it joins "{pair[0]}", which the supporting passage says as "{pair[1]}"')
    if not reasons and (who := other_agent(claim, passage.sentences, vocabulary)):
        reasons.append(who)
    why = None if reasons else changed_act(claim, passage)
    return [why] if why else reasons


def changed_act(claim: str, passage: Passage) -> str | None:
    """The reason when ``claim`` is short (its time words, which are checked apart, left out)
    and the one word its ``passage`` lacks is its act or its object; None otherwise."""
    if not passage.missing or len(lemmas(without_times(claim))) > SHORT:
        return None
    missing = {lemma(w) for w in passage.missing}
    verb = main_verb(claim)
    if verb and lemma(verb) in missing and verb_missing(claim, passage.sentences):
        if _asking(verb) and any(_asking(w) for w in words(passage.text)):
            return None  # "urged them to act" for "asked them to": what is asked is the act
        return f'its act "{verb}" is not what the supporting passage says'
    thing = verb_object(claim)
    if thing and lemma(thing) in missing:
        return f'its object "{thing}" is not in the supporting passage'
    return None


def _asking(word: str) -> bool:
    """A verb of asking or proposing, in any form ("urged": "urge")."""
    low = word.lower()
    return any(lemma(w) in PROPOSE for w in (low, *lexicon.bases(low)))


_TOKEN = re.compile(r"[A-Za-z0-9][\w'\-.,%$]*[A-Za-z0-9%]|[A-Za-z0-9]")
_GAP_WORDS = "on in at of for from during by with over after before"
_GAP_OPENERS = frozenset(_GAP_WORDS.split())


def joined_apart(claim: str, sentences: Sequence[str]) -> tuple[str, str] | None:
    """('storm night', 'storm on Monday night') when the claim joins two words a sentence of
    its passage writes apart, with a phrase between them that opens with a preposition, and no
    sentence joins: a phrase taken out of the middle of another leaves the two sides stitched
    into nonsense ("a storm night" of "a storm on Monday night"). Only where the second word is
    a noun and nothing else (WordNet) and the first no verb: 'the storm damaged' of 'the storm
    on Monday damaged' leaves a phrase out whole. On the tune half of the judged pairs it
    flagged no faithful paraphrase."""
    mine = [w.lower() for w in _TOKEN.findall(normalize(claim))]
    written = [_TOKEN.findall(normalize(s)) for s in sentences]
    theirs = [[w.lower() for w in s] for s in written]
    pairs = {(s[i], s[i + 1]) for s in theirs for i in range(len(s) - 1)}
    for a, b in zip(mine, mine[1:], strict=False):
        if {a, b} & STOPWORDS or (a, b) in pairs or a in FINITE or a.endswith("ed"):
            continue
        if a in past_forms() or lexicon.parts_of_speech(b) != {"n"}:
            continue
        for s, as_written in zip(theirs, written, strict=True):
            for i in (i for i, w in enumerate(s[:-2]) if w == a and s[i + 1] in _GAP_OPENERS):
                if b in s[i + 2 : i + 6]:
                    end = s.index(b, i + 2) + 1
                    return f"{a} {b}", " ".join(as_written[i:end])
    return None
