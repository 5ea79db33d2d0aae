"""Opposites beyond the pair table: words that say the opposite of a word of the passage.

The pair table (wordtables.OPPOSITES) lists a few dozen pairs of lemmas; a claim using another
word of the same meaning ("scrapped" for the table's "cancel") or an opposite the table never
lists ("unsafe" against "safe") passed. Four general rules, none of them about one pair:

* **senses** — opposites are read through every sense of both words: when any group the claim's
  word belongs to (synonyms.senses) is opposite to any group a passage word belongs to, the two
  are opposite ("ended" is a word of the *stop* group, "kept" of *keep*: keep / stop);
* **affixes** — a word and the same word with a negating prefix (un-, dis-, non-, in-, im-,
  il-, ir-) or with -less for -ful are opposite ("approved" / "disapproved", "legal" /
  "illegal", "harmful" / "harmless"): both forms must be read, so no word list is involved;
* **state** — keeping or continuing a thing is opposite to ending it, a class of change-of-state
  verbs (wordtables.OPPOSITES holds the class once; the senses rule spreads it over each
  group's words);
* **quantity** — "more" and "fewer"/"less" before the same word ("more teenagers" against
  "fewer teenagers"): stopwords, which the other rules never read.

A claim word the passage itself uses (in any of its senses, or WordNet's: lexicon.py) is never
opposite, and a passage word
the claim uses too is not counted: "it stopped one service and kept the other" holds both.
"""

from __future__ import annotations

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.particles import reversed_particle
from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.polarity import NEGATORS
from newsdesk.summarizer.sentences import STOPWORDS, normalize, words
from newsdesk.summarizer.synonyms import lemma, opposites, senses

NEGATING_PREFIXES = ("un", "dis", "non", "in", "im", "il", "ir")
_SCOPE = 3  # words after a negator that it denies
_OBJECT = 2  # content words after a word that say what it is about
_FUNCTION_BASES = frozenset(["less", "like", "until", "till"])  # "unless", "unlike": not opposites
_MIN_BASE = 4  # the word left after un- is this long at least ("unfit" is not opposed)
_MIN_BASE_OTHER = 5  # the other prefixes start many ordinary words ("import", "discount")


def _tokens(text: str) -> list[str]:
    """A text's content words, those a negator denies left out ("not disclosed" says what
    "undisclosed" says; polarity.py compares negation)."""
    low = [w.lower() for w in words(canonical(normalize(text)))]
    denied = {
        k
        for i, w in enumerate(low)
        if w in NEGATORS or w.endswith("n't")
        for k in range(i + 1, i + 1 + _SCOPE)
    }
    return [w for i, w in enumerate(low) if len(w) > 2 and w not in STOPWORDS and i not in denied]


