"""Who: a sentence that gives a source's statement or act to someone else is told so.

"Anneke Vos said nobody would be disciplined" when the source has Rita Calloway say it fails,
but for a reason that misleads: aligned with a passage about Vos, it reads as a negation; aligned
with Calloway's, Vos's name is "missing words" or "not what the passage is about". When the
sentence without its subject (the name it opens with) is said by a passage of a cited source that
does not name that subject, and that passage names someone else, the reason is the wrong
speaker (a verb of saying follows the name) or the wrong actor, and it replaces the reasons that
came from reading the sentence against the wrong passage or failing to find the right one.

A passage of two sentences may hold both names, so that the sentence passes every share and
name rule while giving one's act to the other ("Harbor Times revealed the memo", or "the memo
was revealed by Harbor Times", where Circuit Report revealed it and Harbor Times did something
else). ``other_agent`` reads the named agent of each verb of the sentence (roles.py: the name
before it, or after "by" in the passive) against the agents the passage gives the same verb:
when every one is another name and no sentence of the passage that uses the verb names the
sentence's agent, the actor is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsdesk.summarizer.align import (
    MIN_SUPPORT,
    Passage,
    SourceIndex,
    align,
    negation_flip,
    opposite,
)
from newsdesk.summarizer.bystanders import whose
from newsdesk.summarizer.owners import source_subject
from newsdesk.summarizer.recordcheck import without_outlets
from newsdesk.summarizer.relations import entities, missing_names, without_times
from newsdesk.summarizer.roles import roles
from newsdesk.summarizer.saidby import plain_speaker, speaker_of
from newsdesk.summarizer.sentences import normalize, words
from newsdesk.summarizer.synonyms import lemmas
from newsdesk.summarizer.titles import titled

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
_BRACKETED = re.compile(r"\[([^\]]+)\]")  # "She [Rita Calloway] said": speakers.resolved


def wrong_who(
    claim: str,
    indexes: Mapping[int, SourceIndex],
    vocabulary: set[str],
    outlets: set[str],
) -> str | None:
    """The reason when ``claim`` is a cited passage's statement or act given to someone the
    passage does not name; None otherwise. A cited outlet said or reported it ("…, Circuit
    Report said."): that is where the claim is from, not a speaker of the source to check."""
    claim = without_outlets(normalize(claim), outlets)
    found = entities(normalize(claim), vocabulary)
    toks = words(normalize(claim))
    spoken = speaker_of(normalize(claim), vocabulary)  # "…, Anneke Vos said."
    if spoken and (not found or found[0][0] != 0 or found[0][2] != spoken[0]):
        subject, rest, end = spoken[0], spoken[1], len(toks)
    elif found and found[0][0] == 0:
        _, end, subject = found[0]
        rest = " ".join(toks[end:])
    else:
        return None
    if subject.lower() in outlets:
        return None
    passage = align(without_times(rest), indexes, whole=rest)
    if passage is None or passage.coverage < MIN_SUPPORT:
        return None
    if _words(subject) & _words(passage.text):  # a possessive of a name is that name
        return None  # the passage names the subject: not a question of who
    if negation_flip(rest, passage) or opposite(rest, passage):
        return None
    skip = outlets | {subject.lower()}
    other = _other(passage.sentences, passage.before, rest, vocabulary, skip)
    if other is None and (spoken or _SAYING.match(toks[end] if end < len(toks) else "")):
        other = plain_speaker(passage.sentences, rest)  # "Firefighters said …"
        if other and other.split()[-1] in titled(claim):
            return None  # "Gov. Jane Roe said" for "The governor said": the same one, maybe
        if other:
            return f"wrong speaker: the source has {other} say this, not {subject}"
    if not other:
        return None
    other, owner = _POSSESSIVE.sub("", other), _POSSESSIVE.sub("", subject)  # "Norvale's"
    if owner != subject:  # the owner is wrong, not the one who said or did it
        return whose(other, owner, toks[end:], passage.text)
    if spoken or end < len(toks) and _SAYING.match(toks[end]):
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
        r
        for r in reasons
        if not any(a in r for a in _ARTEFACTS) and not r.startswith(("wrong ", "whose: "))
    ]
    return (*kept, who)


