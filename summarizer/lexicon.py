"""Word meaning from WordNet: the synsets a word belongs to, for words no table of ours holds.

A claim's word is held by a passage's word when the two share a synset ("alumnus" and
"graduate"), when the passage's word is a kind of the claim's within ``DEPTH`` hypernym steps
(a passage's "sedan" holds a claim's "car", never the other way round), or when the passage's
word is derived from a word of that synset ("debuted" and "debut", "withdrawal" and
"withdraw") or is an adjective WordNet lists as similar to it ("damp" and "wet"). A multi-word verb, adjective or adverb of WordNet ("step in", "carry out") is
read as one word too (``phrases``): its meaning is added to its first word's. Only a word's
``SENSES`` most frequent senses of each part of speech count, and only synsets at least
``MIN_HEIGHT`` steps below the top of WordNet's hierarchy pass on their meaning to a word
below them ("change", "act" and "entity" hold nothing).

The table (data/wordnet.tsv.gz) is generated from WordNet 3.0 by scripts/make_lexicon.py and
ships with newsdesk: nothing is downloaded. It is read on first use, not on import, so the CLI
starts as fast without it. WordNet 3.0 is © 2006 Princeton University, under the licence in
data/WORDNET-LICENSE.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

ENABLED = True  # off: the verifier, fragments, cuts and capitals go without WordNet (--no-lexicon)
SENSES = 0  # a word's most frequent senses per part of speech that count (0: all)
DEPTH = 1  # hypernym steps from a passage's word up to a claim's
MIN_HEIGHT = 6  # a synset this near the top of the hierarchy is too general to hold a claim
TABLE = Path(__file__).parent / "data" / "wordnet.tsv.gz"
SYNSET = "~"  # a synset's key starts with it (no lemma does)

# WordNet's detachment rules (morphy): an inflected form's ending and what replaces it
_ENDINGS = (
    ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
    ("men", "man"), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
    ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
)  # fmt: skip


@dataclass(frozen=True)
class _Table:
    synsets: list[str]  # per synset: "hypernyms<TAB>derived", ids comma-separated
    words: dict[str, str]  # lemma -> "pos:id,id pos:id"
    forms: dict[str, list[str]]  # irregular form -> base forms
    found: dict[str, tuple[str, ...]] = field(default_factory=dict)  # bases() already read


@lru_cache(maxsize=1)
def _table() -> _Table:
    synsets: list[str] = []
    words: dict[str, str] = {}
    forms: dict[str, list[str]] = {}
    with gzip.open(TABLE, "rt", encoding="utf-8") as fh:
        for line in fh:
            tag, first, rest = line.rstrip("\n").split("\t")
            if tag == "S":
                synsets.append(f"{first}\t{rest}")
            elif tag == "W":
                words[first] = rest
            else:
                forms.setdefault(first, []).append(rest)
    return _Table(synsets, words, forms)


def _ids(field: str) -> list[int]:
    return [int(x) for x in field.split(",")] if field else []


@cache
def _up(synset: int) -> list[int]:
    return _ids(_table().synsets[synset].split("\t")[0])


@cache
def _derived(synset: int) -> list[int]:
    return _ids(_table().synsets[synset].split("\t")[1])


@cache
def _height(synset: int) -> int:
    """Steps from a synset up to the top of the hierarchy, by its shortest path."""
    ups = _up(synset)
    return 1 + min(_height(u) for u in ups) if ups else 0


def bases(word: str) -> list[str]:
    """The WordNet lemmas an inflected word may be a form of ('debuted' -> ['debut'])."""
    table = _table()
    if (known := table.found.get(word)) is None:  # read once per word of this table
        known = table.found[word] = tuple(_bases(word, table))
    return list(known)


def _bases(word: str, table: _Table) -> list[str]:
    found = [word] if word in table.words else []
    found += [b for b in table.forms.get(word, []) if b in table.words]
    for end, repl in _ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            base = word[: -len(end)] + repl
            if base in table.words and base not in found:
                found.append(base)
    return found


def _own(word: str) -> set[int]:
    out: set[int] = set()
    for base in bases(word):
        for part in _table().words[base].split():
            ids = _ids(part[2:])
            out.update(ids[:SENSES] if SENSES else ids)
    return out


@lru_cache(maxsize=65536)
def keys(word: str, wide: bool = False) -> frozenset[str]:
    """The lexicon's keys of a lower-case word: its synsets; ``wide`` (a passage's word) adds
    the synsets derived from them and their hypernyms up to ``DEPTH`` steps, those high in
    the hierarchy left out; none for '' (no word)."""
    if not word:
        return frozenset()
    own = _own(word)
    if not wide:
        return frozenset(f"{SYNSET}{s}" for s in own)
    out = set(own)
    for s in own:
        out.update(_derived(s))
    layer = set(out)
    for _ in range(DEPTH):
        layer = {u for s in layer for u in _up(s)}
        out.update(u for u in layer if _height(u) >= MIN_HEIGHT)
    return frozenset(f"{SYNSET}{s}" for s in out)


def phrases(toks: list[str]) -> dict[int, str]:
    """The multi-word lemmas of the table in a text's words, by the place of their first word,
    whose inflection is undone ("stepped in" -> "step_in", "carried out" -> "carry_out"): the
    longest from each place, and none overlapping; none whose last word opens a place
    ("stepped in the mud" is no "step_in")."""
    low = [t.lower() for t in toks]
    words = _table().words
    out: dict[int, str] = {}
    k = 0
    while k < len(low):
        found = next(
            (
                "_".join([base, *low[k + 1 : k + n]])
                for n in (3, 2)
                if k + n <= len(low) and not _place(low, k + n - 1)
                for base in bases(low[k])
                if "_".join([base, *low[k + 1 : k + n]]) in words
            ),
            None,
        )
        if found:
            out[k] = found
        k += found.count("_") + 1 if found else 1
    return out


_PLACE_WORDS = frozenset(["in", "into", "onto", "inside"])
_ARTICLES_TEXT = "the a an his her its their our my your this that these those"
_ARTICLES = frozenset(_ARTICLES_TEXT.split())


def _place(low: list[str], k: int) -> bool:
    """Whether word k opens a place ("stepped in the mud", "fell into a river"), not a verb's
    particle ("stepped in and"): "in" before an article is read as a preposition. The cost:
    "filled in the form" is read word by word."""
    return low[k] in _PLACE_WORDS and k + 1 < len(low) and low[k + 1] in _ARTICLES


def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech WordNet lists a lower-case word under ('n', 'v', 'a', 'r'); none
    for a word it does not hold as it is (an inflected form is not looked up)."""
    entry = _table().words.get(word) if ENABLED else None
    return frozenset(part[0] for part in (entry or "").split())


