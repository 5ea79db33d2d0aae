"""Noun phrases a quotation must not split (issue 12): a quotation that closes on a modifier
whose head noun stands outside it ('“spending on AI” models', '“roles would be for software”
engineers') reads as a slip. fragments.marked makes no such quotation: the line is told
another way.

Parts of speech come from WordNet (lexicon.py); a word it lists as a noun may be a verb too
('models'), so a quotation is sometimes refused when it need not be: the cost is a line told
another way, never a wrong one.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from contextvars import ContextVar

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.sentences import FINITE, STOPWORDS
from newsdesk.summarizer.waiting import switched

# phrase boundaries (breaks_phrase) kept; off only while an outlet no line tells yet is retold
# (wire.py): its one line with a looser fragment beats leaving it unheard
STRICT: ContextVar[bool] = ContextVar("strict_fragments", default=True)


def lenient() -> AbstractContextManager[None]:
    """Phrase boundaries not kept inside the block."""
    return switched(STRICT, False)


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
    bare = last.split("-")[0] if last.split("-")[-1].isdigit() else last  # 'COVID-19'
    acronym = bare.isupper() and bare.isalpha() and len(bare) >= 2
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


# words that open a noun phrase: a quotation opening just after one opens inside the phrase,
# and a verb closing a quotation just before one leaves its object outside
_OPENERS_TEXT = "the a an his her its their our my your this these those every each some any"
_OPENERS = frozenset(_OPENERS_TEXT.split())
_SAYS = frozenset(["said", "says", "say"])
_PARTICLES = frozenset(["out", "up", "off", "down", "away"])  # 'roll out', 'cut off'
# two words that are one phrase: a quotation opening or closing between them splits it
_FIXED = frozenset(
    [("at", "least"), ("at", "most"), ("at", "large"), ("due", "to"), ("such", "as")]
    + [("according", "to"), ("rather", "than"), ("as", "well")]
)
# words after which a clause (its subject, then its verb) may open inside a quotation
_CLAUSE_TEXT = "that which who whom whose and but or because while when as if although though once"
_CLAUSE_OPENERS = frozenset((_CLAUSE_TEXT + " unless whether after before since until so").split())
_CLAUSE_OPENERS |= _SAYS
_SUBJECTS = (_OPENERS | _CLAUSE_OPENERS) - {"and", "or", "so", "as"}  # a subject opens after


def _core(word: str) -> str:
    return word.lower().strip(",;:.\"'")


def _verb_first(word: str) -> bool:
    """A quotation's first word as a verb: a past tense in lower case ('rose', not 'Related')."""
    return word[:1].islower() and verbish(word)


def _verb_at(words: Sequence[str], i: int) -> bool:
    """Whether words[i] reads as a clause's verb: an auxiliary ('is', 'will'), 'said', or a
    past tense in lower case after a noun ('chat congratulated', 'sessions consumed'; not 'the automated',
    'newly built')."""
    low, prev = _core(words[i]), _core(words[i - 1]) if i > 0 else ""
    if not words[i][:1].islower():  # 'Related' of a name
        return False
    if low in FINITE or low in _SAYS:
        return True
    return verbish(low) and words[i - 1][-1:].isalnum() and nounish(prev) and prev not in _OPENERS


def crosses(words: Sequence[str], a: int, b: int) -> bool:
    """Whether a quotation words[a:b] crosses a phrase boundary instead of holding whole
    phrases (issue 12): it holds a clause's verb but opens after the start of its subject ('a
    short message in the “company chat congratulated” the winners', 'on “Tuesday issued a
    memo”'); opens inside a noun phrase and runs into the next phrase ('each “week an internal
    page”', not '“tokens their sessions consumed”'; 'tepid “gain and evidence”', 'bakery
    “business out of Srinagar”'); splits 'at least', 'due to' or a verb from its particle ('cut
    “off from …”'); opens on the 'and' of two nouns; or closes badly (``_closes``). A
    quotation opening on its verb ('“gave engineers a weekly score”'), on a noun phrase or
    on a clause stands."""
    before, first = _core(words[a - 1]) if a > 0 else "", _core(words[a])
    verbs = [i for i in range(a, b) if _verb_at(words, i) or i == a and _verb_first(words[i])]
    inner = {_core(w) for w in words[a + 1 : b]}
    joined = before in ("and", "or") and a > 1 and words[a - 2][-1:] == ","  # ', and | …'
    said = before in _CLAUSE_OPENERS - {"and", "or"}  # '… said | …', '… that | …'
    opens_clause = a == 0 or not words[a - 1][-1:].isalnum() or said or joined
    verb = next((i for i in verbs if i > a), 0)  # its subject opens inside: '“tokens their …”'
    inside = any(_subject_at(words, j) for j in range(a + 1, verb))
    if verb and not (opens_clause or inside):
        return True
    if _fixed(words, a) or _fixed(words, b) or first in _PARTICLES and verbish(before):
        return True
    if first in ("and", "or") and b - a > 1 and "v" not in _senses(words[a + 1]):
        return True  # 'soggy basements “and crippled transit”', not '“and move quickly”'
    if _opens_inside(words, a):
        if any(_next_phrase(words, i) and not any(v > i for v in verbs) for i in range(a + 1, b)):
            return True
        if before not in _OPENERS and inner & ({"and", "or"} | _ATTACHED):
            return True
    return _closes(words, a, b, verbs, inner | {first})


