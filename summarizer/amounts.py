"""How sure and how much: a claim that drops its passage's hedge or changes a quantity word
(``amount_reasons`` also asks endings.py), and a word the source only denies.

Quantity words: "a handful of parcels" does not say "thousands of parcels".

Summaries change how much or how many without a digit: "some of the crop" for "much of it",
"a few flights" for "hundreds of flights", "most" for "many". The alignment reads such words as
light (newswords.LIGHT: "several days" against "days" is the same fact), so nothing else sees the
change. ``changed_quantity`` compares the quantity word before a noun of the claim with the one
the passage puts before the same noun (its lemma, within a few words): each word has a rank on
one scale (a few < some, several < many, dozens, hundreds < most < all), and two different ranks
are two different amounts. A noun the passage counts in digits, or gives no quantity word, is
left to the numbers rule and the alignment; "some 300,000" is "about", not a quantity word.

A hedge made certain: "the drug slows memory loss" does not say "the drug may slow it".

Abstractive summaries drop the passage's "may", "might" or "could" and state as found what the
passage only says is possible. Every other word stays, so the alignment holds. ``unhedged``
finds a verb the passage puts after such a modal ("may slow", "could soon cause") that the
claim uses with no hedge of its own anywhere (a modal, "possibly", "likely", "suggest", …). A
passage's "could not" is a past "can", no hedge; "can" says what something is able to do.

A word the source only denies: "the company admitted misleading doctors" is not supported by
"… The company did not admit wrongdoing."

A summary joins the main fact with a word the article uses only under a negation ("not aware of
any accidents", "did not admit"), now affirmed: "recalled its vans after several accidents". The
passage that supports the rest lacks that word, so the alignment counts one missing word, and
the negation checks compare the claim with that passage only. ``denied_word`` finds a word of an
affirmative claim that its passage lacks and that the source uses, by lemma, only within a
negator's reach (the words after it in its clause) and never outside one.
"""

from __future__ import annotations

import re

from newsdesk.summarizer.endings import changed_outcome
from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.polarity import NEGATORS, clauses, negated
from newsdesk.summarizer.sentences import QUOTED, normalize, words
from newsdesk.summarizer.synonyms import lemma, lemmas, senses

_PHRASES = (  # several words read as one quantity word, longest first
    ("a large number of", "many"),
    ("a small number of", "few"),
    ("a number of", "several"),
    ("a handful of", "few"),
    ("a couple of", "few"),
    ("a lot of", "many"),
    ("lots of", "many"),
    ("the majority of", "most"),
    ("a majority of", "most"),
    ("a few", "few"),
)
_RANK = {
    "few": 1,
    "some": 2,
    "several": 2,
    "many": 3,
    "much": 3,
    "dozens": 3,
    "scores": 3,
    "hundreds": 3,
    "thousands": 3,
    "millions": 3,
    "numerous": 3,
    "most": 4,
    "all": 5,
    "every": 5,
}
_TOKEN = re.compile(r"[\w$£€][\w'’,.-]*\w|\w")  # words and numbers ("3,000", "year's")
_COUNT_REACH = 4  # words from a quantity word to the noun it counts ("much of this year's crop")
_STOP = frozenset(["of", "the", "its", "their", "his", "her", "this", "these", "those", "our"])
_NUMBER = re.compile(r"^[\d$£€]|^(?:one|two|three|four|five|six|seven|eight|nine|ten)$", re.I)


def _count_tokens(text: str) -> list[str]:
    low = " " + " ".join(_TOKEN.findall(normalize(text).lower())) + " "
    for phrase, word in _PHRASES:
        low = low.replace(f" {phrase} ", f" {word} ")
    return low.split()


def counted(text: str) -> dict[str, int]:
    """Noun lemma -> the rank of the quantity word before it ("few flights", "much of the
    crop"); "some" before a number is "about" and counts nothing."""
    toks = _count_tokens(text)
    out: dict[str, int] = {}
    for k, t in enumerate(toks):
        rank = _RANK.get(t)
        if rank is None or (k + 1 < len(toks) and _NUMBER.match(toks[k + 1])):
            continue
        if t == "few" and k and toks[k - 1] in ("very", "too", "so"):
            continue
        for w in toks[k + 1 : k + 1 + _COUNT_REACH]:
            if w in _RANK or _NUMBER.match(w):
                break
            if w in _STOP:
                continue
            out.setdefault(lemma(w), rank)
    return out


def changed_quantity(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """The claim's quantity phrase whose noun the passage counts with a word of another rank
    ("a few flights" against "hundreds of flights"); None when none is."""
    theirs: dict[str, set[int]] = {}
    for s in passage_sentences:
        for noun, rank in counted(s).items():
            theirs.setdefault(noun, set()).add(rank)
    for noun, rank in counted(claim).items():
        if noun in theirs and rank not in theirs[noun]:
            return noun
    return None


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
    """How sure and how much: a word the ``source`` says only with a negation (denied_word), a
    quantity word of another rank (``changed_quantity``), an outcome of the opposed group
    (endings.py), a hedge of the ``passage`` dropped."""
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


_DENYING = frozenset(
    lemma(w)
    for w in (
        "fail",
        "failure",
        "refuse",
        "refusal",
        "deny",
        "denial",
        "decline",
        "miss",
        "lack",
        "reject",
        "absent",
    )
)
_REACH = 5  # words after a negator it denies ("without" denies a noun: polarity.only_without) ("not aware of any accidents")


def _split(sentences: tuple[str, ...]) -> tuple[dict[str, list[set[str]]], set[str]]:
    """(lemma within a negator's reach -> the content lemmas of each clause denying it, lemmas
    elsewhere) of the source's sentences."""
    denied: dict[str, list[set[str]]] = {}
    said: set[str] = set()
    for sent in sentences:
        for clause in clauses(QUOTED.sub(" ", canonical(normalize(sent)))):
            toks = words(clause)
            about = set(lemmas(clause))
            reach = -1
            for k, t in enumerate(toks):
                low = t.lower()
                if (low in NEGATORS and low != "without") or low.endswith("n't"):
                    reach = k + _REACH
                    continue
                if low == "to":  # "not enough to protect": the purpose is not denied
                    reach = -1
                if k <= reach:
                    denied.setdefault(lemma(low), []).append(about)
                else:
                    said.add(lemma(low))
    return denied, said


def denied_word(claim: str, source: tuple[str, ...]) -> str | None:
    """The first word of the claim that the source says only under a negation, when the claim
    itself negates nothing, not even by a verb that denies ("failed to", "refused"); and a
    denying clause counts only when it shares another content word with the claim: "has not
    ended the debate" denies nothing of "Norvale ended the contest"."""
    toks = words(QUOTED.sub(" ", normalize(claim)))
    if negated(claim) or any(lemma(t) in _DENYING for t in toks):
        return None
    denied, said = _split(source)
    content = set(lemmas(claim))
    for t in toks:
        key = lemma(t.lower())
        if key in said or key not in content:
            continue
        if any(about & content - {key} for about in denied.get(key, ())):
            return t
    return None
