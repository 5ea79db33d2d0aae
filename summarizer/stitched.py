"""Stitched claims: a subject from one place of a source and a predicate from another.

A claim whose words are all in its supporting passage (align.py) may still join the subject of
one sentence to what another sentence says of something else. So the claim is cut at its first
verb, roughly, and each part is held to the passage: the subject must be in the sentence that
says most of the rest (``subject_missing``), and the predicate must be said there at all, by
meaning (``predicate_missing``: a long subject holds the overall share on its own words).
``covered`` is the word test every aligned comparison uses.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.lexicon import SYNSET
from newsdesk.summarizer.polarity import JOINED, un_bases
from newsdesk.summarizer.saidby import present_verb
from newsdesk.summarizer.sentences import FINITE, closed, normalize, spelled, split_sentences, words
from newsdesk.summarizer.synonyms import (
    UN_PARTICIPLE,
    lemma,
    past_forms,
    sense_lemmas,
    senses,
    snowball_stem,
)

MIN_PREFIX = 5  # lemmas this long match a longer or shorter form of themselves
_MIN_ROOT = 4  # roots this long match (root)
MIN_PREDICATE = 0.5  # share of the predicate's lemmas the passage must have
Senses = list[tuple[str, frozenset[str]]]  # (lemma, every key it may be matched by) per word
MIN_SUBJECT = 0.5  # share of the subject's words the passage must have
_SHARE_OF_REST = 0.3  # a passage sentence holding the subject must say this much of the rest
# a sentence that says something of the one before it ("Health groups praised the proposal")
_BACK = re.compile(
    r"\b(?:the|this|that) (?:move|proposal|decision|plan|step|change|announcement|measure)\b",
    re.I,
)
# a sentence that goes on from the one before with no actor of its own: a quotation standing
# alone (its speaker is the one just named: '"It was fun," Vale said. "Then it cost us."'), or a
# passive with no "by" ("The vouchers will not be withdrawn" after "Tamsin Foods said …")
_CONTINUES = re.compile(
    r'^["\u201c][^"\u201c\u201d]+["\u201d]$'
    r"|^(?![^.]*\bby\b)[^\"]*\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ung|ept|uilt|ought|aught|eld|aid|old|ost|ent)\b"
)
_DETERMINERS = frozenset(["the", "this", "that", "these", "those"])
_EVENT_ENDINGS = ("tion", "sion", "ment", "ure", "ance", "ence")  # production, closure, ...
_PRONOUNS = frozenset(
    ["it", "he", "she", "they", "its", "his", "her", "their", "this", "these", "we"]
)
# "The company switched the ranking off" after a sentence naming Brightforge: a stand-in
# holds the subject of the sentence before it, as a pronoun does
_STAND_INS = frozenset(["company", "firm", "startup", "group", "business", "maker", "agency"])
_VERBISH = FINITE | {"said", "says"}
# a past form right after one of these is an adjective or a participle phrase, not the verb
_BEFORE_ADJECTIVE = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "of"]
    + ["in", "at", "from", "for", "with", "on", "by", "to", "and", "or", "newly", "recently"]
    + ["as"]  # "as reported by": an attribution, not the claim's act
)  # the first of these in a claim ends its subject, roughly


class Passage(Protocol):
    """What these checks read of align.Passage."""

    @property
    def sentences(self) -> tuple[str, ...]: ...

    @property
    def before(self) -> str: ...


def covered(key: str, have: frozenset[str], keys: frozenset[str] = frozenset()) -> bool:
    """A lemma is in a passage as it is, or by another of its ``keys`` (a word of two synonym
    groups), or as a longer or shorter form of the same word ('provinci' for 'provinc',
    'healthi' for 'health': derivations Snowball leaves apart), or as a form differing in its
    last letter only ('explos' for 'explod', 'expans' for 'expand': a nominalisation, "the
    expansion of" for "expanded"), or with the same root ('closur' for 'close', 'failur' for
    'fail': root)."""
    if key in have or keys & have:
        return True
    base = root(key)
    roots, near = _words(have)
    if len(base) >= _MIN_ROOT and base in roots:
        return True
    return any(_derived(key, h) for h in near.get(key[:MIN_PREFIX], ()))


@lru_cache(maxsize=4096)
def _words(have: frozenset[str]) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """A passage's keys that are words, its WordNet synsets left out (lexicon.py: dozens a
    word, and never a form of another word), indexed for ``covered``: their roots, and the
    words by their first MIN_PREFIX letters (two words ``_derived`` holds between share them)."""
    roots: set[str] = set()
    near: dict[str, list[str]] = {}
    for h in have:
        if not h.startswith(SYNSET):
            roots.add(root(h))
            near.setdefault(h[:MIN_PREFIX], []).append(h)
    return frozenset(roots), {k: tuple(v) for k, v in near.items()}


def _derived(a: str, b: str) -> bool:
    if min(len(a), len(b)) < MIN_PREFIX:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    shorter = min(len(a), len(b))
    return shorter > MIN_PREFIX and a[: shorter - 1] == b[: shorter - 1]


def subject_missing(claim: str, passage: Passage) -> bool:
    """Whether the claim's subject (its words before the first verb, roughly) is missing from
    the passage sentence that holds most of the rest, or from a sentence of the passage that
    holds a good part of the rest too ("Dealers will fix the latch, owners were told" across
    two sentences), or spread over both sentences of its passage with a word in that one
    ("Owners of the recalled trucks" against "recalled trucks. Owners will be contacted"): a
    subject taken from one place and a
    predicate from another, or another actor given the passage's act. A passage sentence that
    opens with a pronoun ("It said…") holds the subject of its antecedent, the sentence before
    it; a sentence that says something of the one before it ("Health groups praised the
    proposal") may hold the subject of what that one says.
    Only the claim's first sentence is read: its subject is that sentence's, not the next's."""
    if (split := _at_verb(claim)) is None:
        return False
    toks, at = split
    subject = _subject(" ".join(toks[:at]))
    rest = dict(sense_lemmas(" ".join(toks[at:])))
    if not subject or not rest:
        return False
    sets = [_named(s) for s in passage.sentences]
    said = [_said(rest, s) for s in passage.sentences]
    best = max(range(len(sets)), key=lambda k: (said[k], _share(subject, sets[k])))
    if _about_previous(subject, passage, best):
        return False
    first = [w.lower() for w in words(passage.sentences[best])[:2]]
    stand_in = len(first) == 2 and first[0] == "the" and first[1] in _STAND_INS
    if first and (first[0] in _PRONOUNS or stand_in):
        return _not_antecedent(subject, passage, best, sets[best])
    whole = frozenset().union(*sets)
    spread = _share(subject, whole) >= MIN_SUBJECT
    if len(sets) > 1 and spread and _share(subject, sets[best]) > 0:
        return False
    return not any(
        _share(subject, sets[k]) >= MIN_SUBJECT
        and (
            k == best
            or said[k] >= max(2, len(rest) * _SHARE_OF_REST)
            or (k == best + 1 and _BACK.search(passage.sentences[k]) is not None)
            or (k == best - 1 and _CONTINUES.search(passage.sentences[best]) is not None)
        )
        for k in range(len(sets))
    )


def _about_previous(subject: Senses, passage: Passage, best: int) -> bool:
    """Whether the sentence that says the rest points back at the one before it ("Animal
    welfare groups welcomed the move") and that one holds the subject ("The supermarket's
    decision was praised by ..."): what the move is, is said just before."""
    if not _refers_back(passage.sentences[best]):
        return False
    prev = passage.sentences[best - 1] if best else passage.before
    return bool(prev) and _share(subject, _named(prev)) >= MIN_SUBJECT


def _refers_back(sentence: str) -> bool:
    """'the move', or a short subject naming an event by a noun made from a verb, nothing else
    ("Production is due to start", "The closure will affect"): the event of the sentence before."""
    if _BACK.search(sentence):
        return True
    if (split := _at_verb(sentence)) is None:
        return False
    toks, at = split
    subject = [t for t in toks[:at] if t.lower() not in _DETERMINERS]
    return len(subject) == 1 and subject[0].lower().endswith(_EVENT_ENDINGS)


def _said(rest: dict[str, frozenset[str]], sentence: str) -> int:
    """How many of the claim's lemmas a sentence holds, by any sense ('hurt' for 'harmed')."""
    meant = _meant(sentence)
    return sum(1 for w, keys in rest.items() if w in meant or keys & meant)


def _share(subject: Senses, have: frozenset[str]) -> float:
    return sum(covered(w, have, keys) for w, keys in subject) / len(subject)


def _not_antecedent(subject: Senses, passage: Passage, best: int, own: frozenset[str]) -> bool:
    """Whether a subject is missing from a pronoun's sentence and the sentence before it (the
    pronoun's antecedent, most often): "The increase is the lowest since 2020" against "This is
    the lowest since 2020" after a sentence about something else."""
    before = passage.sentences[best - 1] if best else passage.before
    if not before:
        return False
    return _share(subject, own | _named(before)) < MIN_SUBJECT


def _at_verb(claim: str) -> tuple[list[str], int] | None:
    """The words of the claim's first sentence (of two joined by ", and the …", the first) and
    where its first verb-like word is (in the first 12 words), which ends its subject; None
    when there is none. An auxiliary or "said" is taken first, else a past form ("sued",
    "took") not used as an adjective ("the recalled trucks")."""
    first = next(iter(split_sentences(claim)), claim)
    toks = words(normalize(JOINED.split(first, maxsplit=1)[0]))
    at = next((i for i, t in enumerate(toks[:12]) if t.lower() in _VERBISH), None)
    if at is None:
        at = next((i for i in range(1, min(12, len(toks))) if _past(toks, i)), None)
    if at is None:  # "The council opposes the plan", "Brightforge sues Norvale"
        at = next((i for i in range(1, min(12, len(toks))) if present_verb(toks, i)), None)
    return None if at is None else (toks, at)


def _past(toks: list[str], i: int) -> bool:
    t = toks[i]
    if not t.islower() or toks[i - 1].lower() in _BEFORE_ADJECTIVE:
        return False
    return (t.endswith("ed") and len(t) > 3) or t in past_forms()


def predicate_missing(claim: str, passage: Passage) -> bool:
    """Whether what the claim says of its subject (its words from the first verb on) is
    mostly missing from the passage: a long subject found in its own sentence with a short
    predicate taken from elsewhere holds the overall share on the subject's words alone."""
    if (split := _at_verb(claim)) is None:
        return False
    toks, at = split
    rest = dict(sense_lemmas(" ".join(toks[at:])))
    if not rest:
        return False
    # "unvaccinated" holds what "had not been vaccinated" says (the negation is polarity.py's)
    have = frozenset().union(*(_meant(s) | un_bases(s) for s in passage.sentences))
    return sum(covered(w, have, keys) for w, keys in rest.items()) / len(rest) < MIN_PREDICATE


def _subject(text: str) -> Senses:
    """A subject's lemmas with the keys each may be matched by, a participle denied by un-
    ("unvaccinated") without its base's: a passage's "vaccine" does not name them."""
    unsaid = {
        lemma(w): senses(w[2:]) | {snowball_stem(w[2:])}
        for w in words(normalize(text))
        if UN_PARTICIPLE.fullmatch(w.lower())
    }
    return [(k, keys - unsaid.get(k, frozenset())) for k, keys in sense_lemmas(text)]


def _named(sentence: str) -> frozenset[str]:
    """What a passage sentence names, for a claim's subject: its lemmas, their synonym groups
    and the WordNet synsets of its lower-case words themselves ("renters" for "tenants"), not
    the wider keys an aligned word gets (derived words, hypernyms: "creation" would name
    whatever "create" does)."""
    own = frozenset().union(*(keys | {key} for key, keys in sense_lemmas(sentence)))
    own |= {lemma(w) for w in closed(sentence) | spelled(sentence)}  # "startup", "pair"
    return own.union(*(lexicon.keys(w) for w in words(normalize(sentence)) if w.islower()))


def _meant(sentence: str) -> frozenset[str]:
    """A sentence's lemmas and every key its words may be matched by (their synonym groups
    and WordNet senses): what the sentence says, by meaning ("intervene" for "step in")."""
    return frozenset().union(*(keys | {key} for key, keys in sense_lemmas(sentence, parts=True)))


_ROOT_ENDINGS = ("ment", "ur", "ag", "anc", "enc", "e")
# Latin stems whose noun changes the verb's last consonant: "invasion" / "invade" (-s / -d),
# "admission" / "admit" (-miss / -mit)
_STEM_CHANGES = ((re.compile(r"(?<=[aeiou])s$"), "d", 5), (re.compile(r"miss$"), "mit", 6))


@lru_cache(maxsize=65536)
def root(key: str) -> str:
    """A lemma without one derivational ending Snowball leaves on ('closur' and 'close' ->
    'clos', 'agreement' and 'agre' -> 'agre', 'shortag' -> 'short', 'guidanc' -> 'guid'), and
    with a Latin noun's changed consonant put back ('invas' -> 'invad', 'admiss' -> 'admit'):
    a noun and its verb or adjective compare equal. A root shorter than four letters is not
    cut."""
    for end in _ROOT_ENDINGS:
        if key.endswith(end) and len(key) - len(end) >= 4:
            key = key[: -len(end)]
            break
    key = key.removesuffix("e") if len(key) > 4 else key
    for pattern, repl, least in _STEM_CHANGES:
        if len(key) >= least and pattern.search(key):
            return pattern.sub(repl, key)
    return key
