"""A word of a claim that its passage does not say, though the rest of the claim is the passage's:
an invented thing, a noun put for another of its kind, a word of degree or completion.

An invented thing: a claim that names something its passage has no word for.

A summary that adds a cause or a detail of its own ("a cyberattack caused the outage",
"a shortage of trains") keeps most of the passage's words, so the share the alignment asks
for (align.MIN_SUPPORT) still holds. A faithful paraphrase also brings words of its own, but
those are verbs, adjectives and general nouns, or words WordNet relates to a word of the
passage. So a claim's word that the passage does not hold is an invented thing when it is a
specific noun (WordNet knows it only as a noun, and its most frequent sense lies at least
``SPECIFIC_HEIGHT`` steps below the top of the hierarchy, so "people" or "place" are not) and
WordNet relates it to no word of the passage: no synset, derivation or hypernym within
``DEPTH`` steps in common (the passage's "reservoirs" relate a claim's "water supply").

A thing swapped for another of its kind: "snow" where the passage says "rain".

A claim that keeps a passage's words but one noun, put for another noun of the same kind, reads
as well supported by the share of its words (align.py) while saying something else: "derailment"
for "landslide", "flu" for "measles". ``swapped`` finds a lower-case noun of the claim that the
passage does not hold (by lemma, synonym group or WordNet) and a noun of the passage that no
word of the claim holds, whose most frequent noun senses share a direct hypernym (WordNet:
sisters), that hypernym at least ``SISTER_HEIGHT`` steps below the top, so that only specific
kinds count ("rain" and "snow" under "precipitation"), not any two things ("object").

Overclaiming: a claim that says more than its passage by one word of degree or completion.

Abstractive summaries overstate in a few ways that leave every other word of the passage in
place, so the alignment's share (align.py) holds: a superlative or "record" the passage never
gives ("the country's oldest employer" for "its largest", "a record harvest" for "a good
one"), and "already" for what the passage says is still to happen ("shareholders have
already approved" for "must still approve"). ``overclaim`` finds the first such word of a
claim that its passage does not say: the same word, or for a superlative another superlative
of the same meaning (synonyms.senses: "biggest" for "largest") or "record" ("the highest on
record"), never the plain adjective ("a large employer" says no "largest").
"""

from __future__ import annotations

from functools import lru_cache

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.ranks import ORDINAL, superlative
from newsdesk.summarizer.sentences import QUOTED, STOPWORDS, normalize, words
from newsdesk.summarizer.synonyms import lemma, senses

SPECIFIC_HEIGHT = 6  # a noun's most frequent sense at least this deep is a specific thing
DEPTH = 2  # hypernym steps above two words' senses where they may meet
_MEET = 5  # a synset where two words meet lies at least this deep (not "entity", "act")
_SENSES = 3  # a word's most frequent senses per part of speech that count
_BACK = frozenset(["the", "this", "that", "these", "those", "its", "their"])


def _own(word: str) -> set[int]:
    out: set[int] = set()
    for base in lexicon.bases(word):
        for part in lexicon.table_entry(base).split():
            out.update(int(x) for x in part[2:].split(",")[:_SENSES])
    return out


@lru_cache(maxsize=65536)
def _reach(word: str) -> frozenset[int]:
    """A word's first senses, the synsets derived from them and their hypernyms up to
    ``DEPTH`` steps, hypernyms near the top of the hierarchy left out."""
    out = set(_own(word))
    out |= {d for s in list(out) for d in lexicon.derived(s)}
    layer = set(out)
    for step in range(DEPTH):
        layer = {u for s in layer for u in lexicon.hypernyms(s)}
        # a verb's own hypernym counts however general (verb hierarchies are shallow:
        # "donate" is a kind of "give"); above that, and for nouns, only specific synsets
        out |= {s for s in layer if lexicon.height(s) >= _MEET or (not step and lexicon.verb(s))}
    return frozenset(out)


@lru_cache(maxsize=65536)
def specific_noun(word: str) -> bool:
    """Whether a lower-case word is only a noun to WordNet, with a specific first sense."""
    found = lexicon.bases(word)
    if not found or word.endswith(("ed", "ing")):
        return False
    # a noun only, and no irregular form of another word ("sat" is also a form of "sit")
    if any(lexicon.parts_of_speech(b) != {"n"} for b in [found[0], *lexicon.irregular_bases(word)]):
        return False
    entry = lexicon.table_entry(found[0]).split()
    return lexicon.height(int(entry[0][2:].split(",")[0])) >= SPECIFIC_HEIGHT


def invented(
    claim: str, missing: tuple[str, ...], passage_sentences: tuple[str, ...]
) -> str | None:
    """The first of a claim's words its passage lacks (``missing``, align.Passage) that names
    a specific thing WordNet relates to no word of the passage; None when there is none. An
    act named with "the" ("prompted the decision") points back at what the passage tells."""
    if not lexicon.ENABLED:
        return None
    toks = [w.lower() for w in words(normalize(claim))]
    back = {w for k, w in enumerate(toks) if k and toks[k - 1] in _BACK and lexicon.event_noun(w)}
    theirs = {
        w.lower()
        for s in passage_sentences
        for w in words(normalize(s))
        if w.isalpha() and w.lower() not in STOPWORDS
    }
    reach = frozenset().union(*(_reach(w) for w in theirs)) if theirs else frozenset()
    for w in missing:
        if w in back or not (w.isalpha() and w.islower()):
            continue
        if specific_noun(w) and not _reach(w) & reach:
            return w
    return None


