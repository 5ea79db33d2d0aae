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

A verb of ending counts only where it ends what the claim is about (``governs``): "has ended a
contest that awarded points to engineers" does not say that giving engineers assistants ended,
nor is it the opposite of "kept letting engineers use assistants" (``ends_other``, for
align.opposite). What it ends is its object, up to a clause's edge, sharing a word with the
claim; or, with no object, its subject; or its object with the clause that tells what it is
holding all the claim's words but its subject and its words of ending or keeping.
"""

from __future__ import annotations

import re

from newsdesk.summarizer.sentences import normalize, words
from newsdesk.summarizer.synonyms import lemma, lemmas, opposites, senses

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
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
# words that open a clause (what an end takes as its object stops before them), markers of a
# past state that need no object, and time words that are no object of an end ("quit on Monday")
_EDGE_WORDS = "that which who whom whose after before because while when since as but and"
_FUNCTION_WORDS = """the and but will would shall should can could may might must has have had
    was were been being are is be did does do its their his her our your they them this these those
    that which who for with from into onto to of in on at by as an no not longer any anymore more
    than then also still said says say it he she we you"""
_MARKER_WORDS = "former formerly previously until"
_TIME_WORDS = """monday tuesday wednesday thursday friday saturday sunday today yesterday week
    month year january february march april may june july august september october november
    december"""
_EDGES = frozenset(_EDGE_WORDS.split())
_RELATIVE = frozenset(["that", "which", "who"])
_FUNCTION = frozenset(_FUNCTION_WORDS.split())
_MARKERS = frozenset(lemma(w) for w in _MARKER_WORDS.split())
_TIME = frozenset(lemma(w) for w in _TIME_WORDS.split())
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
    toks = _tokens(low)
    return any(
        ((w in ENDED_FORMS and w not in mine) or bool(senses(w) & (keys - kept)))
        and (not claim or governs(toks, k, bare))
        for k, w in enumerate(t.lower() for t in toks)
    )


def _tokens(text: str) -> list[str]:
    """A text's words with its punctuation marks, each a token of its own."""
    return _TOKEN.findall(normalize(text))


def governs(toks: list[str], at: int, claim: str, but: frozenset[str] = frozenset()) -> bool:
    """Whether the word of ending at ``toks[at]`` ends what ``claim`` is about: the words it
    takes as its object (up to a clause's edge: a comma, "that", "after", …) share a content
    lemma with the claim, or, when it takes none ("was removed"), the words before it (back to
    such an edge) do; or the object with the clause that tells what it is ("a contest that
    awarded points to engineers") holds every word of the claim but its subject and its words
    of ending or keeping (``but``): "ended a contest that awarded points to engineers" ends
    "awarding engineers points", not "giving engineers assistants". A past state's marker
    ("formerly", "until") always does."""
    if lemma(toks[at]) in _MARKERS:
        return True
    mine = set(lemmas(claim)) - _ending_keys()
    after = _edge_cut(toks[at + 1 :])
    thing = set(lemmas(" ".join(after))) - _TIME
    if not thing:
        thing = set(lemmas(" ".join(reversed(_edge_cut(toks[at - 1 :: -1] if at else [])))))
    if thing & mine:
        return True
    told = _edge_cut(toks[at + 1 :], _EDGES - _RELATIVE)
    rest = _all_keys(claim) - _all_keys(" ".join(toks[:at])) - but - _ending_keys()
    return bool(rest) and rest <= _all_keys(" ".join(told))


def _all_keys(text: str) -> set[str]:
    """The lemmas of every word of a text but its function words (its verbs too: "give")."""
    low = [w.lower() for w in words(text)]
    return {lemma(w) for w in low if w.isalpha() and len(w) > 1 and w not in _FUNCTION}


def _edge_cut(toks: list[str], edges: frozenset[str] = _EDGES) -> list[str]:
    """The tokens before the first clause edge (a mark or a word of ``edges``)."""
    for k, t in enumerate(toks):
        if t.lower() in edges or not t[0].isalnum():
            return toks[:k]
    return toks


def ends_other(claim: str, word: str, sentences: tuple[str, ...]) -> bool:
    """Whether every word of ``sentences`` opposite to the claim's ``word`` is a word of ending
    that ends another thing than the claim is about (governs): "ended a contest that rewarded
    AI use" is no opposite of "kept letting engineers use AI". Any other opposite counts."""
    against = frozenset().union(*(opposites(s) for s in senses(word)))
    but = against | senses(word)
    found = [
        (toks, k)
        for toks in map(_tokens, sentences)
        for k, t in enumerate(toks)
        if senses(t) & against
    ]
    ending = _ending_keys()
    return bool(found) and not any(
        not senses(toks[k]) & ending or governs(toks, k, claim, but) for toks, k in found
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
