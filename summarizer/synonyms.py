"""Word meaning, lightly: a Snowball stem per word, then a small hand-written table of words
news writing uses interchangeably, so a paraphrase ("the firm purchased" for "the company
bought") is matched word for word by meaning rather than by spelling.

``lemma(word)`` is the key every aligned comparison uses: the stem of the word, or of its group's
first word when the word is in the table. The table holds only words that are interchangeable in
news prose in both directions; it is deliberately small (a wrong entry hides a real change).
Irregular verb forms are listed once under their base form.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer
from newsdesk.summarizer import lexicon
from newsdesk.summarizer.newswords import CAUSAL, LIGHT, NEWS_GROUPS, VAGUE
from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.sentences import STOPWORDS, normalize, words
from newsdesk.summarizer.support import support_verbs
from newsdesk.summarizer.wordtables import GROUPS, OPPOSITES

_STEM = snowballstemmer.stemmer("english").stemWord

# irregular verb and adjective forms, each listed once under its base form
IRREGULAR = """
    buy bought | say said | tell told | begin began begun | rise rose risen | fall fell fallen
    grow grew grown | win won | lose lost | pay paid | meet met | leave left | find found
    build built | cut cut | get got gotten | give gave given | take took taken | make made
    hold held | uphold upheld | withhold withheld | withdraw withdrew withdrawn | draw drew drawn
    fight fought | catch caught | teach taught | stand stood | understand understood | feel felt
    freeze froze frozen | hide hid hidden | sink sank sunk | swear swore sworn | lend lent
    undergo underwent undergone | overtake overtook overtaken | forbid forbade forbidden
    rebuild rebuilt | sit sat | ride rode ridden | wear wore worn | bring brought | seek sought | sell sold | spend spent | send sent | keep kept
    think thought | write wrote written | speak spoke spoken | choose chose chosen
    run ran | come came | go went gone | see saw seen | know knew known | fly flew flown
    drive drove driven | steal stole stolen | shut shut | strike struck | lead led
    big bigger biggest | large larger largest | small smaller smallest | quick quicker quickest
    fast faster fastest | strong stronger strongest | weak weaker weakest | cheap cheaper cheapest
"""


# irregular noun plurals (English grammar, not news words): Snowball leaves them apart
PLURALS = """
    child children | woman women | man men | person persons | foot feet | tooth teeth
    mouse mice | goose geese | wife wives | knife knives | thief thieves | wolf wolves
    crisis crises | analysis analyses | thesis theses | diagnosis diagnoses | basis bases
    criterion criteria | phenomenon phenomena
"""


def _stem(word: str) -> str:
    return str(_STEM(word.lower().removesuffix("'s").strip("'-")))


def _irregular(table: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in re.split(r"[|\n]", table):
        if not entry.strip():
            continue
        base, *forms = entry.split()
        for form in forms:
            out[form] = base
    return out


_IRREGULAR_FORMS = _irregular(IRREGULAR)
_PLURAL_FORMS = _irregular(PLURALS)


def _base(low: str) -> str:
    """A lower-case word's base form when it is irregular ('bought' -> 'buy', 'children' ->
    'child', 'spokeswomen' -> 'spokeswoman') or a comparative or superlative ('driest' ->
    'dry'); the word itself otherwise."""
    if low in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[low]
    if low in _PLURAL_FORMS:
        return _PLURAL_FORMS[low]
    if low.endswith(("women", "smen")):  # chairwomen, spokesmen, businessmen
        return low[:-2] + "an"
    # 'driest' -> 'dry', 'costlier' -> 'costly' (unsaid.py holds a claim's superlative to
    # the passage's superlatives)
    return lexicon.degree_base(low) or low


def _groups() -> list[list[str]]:
    """Each group of the tables as stems, its key first (GROUPS, then the broader NEWS_GROUPS)."""
    lines = (GROUPS + NEWS_GROUPS).strip().splitlines()
    return [[_stem(w) for w in line.split()] for line in lines if line.strip()]


def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in _groups():
        for s in group:
            out.setdefault(s, group[0])
    return out


def _sense_table() -> dict[str, frozenset[str]]:
    """Every group a stem belongs to, by key: a word may be in several ('drop' falls, and a
    company drops a plan), and matches a word of any of them."""
    out: dict[str, set[str]] = {}
    for group in _groups():
        for s in group:
            out.setdefault(s, set()).add(group[0])
    return {s: frozenset(keys) for s, keys in out.items()}


_SYNONYMS = _table()
_SENSES = _sense_table()
# the first table's words only: a word of the broader one may still be a name ("House", "Club")
_ORDINARY = frozenset(_stem(w) for w in GROUPS.split())

# ordinary words that often open a sentence: capitalised there, they are not names
COMMON = """
    after again ahead all also although among another any anyone around as at because before
    both but by despite during each either even every few first for from further given here
    however if in instead it last later many meanwhile more most much next no none now of on once
    one only other over overall since some still such than that the then there these they this
    nobody nothing everyone everybody someone something
    those though through thus to today together under unlike until up when where whether while
    with within without work entry access support help care service staff crews families owners
    officials residents visitors people workers users customers players fans voters drivers
    passengers tenants parents children students teachers patients doctors police troops experts
    critics analysts investors shareholders lawmakers leaders members researchers scientists
    engineers inspectors firefighters forecasters organizers organisers farmers protesters
    construction sales prices costs profits shares rates inflation demand growth production
    trade traffic travel flights trains roads schools hospitals health safety security power
    water energy food housing rent fees taxes jobs wages pay spending funding money talks
    plans work repairs tests trials results figures data reports records rules laws changes
    cases deaths injuries damage losses fire smoke snow rain storms floods heat weather
    shipments exports imports supplies stocks markets banks companies firms businesses citing
    rising falling higher lower cheaper more fewer several most half nearly about almost both
    under weeks months years days hours today yesterday tomorrow earlier later
