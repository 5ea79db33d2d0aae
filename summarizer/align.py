"""Support by meaning: the passage of a cited source that a sentence says the same thing as.

A sentence is compared with every run of up to ``MAX_SPAN`` consecutive sentences of each cited
source, by the *lemmas* of its content words (synonyms.py: Snowball stems folded through a small
table of interchangeable news words), so word order, inflection and the usual synonyms do not
matter. The passage holding the largest share of the sentence's lemmas is its support; a share
below ``MIN_SUPPORT`` means the sources do not say it (an invented detail, or a claim stitched
together from words of distant sentences, which no short passage holds together).

``MIN_SUPPORT`` was chosen on the tune half of benchmarks/data/verify/pairs.txt
(``benchmarks/verify.py --tune``); the figures reported are on the other half.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.amounts import amount_reasons
from newsdesk.summarizer.antonyms import opposed_word
from newsdesk.summarizer.ceased import ends_other
from newsdesk.summarizer.mainverb import tense_flip, verb_missing
from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.polarity import NEGATORS, clauses, flip_reason, negated, withheld_agrees
from newsdesk.summarizer.ranks import dropped_rank, superlative, won_placed
from newsdesk.summarizer.roles import role_reasons
from newsdesk.summarizer.roleswaps import relation_reasons, replaced, traded_reasons
from newsdesk.summarizer.saidby import said_by_other
from newsdesk.summarizer.sentences import (
    QUOTED,
    closed,
    normalize,
    source_sentences,
    spelled,
    words,
)
from newsdesk.summarizer.speakers import resolved
from newsdesk.summarizer.standins import stood_in
from newsdesk.summarizer.stitched import covered, predicate_missing, subject_missing
from newsdesk.summarizer.support import changed_support
from newsdesk.summarizer.synonyms import lemma, lemmas, opposites, sense_lemmas, senses
from newsdesk.summarizer.timeunits import changed_units, flipped_order, missing_times
from newsdesk.summarizer.unsaid import inserted, invented, overclaim, swapped

MAX_SPAN = 2  # sentences in one supporting passage
# mainverb.verb_missing, not adopted: it flagged more paraphrases than changed verbs it caught
VERB_RULE = False
MIN_SUPPORT = 0.75  # share of a sentence's lemmas its passage must hold (tuned, see above)
MIN_NEGATION_MATCH = 0.5
_MIN_PROSE = 3  # a claim with fewer words of its own (outside quotes) is its quotation
_SCOPE = 3  # words after a negator that it denies


@dataclass(frozen=True)
class SourceIndex:
    """A source's sentences and their lemma sets, built once per source text."""

    sentences: tuple[str, ...]
    lemma_sets: tuple[frozenset[str], ...]
    all_lemmas: frozenset[str]
    detail_sets: tuple[frozenset[str], ...]  # lemmas, time words included


@lru_cache(maxsize=512)
def index(text: str) -> SourceIndex:
    sents = resolved(stood_in([s for s in source_sentences(text) if s.strip()]))  # "She [Rita …]"
    sets = tuple(_senses(s) for s in sents)
    details = tuple(_details(s) for s in sents)
    return SourceIndex(sents, sets, frozenset().union(*sets) if sets else frozenset(), details)


def _details(text: str) -> frozenset[str]:
    return frozenset(lemmas(text))


def _senses(text: str) -> frozenset[str]:
    """Every key a source sentence's words (synonyms.senses), figures and compounds say."""
    keys = frozenset().union(*(keys for _, keys in sense_lemmas(text, parts=True)))
    return keys | {lemma(w) for w in spelled(text) | closed(text)}


def _wanted(claim: str) -> dict[str, frozenset[str]]:
    """The claim's lemmas, each with every key it may be matched by."""
    out: dict[str, frozenset[str]] = {}
    for key, keys in sense_lemmas(claim):
        out[key] = out.get(key, frozenset()) | keys
    return out


@dataclass(frozen=True)
class Passage:
    """The best-supporting passage: source number, sentence range [start, end), its text, and
    the share of the claim's lemmas it holds; ``missing`` are the claim's words it lacks, as
    written ("punished", not the lemma "fine": a reason names what the editor wrote)."""

    source: int
    start: int
    end: int
    text: str
    coverage: float
    missing: tuple[str, ...]
    sentences: tuple[str, ...]
    before: str = ""  # the source sentence just before the passage (a pronoun's antecedent)
    elsewhere: tuple[str, ...] = ()  # of ``missing``, those its source has in other sentences