def _fixed(words: Sequence[str], at: int) -> bool:
    """Whether an edge at ``at`` splits a phrase of two words ('at | least', 'due | to')."""
    return 0 < at < len(words) and (_core(words[at - 1]), _core(words[at])) in _FIXED


def _senses(word: str) -> set[str]:
    """The parts of speech WordNet gives a word's bases ('crippled': 'cripple', a verb)."""
    return {p for base in lexicon.bases(_core(word)) for p in lexicon.parts_of_speech(base)}


def _subject_at(words: Sequence[str], j: int) -> bool:
    """Whether a clause's subject may open at words[j] inside a quotation: 'that', 'their' …,
    not after a preposition ('by the Delta variant')."""
    return _core(words[j]) in _SUBJECTS and _core(words[j - 1]) not in _ATTACHED


def _infinitive(words: Sequence[str], i: int) -> bool:
    """Whether words[i] is an infinitive's verb ('to avoid'): after 'to', a verb in WordNet
    and no noun."""
    pos = lexicon.parts_of_speech(_core(words[i]))
    return i > 0 and _core(words[i - 1]) == "to" and "v" in pos and "n" not in pos


def _opens_inside(words: Sequence[str], a: int) -> bool:
    """Whether a quotation opening at ``a`` opens inside a noun phrase: after 'the', 'its' …,
    or between two words of meaning that are no verb ('tepid | gain', not 'restored |
    enforcement' nor 'Biden | made')."""
    before, first = _core(words[a - 1]) if a > 0 else "", _core(words[a])
    if not before or before in _OPENERS:
        return bool(before)
    verb = verbish(before) or before in FINITE | _SAYS or verbish(first) or first in FINITE
    meaning = before not in STOPWORDS and first not in STOPWORDS
    return words[a - 1][-1:].isalnum() and meaning and not verb


def _closes(words: Sequence[str], a: int, b: int, verbs: list[int], held: set[str]) -> bool:
    """Whether a quotation closing before ``b`` leaves part of a phrase outside: a verb's
    object ('“… congratulated” the winners') or particle ('“… roll” out'), the verb of a
    subject it holds after a verb or a clause's opening word ('“ruled police officers” were
    entitled', '“online after millions” were unable'), an adjective's noun ('“gave engineers a
    weekly” score')."""
    nxt = _core(words[b]) if b < len(words) else ""
    if not nxt or not words[b - 1][-1:].isalnum():
        return False
    obj = nxt not in _ATTACHED | _CLAUSE_OPENERS  # an object, or an adverb before one
    if (b - 1 in verbs or _infinitive(words, b - 1)) and obj:
        return True
    before_last = _core(words[b - 2]) if b >= 2 else ""
    if nxt in _PARTICLES and (verbish(words[b - 1]) or before_last in _VERB_MARKS):
        return True  # '“… cut” out', '“… will roll” out'; not 'business | out of'
    if (nxt in FINITE or _verb_at(words, b)) and (verbs or held & _CLAUSE_OPENERS):
        return True
    last = _core(words[b - 1])
    if lexicon.parts_of_speech(last) & {"a", "s"} and "v" not in lexicon.parts_of_speech(last):
        return words[b][:1].islower() and (nxt.isalpha() and nounish(nxt) or "-" in nxt)
    return False


def _next_phrase(words: Sequence[str], i: int) -> bool:
    """Whether words[i] opens a noun phrase of its own: a determiner after a noun ('week an',
    not 'of the' nor 'made his')."""
    prev = _core(words[i - 1])
    if _core(words[i]) not in _OPENERS or not words[i - 1][-1:].isalnum():
        return False
    return prev not in STOPWORDS and not verbish(prev) and prev not in _SAYS


def cuts_across(words: Sequence[str], a: int, b: int, strict: bool = True) -> bool:
    """Whether a quotation words[a:b] cuts across phrases (``crosses``), or, with ``strict``
    (off for an outlet not heard yet: wire.py), splits one (``breaks_phrase``)."""
    return crosses(words, a, b) or strict and breaks_phrase(words, a, b)
