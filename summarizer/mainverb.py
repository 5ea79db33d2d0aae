"""The claim's main verb: the word its predicate turns on must be in its supporting passage.

"Norvale sued Circuit Report over the memo" holds four of its five predicate words in "Norvale
confirmed the memo Circuit Report published": the share rules (align.py, stitched.py) pass it,
yet the passage says nothing of a lawsuit. So the head of the claim's predicate, found with no
parser, must be in its passage as itself, as another form of it (a lemma, an inflection, a
nominalisation or a word of the same root: "the suit" for "sued", "approval" for "approve"; the
verb without "re-"), as a word of one of its synonym groups (synonyms.py) or of its side of an
opposites line ("welcomed" for "praised"), unless the claim keeps the passage sentence's own
main verb (the passage's verb said another way: "heavy rain left homes flooded" for "rain
flooded homes"). Chosen on the tune half of the judged pairs: on the report half and on fresh
batches it flags more faithful paraphrases than it catches changed verbs (docs/benchmarks.md).

A claim that says its act happened ("Production started") where the passage's verb comes after
"will" or "would" ("Production is due to start"), or after the "to" of a verb of proposing or
intending ("advised the ministry to lower", "agreed to buy"), fails too (``tense_flip``).

The head is read off the claim's first clause: a leading adverbial ("After the vote, …",
"According to X, …") is passed over at its comma; the head is then the verb after the first
auxiliary chain ("was sued by", "will hire", "has been pushed back") or the first past form
("sued", "took") not used as an adjective ("the recalled trucks") nor after "as" ("as
reported by": an attribution). A claim with neither (a
present tense, a copula: "is worth") has no head and is not held to this. A light verb ("held a
protest", "made a decision") carries little: the noun after it is the head. A reporting verb
("said", "told") is not the claim's act: the verb of what was said is its head when it has one,
and the claim is not held to this otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer.endings import ended_state
from newsdesk.summarizer.phrases import PHRASES, canonical
from newsdesk.summarizer.sentences import FINITE, STOPWORDS, normalize, split_sentences
from newsdesk.summarizer.stitched import covered
from newsdesk.summarizer.synonyms import alike, lemma, lemmas, past_forms, sense_lemmas, senses

REACH = 14  # words of a clause searched for its head
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]|[,;:]")
_OPENER_WORDS = """after before when as while because since following despite in on at for from
    with once although though if until by during amid over under within without said to"""
_OPENERS = frozenset(_OPENER_WORDS.split())
_MODALS = frozenset(["will", "would", "can", "could", "may", "might", "must", "should"])
_MODALS |= frozenset(["did", "does", "do", "to", "shall"])
_CHAIN = FINITE | frozenset(["be", "been", "being", "having", "to", "get", "got", "gets"])
_ADVERB_WORDS = """not n't never also still already just now then reportedly currently recently
    again jointly formally only since soon even"""
_ADVERBS = frozenset(_ADVERB_WORDS.split())
_DETERMINER_WORDS = "the a an its his her their this that these those our your whose each every"
_DETERMINERS = frozenset(_DETERMINER_WORDS.split()) | {"some", "any", "no"}
_PREPOSITION_WORDS = "of in at from near for with on by to into about over under after before than"
_PREPOSITION_WORDS += " as"  # "as reported by": an attribution, not the claim's act
_PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())
_RELATIVE = frozenset(["which", "who", "that", "whose", "a", "an", "the"])
# verbs whose object carries the act: "held a protest", "made a decision", "gave approval"
_LIGHT_VERB_WORDS = "be have do get make take give hold put keep become remain seem go come call"
_LIGHT_VERBS = frozenset(lemma(w) for w in [*_LIGHT_VERB_WORDS.split(), "describe"])
_SAY = lemma("say")
_FUTURE = frozenset(["will", "would", "shall"])
_PERFECT = frozenset(["had", "has", "have", "was", "were", "been"])
_NOT_VERBS = frozenset(["need", "red", "bed", "hundred", "indeed", "speed", "seed", "feed"])
_PHRASE_WORDS = frozenset(word for _, word in PHRASES if " " not in word)


def _tokens(claim: str) -> list[str]:
    first = next(iter(split_sentences(claim)), claim)
    return _TOKEN.findall(canonical(normalize(first)))


def _start(toks: Sequence[str]) -> int:
    """Where the claim's main clause starts: after a leading adverbial's comma."""
    if toks and toks[0].lower() in _OPENERS:
        comma = next((i for i, t in enumerate(toks[:REACH]) if t == ","), None)
        if comma is not None:
            return comma + 1
    return 0


def _past(toks: Sequence[str], k: int) -> bool:
    """Whether token k is a past form used as a verb (not "the recalled trucks")."""
    low = toks[k].lower()
    if not toks[k].islower() or low in _NOT_VERBS:
        return False
    if not ((low.endswith("ed") and len(low) > 3) or low in past_forms()):
        return False
    prev = toks[k - 1].lower() if k > 0 else ""
    return prev not in _DETERMINERS and prev not in _PREPOSITIONS


def _verb_like(tok: str, after_modal: bool) -> bool:
    low = tok.lower()
    if not tok.isalpha() or not tok.islower() or low in STOPWORDS:
        return False
    if after_modal or low in _PHRASE_WORDS or low in past_forms():
        return True
    return low.endswith(("ed", "en", "ing")) and len(low) > 3


def _after_chain(toks: Sequence[str], k: int) -> int | None:
    """The verb after the auxiliary chain starting at token k (None: a copula or possession)."""
    modal = False
    j = k
    while j < len(toks) and (toks[j].lower() in _CHAIN or toks[j].lower() in _ADVERBS):
        modal = modal or toks[j].lower() in _MODALS
        j += 1
    while j < len(toks) and toks[j].lower().endswith("ly") and toks[j].islower():
        j += 1
    if j < len(toks) and _verb_like(toks[j], modal):
        return j
    return None


def _head_at(toks: Sequence[str], start: int) -> int | None:
    """The index of the first verb of the clause starting at ``start``; an aside between
    commas ("Marrowby, which compresses prompts, was …") is passed over."""
    k = start
    while k < min(len(toks), start + REACH):
        tok = toks[k]
        if tok == "," and k + 1 < len(toks) and toks[k + 1].lower() in _RELATIVE:
            close = next((i for i in range(k + 1, len(toks)) if toks[i] == ","), None)
            if close is not None:
                k = close + 1
                continue
        if tok.lower() in _CHAIN and tok.islower() or (k == start and tok.lower() in _CHAIN):
            return _after_chain(toks, k)
        if _past(toks, k):
            return k
        k += 1
    return None


def _object(toks: Sequence[str], k: int) -> int | None:
    """The first content word after a light verb, articles and adverbs skipped."""
    j = k + 1
    while j < len(toks) and (toks[j].lower() in _DETERMINERS or toks[j].lower() in _ADVERBS):
        j += 1
    if j < len(toks) and toks[j].isalpha() and toks[j].lower() not in STOPWORDS:
        return j
    return None


def _head(claim: str) -> tuple[list[str], int] | None:
    """The claim's tokens and the index of its head verb, past a reporting verb."""
    toks = _tokens(claim)
    start = _start(toks)
    for _ in range(2):  # a reporting verb: once more, in what was said
        k = _head_at(toks, start)
        if k is None:
            return None
        if lemma(toks[k]) != _SAY:
            return toks, k
        start = k + 1
    return None