def _as_written(claim: str, keys: list[str]) -> tuple[str, ...]:
    """The claim's own words for lemma keys ("usag" -> "usage", "fine" -> "punished")."""
    if not keys:
        return ()
    table: dict[str, str] = {}
    for w in words(normalize(claim)):
        table.setdefault(lemma(w), w)
    return tuple(table.get(k, k) for k in keys)


def align(
    claim: str,
    sources: Mapping[int, SourceIndex],
    *,
    whole: str = "",
    prefer: Callable[[str], int] | None = None,
    span: int = MAX_SPAN,
) -> Passage | None:
    """The passage of ``sources`` that best supports ``claim`` (None: no content words).

    Ties go to the shortest passage, then to the highest ``prefer(passage text)`` when given
    (how many of the claim's numbers and names it holds), then to the one sharing most of
    ``whole`` (the claim with its time words), then to the first source and the earliest."""
    want = _wanted(claim)
    if not want:
        return None
    parts = compound_parts(claim)
    detail = _details(whole or claim)
    best: tuple[float, int, int, int, int, int] | None = None  # coverage, -span, prefer, …
    for n, src in sources.items():
        for start in range(len(src.sentences)):
            have: frozenset[str] = frozenset()
            extra: frozenset[str] = frozenset()
            for end in range(start + 1, min(start + span, len(src.sentences)) + 1):
                have = have | src.lemma_sets[end - 1]
                extra = extra | src.detail_sets[end - 1]
                cov = sum(_holds(w, keys, have, parts) for w, keys in want.items()) / len(want)
                pref = prefer(" ".join(src.sentences[start:end])) if prefer else 0
                key = (cov, -(end - start), pref, len(detail & extra), -n, -start)
                if best is None or key > best:
                    best = key
    if best is None:
        return None
    cov, neg_span, _, _, neg_n, neg_start = best
    n, start, end = -neg_n, -neg_start, -neg_start - neg_span
    src = sources[n]
    have = frozenset().union(*src.lemma_sets[start:end])
    sents = src.sentences[start:end]
    gone = [w for w, ks in want.items() if not _holds(w, ks, have, parts)]
    there = _as_written(claim, [w for w in gone if _holds(w, want[w], src.all_lemmas, parts)])
    missing, before = _as_written(claim, gone), src.sentences[start - 1] if start else ""
    return Passage(n, start, end, " ".join(sents), cov, missing, sents, before, there)


def compound_parts(claim: str) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """(lemma, senses) of the parts of each compound of a claim, by the compound's lemma
    ("low-income" -> low, income), when every part is a word of three letters or more."""
    out = {}
    for w in words(canonical(normalize(claim))):
        parts = w.split("-")
        if len(parts) > 1 and all(len(p) > 2 for p in parts):
            out[lemma(w)] = [pair for p in parts for pair in sense_lemmas(p)]
    return out


def _holds(
    key: str,
    keys: frozenset[str],
    have: frozenset[str],
    parts: Mapping[str, list[tuple[str, frozenset[str]]]],
) -> bool:
    """A claim's lemma is in a passage (stitched.covered), or, a compound, by all its parts
    ("low-income families" in "families whose income is low")."""
    if covered(key, have, keys):
        return True
    return key in parts and all(covered(p, have, ks) for p, ks in parts[key])


def scope_flip(claim: str, passage: Passage) -> str | None:
    """A reason when an affirmative claim asserts what a negated passage sentence denies: the
    words right after its negator ("No agreement was reached") are all in the claim."""
    if negated(claim) or '"' in normalize(claim):  # quotations are checked word for word
        return None
    mine = set(lemmas(claim))
    for sent in passage.sentences:
        toks = words(QUOTED.sub(" ", canonical(normalize(sent))))
        for k, t in enumerate(toks):
            if t.lower() in NEGATORS or t.lower().endswith("n't"):
                scope = set(lemmas(" ".join(toks[k + 1 : k + 1 + _SCOPE])))
                if scope and scope <= mine:
                    return "the supporting passage denies it (it negates)"
    return None


def opposite(claim: str, passage: Passage) -> str | None:
    """A reason when the claim uses a word whose opposite the passage uses instead ('rose' for
    'cut'); a word of ending only where it ends what the claim is about (ceased.ends_other)."""
    mine = set(lemmas(claim))
    have = frozenset().union(*(frozenset(lemmas(s)) for s in passage.sentences))
    have |= {lemma(w[:-3]) for s in passage.sentences for w in words(s) if superlative(w)}
    meant = frozenset().union(*(_senses(s) for s in passage.sentences))
    for w in words(canonical(normalize(claim))):
        key = lemma(w)
        if key in have or (senses(w) | lexicon.keys(w.lower())) & meant:  # the passage says it
            continue
        if (opposites(key) & have) - mine and not ends_other(claim, w, passage.sentences):
            return f'it says "{w}" where the supporting passage says the opposite'
    other = opposed_word(claim, passage.sentences)
    if other and not ends_other(claim, other, passage.sentences):
        return f'it says "{other}" where the supporting passage says the opposite'
    return None


