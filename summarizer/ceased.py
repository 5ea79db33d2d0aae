"""A state said to have ended ("no longer"), held against a source that says it still holds.

phrases.py reads "no longer" as "stop", so that "will no longer charge" and "will stop charging"
agree; but then "Norvale no longer has a majority" kept every word of "Norvale has a majority"
but for that "stop", and passed: no negator was left to compare. A claim that says a thing ended
("no longer", "not … anymore" / "any longer", "ceased to", "stopped" before a verb in -ing) is
read here on its own. Against a source clause that says an end too it holds ("lost its
majority", "stopped", "was removed", "quit", "formerly", "until January", its own "no longer");
against one that negates, it is compared as a negation ("does not have a majority"); against
one that says neither, the thing still holds there, and the claim is flagged.

An end is told by a verb of ending (ENDING, compared by lemma, and any word of the groups
opposite to keeping a thing: wordtables.OPPOSITES), by a past state's markers ("formerly",
"used to", "until"), or by the source's own "no longer". No claim or source sentence is listed.
"""

from __future__ import annotations

import re

from newsdesk.summarizer.sentences import normalize, words
from newsdesk.summarizer.synonyms import lemma, opposites, senses

# an end said by the claim: "no longer", "ceased to", "stopped paying", "not … anymore"
_CLAIM_END = re.compile(
    r"\bno longer\b|\bcease[sd]?\b(?!-)|\bceasing\b|\bstop(?:s|ped|ping)?\s+(?=\w+ing\b)", re.I
)
_ANYMORE = re.compile(r"\b(?:any ?more|any longer)\b", re.I)
_NEGATOR = re.compile(r"\b(?:not|never)\b|n't\b", re.I)
# verbs (and a few words) that say a thing ended, compared by lemma: the groups opposite to
# keeping a thing (stop, cancel, remove, …) are added from the opposites table
_ENDING_WORDS = """
    lose end cease stop halt quit leave drop remove abandon scrap sell withdraw resign retire
    expire lapse abolish cancel terminate suspend discontinue revoke oust axe ditch former
    formerly previously until relinquish forfeit surrender vacate ban
"""
ENDING = frozenset(lemma(w) for w in _ENDING_WORDS.split())
# words whose lemma has another sense ("fire", "close", "go"): only these forms say an end
ENDED_FORMS = frozenset(["closed", "shut", "fired", "dismissed", "sacked", "gone", "stripped"])
# markers of an end that hold whatever the claim says ("no longer", "anymore"), and one that the
# claim may share ("used to": then it is the claim's wording, no end of what the claim says)
_ENDED_MARK = re.compile(r"\bno longer\b|\bany ?more\b|\bany longer\b", re.I)
_USED_TO = re.compile(r"\bused to\b", re.I)
_KEEP = "keep"
_DENIED_END = 2  # words before an end in which a negator denies it


def _ending_keys() -> frozenset[str]:
    return ENDING | opposites(lemma(_KEEP))


def says_end(text: str) -> bool:
    """Whether a claim's clause says a thing ended: "no longer has", "ceased to", "stopped
    paying", or a negation with "anymore" / "any longer" ("does not have it anymore"); not an
    end denied ("never stopped paying")."""
    low = normalize(text)
    if m := _CLAIM_END.search(low):  # an end denied says none: "will not no longer allow"
        return not _NEGATOR.search(" ".join(words(low[: m.start()])[-_DENIED_END:]))
    return bool(_ANYMORE.search(low) and _NEGATOR.search(low))


def tells_end(text: str, claim: str = "") -> bool:
    """Whether a source clause says that a thing ended: "no longer", "anymore", or a verb of
    ending ("lost its majority", "was removed", "quit"), "formerly", "until", "used to" that the
    ``claim`` does not say too (its own end left out): a word both say ("a request to suspend
    the ruling") is not what the claim says has ended."""
    low = normalize(text)
    if _ENDED_MARK.search(low) or says_end(low):  # its own "stopped paying", "ceased to"
        return True
    bare = normalize(as_negation(claim))
    if _USED_TO.search(low) and not _USED_TO.search(bare):
        return True
    keys = _ending_keys()
    mine = {w.lower() for w in words(bare)}
    kept = keys & frozenset().union(*(senses(w) for w in mine))
    found = [w.lower() for w in words(low)]
    return any(
        (w in ENDED_FORMS and w not in mine) or bool(senses(w) & (keys - kept)) for w in found
    )


def as_negation(text: str) -> str:
    """A claim's clause with its end read as a plain negation ("no longer has" -> "not has",
    "stopped paying" -> "not paying"), to be compared with a source that negates."""
    out = re.sub(r"\bno longer\b", "not", text, flags=re.I)
    out = re.sub(r"\bstop(?:s|ped|ping)?\s+(?=\w+ing\b)", "not ", out, flags=re.I)
    out = re.sub(r"\bcease[sd]?\b|\bceasing\b", "not", out, flags=re.I)
    return _ANYMORE.sub(" ", out)


def as_told(text: str) -> str:
    """A clause with an end told by a negation and "anymore" read as the end alone ("does not
    have it anymore" -> "does have it"), to be compared with another that tells an end: what
    else either negates still counts ("… sport no longer matters unless it can not be used")."""
    m = _ANYMORE.search(text)
    if not m or _CLAIM_END.search(text):
        return text
    negators = list(_NEGATOR.finditer(text, 0, m.start()))
    if not negators:
        return text
    last = negators[-1]
    cut = " " if last.group(0).lower() in ("not", "never") else ""
    return text[: last.start()] + cut + text[last.end() : m.start()] + text[m.end() :]


def still_holds(where: str) -> str:
    """The reason when a claim's clause says a thing ended and the source clause closest to it
    (``where``: how the reason names it) tells no end and does not negate: there the thing
    still holds."""
    return f"it says this no longer holds, where {where} says it does (not that it ended)"