SISTER_HEIGHT = 5  # the shared hypernym's steps below the top of WordNet's hierarchy
SENSES = 1  # a noun's most frequent senses that count


def _nouns(word: str) -> frozenset[int]:
    """The first ``SENSES`` noun synsets of a lower-case word, itself or its plural."""
    out: set[int] = set()
    found = lexicon.bases(word)[:1]
    if found and found[0] != word and not word.endswith("s"):
        return frozenset()  # "voted", "closing": a verb's form, not a noun
    for base in found:
        for part in lexicon.table_entry(base).split():
            if part.startswith("n:"):
                out.update(int(x) for x in part[2:].split(",")[:SENSES])
    return frozenset(out)


def _kinds(word: str) -> frozenset[int]:
    """The direct hypernyms of a noun's first senses, those near the top left out."""
    return frozenset(
        u for s in _nouns(word) for u in lexicon.hypernyms(s) if lexicon.height(u) >= SISTER_HEIGHT
    )


def _plain(text: str) -> list[str]:
    return [w for w in words(normalize(text)) if w.isalpha() and w.islower() and w not in STOPWORDS]


def _keys(word: str, wide: bool) -> frozenset[str]:
    return senses(word) | lexicon.keys(word, wide)


def swapped(claim: str, passage_sentences: tuple[str, ...]) -> tuple[str, str] | None:
    """(claim noun, passage noun) of the first noun of the claim put for a sister noun the
    claim does not use; None when there is none."""
    if not lexicon.ENABLED:
        return None
    mine = _plain(claim)
    theirs = [w for s in passage_sentences for w in _plain(s)]
    # a sentence's capitalised first word is still said ("Rain delayed …" says "rain"); only
    # lower-case words are candidates for the swapped-in noun, so names stay out of that
    spoken = theirs + [w.lower() for s in passage_sentences for w in words(normalize(s))[:1]]
    said = frozenset().union(*(_keys(w, True) for w in spoken)) if spoken else frozenset()
    meant = frozenset().union(*(_keys(w, False) for w in mine)) if mine else frozenset()
    unused = [p for p in theirs if not _keys(p, True) & meant]
    for w in mine:
        if _keys(w, False) & said or not (kinds := _kinds(w)):
            continue
        for p in unused:
            if kinds & _kinds(p) and not _nouns(w) & _nouns(p):
                return w, p
    return None


_COMPLETION = frozenset(["already"])
_RECORD = "record"
_QUANTITY = frozenset(["most", "least"])  # "most of them": a share, not a degree


def _words(text: str) -> list[str]:
    return [w.lower() for w in words(QUOTED.sub(" ", normalize(text)).replace("-", " "))]


def overclaim(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """The claim's first superlative, "record" or "already" that the passage does not say. A
    superlative after an ordinal ("second-largest") is a rank, the numbers rule's to check
    ("the No. 2 grocer"); the passage's "records" ("since records began") says "record"; a
    compound the passage writes closed ("bestselling") holds the claim's open one."""
    theirs = [w for s in passage_sentences for w in _words(s)]
    theirs += [_RECORD] if "records" in theirs else []
    degree = [w for w in theirs if w == _RECORD or superlative(w)]
    closed = {w.replace("-", "") for s in passage_sentences for w in words(normalize(s).lower())}
    mine = _words(claim)
    parts = {
        p
        for w in words(normalize(claim).lower())
        if w.replace("-", "") in closed
        for p in w.split("-")
    }
    for k, w in enumerate(mine):
        if w in theirs or w in _QUANTITY or w in parts or (k and mine[k - 1] in ORDINAL):
            continue
        if w in _COMPLETION:
            return w
        if (w == _RECORD or superlative(w)) and not _same_degree(w, degree):
            return w
    return None


def _same_degree(word: str, degree: list[str]) -> bool:
    """Whether the passage's superlatives or "record" say a claim's: "record" and any
    superlative say each other, two superlatives when they share a sense ("biggest",
    "largest"); a plain "large" says no "largest"."""
    if word == _RECORD or _RECORD in degree:
        return bool(degree)
    return any(senses(word) & senses(d) for d in degree)


def inserted(
    claim: str, missing: tuple[str, ...], passage_sentences: tuple[str, ...]
) -> str | None:
    """The first word of ``missing`` (align.Passage) that the claim puts between two words its
    passage writes side by side ("first human case" for "first case"), when it is a noun or an
    adjective (no verb), the word before it a content word and the word after it a noun."""
    lacked = {w.lower() for w in missing}
    toks = _words(claim)
    pairs: set[tuple[str, str]] = set()
    for s in passage_sentences:
        theirs = [lemma(w) for w in _words(s)]
        pairs.update(zip(theirs, theirs[1:], strict=False))
    for before, w, after in zip(toks, toks[1:], toks[2:], strict=False):
        kind = lexicon.parts_of_speech(w)
        if w not in lacked or not kind or not kind <= {"n", "a"} or before in STOPWORDS:
            continue
        if "n" in lexicon.parts_of_speech(after) and (lemma(before), lemma(after)) in pairs:
            return w
    return None