"""
_SUFFIXES = ("tion", "tions", "ment", "ments", "ness", "ity", "ities", "ing", "ings", "ers")
_COMMON = frozenset(COMMON.split())


def ordinary(word: str) -> bool:
    """Whether a capitalised first word is an ordinary word ("Negotiations", "People"), not a
    name: a word of the synonym table or of the common words that open sentences, or one with a
    suffix names rarely have."""
    low = word.lower()
    if low in _COMMON or _stem(low) in _ORDINARY or _stem(_base(low)) in _ORDINARY:
        return True
    return len(low) > 6 and low.endswith(_SUFFIXES)


@lru_cache(maxsize=1)
def _opposites() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in OPPOSITES.strip().splitlines():
        left, right = ({lemma(w) for w in side.split()} for side in line.split("/"))
        for a in left:
            out.setdefault(a, set()).update(right)
        for b in right:
            out.setdefault(b, set()).update(left)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _alike() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in OPPOSITES.strip().splitlines():
        for side in line.split("/"):
            keys = {lemma(w) for w in side.split()}
            for k in keys:
                out.setdefault(k, set()).update(keys)
    return {k: frozenset(v) for k, v in out.items()}


def alike(key: str) -> frozenset[str]:
    """The lemmas on the same side of an opposites line as lemma ``key`` ('praise' ->
    {'support', 'welcome', ...}): words of one kind of act, if not synonyms."""
    return _alike().get(key, frozenset())


def opposites(key: str) -> frozenset[str]:
    """The lemmas that say the opposite of lemma ``key`` ('rise' -> {'fall', 'cut', ...})."""
    return _opposites().get(key, frozenset())


def irregular_base(low: str) -> str | None:
    """The base of an irregular verb form of the table ('took' -> 'take'); None otherwise."""
    return _IRREGULAR_FORMS.get(low)


def past_forms() -> frozenset[str]:
    """The irregular verb forms of the table ('bought', 'told', 'sued' is regular)."""
    return _PAST


_PAST = frozenset(_IRREGULAR_FORMS)
snowball_stem = _stem  # the stem alone, no irregular form or synonym group (endings.py)


@lru_cache(maxsize=65536)  # a draft asks for the lemmas of the same few thousand words 130k times
def lemma(word: str) -> str:
    """The comparison key of a word: 'purchased' -> 'buy', 'Lawsuits' -> 'sue', 'rose' -> 'rise'."""
    low = word.lower().removesuffix("'s")
    s = _stem(_base(low))
    return _SYNONYMS.get(s, s)


_SAY = "say"


def _content(text: str, parts: bool = False) -> list[str]:
    """A text's content words (stopwords, light verbs, "said" and 1–2 letter words left out);
    with ``parts``, a hyphenated compound is read as its parts too ("coal-fired" says "coal")."""
    return [w for _, w in _content_at(words(canonical(normalize(text))), parts)]


def _content_at(
    toks: list[str], parts: bool = False, light: frozenset[str] = LIGHT
) -> list[tuple[int, str]]:
    """``_content`` of a text's words, each with its place, the ``light`` words left out;
    with ``parts``, a compound's parts too ("coal-fired", "overnight": lexicon.closed_parts)."""
    out = []
    for k, w in enumerate(toks):
        parts_of = [w, *w.split("-")] if parts and "-" in w else [w]
        if parts and w.islower():  # a source's "overnight" says "night" too
            parts_of += lexicon.closed_parts(w)
        out += [
            (k, p)
            for p in parts_of
            if len(p) > 2
            and p.lower() not in STOPWORDS
            and p.lower().removesuffix("'s") not in light  # "the company's" as "the company"
            and lemma(p) not in STOPWORDS  # "roughly" is "about", a stopword
            and lemma(p) != _SAY  # "said" is a stopword: "announced" is no more
        ]
    return out


