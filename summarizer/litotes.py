"""Double negations: two denials that cancel, read as the one statement they make.

"The mayor did not fail to mention the budget" says she mentioned it; "the minister never denied
it" reads as an admission; "not unlike the old arena" says alike; "could not rule out flooding"
says flooding may come. phrases.py rewrites the fixed ones before words are compared ("fail to",
"refuse to", "rule out" read as "not", and a "not" before them cancels; "not/never deny" reads
as "concede", "not unlike" as "similar to"), so against a source that says the thing they
affirm, they pass. A negator before a word denied by a prefix ("not uncommon", "not
impossible") cancels only where the other text uses the word's base ("common"): un- and in-
begin too many ordinary words ("not include", "not understood") to be read so otherwise
(``resolved``).

Against a source that says the denying word itself ("failed to mention", "denied", "unlike",
"ruled out", "uncommon"), the claim says the opposite; ``contrary`` tells so with the words of
both, either way round (a source's "did not deny" against a claim's "denied"). Against a source
that negates otherwise ("did not mention"), the claim still affirms what it denies: polarity.py
flags it, and ``explained`` names the double negation in its reason.
"""

from __future__ import annotations

import re

from newsdesk.summarizer.sentences import normalize, words
from newsdesk.summarizer.synonyms import lemma

_NEG = r"(?:\b(?:not|never|cannot)|\b\w+n't)"
_BETWEEN = r"(?:\s+(?:\w+ly|at all|ever|even|once|be|been|have|yet))?"
# the fixed denying words, each by a key, and how each is written when it is not negated
DENYING = {
    "deny": r"den(?:y|ies|ied|ying)",
    "dispute": r"disput(?:e|es|ed|ing)",
    "fail": r"fail(?:s|ed|ing)? to",
    "refuse": r"refus(?:e|es|ed|ing) to",
    "decline": r"declin(?:e|es|ed|ing) to",
    "rule out": r"rul(?:e|es|ed|ing) out",
    "unlike": r"unlike",
}
_PREFIXES = ("un", "in", "im", "dis", "ir", "il")
_MIN_BASE = 4  # letters left after the prefix ("unfit" is no denial of "fit" here)
_PAIR = re.compile(
    rf"{_NEG}{_BETWEEN}\s+(?P<word>{'|'.join(DENYING.values())}"
    rf"|(?:{'|'.join(_PREFIXES)})[a-z]{{{_MIN_BASE},}})\b(?:\s+(?P<next>[a-z]+))?",
    re.I,
)
_BEFORE = 3  # words before a denying word in which a negator denies it
_TO_VERB = ("fail", "refuse", "decline")  # denying words before a verb ("fail to mention")


def _key(word: str) -> str | None:
    """The DENYING key a written denying word is, or None (a prefixed word)."""
    low = word.lower()
    return next((k for k, pat in DENYING.items() if re.fullmatch(pat, low)), None)


def _base_in(word: str, other: str) -> bool:
    """Whether ``other`` uses the base of a prefixed ``word`` ("common" for "uncommon")."""
    theirs = {lemma(w) for w in words(other)}
    low = word.lower()
    return any(
        low.startswith(p) and len(low) - len(p) >= _MIN_BASE and lemma(low[len(p) :]) in theirs
        for p in _PREFIXES
    )


def _denied_after(m: re.Match[str], other: str) -> bool:
    """Whether ``other`` denies the word after a double negation ("did not mention" for "did
    not fail to mention"): a negator in the few words before it."""
    after = m.group("next")
    if not after or _key(m.group("word")) not in _TO_VERB:
        return False
    norm = normalize(other)
    for found in re.finditer(r"[A-Za-z']+", norm):
        if lemma(found.group(0)) == lemma(after):
            before = words(norm[: found.start()].lower())[-_BEFORE:]
            if any(w in ("not", "never", "cannot") or w.endswith("n't") for w in before):
                return True
    return False


def pairs(text: str, other: str = "") -> list[tuple[str, str]]:
    """The double negations of ``text`` as (written, denying pattern): "did not fail to" ->
    ("not fail to", …). A negator before a prefixed word counts only when ``other`` uses the
    word itself or its base ("not uncommon" beside "common" or "uncommon")."""
    out = []
    for m in _PAIR.finditer(normalize(text)):
        word = m.group("word")
        key = _key(word)
        if key is not None:
            out.append((_written(m), DENYING[key]))
        elif re.search(rf"\b{re.escape(word)}\b", other, re.I) or _base_in(word, other):
            out.append((_written(m), re.escape(word.lower())))
    return out


def _written(m: re.Match[str]) -> str:
    """A double negation as written, without the word after it."""
    return m.group(0)[: m.end("word") - m.start()].strip()


def _bare(pattern: str, text: str) -> str | None:
    """The denying word of ``pattern`` as ``text`` writes it with no negator just before it."""
    norm = normalize(text)
    for m in re.finditer(rf"\b(?:{pattern})\b", norm, re.I):
        before = words(norm[: m.start()].lower())[-_BEFORE:]
        if not any(w in ("not", "never", "cannot") or w.endswith("n't") for w in before):
            return m.group(0)
    return None


def contrary(clause: str, closest: str, where: str) -> str | None:
    """The reason when a claim's clause affirms by a double negation what the source clause
    closest to it (``where``) denies with the same word ("did not fail to" beside "failed
    to"), or the source does so and the claim says the denying word; None otherwise."""
    for written, pattern in pairs(clause, closest):
        if found := _bare(pattern, closest):
            return f'it says "{written}" (a double negation) where {where} says "{found}"'
    for m in _PAIR.finditer(normalize(clause)):
        if _denied_after(m, closest):
            return f'{where} says the opposite of its double negation "{_written(m)}" (it negates)'
    for written, pattern in pairs(closest, clause):
        if found := _bare(pattern, clause):
            return f'it says "{found}" where {where} says "{written}" (a double negation)'
    return None


def resolved(text: str, other: str) -> str:
    """``text`` with each negated prefixed word whose base ``other`` uses, and which ``other``
    does not use itself, read as that base: "is not uncommon" -> "is common"."""
    out = text
    for written, pattern in pairs(text, other):
        word = written.split()[-1]
        if pattern in DENYING.values() or re.search(rf"\b{pattern}\b", other, re.I):
            continue
        base = next(word[len(p) :] for p in _PREFIXES if word.lower().startswith(p))
        denial = rf"(?:\s+(?:not|never|cannot)|n't){_BETWEEN}\s+{re.escape(word)}\b"
        out = re.sub(denial, f" {base}", out, count=1)
    return out


def explained(clause: str, where: str) -> str:
    """The reason that the source clause (``where``) negates what a claim's clause affirms,
    with the claim's double negation named when it has one ("did not fail to mention" beside
    "did not mention")."""
    found = pairs(clause)
    if not found:
        return f"{where} says the opposite (it negates)"
    return f'{where} says the opposite of its double negation "{found[0][0]}" (it negates)'
