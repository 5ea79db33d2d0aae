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
from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.sentences import STOPWORDS, normalize, words
from newsdesk.summarizer.wordtables import GROUPS, OPPOSITES

_STEM = snowballstemmer.stemmer("english").stemWord

# irregular verb and adjective forms, each listed once under its base form
IRREGULAR = """
    buy bought | say said | tell told | begin began begun | rise rose risen | fall fell fallen
    grow grew grown | win won | lose lost | pay paid | meet met | leave left | find found
    build built | cut cut | get got gotten | give gave given | take took taken | make made
    hold held | uphold upheld | withhold withheld | bring brought | seek sought | sell sold | spend spent | send sent | keep kept
    think thought | write wrote written | speak spoke spoken | choose chose chosen
    run ran | come came | go went gone | see saw seen | know knew known | fly flew flown
    drive drove driven | steal stole stolen | shut shut | strike struck | lead led
    big bigger biggest | large larger largest | small smaller smallest | quick quicker quickest
    fast faster fastest | strong stronger strongest | weak weaker weakest | cheap cheaper cheapest
"""


def _stem(word: str) -> str:
    return str(_STEM(word.lower().removesuffix("'s").strip("'-")))


def _irregular() -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in re.split(r"[|\n]", IRREGULAR):
        if not entry.strip():
            continue
        base, *forms = entry.split()
        for form in forms:
            out[form] = base
    return out


_IRREGULAR_FORMS = _irregular()


def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in GROUPS.strip().splitlines():
        group = line.split()
        key = _stem(group[0])
        for w in group:
            out.setdefault(_stem(w), key)
    return out


_SYNONYMS = _table()
# verbs and adverbs that carry little of a claim: a paraphrase adds them freely ("put money into")
LIGHT = frozenset(
    [
        "become",
        "became",
        "becoming",
        "becomes",
        "remain",
        "remained",
        "remains",
        "stay",
        "stayed",
        "stays",
        "seem",
        "seemed",
        "seems",
        "now",
        "currently",
        "every",
    ]
    + [
        "put",
        "get",
        "got",
        "make",
        "made",
        "take",
        "took",
        "give",
        "gave",
        "keep",
        "kept",
        "back",
        "able",
        "well",
        "also",
        "live",
        "schedule",
        "scheduled",
        "company",
        "companies",
        "firm",
        "firms",
    ]
)

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
    if (
        low in _COMMON
        or _stem(low) in _SYNONYMS
        or _stem(_IRREGULAR_FORMS.get(low, low)) in _SYNONYMS
    ):
        return True
    return len(low) > 6 and low.endswith(_SUFFIXES)


@lru_cache(maxsize=65536)
def _opposites() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in OPPOSITES.strip().splitlines():
        left, right = ({lemma(w) for w in side.split()} for side in line.split("/"))
        for a in left:
            out.setdefault(a, set()).update(right)
        for b in right:
            out.setdefault(b, set()).update(left)
    return {k: frozenset(v) for k, v in out.items()}


def opposites(key: str) -> frozenset[str]:
    """The lemmas that say the opposite of lemma ``key`` ('rise' -> {'fall', 'cut', ...})."""
    global _OPPOSITE_TABLE
    if _OPPOSITE_TABLE is None:
        _OPPOSITE_TABLE = _opposites()
    return _OPPOSITE_TABLE.get(key, frozenset())


_OPPOSITE_TABLE: dict[str, frozenset[str]] | None = None


def past_forms() -> frozenset[str]:
    """The irregular verb forms of the table ('bought', 'told', 'sued' is regular)."""
    return _PAST


_PAST = frozenset(_IRREGULAR_FORMS)


def lemma(word: str) -> str:
    """The comparison key of a word: 'purchased' -> 'buy', 'Lawsuits' -> 'sue', 'rose' -> 'rise'."""
    low = word.lower().removesuffix("'s")
    s = _stem(_IRREGULAR_FORMS.get(low, low))
    return _SYNONYMS.get(s, s)


_SAY = "say"


def lemmas(text: str) -> list[str]:
    """The comparison keys of a text's content words (stopwords and 1–2 letter words left out)."""
    return [
        lemma(w)
        for w in words(canonical(normalize(text)))
        if len(w) > 2
        and w.lower() not in STOPWORDS
        and w.lower() not in LIGHT
        and lemma(w) != _SAY  # "said" is a stopword: "announced" is no more
    ]