def main_verb(claim: str) -> str | None:
    """The word that heads the claim's predicate (None: none is found, or it only reports)."""
    found = _head(claim)
    if found is None:
        return None
    toks, k = found
    if lemma(toks[k]) in _LIGHT_VERBS:
        obj = _object(toks, k)
        return toks[obj] if obj is not None else None
    return toks[k]


def verb_object(claim: str) -> str | None:
    """The head of the noun phrase right after the claim's main verb ("forest" in "would cross
    a forest", "budget" in "approved the annual budget"; None: no such phrase, or a light verb's
    phrase, which :func:`main_verb` reads as the head already)."""
    found = _head(claim)
    if found is None or lemma(found[0][found[1]]) in _LIGHT_VERBS:
        return None
    toks, k = found
    j = k + 1
    while j < len(toks) and toks[j].lower() in _DETERMINERS:
        j += 1
    end = j
    while end < len(toks) and toks[end].isalpha() and toks[end].islower() and lemmas(toks[end]):
        end += 1
    return toks[end - 1] if end > j else None


def _done(toks: Sequence[str], k: int) -> bool:
    """Whether token k is a past form that no modal or "to" comes before: it happened."""
    low = toks[k].lower()
    if not ((low.endswith("ed") and len(low) > 3) or low in past_forms()):
        return False
    j = k - 1
    while j >= 0 and (toks[j].lower() in _CHAIN or toks[j].lower() in _ADVERBS):
        if toks[j].lower() in _CHAIN and toks[j].lower() not in _PERFECT:
            return False  # "will be", "is being", "to": not said to have happened
        j -= 1
    # "the employees affected by the closure": a participle phrase, not the claim's act
    bare = j == k - 1  # no auxiliary before it
    return not (bare and k + 1 < len(toks) and toks[k + 1].lower() == "by")


