"""Who says it: a claim's speaker against the one its passage's sentence gives the same words.

wrongwho.py names a wrong speaker when the passage that says the claim's words names someone
else and not the claim's speaker. A passage often names both: "Brightforge sued Norvale, and
Norvale said the claims had no merit" holds Brightforge, so "Brightforge says the claims have no
merit" passed; and a claim may name its speaker after what was said ("The contest was a joke,
Anneke Vos said", "According to Anneke Vos, …"), where nothing read the speaker at all.

Here the claim's speaker is read wherever a claim names one (``speaker_of``): a name opening
the claim before a verb of saying in any tense ("Norvale says", "Harlow Foods warned"), a name
after the said words (", Anneke Vos said.", ", said Anneke Vos."), or after "according to".
The passage sentence that holds most of the said words is read the same way, with a name before
its verb of saying across an apposition ("Sam Whitlock, who won last year, said") and a
pronoun's antecedent in brackets (speakers.resolved). When that sentence has a speaker and it
is another name (no word of either name holds the other's: "Whitlock" is "Sam Whitlock"), the
claim has the wrong speaker. A name in the speaker's apposition ("Ana Ruiz, a spokesperson for
Norvale, said") is left to bystanders.apposed, which lets a spokesperson's owner through.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.relations import entities, key, tokens
from newsdesk.summarizer.synonyms import lemmas

_SAYING_TEXT = (
    "said says say told tells wrote writes added adds argued argues warned warns insisted"
    " insists claimed claims noted notes explained explains stated states announced announces"
    " acknowledged acknowledges admitted admits complained complains recalled recalls"
)
SAYING = frozenset(_SAYING_TEXT.split())
# an apposition that makes its person speak for the owner named in it (as bystanders.py reads)
FOR_OWNER = re.compile(r"\b(?:spokes(?:person|man|woman)|representative|press secretary)\b", re.I)
_TOLD = frozenset(("told", "tells"))  # the name after them is the one told, not the speaker
_TAIL = 4  # words after ", Vos said" that are no more than a time ("on Monday")
_TITLE_WORDS = 5  # words of a possessive's title before a name ("Norvale's chief executive, …")
_APPOSITION = 12  # tokens an apposition between a speaker and its verb may run to
Name = tuple[int, int, str]


@dataclass(frozen=True)
class Speaker:
    """Who a source sentence has say something: the name, its title in apposition ("the chief
    executive of Tolling Foods", "Norvale's chief executive") and the names in that title."""

    name: str
    title: str = ""
    owners: tuple[str, ...] = ()


def said_by_other(
    claim: str, passage: Sequence[str], vocabulary: frozenset[str] | set[str]
) -> list[str]:
    """The reason when the passage sentence that says the claim's words gives them to another
    named speaker (a spokesperson apart: they speak for the owner); none otherwise."""
    mine = speaker_of(claim, vocabulary)
    if mine is None:
        return []
    name, said = mine
    want = set(lemmas(said))
    if not want or not passage:
        return []
    best = max(passage, key=lambda s: len(want & set(lemmas(s))))
    if len(want & set(lemmas(best))) * 2 < len(want):
        return []
    theirs = _speakers(best, vocabulary)
    if not theirs or any(_same(name, s.name) for s in theirs):
        return []
    for who in theirs:
        if any(key(_plain(name)) <= key(_plain(o)) for o in who.owners):
            if FOR_OWNER.search(who.title):
                return []  # "Ana Ruiz, a spokesperson for Norvale, said": Norvale's words
            return [f"wrong speaker: the source has {who.name} ({who.title}) say this, not {name}"]
    if FOR_OWNER.search(theirs[0].title):
        return []  # "a spokesperson for the company": the owner the passage means, maybe
    return [f"wrong speaker: the source has {theirs[0].name} say this, not {name}"]


def speaker_of(text: str, vocabulary: frozenset[str] | set[str]) -> tuple[str, str] | None:
    """(speaker, said words) when ``text`` names who says it: "Norvale says …", "…, Vos said.",
    "…, said Vos.", "According to Vos, …", "…, according to Vos."; None otherwise."""
    words = tokens(text)
    while words and words[-1] in ".!?":
        words.pop()  # the closing stop: "…, Vos said." ends on "said"
    low = [t.lower() for t in words]
    for start, end, name in entities(text, vocabulary):
        if end > len(words):
            break
        if low[max(0, start - 2) : start] == ["according", "to"]:
            said = words[end:] if start == 2 else words[: start - 2]
            return name, " ".join(said)
        if end < len(words) and low[end] in SAYING and _opens(words[:start]):
            return name, " ".join(words[end + 1 :])
        if start >= 2 and low[start - 1] == "," and low[end : end + 1] and low[end] in SAYING:
            after = words[end + 1 :]  # "…, Vos said on Monday."; "On Monday, Vos said the …"
            return name, " ".join(words[: start - 1] if len(after) <= _TAIL else after)
        if start >= 3 and low[start - 1] in SAYING and low[start - 2] == "," and end == len(words):
            return name, " ".join(words[: start - 2])
    return None


def _opens(lead: list[str]) -> bool:
    """Words before a speaker that keep it the claim's subject: none, "The", or a title."""
    return not lead or lead == ["The"] or all(t[:1].isupper() or t == "." for t in lead)


def _speakers(sentence: str, vocabulary: frozenset[str] | set[str]) -> list[Speaker]:
    """The speaker of each verb of saying in a source sentence: the name before it (across an
    apposition), after it (", said Whitlock"), or after "according to"."""
    toks = tokens(sentence)
    low = [t.lower() for t in toks]
    found = entities(sentence, vocabulary)
    out: list[Speaker] = []
    for k, t in enumerate(low):
        if t in SAYING:
            if who := _before(k, toks, found):
                out.append(who)
            elif t not in _TOLD and (after := _after(k, found)):
                out.append(Speaker(after))
        if low[k : k + 2] == ["according", "to"]:
            out += [Speaker(n) for s, _, n in found if s == k + 2]
    return out


def _before(verb: int, toks: list[str], found: Sequence[Name]) -> Speaker | None:
    """The name right before a verb of saying, or before an apposition closed by a comma right
    before it ("Sam Whitlock, who won last year's contest, said"), or itself in apposition to a
    possessive's title ("Norvale's chief executive, Anneke Vos, said")."""
    for k in range(len(found) - 1, -1, -1):
        start, end, name = found[k]
        if end > verb:
            continue
        if end == verb:
            return Speaker(name)
        gap = toks[end:verb]
        if gap[:1] == [","] and gap[-1:] == [","] and 2 < len(gap) <= _APPOSITION:
            inside = tuple(n for s, e, n in found if end < s and e < verb)
            return Speaker(name, " ".join(gap[1:-1]), inside)
        if gap == [","] and toks[start - 1 : start] == [","] and k:
            o_start, o_end, owner = found[k - 1]
            if owner.endswith(("'s", "’s")) and start - o_end <= _TITLE_WORDS:
                return Speaker(name, " ".join(toks[o_start : start - 1]), (owner,))
        return None
    return None


def _after(verb: int, found: Sequence[Name]) -> str:
    return next((n for s, _, n in found if s == verb + 1), "")


def _same(a: str, b: str) -> bool:
    """One name holds the other ("Whitlock", "Sam Whitlock"; a possessive is its name)."""
    x, y = key(_plain(a)), key(_plain(b))
    return bool(x) and bool(y) and (x <= y or y <= x)


def _plain(name: str) -> str:
    return re.sub(r"['’]s?$", "", name)


# a word after one of these is an adjective, a noun or a participle, not a present tense
_NOT_AFTER = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "of"]
    + ["in", "at", "from", "for", "with", "on", "by", "to", "and", "or", "as"]
)
_PLAIN_LEAD = 4  # words a plain speaker ("Emergency crews", "The engineering firm") may run to
_NOT_SPEAKERS = frozenset(["he", "she", "it", "they", "we", "i", "you", "this", "that", "there"])


