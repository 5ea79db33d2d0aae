"""Which company "The company" stands for, in a source's own sentences.

News copy names a company once or twice, then calls it "the company" or "the firm": "The company,
which is privately held, employs about 1,800 people" says Brightforge employs them, several
sentences after the last one naming Brightforge. A claim naming Brightforge then aligned on some
other sentence that names it (and says "use" for "employ"), and was refused for a number that
passage lacks. ``stood_in`` writes the company after the stand-in, in square brackets, as
speakers.resolved does for "She [Rita Calloway]": "The company [Brightforge], which …".

The company is the name opening the nearest sentence before that opens with a name (followed by
a lower-case word: "Brightforge did not say …") and named at least twice in the source, an
ordinary word capitalised ("Engineers at
Brightforge say") and a person's name left out (one the source gives
in full and by its surname alone: "Pike said …" after "Jordan Pike"). A sentence opening
with no name, or with a person's, is passed over; none found: the sentence is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer.sentences import STOPWORDS
from newsdesk.summarizer.synonyms import ordinary

_STAND_IN = re.compile(
    r"^(The (?:company|firm|startup|business|group|maker|retailer|carrier|airline|bank|insurer))\b"
)
_OPENING_NAME = re.compile(r"^([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})(?:'s)?(?=,? [a-z])")
_PERSON = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_NOT_NAMES = frozenset(["The", "A", "An", "It", "This", "That", "These", "Those", "In", "On"])


def _people(sentences: Sequence[str]) -> set[str]:
    """People a source names: a two-word name whose last word it also uses alone ("Jordan
    Pike" … "Pike said"), with that surname; a company's name is not cut so ("Quillon Freight"
    is never "Freight")."""
    text = " ".join(sentences)
    out: set[str] = set()
    for m in _PERSON.finditer(text):
        first, last = m.group(1), m.group(2)
        if first in _NOT_NAMES or first.lower() in STOPWORDS:
            continue
        if re.search(rf"(?<!{first} )\b{last}\b", text):
            out |= {m.group(0), last}
    return out


def _opening_name(sentence: str, people: set[str], text: str) -> str | None:
    m = _OPENING_NAME.match(sentence)
    if m is None or len(re.findall(rf"\b{re.escape(m.group(1))}\b", text)) < 2:
        return None  # a name is named again ("Union officials" once is no company)
    name = m.group(1)
    first = name.split()[0]
    if (
        first in _NOT_NAMES
        or first.lower() in STOPWORDS
        or ordinary(first.lower())
        or name in people
    ):
        return None
    return None if any(part in people for part in name.split()) else name


def stood_in(sentences: Sequence[str]) -> tuple[str, ...]:
    """The sentences, each opening with a stand-in ("The company") given the company it stands
    for in square brackets, when a sentence before it opens with a company's name."""
    out = list(sentences)
    people: set[str] | None = None
    for i, sentence in enumerate(sentences):
        m = _STAND_IN.match(sentence)
        if m is None or i == 0:
            continue
        if people is None:
            people = _people(sentences)
        for before in reversed(sentences[:i]):
            if name := _opening_name(before, people, " ".join(sentences)):
                out[i] = f"{m.group(1)} [{name}]{sentence[m.end() :]}"
                break
    return tuple(out)
