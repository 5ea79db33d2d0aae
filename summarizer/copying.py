"""Copying: which words of a draft are an outlet's words standing as ours.

A run of ``RUN`` (8) or more consecutive words that one source also has, word for word, is that
source's writing. Inside quotation marks it is credited (the sentence names whose words they
are); outside them it is copying. So is a longer run broken only by the marks of short quoted
fragments, when RUN or more of its words stand outside them (:func:`fragment_runs`: "… had ended
an internal contest that “awarded points to engineers” for using AI assistants" is the outlet's
sentence with four words marked). The *copy ratio* of a text is the share of its words that
lie in such runs outside quotation marks: 0 for a draft that credits every borrowed word, about
1 for a collage of source sentences.

Words are compared lower-cased, with typographic quotes, dashes and apostrophes folded
(``sentences.normalize``), so "don’t" and "don't" are the same word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from newsdesk.summarizer.closecopy import SentenceIndex
from newsdesk.summarizer.sentences import normalize

RUN = 8  # words: a shorter shared run is a phrase anyone might write
# words: a shorter quotation inside a run of an outlet's words is a fragment, which marks a few
# of its words and leaves the rest of the sentence in the outlet's wording (fragment_runs)
FRAGMENT = 2 * RUN
# a verb moved back a tense is the same word ('has become' told as 'had become'): reported
# speech that only backshifts the outlet's sentence still carries its words
_TENSES = ("has had have", "is was are were", "will would", "can could", "says said say")
_FOLD = {w: forms.split()[0] for forms in _TENSES for w in forms.split()[1:]}
_FOLD.update({"does": "do", "did": "do"})
_TOKEN = re.compile(r'"|[A-Za-z0-9]+(?:[\'\-.,][A-Za-z0-9]+)*')
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")  # roughly: close copying reads sentences


def tokens(text: str) -> list[tuple[str, bool]]:
    """(word, inside quotation marks) for each word of ``text``. An unbalanced quotation mark
    opens a quotation that runs to the end, as a reader would take it."""
    out: list[tuple[str, bool]] = []
    inside = False
    for m in _TOKEN.finditer(normalize(text)):
        tok = m.group(0)
        if tok == '"':
            inside = not inside
        else:
            low = tok.lower()
            out.append((_FOLD.get(low, low), inside))
    return out


def plain_words(text: str) -> list[str]:
    return [w for w, _ in tokens(text)]


def quoted_words(text: str) -> int:
    """How many words of ``text`` are inside quotation marks."""
    return sum(inside for _, inside in tokens(text))


def in_runs(
    toks: Sequence[tuple[str, bool]], copied: Callable[[Sequence[tuple[str, bool]]], bool]
) -> list[bool]:
    """For each token, whether it lies in a window of RUN tokens that ``copied`` accepts."""
    hit = [False] * len(toks)
    for i in range(len(toks) - RUN + 1):
        if copied(toks[i : i + RUN]):
            hit[i : i + RUN] = [True] * RUN
    return hit


def _quotation_sizes(toks: Sequence[tuple[str, bool]]) -> list[int]:
    """For each token, the length in words of the quotation it stands in (0 outside one)."""
    sizes = [0] * len(toks)
    k = 0
    while k < len(toks):
        end = k
        while end < len(toks) and toks[end][1]:
            end += 1
        sizes[k:end] = [end - k] * (end - k)
        k = max(end, k + 1)
    return sizes


def fragment_runs(
    toks: Sequence[tuple[str, bool]], source: Callable[[tuple[str, ...]], int | None]
) -> dict[int, int]:
    """Word index -> source, for the words outside quotation marks in a run of a source's words
    that only quotation marks of fragments (fewer than FRAGMENT words each) break, when RUN or
    more of its words stand outside them: '… had ended an internal contest that “awarded
    points to engineers” for using AI assistants' is the outlet's sentence with four words
    marked, still read in its words. A longer quotation is a passage credited whole; the words
    around it are judged on their own (a run of RUN outside the marks)."""
    sizes = _quotation_sizes(toks)
    hit: dict[int, int] = {}
    for i in range(len(toks) - RUN + 1):
        window = toks[i : i + RUN]
        if not any(inside for _, inside in window):
            continue  # a run outside the marks: the plain rule's
        if any(s >= FRAGMENT for s in sizes[i : i + RUN]):
            continue
        n = source(tuple(w for w, _ in window))
        if n is not None:
            for j in range(i, i + RUN):
                hit.setdefault(j, n)
    out: dict[int, int] = {}
    run: list[int] = []
    for j in sorted(hit) + [len(toks) + 1]:  # maximal runs of hit words
        if run and j != run[-1] + 1:
            outside = [k for k in run if not toks[k][1]]
            if len(outside) >= RUN and len(outside) < len(run):
                out.update((k, hit[k]) for k in outside)
            run = []
        run.append(j)
    return out


@dataclass(frozen=True)
class Shingles:
    """Every run of RUN words of each source, to look runs up in constant time."""

    by_source: Mapping[int, frozenset[tuple[str, ...]]]
    sentences: SentenceIndex = field(default_factory=SentenceIndex)  # for close copying
    written: Mapping[int, str] = field(default_factory=dict)  # the texts, to quote (copywords)

    @classmethod
    def of(cls, texts: Mapping[int, str | None]) -> Shingles:
        out = {}
        said = {}
        for n, text in texts.items():
            if text:
                ws = plain_words(text)
                out[n] = frozenset(tuple(ws[i : i + RUN]) for i in range(len(ws) - RUN + 1))
                parts = _SENTENCE_END.split(normalize(text))
                said[n] = [tuple(plain_words(p)) for p in parts]
        return cls(out, SentenceIndex.of(said), {n: t for n, t in texts.items() if t})

    def close(self, text: str) -> int | None:
        """The source whose one sentence ``text`` copies closely (closecopy.py), or None."""
        return self.sentences.close(tokens(text))

    def close_run(self, text: str) -> tuple[int, int] | None:
        """The character span, in ``normalize(text)``, of the longest run of a sentence ``text``
        copies closely (to mark it as a quotation), or None."""
        toks = tokens(text)
        if self.sentences.close(toks) is None:
            return None
        _, runs = self.sentences.runs(toks)
        i, size = max(runs, key=lambda r: r[1])
        found = [m for m in _TOKEN.finditer(normalize(text)) if m.group(0) != '"']
        return found[i].start(), found[i + size - 1].end()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans, in ``normalize(text)``, of the maximal copied runs outside quotation
        marks (to mark them as quotations)."""
        norm = normalize(text)
        found = [(m.start(), m.end()) for m in _TOKEN.finditer(norm) if m.group(0) != '"']
        toks = tokens(text)
        hit = in_runs(
            toks,
            lambda window: (
                not any(q for _, q in window) and tuple(w for w, _ in window) in self._first
            ),
        )
        out: list[tuple[int, int]] = []
        for k, on in enumerate(hit):
            if on and out and k and hit[k - 1]:
                out[-1] = (out[-1][0], found[k][1])
            elif on:
                out.append(found[k])
        return out

    def copied(self, text: str) -> dict[int, int]:
        """Source n -> how many words of ``text`` outside quotation marks are its wording: they lie
        in a run of RUN words copied from it, or in a longer run of its words broken only by
        short quoted fragments (:func:`fragment_runs`). A word counts once, for the first source
        that has it."""
        counts: dict[int, int] = {}
        for n in self.marked(text).values():
            counts[n] = counts.get(n, 0) + 1
        return counts

    def marked(self, text: str) -> dict[int, int]:
        """Word index (of :func:`tokens`) -> source, for each word :meth:`copied` counts."""
        toks = tokens(text)
        marked: dict[int, int] = {}  # word index -> source
        for i in range(len(toks) - RUN + 1):
            window = toks[i : i + RUN]
            if any(inside for _, inside in window):
                continue
            n = self._source(tuple(w for w, _ in window))
            if n is not None:
                for j in range(i, i + RUN):
                    marked.setdefault(j, n)
        for j, n in fragment_runs(toks, self._source).items():
            marked.setdefault(j, n)
        return marked

    def _source(self, gram: tuple[str, ...]) -> int | None:
        return self._first.get(gram)

    @cached_property
    def _first(self) -> dict[tuple[str, ...], int]:
        """Each run -> the first source (in ``by_source`` order) that has it: one look-up for
        every window of every candidate, not one per source."""
        out: dict[tuple[str, ...], int] = {}
        for n, grams in self.by_source.items():
            for gram in grams:
                out.setdefault(gram, n)
        return out

    def reasons(self, text: str, names: Mapping[int, str]) -> tuple[str, ...]:
        """The reason a sentence fails the copy check: it carries a source's words as ours."""
        return tuple(
            f"{k} words copied from {names.get(n) or f'[{n}]'} [{n}] without quotation marks"
            for n, k in sorted(self.copied(text).items())
        )


