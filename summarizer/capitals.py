"""Which word keeps its capital when an outlet's sentence is reported inside ours.

"Valley Courier reported that Brightforge had …" keeps "Brightforge"; "… reported that the
board …" lowers "The". :func:`capitalised` finds the story's names in its sources, and
:func:`keeps_capital` decides for a reported sentence's first word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.fragments import PREPOSITIONS
from newsdesk.summarizer.sentences import STOPWORDS
from newsdesk.summarizer.synonyms import ordinary

_MID_CAPITAL = re.compile(r"(?<=[a-z0-9,;:] )([A-Z][\w'\-]*)")
_LOWER = re.compile(r"(?<![\w./@-])[a-z][a-z'\-]*(?![\w/@]|\.\w)")
_UPPER = re.compile(r"\b[A-Z][\w'\-]*")
_OFFICES = frozenset(  # an office named with its department: 'Secretary of State', 'Minister of …'
    ["secretary", "minister", "director", "governor", "chairman", "chair", "commissioner"]
)
_TITLES = frozenset(["mr", "mrs", "ms", "dr"])  # stop words, yet they open names ("Mr Johnson")
_NUMBER_TEXT = """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions dozen dozens
"""
_NUMBERS = frozenset(_NUMBER_TEXT.split())  # never a name ("Five of the polls", "Twenty-two")


def capitalised(texts: Iterable[str]) -> set[str]:
    """Names, kept as written when they open a reported sentence: words the sources write with
    a capital inside a sentence, or never in lower case (a plural-looking word only when it is
    written twice or its singular is a name: "Portugal", "Brightforge" and "Americans" are
    names, "Millions" opening a sentence is not; an adverb never: "Sadly"; nor a word WordNet
    knows that is never capitalised inside a sentence: "Tensions", "Pharmaceutical")."""
    texts = list(texts)
    lower = {w for t in texts for w in _LOWER.findall(t)}
    upper = Counter(w for t in texts for w in _UPPER.findall(t))
    mid = {m.group(1) for t in texts for m in _MID_CAPITAL.finditer(t)}
    # a plural opening a sentence once is a name when its singular is one ("Americans" beside
    # "an American firm"), not otherwise ("Millions")
    alone = {
        w
        for w, k in upper.items()
        if k >= 2 or not w.endswith("s") or w[:-1] in mid or _of_a_place(w.lower())
    }
    alone = {w for w in alone if lexicon.parts_of_speech(w.lower()) != {"r"}}  # "Sadly, …"
    alone = {w for w in alone if not _common(w, mid)}
    return mid | {w for w in alone if w.lower() not in lower}


def _common(word: str, mid: AbstractSet[str]) -> bool:
    """A word only ever seen opening a sentence that WordNet knows as an adjective or a plural
    noun is a word, not a name: three outlets opening on "Tensions …" or "Pharmaceutical giant
    …" make no name of it; "Democratic" beside "Democrats" in mid-sentence still is one, and a
    singular noun ("Pentagon press secretary") may be."""
    parts = set().union(*map(lexicon.parts_of_speech, lexicon.bases(word.lower())))
    if not parts or not ("a" in parts or word.endswith("s")) or _of_a_place(word.lower()):
        return False
    return not any(m[:6].lower() == word[:6].lower() for m in mid if len(m) >= 6)


def _of_a_place(word: str) -> bool:
    """A people or party named after a place or polity WordNet holds as a noun: "Americans"
    (america), "Europeans" (europe), "Italians" (italy), "Canadians" (canada), "Israelis"
    (israel), "Republicans" (republic); never lowered to "americans". The word itself must be
    an adjective too: "Officials", "Musicians" and "Historians" are not peoples."""
    one = word.removesuffix("s")
    if "a" not in lexicon.parts_of_speech(one):  # "american" is an adjective, "musician" not
        return False
    stems = [one.removesuffix(end) for end in ("n", "an", "ian", "i") if one.endswith(end)]
    if one.endswith("ian"):
        stems += [one[:-3] + "a", one[:-3] + "y"]  # canad-ian, ital-ian
    return any(len(s) >= 4 and "n" in lexicon.parts_of_speech(s) for s in stems)


def keeps_capital(first: str, rest: str, names: AbstractSet[str]) -> bool:
    """Whether a reported sentence's first word stays capitalised after 'reported that': an
    acronym ("U.S.", "iPhone"), a title ("Mr Johnson"), the first of several names ("Governor
    Greg Abbott", "New York" when the sources write "New" so mid-sentence; not "The White
    House", "Early Friday", nor "Former President …" unless the sources write "Former" so
    mid-sentence: "former" is an adjective too), or a name that is no ordinary word; never a number word or a
    preposition ("Despite the …")."""
    word = first.removesuffix("'s").removesuffix("\u2019s")
    low = word.lower()
    if any(c.isupper() or c == "." for c in word[1:]):
        return True
    if low in _TITLES or (low in _OFFICES and re.match(r"of (?:the )?[A-Z]", rest)):
        return True  # 'Secretary of State Antony Blinken' (was told 'secretary of State …')
    if low.split("-")[0] in _NUMBERS or low in PREPOSITIONS:
        return False
    if low in STOPWORDS and not (low == "new" and rest[:1].isupper()):  # "New York"
        return False
    if rest[:1].isupper():  # a word with an adjective sense opens a name only when it is one
        return word in names or not (
            lexicon.modifier_only(low) or "a" in lexicon.parts_of_speech(low)
        )
    return word in names and not ordinary(word)