def share_in(claim: str, src: SourceIndex) -> float:
    """The share of the claim's lemmas found anywhere in one source (is the citation relevant)."""
    want = list(dict.fromkeys(lemmas(claim)))
    return sum(w in src.all_lemmas for w in want) / len(want) if want else 1.0


def negation_flip(claim: str, passage: Passage, own: bool = False) -> str | None:
    """A reason when a clause of the claim and the passage clause closest to it differ in
    negation (polarity.clauses: a 'not' does not reach past ', but'); a claim quoting nothing
    (``own``) against the passage's quotations too (polarity.flip_reason)."""
    said = [normalize(s) if own else QUOTED.sub(" ", normalize(s)) for s in passage.sentences]
    theirs = [c for s in said for c in clauses(s)]
    for clause in clauses(claim, claim=True):
        want = set(lemmas(clause))
        if len(want) < 3:
            continue
        scored = [(len(want & set(lemmas(c))) / len(want), c) for c in theirs]
        if withheld_agrees(clause, scored):
            continue
        share, closest = max(scored, default=(0.0, ""))
        if share >= MIN_NEGATION_MATCH and (
            why := flip_reason(clause, closest, "the supporting passage", own)
        ):
            return why
    return None


def meaning_reasons(
    claim: str,
    passage: Passage,
    vocabulary: frozenset[str] | set[str],
    source: tuple[str, ...] = (),
) -> list[str]:
    """What the claim's own prose (its quotations left out: those are checked word for word)
    gets wrong against its supporting passage: subject, relations, an invented thing, time and
    its units, opposites, a swapped kind, a rank, overclaiming, negation;
    and (amounts.amount_reasons, against its ``source``'s sentences) how sure and how much."""
    bare = QUOTED.sub(" ", normalize(claim))
    reasons = []
    if len(lemmas(bare)) >= _MIN_PROSE and subject_missing(bare, passage):
        reasons.append("its subject is not what the supporting passage is about")
    elif len(lemmas(bare)) >= _MIN_PROSE and predicate_missing(bare, passage):
        reasons.append("what it says of its subject is not in the supporting passage")
    elif VERB_RULE and (verb := verb_missing(bare, passage.sentences)):
        reasons.append(f'its main verb "{verb}" is not in the supporting passage')
    broken = QUOTED.sub(' " ', normalize(claim))  # a quotation left out parts two names
    reasons += (
        relation_reasons(broken, passage.sentences, vocabulary)
        or role_reasons(bare, passage.sentences)
        or traded_reasons(bare, passage.sentences)
        or said_by_other(broken, passage.sentences, vocabulary)  # the speaker (saidby.py)
    )
    if thing := invented(bare, passage.missing, passage.sentences):
        reasons.append(f'it names "{thing}", which nothing in the supporting passage is')
    late = missing_times(bare, passage.text) + flipped_order(bare, passage.text)
    late += [u for u in changed_units(bare, passage.text) if not any(u in t for t in late)]
    if late:
        reasons.append(f"time {', '.join(late)} is not what the supporting passage says")
    if flip := opposite(bare, passage) or tense_flip(bare, passage.sentences):
        reasons.append(flip)
    elif pair := swapped(bare, passage.sentences) or replaced(
        bare, passage.missing, passage.sentences, vocabulary
    ):
        reasons.append(f'it says "{pair[0]}" where the supporting passage says "{pair[1]}"')
    elif top := dropped_rank(bare, passage.sentences) or won_placed(
        bare, source or passage.sentences
    ):
        reasons.append(f'it says "{top}" where the supporting passage ranks it below the top')
    elif more := overclaim(bare, passage.sentences) or inserted(
        bare, passage.missing, passage.sentences
    ):
        reasons.append(f'it says "{more}", which the supporting passage does not')
    elif acts := changed_support(bare, passage.sentences):
        reasons.append(f'it says "{acts[0]}" where the supporting passage says "{acts[1]}"')
    reasons += amount_reasons(bare, passage.sentences, source)
    own = not QUOTED.search(normalize(claim))
    if flip := negation_flip(bare, passage, own) or scope_flip(bare, passage):
        reasons.append(flip)
    return reasons
