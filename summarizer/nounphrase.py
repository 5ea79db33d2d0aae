"""Noun phrases a quoted fragment must not split (issue 12): a fragment that closes on a
modifier whose head noun stands outside the quotation ('“spending on AI” models', '“roles would
be for software” engineers') reads as a slip. fragments.py quotes to the head noun or stops
before the modifier.

Parts of speech come from WordNet (lexicon.py); a word it lists as a noun may be a verb too
('models'), so a fragment is sometimes placed elsewhere when it need not be: the cost is a
different fragment, never a wrong one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from newsdesk.summarizer import lexicon

# phrase boundaries (breaks_phrase) kept; off only while an outlet no line tells yet is retold
# (wire.py): its one line with a looser fragment beats leaving it unheard
STRICT: ContextVar[bool] = ContextVar("strict_fragments", default=True)


@contextmanager
def lenient() -> Iterator[None]:
    token = STRICT.set(False)
    try:
        yield
    finally:
        STRICT.reset(token)


# past tenses not in -ed, read as a clause's verb (paraphrase.complete) after no article
_IRREGULAR_PAST_TEXT = """
    set made took gave won lost put cut hit led left met paid sent spent struck brought
    bought fought sought began became held kept ran rose fell found saw went came got shut
    sold wrote chose drew broke spoke stood threw grew knew overtook undertook withdrew
"""
IRREGULAR_PAST = frozenset(_IRREGULAR_PAST_TEXT.split())
# words that may follow a noun without being its head: times
_NOT_HEADS = frozenset(["yesterday", "today", "tonight", "tomorrow", "now", "ago", "first"])
# a word before the fragment's last word that makes the last word a verb ('“will hire” staff')
_VERB_MARKS_TEXT = "to will would can could should may might must do does did"
_VERB_MARKS = frozenset(_VERB_MARKS_TEXT.split())


def nounish(word: str) -> bool:
    """Whether a lower-case ``word`` may be a noun of a noun phrase: WordNet lists it (or its
    base) as a noun, and it is no past tense, participle or adverb ('based', 'rose', 'only')."""
    if not word.isalpha() or word.endswith(("ed", "ing", "ly")) or word in IRREGULAR_PAST:
        return False
    return any("n" in lexicon.parts_of_speech(b) for b in lexicon.bases(word))


def splits_noun_phrase(before: str, last: str, nxt: str) -> bool:
    """Whether a fragment closing on ``last`` (``before`` the word ahead of it) and followed,
    with no punctuation between, by the unquoted word ``nxt`` cuts a noun phrase: ``last`` is a
    noun, a number or an acronym and ``nxt`` a lower-case noun it modifies ('AI' + 'models',
    'software' + 'engineers', '5' + 'percent'); not after 'to' or 'will' ('to hire' + 'staff')."""
    nxt = nxt.rstrip(",;:.")  # 'software' + 'engineers, with …'
    if not last[-1:].isalnum() or not nxt.isalpha() or not nxt.islower():
        return False
    if before.lower() in _VERB_MARKS or nxt in _NOT_HEADS or not nounish(nxt):
        return False
    acronym = last.isupper() and last.isalpha() and len(last) >= 2
    compound = "-" in last and all(p.isalpha() for p in last.split("-"))  # 'social-media'
    return acronym or compound or last.isdigit() or (last.islower() and nounish(last))


# words that open a phrase which belongs to the word before it ('most | of the roles', 'followed
# | by a support team', 'rose | from about …'): a fragment should neither open on one after a
# word of meaning nor close just before one after a verb
_ATTACHED_TEXT = """
    of in on at by for to from with into onto about over under between among without within
    than per via through across against inside outside around behind along toward towards
    despite during
"""
_ATTACHED = frozenset(_ATTACHED_TEXT.split())
_COPULAS = frozenset(["is", "was", "are", "were", "be", "been", "being"])


def verbish(word: str) -> bool:
    """A past tense or participle ('followed', 'rose'): the phrase after it is its own."""
    low = word.lower()
    return low.isalpha() and (low.endswith("ed") or low in IRREGULAR_PAST)


def _ongoing(word: str) -> bool:
    """A present participle ('covering', 'working'): its object or phrase comes next."""
    low = word.lower()
    return low.isalpha() and len(low) > 5 and low.endswith("ing") and not nounish(low)


def _waits(before: str, last: str, nxt: str) -> bool:
    """Whether a fragment closing on ``last`` leaves the rest of its phrase outside: a verb's
    preposition ('followed | by') or object after 'will', 'to' ('will house | teams'),
    a participle's ('covering | European customers'), a comparison's 'than' ('rather | than'),
    a noun's 'of' ('attracted a number | of technology companies'),
    or the noun a capitalised modifier qualifies ('European | customers')."""
    if nxt in ("than", "of") or _ongoing(last) and before.lower() not in _COPULAS:
        return True  # a reduced clause's participle ('team covering'), not 'were hampering'
    if verbish(last) and nxt in _ATTACHED:
        return True
    if before.lower() in _VERB_MARKS and last.islower() and nxt.isalpha() and nounish(nxt):
        return True
    return last[:1].isupper() and last.isalpha() and nxt.isalpha() and nounish(nxt)


def breaks_phrase(words: Sequence[str], a: int, b: int) -> bool:
    """Whether a fragment words[a:b] cuts across a phrase: it opens on a preposition whose phrase
    the unquoted word before it heads ('most “of the roles”'); closes on a verb whose phrase
    follows unquoted ('“test large codebases, followed” by'); runs past a comma into the next
    clause ('“led by Inês Carvalho, who joins”'); or closes on a noun coordinated with the
    unquoted phrase after it ('“the company's build” and code review products')."""
    first, before = words[a].lower(), words[a - 1] if a > 0 else ""
    # a range's second point belongs to its verb, not the word before ('rose from about
    # $310,000 in the third quarter of last year “to just under $1 million”')
    ranged = first == "to" and "from" in (w.lower() for w in words[:a])
    if first in _ATTACHED and before[-1:].isalnum() and not ranged:
        return True
    if words[b - 1].lower() in _ATTACHED:
        return True
    last, nxt = words[b - 1], words[b].lower().strip(",;:.") if b < len(words) else ""
    if nxt and last[-1:].isalnum() and _waits(words[b - 2] if b >= 2 else "", last, nxt):
        return True
    if any(
        w[-1:] in ",;" and words[i + 1][:1].islower() for i, w in enumerate(words[a : b - 1], a)
    ):
        return True
    after = words[b + 1] if b + 1 < len(words) else ""
    return (
        nxt in ("and", "or")
        and last[-1:].isalnum()
        and nounish(last.lower())
        and after.islower()
        and nounish(after.rstrip(",;:."))
    )
