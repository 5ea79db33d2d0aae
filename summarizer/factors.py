"""A multiple said as a verb: "usage tripled" is what a source says with its two figures, "rose
from 2 billion to 6 billion tokens".

A summary folds a change given as two figures into how many times over it is ("doubled",
"tripled", "a fivefold rise", "halved"). Word by word the source has no such verb, and the number
rule reads "tripled" as 3, which the source need not state. ``as_figures`` rewrites each such word
of a claim as the span of a cited source whose figures it summarises ("from 2 billion to 6
billion"), when the later figure is that multiple of the earlier one (within ``TOLERANCE``; "nearly
tripled" and "almost doubled" also take a little less), so the rest of the checks read the
figures the source gives. A multiple no "from … to …" of the sources makes is left as written,
and is then checked as before (its number, its words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsdesk.summarizer.sentences import normalize

TOLERANCE = 0.12  # the later figure may be this share off the multiple ("about $310,000" to
# "just under $1 million" is 3.2 times)
_TIMES = {
    "doubled": 2.0, "doubling": 2.0, "tripled": 3.0, "trebled": 3.0, "tripling": 3.0,
    "quadrupled": 4.0, "quadrupling": 4.0, "halved": 0.5, "halving": 0.5,
}  # fmt: skip
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_FOLD.update({"nine": 9, "ten": 10, "twenty": 20, "hundred": 100})
_SCALE = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_AMOUNT = (
    r"(?:about|around|roughly|nearly|almost|some|just under|just over|more than|over|under)?\s*"
    r"[$£€]?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|m)?\b"
)
_FROM_TO = re.compile(rf"\bfrom\s+{_AMOUNT}(?:[^.;]{{0,60}}?)\bto\s+{_AMOUNT}", re.I)
_MULTIPLE = re.compile(
    r"\b(?:(nearly|almost|more\s+than)\s+)?(?:(doubled|doubling|tripled|trebled|tripling|quadrupled"
    r"|quadrupling|halved|halving)|(?:rose|grew|increased|jumped|climbed)\s+(\w+)-?fold"
    r"|(?:a\s+)?(\w+)-?fold\s+(?:rise|increase|jump))\b",
    re.I,
)


def _value(number: str, scale: str | None) -> float:
    return float(number.replace(",", "")) * _SCALE.get((scale or "").lower(), 1.0)


def _times(m: re.Match[str]) -> float | None:
    if m.group(2):
        return _TIMES[m.group(2).lower()]
    word = (m.group(3) or m.group(4) or "").lower()
    if word.isdigit():
        return float(word)
    return float(_FOLD[word]) if word in _FOLD else None


def _changes(texts: Iterable[str]) -> list[tuple[float, str, frozenset[str]]]:
    """(later / earlier, the span as written, the words of its sentence) for each "from A to
    B" of the texts; a scale written once ("from 2 to 6 billion") counts for both figures."""
    out = []
    for text in texts:
        for sent in re.split(r"(?<=[.!?])\s+", normalize(text)):
            for m in _FROM_TO.finditer(sent):
                first, second = m.group(2), m.group(4)
                if first is None and second and float(m.group(1).replace(",", "")) < 1000:
                    first = second
                a, b = _value(m.group(1), first), _value(m.group(3), second)
                if a > 0:
                    out.append((b / a, m.group(0), _words(sent)))
    return out


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))


def _bounds(times: float, hedge: str) -> tuple[float, float]:
    """The ratios a multiple said with ``hedge`` ("nearly", "more than", or none) stands for."""
    low, high = times * (1 - TOLERANCE), times * (1 + TOLERANCE)
    if hedge in ("nearly", "almost"):
        return low * 0.85, times * (1 + TOLERANCE / 2)
    if hedge == "more than":
        return times, times * 1.5
    return low, high


def as_figures(claim: str, texts: Iterable[str]) -> str:
    """The claim with each multiple ("tripled") that a cited text's "from A to B" makes written
    as that span ("rose from 2 billion to 6 billion"): of several, the one whose sentence shares
    most words with the claim. A multiple the texts use themselves stays as written."""
    texts = list(texts)
    if not _MULTIPLE.search(claim):
        return claim
    changes = _changes(texts)
    mine = _words(claim)
    used = _words(" ".join(texts))

    def one(m: re.Match[str]) -> str:
        times = _times(m)
        if times is None or _stem(m) in {w[:5] for w in used}:
            return m.group(0)
        low, high = _bounds(times, " ".join((m.group(1) or "").lower().split()))
        fits = [(len(mine & ws), -k, span) for k, (r, span, ws) in enumerate(changes)]
        fits = [f for f, (r, _, _) in zip(fits, changes, strict=True) if low <= r <= high]
        if not fits:
            return m.group(0)
        return ("fell " if times < 1 else "rose ") + max(fits)[2]

    return _MULTIPLE.sub(one, claim)


def _stem(m: re.Match[str]) -> str:
    """The first five letters of the multiple's word ("tripl", "three"): the texts' own word."""
    return (m.group(2) or m.group(3) or m.group(4) or "").lower()[:5]


def changed_multiple(claim: str, texts: Iterable[str]) -> str | None:
    """The reason when the claim says a multiple ("doubled") that the figures of the cited
    sentence it retells make another ("from 2 billion to 6 billion" is 3 times); None else."""
    texts = list(texts)
    m = _MULTIPLE.search(claim)
    if (
        m is None
        or (times := _times(m)) is None
        or _stem(m) in {w[:5] for w in _words(" ".join(texts))}
    ):
        return None
    mine = _words(claim)
    low, high = _bounds(times, " ".join((m.group(1) or "").lower().split()))
    for ratio, span, ws in _changes(texts):
        if not low <= ratio <= high and 2 * len(mine & ws) >= len(mine):
            return f'it says "{m.group(0)}" where the cited figures ({span}) make {ratio:.3g} times'
    return None
