"""How a checked line is read (its [n] markers, a quote line's attribution) and what a sentence
states that must be in its source word for word: its numbers, its quotations and its names
(verify.py checks each against the cited sources)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.scales import bare, scaled
from newsdesk.summarizer.sentences import STOPWORDS, content_words, normalize, stem, words
from newsdesk.summarizer.synonyms import ordinary

from newsdesk.text import MONTHS

_MARKERS = re.compile(r"\s*\[(\d+)\]")
_MARK_TAG = re.compile(r"</?mark\b[^>]*>", re.I)
_REPORTED_BY = re.compile(r",?\s*\(?\b(?:as )?(?:reported|published) by [^)]*\)?", re.I)
_LEADING = re.compile(r"^\s*(?:>\s*|[-*+]\s+|\d+[.)]\s+)+")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_RANK = re.compile(r"(?<![\w.,])(\d+)(?:st|nd|rd|th)\b", re.I)  # "3rd", "21st"
_MONTH = "|".join(m.lower() for m in (*MONTHS, *(m[:3] for m in MONTHS), "Sept"))
# a day of the month written as an ordinal is the date's number ("March 3rd" is "March 3")
_DATE_RANK = re.compile(
    rf"(?i)\b(?:(?:{_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)\b(?!-)"
    rf"|(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)\s+(?:of\s+)?(?:{_MONTH})\b)"
)
# "number two": a rank too ("the nation's number two publisher" is its second largest); a
# "number 370" or "No. 10" in digits before a name is a label (a flight, an address) and stays
# a number, but "No. 2" before a lower-case word or a clause's end ranks ("the No. 2 grocer",
# "ranked No. 1."): "2nd", so a passage's "No. 2 grocer" holds no claim's "2 shops"
_NUMBER_RANK = re.compile(r"(?i)\bnumber\s+(two|three|four|five|six|seven|eight|nine|ten)\b(?!-)")
_NO_RANK = re.compile(  # not after a capitalised noun: "Flight No. 370 vanished" is a label
    r"(?:\b([A-Z][a-z]+)\s+)?\bNo\.\s?(\d{1,3})(?=\s+[a-z]|\s*[,;:.)]|\s*$)"
)


def _no_rank(m: re.Match[str], out: set[str]) -> str:
    """A "No. 2" rank put in ``out`` and blanked; a label ("Flight No. 370") left as it is."""
    before = m.group(1)
    if before and before.lower() not in STOPWORDS:
        return m.group(0)
    out.add(_rank(int(m.group(2))))
    return " " if not before else before + " "


def _rank(n: int) -> str:
    """An ordinal as newsdesk writes it for comparison: 1st, 2nd, 3rd, 4th, 11th, 22nd."""
    last = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{last}"


_NUMBER_WORD_TEXT = "zero _ two three four five six seven eight nine ten eleven twelve"
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(_NUMBER_WORD_TEXT.split()) if w != "_"}
_NUMBER_WORDS.update(
    {"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100"}
)
# ordinals say their rank, as a number of their own ("third" and "3rd" are "3rd", never "3": a
# passage's "third quarter" does not hold a claim's "$3 million"); "first" is left out as "one"
# is: it is also "earliest"
_ORDINAL_TEXT = "_ second third fourth fifth sixth seventh eighth ninth tenth"
_NUMBER_WORDS.update({w: _rank(i + 1) for i, w in enumerate(_ORDINAL_TEXT.split()) if w != "_"})
# nouns that count ("a decade ago" is "ten years ago"); their plurals ("dozens") do not
_NUMBER_WORDS.update({"decade": "10", "dozen": "12", "century": "100"})
# how many times over ("spending doubled" says 2, "a fivefold rise" 5); "double" and "half" are
# left out: "double-digit", "half of the staff" count nothing ("doubled down" says 2: a claim
# that keeps the source's idiom keeps its number too)
_NUMBER_WORDS.update({"twice": "2", "doubled": "2", "doubling": "2", "tripled": "3"})
_NUMBER_WORDS.update({"tripling": "3", "trebled": "3", "quadrupled": "4"})
QUOTED = re.compile(r'"([^"]+)"')  # a straight-quoted stretch
_CAP = re.compile(r"(?<![A-Za-z0-9'])[A-Z][A-Za-z0-9'&\-]*")


def numbers(text: str) -> set[str]:
    """The numbers a text states, normalised ('1,200' -> '1200', '07' -> '7')."""
    return set(_numbers(text))  # a copy: callers may add to it


def held_numbers(text: str) -> set[str]:
    """The numbers a source holds: as numbers() reads them, and its amounts' bare figures too
    ("$1 million" holds 1000000 and 1; scales.py)."""
    return numbers(text) | _numbers(bare(text))


@lru_cache(maxsize=8192)  # a draft asks for the same passage's numbers thousands of times
def _numbers(text: str) -> set[str]:
    norm = scaled(normalize(text))  # "$1 million" is 1000000 (scales.py)
    out = {str(int(m.group(1) or m.group(2))) for m in _DATE_RANK.finditer(norm)}
    norm = _DATE_RANK.sub(" ", norm)
    out |= {_rank(int(m.group(1))) for m in _RANK.finditer(norm)}
    norm = _RANK.sub(" ", norm)
    for m in _NUMBER_RANK.finditer(norm):
        said = m.group(1).lower()
        out.add(_rank(int(_NUMBER_WORDS.get(said, said))))
    norm = _NUMBER_RANK.sub(" ", norm)
    norm = _NO_RANK.sub(lambda m: _no_rank(m, out), norm)
    for raw in _NUMBER.findall(norm):
        value = raw.replace(",", "")
        if "." in value:
            value = value.rstrip("0").rstrip(".")
        out.add(value.lstrip("0") or "0")
    for w in words(norm):
        for part in w.lower().split("-"):  # "a two-week strike" says 2 as "two weeks" does
            part = part.removesuffix("fold")
            if part in _NUMBER_WORDS:
                out.add(_NUMBER_WORDS[part])
    return out


def quotes(text: str) -> list[str]:
    """Quoted spans (double quotes of any typography) of a text, in order; a quotation left
    open (a sentence cut at "…") runs to the end of the text."""
    norm = normalize(text)
    out = [q.strip() for q in QUOTED.findall(norm) if q.strip()]
    if norm.count('"') % 2 and (tail := norm[norm.rindex('"') + 1 :].strip(" .")):
        out.append(tail)
    return out


def _fragments(quote: str) -> list[str]:
    parts = re.split(r"\.\.\.|\[\.\.\.\]", quote)
    return [p.strip(" ,.;:!?-") for p in parts if p.strip(" ,.;:!?-")]


def quote_in(quote: str, text_norm: str) -> bool:
    """True when every fragment of ``quote`` occurs, in order, in the normalised text."""
    pos = 0
    for frag in _fragments(quote):
        at = text_norm.find(frag, pos)
        if at < 0 and frag[:1].isalpha():  # the first letter's case may change at a quote start
            alt = frag[0].swapcase() + frag[1:]
            at = text_norm.find(alt, pos)
        if at < 0:
            return False
        pos = at + len(frag)
    return True


def names(text: str, vocabulary: set[str]) -> list[str]:
    """Capitalised words that name something: not stopwords, not ordinary words of the story.

    A capitalised word at the start of the sentence counts only when the story never uses it
    in lower case (so "Employees" opening a sentence is not a name, "Google" is).
    """
    out = []
    for i, m in enumerate(_CAP.finditer(normalize(text))):
        word = re.sub(r"'s$", "", m.group(0)).strip("'-")
        low = word.lower()
        if len(word) < 2 or word in vocabulary or low in STOPWORDS and not acronym(word):
            continue  # a word of the vocabulary as written: an abbreviation ("AI"; lacking.py)
        if (i == 0 or m.start() == 0) and (low in vocabulary or ordinary(word)):
            continue
        if low in _NUMBER_WORDS:
            continue
        out.append(word)
    return list(dict.fromkeys(out))


def plain_opening(text: str, sources: Sequence[SourceText]) -> set[str]:
    """The sentence's capitalised first word, lower-cased, when it reads as a paraphrase's own
    word rather than a name ("Pregnant women are referred…" for "expectant mothers"): no source
    has it in any case, and a source has its plural, or WordNet knows it as an adjective or
    adverb, or as an inflected form ("Complaints"), or it is a closed compound of two words it knows, one of them a word of the
    sources ("Floodwater" where they say "flooding"). A bare word such as "Apple" or "Google",
    which names companies, stays a name. Empty set otherwise."""
    m = _CAP.match(normalize(text).lstrip())
    low = re.sub(r"'s$", "", m.group(0)).strip("'-").lower() if m else ""
    if not low.isalpha() or not lexicon.ENABLED or not _plain(low, sources):
        return set()
    seen = re.compile(rf"(?<![a-z0-9]){re.escape(low)}(?![a-z0-9])")
    return set() if any(seen.search(s.lower) for s in sources) else {low}


def _plain(low: str, sources: Sequence[SourceText]) -> bool:
    """Whether an opening word is ordinary by WordNet (plain_opening), or a source uses its
    plural in lower case ("Reservoir levels fell" where the sources say "its reservoirs")."""
    plural = re.compile(rf"(?<![a-z0-9]){re.escape(low)}e?s(?![a-z0-9])")
    if any(plural.search(s.lower) for s in sources):
        return True
    bases = lexicon.bases(low)
    if bases:
        modifier = lexicon.parts_of_speech(low) & {"a", "r"}
        return bool(modifier) or any(b != low for b in bases)
    return any(
        lexicon.bases(low[:k])
        and lexicon.bases(low[k:])
        and any({stem(low[:k]), stem(low[k:])} & s.words for s in sources)
        for k in range(3, len(low) - 2)
    )


def split_markers(line: str) -> tuple[str, tuple[int, ...]]:
    """'Text. [1][3]' -> ('Text.', (1, 3)); <mark> tags and list/quote prefixes removed."""
    line = _MARK_TAG.sub("", line)
    cites = tuple(dict.fromkeys(int(n) for n in _MARKERS.findall(line)))
    text = _MARKERS.sub("", line)
    return _LEADING.sub("", text).strip(), cites


def strip_reported_by(attribution: str) -> str:
    """The attribution without ", as reported (or published) by Outlet" (the outlet comes from
    the source list)."""
    return _REPORTED_BY.sub("", attribution)


@dataclass
class SourceText:
    """A source's text, pre-processed once for all the sentences checked against it."""

    text: str
    norm: str = field(init=False)
    lower: str = field(init=False)
    words: frozenset[str] = field(init=False)
    numbers: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.norm = normalize(self.text)
        self.lower = self.norm.lower()
        self.words = frozenset(content_words(self.text))
        self.numbers = frozenset(held_numbers(self.text))

    def has_name(self, name: str) -> bool:
        if acronym(name):  # "US" is not "us", "IT" not "it": as written, or "U.S."
            found = acronym_in(name, self.norm)
        else:
            found = re.search(rf"(?<![a-z0-9]){re.escape(name.lower())}", self.lower) is not None
        return found or spelled_out(name, self.lower) is not None


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def acronym(word: str) -> bool:
    """An upper-case abbreviation ("US", "EU", "CEOs"): a name, even where its letters spell
    a common word in lower case ("us", "it")."""
    return _ACRONYM.fullmatch(word.removesuffix("s")) is not None


