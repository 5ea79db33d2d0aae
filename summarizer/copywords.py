"""The copy rule's evidence in the source's own words, as the source wrote them.

The copy rule compares words folded (copying.tokens): lower case, typographic marks made plain,
a verb's tense folded ("was" is "is", "could" is "can"), and a sign such as "$" is no word. That
is how a run is found, not how it should be shown: an editor told that a sentence copies "the
company moved as soon as the pattern is clear" looks in the source for words it does not have
(it says "was"). ``as_written`` finds the run in the source and returns that stretch of the
source's text: its case, its tenses, its currency signs and its quotation marks (typographic
quotes and apostrophes, and runs of spaces, as ``sentences.normalize`` makes them plain; the mark
of a quotation the run cuts into is left out, as it would stand alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer.copying import plain_words
from newsdesk.summarizer.sentences import normalize

# copying._TOKEN, on the normalised text, with where each word stands
_TOKEN = re.compile(r'"|[A-Za-z0-9]+(?:[\'\-.,][A-Za-z0-9]+)*')
_BEFORE = "$£€¥#"  # signs a number's word leaves out: "$310,000" is the word "310,000"
_AFTER = "%"


def _words_at(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each word copying.tokens reads, quotation marks apart."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text) if m.group(0) != '"']


def as_written(run: Sequence[str], source: str, *, shown: int) -> str | None:
    """The first stretch of ``source`` whose words, folded as the copy rule folds them, are
    ``run``, as the source writes it (normalised), cut after ``shown`` words with " …"; None
    when the source has no such stretch."""
    if not run:
        return None
    text = normalize(source)
    folded, spans = plain_words(text), _words_at(text)
    if len(folded) != len(spans):  # the two readings disagree: show nothing rather than a guess
        return None
    want, size = list(run), len(run)
    first = run[0]
    for i, w in enumerate(folded):
        if w == first and folded[i : i + size] == want:
            last = min(i + size, i + shown) - 1
            start, end = spans[i][0], spans[last][1]
            while start > 0 and text[start - 1] in _BEFORE:
                start -= 1
            while end < len(text) and text[end] in _AFTER:
                end += 1
            found = text[start:end]
            if found.count('"') % 2:  # a quotation the run cuts into: its mark alone misleads
                found = " ".join(found.replace('"', " ").split())
            return found + (" …" if size > shown else "")
    return None
