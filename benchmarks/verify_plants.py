"""Errors planted in real sentences for benchmarks/verify.py, one function per kind.

Each takes the article's sentences and the index of the sentence to change, and returns the
changed sentence, or None when the sentence offers no place for that kind of error (no two
names, no time expression, ...). The changed sentence always says something the article does
not say at that place:

* swap      — two names around a relation word trade places ("A sued B" -> "B sued A");
* actor     — a name becomes another name of the same article, one not in the sentences around;
* time      — a time expression becomes a different one the sentences around do not have;
* franken   — the subject of this sentence with the predicate of one at least 3 sentences away
  whose neighbourhood is not about that subject (else the claim may well be true), and only
  a subject with a content word (a bare "It" would leave the other sentence as it is);
* number, name, quote, negation — a number +7, an invented name, a changed quoted word, an
  added "not" (the kinds the earlier benchmark planted);
* scale     — a scale word changed, the figure kept ("$4 million" -> "$4 billion", "2,000" is
  left alone: only a figure written with thousand, million, billion or trillion, or "bn", "m");
* particle  — a verb's particle reversed ("switched it off" -> "switched it on", "scaled up" ->
  "scaled down", "opted in" -> "opted out"), where the sentence ends a verb phrase with one.
"""

from __future__ import annotations

import re

from newsdesk.summarizer.particles import phrasal
from newsdesk.summarizer.polarity import negated
from newsdesk.summarizer.relations import entities, relations, times
from newsdesk.summarizer.synonyms import lemmas

_AUX = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|can|could|did|does)\b")
_OTHER_TIMES = ("last year", "next month", "last week", "next year", "on Friday", "in 2009")
_FAR = 3
_ABBREVIATED = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _vocabulary(sents: list[str]) -> frozenset[str]:
    """The article's words written in lower case (what the checker treats as ordinary words)."""
    return frozenset(w.strip(".,;:\"'()") for s in sents for w in s.split() if w[:1].islower())


def _names(text: str, sents: list[str], *, inner: bool = False) -> list[str]:
    """Names of a text, possessives and abbreviated months left out (``inner``: not the first
    word, which may be an ordinary word capitalised)."""
    found = [(a, n) for a, _, n in entities(text, _vocabulary(sents))]
    names = [re.sub(r"'s?$", "", n) for a, n in found if a > 0 or not inner]
    return [n for n in names if n and not n.lower().startswith(_ABBREVIATED)]


def _near(sents: list[str], i: int) -> str:
    return " ".join(sents[max(0, i - 2) : i + 3])


def swap(sents: list[str], i: int) -> str | None:
    s = sents[i]
    for r in relations(s, _vocabulary(sents)):
        a, b = r.agent_name, r.patient_name
        if a.lower().startswith(_ABBREVIATED) or b.lower().startswith(_ABBREVIATED):
            continue
        if a in s and b in s and not (r.agent & r.patient):
            return s.replace(a, "\0").replace(b, a).replace("\0", b)
    return None


def actor(sents: list[str], i: int) -> str | None:
    s = sents[i]
    mine = _names(s, sents)
    if not mine:
        return None
    near = _near(sents, i).lower()
    for j, other in enumerate(sents):
        if abs(j - i) < _FAR:
            continue
        for name in _names(other, sents, inner=True):
            if not any(w.lower() in near for w in name.split()) and mine[0] in s:
                return s.replace(mine[0], name, 1)
    return None


def time(sents: list[str], i: int) -> str | None:
    s = sents[i]
    found = times(s)
    if not found:
        return None
    near = " ".join(times(_near(sents, i)))
    for new in _OTHER_TIMES:
        if new.removeprefix("on ").removeprefix("in ").lower() not in near:
            return re.sub(re.escape(found[0]), new, s, count=1, flags=re.I)
    return None


def franken(sents: list[str], i: int) -> str | None:
    m = _AUX.search(sents[i])
    if not m or not 2 <= len(sents[i][: m.start()].split()) <= 8:
        return None
    subject = sents[i][: m.start()].rstrip(" ,")
    mine = set(lemmas(subject))
    if not mine:  # "It", "However, they": no subject of its own, the predicate's sentence stands
        return None
    for j in list(range(i + _FAR, len(sents))) + list(range(i - _FAR, -1, -1)):
        n = _AUX.search(sents[j])
        around = set(lemmas(" ".join(sents[max(0, j - 1) : j + 2])))
        if mine & around and len(mine & around) * 2 >= len(mine):
            continue  # the subject is what that passage is about: the claim may well be true
        if n and len(sents[j][n.start() :].split()) >= 5:
            return f"{subject} {sents[j][n.start() :]}"
    return None


def number(sents: list[str], i: int) -> str | None:
    m = re.search(r"\d+", sents[i])
    if not m:
        return None
    return sents[i][: m.start()] + str(int(m.group()) + 7) + sents[i][m.end() :]


def name(sents: list[str], i: int) -> str | None:
    m = re.search(r"(?<=\s)[A-Z][a-z]{3,}", sents[i])
    return sents[i][: m.start()] + "Zorvath" + sents[i][m.end() :] if m else None


def quote(sents: list[str], i: int) -> str | None:
    m = re.search(r"([\"\u201c])(\w+ \w+ )(\w+)", sents[i])
    return sents[i][: m.start(3)] + "banana" + sents[i][m.end(3) :] if m else None


def negation(sents: list[str], i: int) -> str | None:
    m = re.search(r"\b(is|are|was|were|has|have|had|will|would|can|could|did)\b", sents[i])
    if not m or negated(sents[i]):
        return None
    return sents[i][: m.end()] + " not" + sents[i][m.end() :]


_SCALES = {"thousand": "million", "million": "billion", "billion": "million"}
_SCALES.update({"trillion": "billion", "bn": "m", "m": "bn"})
_SCALE = re.compile(r"(?<=\d)(\s?)(thousand|million|billion|trillion|bn|m)\b")


def scale(sents: list[str], i: int) -> str | None:
    m = _SCALE.search(sents[i])
    if not m or (m.group(2) == "m" and not re.search(r"[$£€]\s?[\d.,]+$", sents[i][: m.start()])):
        return None
    return sents[i][: m.start(2)] + _SCALES[m.group(2)] + sents[i][m.end(2) :]


_PARTICLES = {"on": "off", "off": "on", "up": "down", "down": "up", "in": "out", "out": "in"}


def particle(sents: list[str], i: int) -> str | None:
    s = sents[i]
    for verb, part in sorted(phrasal(s)):
        if verb.startswith(("go", "be", "com")) or " " in part:
            continue
        m = re.search(rf"\b({re.escape(verb)}\w*(?:\s+\S+){{0,4}}?\s+){part}\b", s, re.I)
        if m:
            return s[: m.end(1)] + _PARTICLES[part] + s[m.end() :]
    return None


KINDS = {
    "swap": swap,
    "actor": actor,
    "time": time,
    "franken": franken,
    "number": number,
    "name": name,
    "quote": quote,
    "negation": negation,
    "scale": scale,
    "particle": particle,
}


def plant_all(sents: list[str], i: int) -> dict[str, str]:
    """{"verbatim": the sentence} plus one planted variant per kind that applies."""
    out = {"verbatim": sents[i]}
    for kind, plant in KINDS.items():
        changed = plant(sents, i)
        if changed and changed != sents[i]:
            out[kind] = changed
    return out