def acronym_in(name: str, text: str) -> bool:
    """Whether a text writes an acronym as it is written (upper case) or with dots ("U.S.")."""
    letters = name.removesuffix("s")
    dotted = "".join(f"{c}\\." for c in letters)
    return re.search(rf"(?<![\w.])(?:{letters}|{dotted})s?(?![A-Za-z])", text) is not None


_ACRONYMS = re.compile(r"\b[A-Z]{2,6}s?\b")
_LINKS = frozenset(["of", "and", "for", "the", "on", "in"])  # "Department of Justice"


def spelled_out(name: str, text: str) -> str | None:
    """The words an acronym ("AI", "CEOs", "FBI") abbreviates in a text ("artificial
    intelligence", "chief executive officers", "Federal Bureau of Investigation"), or None: consecutive words, none a stopword but the linking words inside it, whose
    initials spell it (a linking word may give its letter, "DOJ", or be skipped, "FBI")."""
    letters = name.removesuffix("s")
    if not _ACRONYM.fullmatch(letters):
        return None
    written = re.findall(r"[A-Za-z]+", text)
    toks = [w.lower() for w in written]
    for spelled in (letters, *_CHIEF.findall(letters)):
        for i, t in enumerate(toks):
            if t[0] == spelled[0].lower() and (end := _spells(spelled.lower(), toks, i)):
                return " ".join(written[i:end])  # as the text writes them: a name stays a name
    return None