def noun_phrase(toks: list[str], most: int = 3) -> bool:
    """Whether 1 to ``most`` words (a trailing comma aside) read as a noun phrase: each can be
    a noun or an adjective, the last a noun ("mayor", "chief executive")."""
    parts = [parts_of_speech(t.lower()) for t in toks[: len(toks) - (toks[-1:] == [","])]]
    if not 0 < len(parts) <= most:
        return False
    return all(p & {"n", "a"} for p in parts) and "n" in parts[-1]


def adjective_only(word: str) -> bool:
    """Whether WordNet lists a lower-case word as an adjective and as nothing else ('global',
    'confidential'; not 'federal', also a noun): a phrase that ends on it has lost its noun."""
    return parts_of_speech(word) == {"a"}


def modifier_only(word: str) -> bool:
    """Whether WordNet lists a lower-case word only as an adjective or adverb ('early',
    'sadly'): opening a sentence, it is no name."""
    parts = parts_of_speech(word)
    return bool(parts) and parts <= {"a", "r"}


def table_entry(lemma: str) -> str:
    """A WordNet lemma's synsets by part of speech, most frequent first ('n:12,40 v:7')."""
    return _table().words.get(lemma, "")


def hypernyms(synset: int) -> list[int]:
    """A synset's direct hypernyms."""
    return _up(synset)


def height(synset: int) -> int:
    """A synset's steps below the top of WordNet's hierarchy (its shortest path)."""
    return _height(synset)


@lru_cache(maxsize=1)
def _verb_synsets() -> frozenset[int]:
    """Every verb synset of the table (read once, for ``event_noun``)."""
    out: set[int] = set()
    for entry in _table().words.values():
        for part in entry.split():
            if part.startswith("v:"):
                out.update(_ids(part[2:]))
    return frozenset(out)


@lru_cache(maxsize=65536)
def event_noun(word: str) -> bool:
    """Whether a lower-case word is a noun whose most frequent noun sense WordNet derives from
    a verb and is no person or thing ('dissent', 'warning', 'investigation'; not 'men',
    'house' or 'money'): it names an act."""
    verbs = _verb_synsets()
    for base in bases(word):
        for part in _table().words[base].split():
            if part.startswith("n:"):
                first = _ids(part[2:])[0]
                return any(d in verbs for d in _derived(first)) and not _thing(first)
    return False


_THINGS = ("person", "organism", "object", "artifact", "substance", "location")


@lru_cache(maxsize=1)
def _thing_synsets() -> frozenset[int]:
    return frozenset(_ids(table_entry(w).split()[0][2:])[0] for w in _THINGS)


@lru_cache(maxsize=65536)
def _thing(synset: int) -> bool:
    """Whether a noun synset is a person, an organism or a physical thing (not an act): 'man',
    'house' (WordNet derives the verbs "man" and "house" from them)."""
    return synset in _thing_synsets() or any(_thing(u) for u in _up(synset))


@lru_cache(maxsize=65536)
def degree_base(word: str) -> str:
    """The adjective a comparative or superlative is a form of ('driest' -> 'dry', 'costlier'
    -> 'costly'), when the form is no word of its own ('lower', 'later' are); '' otherwise."""
    if not ENABLED or not word.endswith(("er", "est")) or word in _table().words:
        return ""
    return next((b for b in bases(word) if b != word and "a" in parts_of_speech(b)), "")


def derived(synset: int) -> list[int]:
    """The synsets a synset's words are derivationally related to."""
    return _derived(synset)


def verb(synset: int) -> bool:
    """Whether a synset is a verb's."""
    return synset in _verb_synsets()


def irregular_bases(word: str) -> list[str]:
    """The words WordNet's exception lists give a form as a form of ('sat' -> ['sit'])."""
    return _table().forms.get(word, [])


_MIN_PART = 4  # letters in each part of a closed compound


@lru_cache(maxsize=65536)
def closed_parts(word: str) -> tuple[str, ...]:
    """The two words a closed compound is made of, when WordNet knows both and does not list
    the compound as a verb ('overnight' -> over, night; 'floodwater' -> flood, water; not
    'understand', whose parts say nothing of it); () otherwise."""
    if (
        not ENABLED
        or not word.isalpha()
        or len(word) < 2 * _MIN_PART
        or "v" in parts_of_speech(word)
    ):
        return ()
    words = _table().words
    for k in range(_MIN_PART, len(word) - _MIN_PART + 1):
        if word[:k] in words and word[k:] in words:
            return word[:k], word[k:]
    return ()
