"""Names a source sentence holds that are not its actor: the one told, and a name in an apposition.

relations.py reads the name before a verb as its actor. Two kinds of name stand before a verb
in a source sentence without doing what the sentence says:

* **the one told**: in "Fauci told CNN the U.S. could reopen by spring", CNN is the interviewer,
  not the speaker (relations.py gives the relation after "told CNN" to Fauci). A claim that
  has the interlocutor say it ("CNN said the U.S. could reopen") gives the statement to the
  wrong speaker, when no sentence of the passage has that name say anything (``interlocutor``);
  "Fauci said …", "Fauci told CNN in an interview …", "according to Fauci" are all Fauci's.
* **a name inside the subject's apposition**: in "Gen. Mark Milley, chairman of the Joint
  Chiefs of Staff, has become a lightning rod", the Joint Chiefs of Staff are where Milley
  works; a claim that opens on them ("The Joint Chiefs of Staff has become a lightning rod")
  gives Milley's predicate to an organisation (``apposed``). A spokesperson speaks for the
  owner, so "Norvale said" for "Ana Ruiz, a spokesperson for Norvale, said" stays supported.

A possessive's wrong owner ("Norvale's chief executive" for "Brightforge's chief executive") is
told as such (``whose``), in the passage's words for what is owned, not as a wrong actor.

All read names as relations.py does (``entities``), within the passage that supports a claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.modifiers import noun
from newsdesk.summarizer.newswords import TELLS
from newsdesk.summarizer.relations import entities, key, tokens
from newsdesk.summarizer.sentences import STOPWORDS, normalize
from newsdesk.summarizer.synonyms import lemma

_SAYS_TEXT = (
    "said says say told tells stated states claimed claims argued argues warned warns added adds"
    " insisted insists explained explains noted notes wrote writes announced announces"
)
_SAYS = frozenset(_SAYS_TEXT.split())
# an apposition that makes its person speak for the owner named in it
_FOR_OWNER = re.compile(r"\b(?:spokes(?:person|man|woman)|representative|press secretary)\b", re.I)
_LEAD = frozenset(("the", "a", "an"))
_BRACKETS = re.compile(r"\s*\([^()]*\)")
Name = tuple[int, int, str]


def interlocutor(claim: str, passage: Sequence[str], vocabulary: frozenset[str] | set[str]) -> str:
    """The reason when the claim has a name say what the passage has someone tell that name
    ("CNN said …" for "Fauci told CNN …"), and no passage sentence has that name say
    anything; "" otherwise."""
    toks, found = tokens(claim), entities(claim, vocabulary)
    for start, end, name in found:
        if not _speaks(toks, start, end):
            continue
        told = [teller for s in passage if (teller := _told_by(s, key(name), vocabulary))]
        named = set().union(*(key(n) for _, _, n in found if n != name))
        if any(key(teller) & named for teller in told):
            continue  # "Fauci said, according to CNN": the teller is credited
        if told and not any(_speaker_in(s, key(name), vocabulary) for s in passage):
            return f"wrong speaker: the source has {told[0]} tell {name} this, not {name} say it"
    return ""


def _speaks(toks: list[str], start: int, end: int) -> bool:
    """The name at toks[start:end] says something: "CNN said", "according to CNN"."""
    after = toks[end].lower() if end < len(toks) else ""
    before = [t.lower() for t in toks[max(0, start - 2) : start]]
    return after in _SAYS or before == ["according", "to"]


def _told_by(sentence: str, name: frozenset[str], vocabulary: frozenset[str] | set[str]) -> str:
    """Who, in ``sentence``, tells the name (by its words): "Fauci told CNN", "Fauci said in
    an interview with CNN"; "" when the sentence tells it nothing."""
    sentence = _BRACKETS.sub("", sentence)  # "Joe Manchin (D-W.Va.) told Fox News"
    toks = tokens(sentence)
    found = entities(sentence, vocabulary)
    for (a_start, a_end, a), (b_start, _, b) in zip(found, found[1:], strict=False):
        gap = toks[a_end:b_start]
        if name <= key(b) and len(gap) <= 6 and TELLS.search(" ".join(gap).lower()):
            opened = [k for k in range(a_start) if toks[k] == ","][-1:]  # "Ana Ruiz, a … told"
            return next((n for _, e, n in found if "," in gap and [e] == opened), a)
    return ""


def _speaker_in(sentence: str, name: frozenset[str], vocabulary: frozenset[str] | set[str]) -> bool:
    """Whether ``sentence`` has the name say something itself."""
    toks = tokens(sentence)
    return any(name <= key(n) and _speaks(toks, s, e) for s, e, n in entities(sentence, vocabulary))