# a chief officer's title is written without "officer" as often as with it: "CEO" is "chief
# executive", "CFO" "chief financial"
_CHIEF = re.compile(r"^(C[A-Z]{1,2})O$")


def spell_out(text: str, texts: Sequence[str]) -> str:
    """``text`` with each acronym that no text has as written, but one spells out, replaced by
    its words there ("used AI tools" checked against "artificial intelligence tools")."""

    def words_for(m: re.Match[str]) -> str:
        if any(re.search(rf"\b{m[0]}\b", t) for t in texts):
            return m[0]
        return next((w for t in texts if (w := spelled_out(m[0], t))), m[0])

    return _ACRONYMS.sub(words_for, text)


def _spells(letters: str, toks: list[str], i: int, started: bool = False) -> int | None:
    """Where the words from ``toks[i]`` that spell ``letters`` end (None: they do not)."""
    if not letters:
        return i
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok in _LINKS:  # never the first or the last letter
        took = None
        if tok[0] == letters[0] and len(letters) > 1:
            took = _spells(letters[1:], toks, i + 1, True)
        return (took or _spells(letters, toks, i + 1, True)) if started else None
    if tok in STOPWORDS or tok[0] != letters[0]:
        return None
    return _spells(letters[1:], toks, i + 1, True)