def tense_flip(claim: str, passage: Sequence[str]) -> str | None:
    """A reason when the claim's tense is not the passage's: an act the passage says is to
    come (``future_flip``), or a state it says ended (endings.py)."""
    return future_flip(claim, passage) or ended_state(claim, passage)


def future_flip(claim: str, passage: Sequence[str]) -> str | None:
    """A reason when the claim says its act happened ("Production started") where the passage
    says it will ("Production is due to start"): the passage's first use of the claim's verb
    comes right after "will" or "would" ("is due to" reads as "will", phrases.py)."""
    found = _head(claim)
    if found is None or lemma(found[0][found[1]]) in _LIGHT_VERBS or not _done(*found):
        return None
    toks, k = found
    key = lemma(toks[k])
    for sent in passage:
        theirs = _TOKEN.findall(canonical(normalize(sent)))
        for i, tok in enumerate(theirs):
            if tok.isalpha() and lemma(tok) == key:
                before = {t.lower() for t in theirs[max(0, i - 3) : i]}
                if before & _FUTURE and not _done(theirs, i):
                    return f'it says "{toks[k]}" happened where the supporting passage says it will'
                if _proposed(theirs, i):
                    return (
                        f'it says "{toks[k]}" happened where the supporting passage says it was'
                        " only proposed or planned"
                    )
                return None
    return None


# verbs of proposing, asking and intending: what comes after their "to" has not happened
_PROPOSE_WORDS = """advise urge ask plan want propose recommend expect aim seek hope threaten
    intend pledge promise agree offer call press push"""
PROPOSE = frozenset(lemma(w) for w in _PROPOSE_WORDS.split())


def _proposed(toks: Sequence[str], i: int) -> bool:
    """Whether token i comes right after a "to" that follows, within six words, a verb of
    proposing or intending ("advised the ministry to lower", "agreed to buy")."""
    if i == 0 or toks[i - 1].lower() != "to":
        return False
    return any(t.isalpha() and lemma(t) in PROPOSE for t in toks[max(0, i - 7) : i - 1])


def _keys(text: str) -> frozenset[str]:
    """Every key the content words of a text may be matched by (lemmas and synonym groups)."""
    have: frozenset[str] = frozenset()
    for k, keys in sense_lemmas(text, parts=True):
        have |= keys | {k}
    return have


def _said(verb: str, have: frozenset[str]) -> bool:
    """Whether ``have`` holds the verb: a form, a synonym, a word of its side of an opposites
    line ("welcomed" for "praised"), or the verb without "re-"."""
    keys = senses(verb) | alike(lemma(verb))
    low = verb.lower()
    if low.startswith("re") and len(low) > 6:  # "replanted" says "planted" again
        keys |= senses(low[2:])
    if low.endswith("ed"):  # Snowball cuts "sued" to "su", not the table's "sue"
        keys |= senses(low[:-1])
    return covered(lemma(verb), have, keys)


def verb_missing(claim: str, passage: Sequence[str]) -> str | None:
    """The claim's main verb when its passage says it in no form nor synonym and the claim
    says none of the passage's own main verbs (a verb exchanged for another), else None."""
    verb = main_verb(claim)
    if verb is None or not lemmas(verb):
        return None  # a stopword or a light word: it says little
    if _said(verb, _keys(" ".join(passage))):
        return None
    mine = _keys(claim)
    heads = [h for h in (main_verb(s) for s in passage) if h and lemmas(h)]
    if any(_said(h, mine) for h in heads):
        return None
    return verb