def apposed(claim: str, passage: Sequence[str], vocabulary: frozenset[str] | set[str]) -> str:
    """The reason when the claim's subject is a name the passage holds only inside the
    apposition of its sentence's subject, and the claim says of it what the passage says of
    that subject; "" otherwise."""
    toks = tokens(claim)
    found = entities(claim, vocabulary)
    opening = _opening(toks, found)
    if opening is None:
        return ""
    _, end, name = opening
    rest = _content(toks[end:])
    mine = set().union(*(key(n) for _, _, n in found))
    for sent in passage:
        held = _apposition(sent, key(name), vocabulary)
        if held is None:
            continue
        subject, title, after = held
        if key(subject) & mine or not rest & _content(after):
            continue
        if _FOR_OWNER.search(title):
            continue  # a spokesperson for Norvale speaks (or declines to) for Norvale
        return (
            f"wrong actor: the source says this of {subject} ({title}), not {_shown(toks, found)}"
        )
    return ""


def _shown(toks: list[str], found: Sequence[Name]) -> str:
    """The claim's opening name as it wrote it: "the Joint Chiefs of Staff"."""
    _, end, name = found[0]
    tail = next((n for s, _, n in found[1:] if s == end + 1 and toks[end] == "of"), "")
    name = " ".join(toks[:end])
    return re.sub(r"^The ", "the ", name) + (f" of {tail}" if tail else "")


def _opening(toks: list[str], found: Sequence[Name]) -> Name | None:
    """The claim's first name when it opens the claim (after "The") and a word follows that is
    no possessive or comma: its subject."""
    if not found:
        return None
    start, end, name = found[0]
    lead = toks[:start]  # "The", or a name's ordinary first word ("Vice President Kamala Harris")
    if lead != ["The"] and (not all(t[:1].isupper() for t in lead) or lead[:1] in (["A"], ["An"])):
        return None
    if end >= len(toks) or name.endswith(("'s", "’s")):
        return None
    return found[0] if _verbal(toks[end].lower()) else None


def _verbal(word: str) -> bool:
    """A word that may be a verb: "has", "declined", "thinks", not "spokeswoman" ("Norvale
    spokeswoman Ana Ruiz said")."""
    if word in STOPWORDS or word in _SAYS or lexicon.irregular_bases(word):
        return True
    return any("v" in lexicon.parts_of_speech(b) for b in lexicon.bases(word))


def _apposition(
    sentence: str, name: frozenset[str], vocabulary: frozenset[str] | set[str]
) -> tuple[str, str, list[str]] | None:
    """(subject, apposition, words after it) when ``sentence`` opens on a name, then an
    apposition between commas that holds ``name``; None when it does not, or when the
    sentence holds the name outside that apposition too."""
    toks = tokens(sentence)
    found = entities(sentence, vocabulary)
    comma = toks.index(",") if "," in toks else -1
    first = next((f for f in found if f[1] == comma), None)
    if first is None or not _titled(toks[: first[0]]) or "," not in toks[comma + 1 :]:
        return None
    start, end, subject = first
    close = toks.index(",", end + 1)
    inside = [n for s, e, n in found if end < s and e <= close and name <= key(n)]
    outside = [n for s, e, n in found if (s > close or e <= start) and name <= key(n)]
    if not inside or outside or name & key(subject):
        return None
    said = re.search(rf"{re.escape(subject)}\s*,\s*([^,]+),", sentence)  # numbers and all
    return subject, said.group(1) if said else " ".join(toks[end + 1 : close]), toks[close + 1 :]


def _titled(lead: list[str]) -> bool:
    """Words before a sentence's subject that are a title of it ("Gen.", "NIAID director")."""
    return len(lead) <= 4 and not {t.lower() for t in lead} & _LEAD - {"the"}


def _content(toks: Sequence[str]) -> set[str]:
    return {lemma(t.lower()) for t in toks if t.isalpha() and t.lower() not in STOPWORDS}


def whose(owner: str, wrong: str, owned: Sequence[str], passage: str) -> str:
    """The reason for a possessive's wrong owner, with what the passage has the owner own (the
    nouns the claim has after its possessive): "whose: the source says Brightforge's chief
    executive, not Norvale's"."""
    after = re.search(rf"{re.escape(owner)}['’]s\s+([^,.;:]*)", normalize(passage))
    theirs = after.group(1).split() if after else []
    same = 0
    while same < min(len(owned), len(theirs)) and owned[same].lower() == theirs[same].lower():
        same += 1
    thing = " ".join(w for w in _nouns(theirs[:same]))
    return f"whose: the source says {owner}'s {thing}".rstrip() + f", not {wrong}'s"


def _nouns(toks: Sequence[str]) -> list[str]:
    """The run of nouns a phrase opens with ("chief executive" of "chief executive said")."""
    out: list[str] = []
    for t in toks:
        if not noun(t.lower()):
            break
        out.append(t)
    return out