def lemmas(text: str) -> list[str]:
    """The comparison keys of a text's content words (stopwords and 1–2 letter words left out)."""
    return [lemma(w) for w in _content(text)]


def senses(word: str) -> frozenset[str]:
    """Every key a word may be compared by: its lemma and the keys of all its groups."""
    low = word.lower().removesuffix("'s")
    s = _stem(_base(low))
    return _SENSES.get(s, frozenset()) | {lemma(word)}


def _aligned_senses(word: str) -> frozenset[str]:
    """``senses`` with the word's own stem (a word of a group keeps its spelling, so a
    nominalisation outside the group still meets it: "expansion" and "expanded"), and for a
    participle denied by un- ("undisclosed") its base's too: a passage holds what "was not
    disclosed" says (the negation is polarity.py's to compare)."""
    low = word.lower().removesuffix("'s")
    own = senses(word) | {_stem(_base(low))}
    if UN_PARTICIPLE.fullmatch(low):
        return own | _aligned_senses(low[2:])
    return own


UN_PARTICIPLE = re.compile(r"un[a-z]{4,}ed")  # "unvaccinated": a participle denied


def sense_lemmas(text: str, parts: bool = False) -> list[tuple[str, frozenset[str]]]:
    """(lemma, senses) of each content word of a text, as ``lemmas`` reads them; ``parts``:
    a source's compounds hold their parts (a claim's "coal" is in "coal-fired", but a claim's
    compound is one word, so a shared compound does not count three times)."""
    return list(_sense_lemmas(text, parts, lexicon.ENABLED))  # a copy: callers may add to it


# the checks read the same passage sentences' senses again for every claim held to them
@lru_cache(maxsize=4096)
def _sense_lemmas(text: str, parts: bool, enabled: bool) -> list[tuple[str, frozenset[str]]]:
    toks = words(canonical(normalize(text)))
    found = lexicon.phrases(toks) if enabled else {}
    light = support_verbs(toks)  # "filed a dissent": the noun says it (support.py)
    content = [
        (k, w) for k, w in _content_at(toks, parts, LIGHT | CAUSAL | VAGUE) if k not in light
    ]
    out = [  # a word opening a multi-word verb has its meaning too ("stepped in": "intervene")
        (lemma(w), _aligned_senses(w) | _lexical(w, parts) | lexicon.keys(found.get(k, ""), parts))
        for k, w in content
    ]
    if parts:  # a source's phrase on a light verb ("took over") still says what it means
        heads = {k for k, _ in content}
        out += [(p, lexicon.keys(p, True)) for k, p in found.items() if k not in heads]
    return out


def _lexical(word: str, wide: bool) -> frozenset[str]:
    """WordNet's keys of an ordinary (lower-case) word (lexicon.py), ``wide`` for a source's;
    a claim's word that the tables know keeps their senses only (WordNet's many senses of
    "finish" or "raise" would let a changed word through)."""
    if not lexicon.ENABLED or not word.isalpha() or not word.islower():
        return frozenset()
    known = _stem(_base(word)) in _SENSES or word in _COMMON or opposites(lemma(word))
    return frozenset() if known and not wide else lexicon.keys(word, wide)