def copy_ratio(lines: Iterable[str], shingles: Shingles) -> float:
    """The share of the words of ``lines`` that lie in copied runs outside quotation marks."""
    total = copied = 0
    for line in lines:
        total += len(tokens(line))
        copied += sum(shingles.copied(line).values())
    return copied / total if total else 0.0


def wording_ratio(lines: Iterable[str], shingles: Shingles) -> float:
    """The share of the words of ``lines`` that stand outside quotation marks inside a run of
    RUN words a source has when the quotation marks are ignored: an outlet's wording kept in a
    retold sentence whose copied run is broken only by short quoted fragments ("… the “key
    figure” in a recent report …"). The copy ratio counts them where 8 or more stand outside
    the marks in one run (fragment_runs); this counts every one: how much of a draft still
    reads in the outlet's words."""
    grams = frozenset().union(*shingles.by_source.values())
    total = kept = 0
    for line in lines:
        toks = tokens(line)
        hit = in_runs(toks, lambda window: tuple(w for w, _ in window) in grams)
        total += len(toks)
        kept += sum(on and not inside for on, (_, inside) in zip(hit, toks, strict=True))
    return kept / total if total else 0.0


def body_words(lines: Sequence[str]) -> int:
    return sum(len(tokens(line)) for line in lines)
