"""Who: a sentence that gives a source's statement or act to someone else is told so.

"Anneke Vos said nobody would be disciplined" when the source has Rita Calloway say it fails,
but for a reason that misleads: aligned with a passage about Vos, it reads as a negation; aligned
with Calloway's, Vos's name is "missing words" or "not what the passage is about". When the
sentence without its subject (the name it opens with) is said by a passage of a cited source that
does not name that subject, and that passage names someone else, the reason is the wrong
speaker (a verb of saying follows the name) or the wrong actor, and it replaces the reasons that
came from reading the sentence against the wrong passage or failing to find the right one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsdesk.summarizer.align import MIN_SUPPORT, SourceIndex, align, negation_flip, opposite
from newsdesk.summarizer.relations import entities, without_times
from newsdesk.summarizer.sentences import normalize, words
from newsdesk.summarizer.synonyms import lemmas

_SAYING = re.compile(
    r"^(?:said|says|told|tells|wrote|writes|added|adds|argued|argues|warned|warns|insisted"
    r"|claimed|noted|explained|stated|announced|acknowledged|admitted|complained|recalled)$",
    re.I,
)
# reasons that come of reading the sentence against the wrong passage, or of finding none
_ARTEFACTS = (
    "no passage of the cited sources says it",
    "its subject is not what the supporting passage is about",
    "what it says of its subject is not in the supporting passage",
    "it negates what",
    "says the opposite (it negates)",
    "the supporting passage denies it",
    "it says something was not told",
    "is not in the passage that supports it",
)
_PRONOUN = re.compile(r"^(?:She|He)\b")
_BRACKETED = re.compile(r"\[([^\]]+)\]")  # "She [Rita Calloway] said": antecedents.resolved


def wrong_who(
    claim: str,
    indexes: Mapping[int, SourceIndex],
    vocabulary: set[str],
    outlets: set[str],
) -> str | None:
    """The reason when ``claim`` is a cited passage's statement or act given to someone the
    passage does not name; None otherwise."""
    found = entities(normalize(claim), vocabulary)
    if not found or found[0][0] != 0:
        return None
    _, end, subject = found[0]
    if subject.lower() in outlets:
        return None
    toks = words(normalize(claim))
    rest = " ".join(toks[end:])
    passage = align(without_times(rest), indexes, whole=rest)
    if passage is None or passage.coverage < MIN_SUPPORT:
        return None
    theirs = {w.lower() for w in words(passage.text)}
    if {w.lower() for w in subject.split()} & theirs:
        return None  # the passage names the subject: not a question of who
    if negation_flip(rest, passage) or opposite(rest, passage):
        return None
    skip = outlets | {subject.lower()}
    other = _other(passage.sentences, passage.before, rest, vocabulary, skip)
    if other is None:
        return None
    if end < len(toks) and _SAYING.match(toks[end]):
        return f"wrong speaker: the source has {other} say this, not {subject}"
    return f"wrong actor: the source has {other} do this, not {subject}"


def _other(
    sentences: Sequence[str], before: str, rest: str, vocabulary: set[str], skip: set[str]
) -> str | None:
    """Whom the passage has saying or doing it: in its sentence closest to the claim, a
    pronoun's antecedent ("She [Rita Calloway] said"), else the first name there that the
    claim does not use (the subject: "Helen Osei, who studies … at Westmoor University, said")."""
    want = set(lemmas(rest))
    best = max(sentences, key=lambda s: len(want & set(lemmas(s))), default="")
    if m := _BRACKETED.search(best):
        return m.group(1)
    if _PRONOUN.match(best) and best == sentences[0]:
        best = before  # "She said …": the one the sentence before names
    mine = {w.lower() for w in words(rest)}
    for _, _, name in entities(normalize(best), vocabulary):
        if name.lower() not in skip and not {w.lower() for w in name.split()} <= mine:
            return name
    return None


def told_who(reasons: Sequence[str], who: str | None) -> tuple[str, ...]:
    """The reasons with those that came of the wrong passage, and a wrong-actor reason of
    the relation rules (which names one word of each name), replaced by ``who``; a quote's
    wrong speaker (speakers.py) is told already."""
    if who is None or any(" is not by " in r for r in reasons):
        return tuple(reasons)
    kept = [
        r for r in reasons if not any(a in r for a in _ARTEFACTS) and not r.startswith("wrong ")
    ]
    return (*kept, who)