def _prefixed(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with a negating prefix (or -less for -ful)."""
    if longer.endswith("less") and shorter.endswith("ful"):
        return longer[:-4] == shorter[:-3] and len(shorter) - 3 >= _MIN_BASE
    for prefix in NEGATING_PREFIXES:
        base = longer[len(prefix) :]
        least = _MIN_BASE if prefix == "un" else _MIN_BASE_OTHER
        if longer.startswith(prefix) and len(base) >= least and lemma(base) == lemma(shorter):
            return True
    return False


def affix_opposite(a: str, b: str) -> bool:
    """Whether two words are opposite by a negating affix ('unsafe' / 'safe')."""
    a, b = a.lower(), b.lower()
    if a == b or {a, b} & (STOPWORDS | _FUNCTION_BASES):
        return False
    return _prefixed(a, b) or _prefixed(b, a)


def sense_opposites(word: str) -> frozenset[str]:
    """The keys opposite to any sense of ``word`` (its lemma and every group it is in)."""
    return frozenset().union(*(opposites(s) for s in senses(word)))


def _acts(tokens: list[str]) -> list[tuple[str, frozenset[str]]]:
    """Each content word with the lemmas of the next ``_OBJECT`` content words (what it acts
    on, roughly: "raise | minimum wage")."""
    return [
        (w, frozenset(lemma(x) for x in tokens[i + 1 : i + 1 + _OBJECT]))
        for i, w in enumerate(tokens)
    ]


def object_opposite(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """The first word of ``claim`` that the passage says the opposite of *about the same thing*
    while it never says the word itself about it: "will cut the minimum wage" against "will
    raise the minimum wage … might cut jobs" (the passage's "cut" is about jobs)."""
    theirs = [act for s in passage_sentences for act in _acts(_tokens(s))]
    for w, objects in _acts(_tokens(claim)):
        if not objects:
            continue
        same, opposite = senses(w), sense_opposites(w)
        about = [senses(p) for p, their_objects in theirs if objects & their_objects]
        if any(keys & opposite for keys in about) and not any(keys & same for keys in about):
            return w
    return None


# comparatives of quantity: stopwords, so the rules above never read them
_MORE, _LESS = frozenset(["more"]), frozenset(["fewer", "less"])
# a thing had or lacked: "with names" / "without names"
_WITH, _WITHOUT = frozenset(["with"]), frozenset(["without"])


def _marked(text: str, one: frozenset[str], other: frozenset[str]) -> set[tuple[bool, str]]:
    """(whether a word of ``one``, lemma of the next content word) for each word of either set:
    "fewer teenagers" -> (False, teenag) with ``one`` the words of "more"."""
    low = [w.lower() for w in words(canonical(normalize(text)))]
    out = set()
    for i, w in enumerate(low):
        if w in one | other:
            nxt = next((x for x in low[i + 1 : i + 3] if x not in STOPWORDS | other), None)
            if nxt:
                out.add((w in one, lemma(nxt)))
    return out


def _marked_opposite(
    claim: str, passage_sentences: tuple[str, ...], one: frozenset[str], other: frozenset[str]
) -> bool | None:
    """Whether the claim's word of ``one`` (True) or ``other`` (False) is before a thing the
    passage puts only after a word of the other set; None when there is none."""
    theirs = set().union(*(_marked(s, one, other) for s in passage_sentences))
    for side, thing in sorted(_marked(claim, one, other)):
        if (not side, thing) in theirs and (side, thing) not in theirs:
            return side
    return None


def quantity_opposite(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """A claim's "more teenagers" where the passage says "fewer teenagers" (never "more")."""
    side = _marked_opposite(claim, passage_sentences, _MORE, _LESS)
    return None if side is None else "more" if side else "fewer"


def with_opposite(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """A claim's "with names" where the passage says "without names" (never "with names"), and
    the other way round: having a thing and lacking it."""
    side = _marked_opposite(claim, passage_sentences, _WITH, _WITHOUT)
    return None if side is None else "with" if side else "without"


def _lexicon_keys(passage: list[str]) -> frozenset[str]:
    """WordNet's keys of a passage's ordinary words, as the alignment reads them (a passage's
    "beating" holds a claim's "defeating": the tables' "defeat" is also a loss, WordNet's verb
    here is a kind of win)."""
    return frozenset().union(*(lexicon.keys(w, wide=True) for w in passage if w.islower()))


def opposed_word(claim: str, passage_sentences: tuple[str, ...]) -> str | None:
    """The first word of ``claim`` whose opposite the passage says (and the claim does not),
    by the senses or the affix rule, about the same thing (``object_opposite``), or a
    comparative of quantity (``quantity_opposite``); None when there is none."""
    if about := (
        object_opposite(claim, passage_sentences)
        or quantity_opposite(claim, passage_sentences)
        or with_opposite(claim, passage_sentences)
        or reversed_particle(claim, passage_sentences)  # "switched it on" for "off"
    ):
        return about
    passage = [w for s in passage_sentences for w in _tokens(s)]
    said = frozenset().union(*(senses(w) for w in passage)) if passage else frozenset()
    mine = _tokens(claim)
    own = frozenset().union(*(senses(w) for w in mine)) if mine else frozenset()
    theirs = said - own  # what the passage says that the claim does not
    meant = _lexicon_keys(passage)
    for w in mine:
        if senses(w) & said or lexicon.keys(w.lower()) & meant:  # the passage says it
            continue
        if sense_opposites(w) & theirs:
            return w
        if any(affix_opposite(w, p) for p in passage if not senses(p) & own):
            return w
    return None