def plain_speaker(sentences: Sequence[str], said: str) -> str:
    """The speaker, a plain noun and no name ("firefighters", "the company"), that opens the
    sentence of ``sentences`` holding most of ``said`` before its verb of saying; "" when that
    sentence opens on no such speaker."""
    want = set(lemmas(said))
    best = max(sentences, key=lambda s: len(want & set(lemmas(s))), default="")
    toks = tokens(best)
    verb = next((k for k, t in enumerate(toks) if t.lower() in SAYING), None)
    if not verb or verb > _PLAIN_LEAD or toks[0].lower() in _NOT_SPEAKERS:
        return ""
    lead = toks[:verb]
    if not all(t.isalpha() for t in lead) or any(t[:1].isupper() for t in lead[1:]):
        return ""
    return " ".join([lead[0].lower(), *lead[1:]])


_OBJECT_OPENERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "about", "more", "most", "that", "some"]
)


def present_verb(toks: list[str], i: int) -> bool:
    """A present tense's "-s" after a singular subject: a name or a singular noun ("The council
    opposes"). A form that is also a plural noun ("groups", "plans") is a verb only before an
    object's first word ("Norvale employs about", "Brightforge sues Norvale")."""
    t, before = toks[i], toks[i - 1]
    if not t.islower() or not t.endswith("s") or t.endswith("ss") or lexicon.parts_of_speech(t):
        return False
    if before.lower() in _NOT_AFTER:
        return False
    verbs = [b for b in lexicon.bases(t) if "v" in lexicon.parts_of_speech(b)]
    low = before.lower()
    singular = before[:1].isupper() or (
        not low.endswith("s") and "n" in lexicon.parts_of_speech(low)
    )
    if not verbs or not singular:
        return False
    after = toks[i + 1] if i + 1 < len(toks) else ""
    only_verb = all(lexicon.parts_of_speech(b) == {"v"} for b in verbs)
    return only_verb or after.lower() in _OBJECT_OPENERS or after[:1].isupper()
