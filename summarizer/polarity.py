"""Negation: a sentence that says the opposite of its source is not supported by it.

Word overlap cannot see "Brightforge has not scrapped its leaderboard" contradict "Brightforge
has scrapped its leaderboard": every content word is there. So a sentence is compared with the
cited sentence closest to it (by shared content words, at least ``MIN_MATCH`` of the sentence's):
when exactly one of the two is negated (not, no, never, n't, …), it is flagged. A sentence that
draws on several source sentences matches none closely and is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.sentences import (
    content_words,
    normalize,
    source_sentences,
    words,
)
from newsdesk.summarizer.synonyms import UN_PARTICIPLE, lemma, lemmas

MIN_MATCH = 0.75
NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "without",
        "cannot",
        "nowhere",
    ]
)
_QUOTED = re.compile(r'"[^"]*"')
# where a negation's reach ends: "Norvale did not disclose its total, but said the cost…"
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:but|although|though|even|whereas|while)\b)", re.I)


def clauses(text: str) -> list[str]:
    """A sentence cut where a negation stops applying (a semicolon; a comma before 'but',
    'although', 'though', 'whereas', 'while'): each part is compared on its own."""
    return [c for c in _CLAUSE_BREAK.split(text) if c.strip()] or [text]


def negated(text: str) -> bool:
    """Whether a text (quotations left out: those are checked word for word) negates."""
    for w in words(_QUOTED.sub(" ", canonical(normalize(text)))):
        low = w.lower()
        if low in NEGATORS or low.endswith("n't"):
            return True
    return False


def un_bases(text: str) -> frozenset[str]:
    """The lemmas of the participles a text denies by un- ("unvaccinated" -> 'vaccin')."""
    found = (w.lower() for w in words(normalize(text)))
    return frozenset(lemma(w[2:]) for w in found if UN_PARTICIPLE.fullmatch(w))


def un_negated(text: str, other: str) -> bool:
    """Whether ``text`` denies with un- a participle that ``other`` uses ("unvaccinated
    children" against "children who had not been vaccinated"): a negation, as "not" is.
    Only against such a word of the other text, since un- also reverses ("unveiled")."""
    mine, theirs = frozenset(lemmas(text)), frozenset(lemmas(other))
    # a text using the participle both ways ("unvaccinated" and "vaccinated") contrasts them
    return bool((un_bases(text) - un_bases(other) - mine) & theirs)


def denies(text: str, other: str) -> bool:
    """Whether ``text`` negates, by a negator or by un- against ``other`` (un_negated)."""
    return negated(text) or un_negated(text, other)


def only_without(text: str, other: str) -> bool:
    """Whether "without" is the only word by which ``text`` denies ("left homes without
    water"): it denies a noun, not the sentence, and a paraphrase says it in other words ("cut
    off water to homes"), so it alone is no negation flip; against "not" or "no" it agrees."""
    found = {w.lower() for w in words(_QUOTED.sub(" ", canonical(normalize(text))))}
    denying = {w for w in found if w in NEGATORS or w.endswith("n't")}
    return denying == {"without"} and not un_negated(text, other)


def flip_reason(clause: str, closest: str, where: str) -> str | None:
    """The reason when a claim's clause and the source clause closest to it (``where``: how
    the reason names it) differ in negation; None when they agree."""
    mine = denies(clause, closest)
    if mine == denies(closest, clause):
        return None
    if only_without(clause if mine else closest, closest if mine else clause):
        return None  # "homes without water" is not denied by "cut off water to homes"
    return f"it negates what {where} says" if mine else f"{where} says the opposite (it negates)"


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[tuple[frozenset[str], bool, str], ...]:
    """A source's sentences, clause by clause, as (content words, negated, clause)."""
    return tuple(
        (frozenset(content_words(c)), negated(c), c)
        for s in source_sentences(text)
        if s.strip()
        for c in clauses(s)
    )


_CLOSEST = "the closest cited sentence"


def contradiction(text: str, sources: Iterable[str]) -> str | None:
    """A reason when a clause of ``text`` and the closest clause of the cited ``sources``
    differ in negation; None when they agree or none is close enough to compare."""
    parts = [_sentences(source) for source in sources]
    for clause in clauses(_QUOTED.sub(" ", normalize(text))):
        cw = set(content_words(clause))
        if len(cw) < 3:
            continue
        best, closest = 0.0, ""
        for words_there, _, there in (c for part in parts for c in part):
            share = len(cw & words_there) / len(cw)
            if share > best:
                best, closest = share, there
        if best >= MIN_MATCH and (why := flip_reason(clause, closest, _CLOSEST)):
            return why
    return None


def one_negation(reasons: list[str]) -> tuple[str, ...]:
    """The reasons, with a negation told once: the closest cited sentence and the supporting
    passage are often the same sentence, and two wordings of one finding read as two."""
    told = False
    out = []
    for r in reasons:
        if "(it negates)" in r or r.startswith("it negates"):
            if told:
                continue
            told = True
        out.append(r)
    return tuple(out)