def other_agent(
    claim: str, passage: Sequence[str], vocabulary: frozenset[str] | set[str]
) -> str | None:
    """The reason when a verb's named agent in ``claim`` is, in every ``passage`` sentence that
    uses the verb, another name, and none of those sentences names the claim's agent."""
    mine = entities(normalize(claim), vocabulary)
    for said in roles(claim):
        who = _named(said.agent, mine)
        if who is None:
            continue
        uses = [(r, s) for s in passage for r in roles(s) if r.verb == said.verb]
        theirs = [_named(r.agent, entities(normalize(s), vocabulary)) for r, s in uses]
        named = _words(who)
        if uses and all(theirs) and not any(named & _words(s) for _, s in uses):
            return f"wrong actor: the source has {theirs[0]} do this, not {who}"
    return None


def _named(word: str | None, names: Sequence[tuple[int, int, str]]) -> str | None:
    """The name (of ``names``) that ``word``, a verb's agent as roles.py reads it, ends; a
    possessive's name without its "'s"."""
    found = next((n for _, _, n in names if word and word in n.split()), None)
    return _POSSESSIVE.sub("", found) if found else None


def _words(text: str) -> set[str]:
    return {_POSSESSIVE.sub("", w.lower()) for w in words(text)}


_POSSESSIVE = re.compile(r"['’]s$")


# what a passage calls an owner it named before: "its chief technology officer", "the company's"
_OWNERS = (
    r"the\s+(?:company|firm|group|startup|business|bank|agency|city|council|government"
    r"|university|school|team|club|party|union|ministry|department)"
)
_REFERENCE = rf"(?:its|their|his|her|{_OWNERS}['’]s)"
# a sentence that opens on one names no new owner ("Its shares rose", "The company plans")
_ANAPHOR = re.compile(rf"\W*(?:its|it|they|their|his|her|he|she|{_OWNERS})\b", re.I)
LOOK_BACK = 3  # source sentences before a passage where the owner a pronoun stands for is named


def absent_names(
    claim: str,
    passage: Passage,
    sentences: Sequence[str],
    vocabulary: set[str],
    allowed: set[str],
) -> list[str]:
    """The claim's names that its supporting ``passage`` (of a source of ``sentences``) does not
    have (relations.missing_names), the cited outlets' names (``allowed``) apart, nor refers to:
    a possessive of a name ("Norvale's chief technology officer, Anneke Vos") is that name, and
    a passage that gives the same thing to a pronoun or to "the company" ("Anneke Vos, its chief
    technology officer") names it, when the name is the one the pronoun stands for (_referent):
    the subject before it in its own sentence, else that of the nearest sentence before (of
    LOOK_BACK) that opens on a name, not any name nearby."""
    before = sentences[max(0, passage.start - LOOK_BACK) : passage.start]
    return [
        n
        for n in missing_names(claim, passage.text, vocabulary)
        if n.lower() not in allowed
        and not set(n.lower().split()) <= allowed
        and not _referred(n, claim, (*before, *passage.sentences), vocabulary)
        and not source_subject(n, claim, passage.text, sentences, vocabulary)  # owners.py
    ]


def _referred(name: str, claim: str, sentences: Sequence[str], vocabulary: set[str]) -> bool:
    owner = _POSSESSIVE.sub("", name).removesuffix("'").removesuffix("’")
    owned = re.search(rf"{re.escape(name)}\s+([A-Za-z][\w-]*)", normalize(claim))
    if owner == name or owned is None:
        return False
    thing = re.compile(rf"{_REFERENCE}\s+(?:[\w-]+\s+){{0,2}}?{re.escape(owned.group(1))}\b", re.I)
    for k, sent in enumerate(sentences):
        if found := thing.search(normalize(sent)):
            who = _referent(normalize(sent)[: found.start()], sentences[:k], vocabulary)
            if who and _has(owner, who):
                return True
    return False


def _referent(head: str, earlier: Sequence[str], vocabulary: set[str]) -> str:
    """The name a pronoun or "the company" after ``head`` (its sentence up to it) stands for:
    the first name of ``head`` that is not in apposition to it ("Anneke Vos, its …"), else the
    first name of the nearest ``earlier`` sentence that names someone before any pronoun or
    "the company" ("Its shares rose", "The company plans" are passed over); "" if none."""
    found = entities(head, vocabulary)
    if found and not (len(found) == 1 and head.rstrip().endswith(",")):
        return found[0][2]
    for sent in reversed(earlier):
        names = entities(normalize(sent), vocabulary)
        if names and not _ANAPHOR.match(normalize(sent)):
            return names[0][2]
    return ""


def _has(owner: str, sentence: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(owner)}(?![\w-])", normalize(sentence)) is not None
