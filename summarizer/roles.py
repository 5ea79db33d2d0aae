"""Who did what to whom, for any noun: the roles around a verb the claim shares with its passage.

relations.py relates two *names*; most news sentences put a common noun on one side ("The regulator
ordered Pallas Water to pay", "a bear attacked a hiker"). Here, with no parser, each verb of the
claim that its supporting passage also uses (same lemma) gets an *agent* and a *patient*:

* the agent is the content word right before the verb, auxiliaries and adverbs skipped ("the bank
  has fined" -> bank; "Owners of the trucks were" -> owners); nothing when a pronoun stands there;
  an infinitive's agent is the noun before its "to" ("ordered the paper to pay" -> paper);
* the patient is the last word of the run of content words right after it, articles skipped
  ("fined its former trading chief after" -> chief);
* a passive ("was fined by the bank") turns them round: the word before is the patient, the one
  after "by" the agent.

When a claim names both roles of a verb and its agent is the passage's patient or its patient the
passage's agent (for every use of that verb in the passage), the two were swapped. A claim that
leaves one role unsaid ("the line should reopen", "homes left flooded") is not held to this: an
intransitive or a participle reads like a verb with its roles turned round.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from newsdesk.summarizer.newswords import LIGHT
from newsdesk.summarizer.phrases import PHRASES, canonical
from newsdesk.summarizer.relations import TIME_OPENERS
from newsdesk.summarizer.saidby import present_verb
from newsdesk.summarizer.sentences import BE, STOPWORDS, normalize
from newsdesk.summarizer.synonyms import lemma, lemmas, past_forms, senses

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]|[^\sA-Za-z]")
_AUX_WORDS = (
    "is are was were be been being has have had will would can could may might must should "
    "shall did does do not n't also then still already just reportedly"
)
_AUX = frozenset(_AUX_WORDS.split())
_DETERMINERS_WORDS = "the a an its his her their this that these those our your"
_DETERMINERS = frozenset(_DETERMINERS_WORDS.split())
_PREPOSITIONS_WORDS = (
    "of in at from near across along for with on outside inside behind beside toward towards "
    "among amid against without"
)
_PREPOSITIONS = frozenset(_PREPOSITIONS_WORDS.split())
_PRONOUNS = frozenset(["it", "he", "she", "they"])
_NOUNS = frozenset(["company", "companies", "firm", "firms"])
_GENERIC = (
    "company",
    "firm",
    "group",
    "organization",
    "organisation",
    "agency",
    "official",
    "authority",
    "government",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "business",
)  # light for coverage, not roles
# verbs whose object may as well be their subject ("the plant began production" = "production
# began"): no swap is read from them
_ERGATIVE = frozenset(
    [
        "start",
        "begin",
        "open",
        "close",
        "stop",
        "end",
        "grow",
        "rise",
        "fall",
        "increase",
        "decrease",
        "change",
        "move",
        "break",
        "burn",
        "sink",
        "shrink",
        "expand",
        "resume",
        "continue",
        "finish",
    ]
)
_PHRASE_VERBS = frozenset(word for _, word in PHRASES if " " not in word)  # "called off" -> cancel
_SAYING = frozenset(["said", "says", "told"])
_BEFORE_BASE = frozenset(
    ["to", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do"]
)


@dataclass(frozen=True)
class Roles:
    """A verb's lemma with its agent and patient as written (``None``: the words do not say)."""

    verb: str
    agent: str | None
    patient: str | None
    passive: bool = False
    rest: str = ""  # the words after the verb
    reduced: bool = False  # a participle before "by" ("workers affected by"): either voice

    @cached_property
    def after(self) -> frozenset[str]:
        """The lemmas of the words after the verb, read only when asked for (roleswaps.py): a
        sentence has as many verbs as it has clauses, and each would read the rest again."""
        return frozenset(lemmas(self.rest))

    @property
    def front(self) -> str | None:
        """The lemma of the word before the verb: its agent, or a passive's patient."""
        word = self.patient if self.passive else self.agent
        return lemma(word) if word else None

    @property
    def keys(self) -> tuple[str | None, str | None]:
        return (
            lemma(self.agent) if self.agent else None,
            lemma(self.patient) if self.patient else None,
        )


def _content(tok: str) -> bool:
    low = tok.lower()
    return (
        tok[0].isalpha()
        and len(tok) > 2
        and low not in STOPWORDS
        and (low not in LIGHT or low in _NOUNS)
        and low not in _PREPOSITIONS
    )


def _left(toks: list[str], k: int) -> str | None:
    """The content word before token k, auxiliaries and adverbs skipped; a phrase after the noun
    ('officials in the province', 'dozens of homes') is passed over to the noun. None when a
    pronoun or a coordinated subject ('X and Y') stands there."""
    j = k - 1
    while j >= 0 and (toks[j].lower() in _AUX or toks[j].lower().endswith("ly")):
        j -= 1
    if j >= 2 and toks[j].lower() == "to" and _content(toks[j - 1]):  # "ordered the paper to pay"
        named = toks[j - 1][0].isupper() and toks[j - 2].islower()
        return toks[j - 1] if toks[j - 2].lower() in _DETERMINERS or named else None
    if j > 0 and toks[j].lower() in _PRONOUNS:  # "X said on Monday it would buy Y": X buys
        say = next((t for t in range(j - 1, max(0, j - 5), -1) if toks[t].lower() in _SAYING), 0)
        return _left(toks, say) if say else None
    if j < 0 or not _content(toks[j]):
        return None
    head = j
    while True:
        while j > 0 and (_content(toks[j - 1]) or toks[j - 1].lower() in _DETERMINERS):
            j -= 1
        if j >= 2 and toks[j - 1].lower() in _PREPOSITIONS and _content(toks[j - 2]):
            head = j = j - 2
            continue
        break
    return None if j > 0 and toks[j - 1].lower() in ("and", "or") else toks[head]


def _right(toks: list[str], k: int) -> str | None:
    """The last content word of the run right after token k, articles skipped. The run stops
    at a time ("fined Smith Tuesday", "arrested the suspect last week") and, with no article
    before it, after a name that a lower-case word follows: that word is a second object
    ("elected Smith chairman", "fined Acme millions"), not the name's noun ("the Acme board")."""
    j = k + 1
    while j < len(toks) and toks[j].lower() in _DETERMINERS:
        j += 1
    bare, head = j == k + 1, None
    while j < len(toks) and _content(toks[j]) and toks[j].lower() not in TIME_OPENERS:
        if bare and head and head[0].isupper() and toks[j][0].islower():
            break
        head, j = toks[j], j + 1
    return head


def _verbish(toks: list[str], k: int) -> bool:
    low = toks[k].lower()
    if k > 0 and toks[k - 1].lower() in _DETERMINERS:  # "a strike", "the planned closure"
        return False
    if low in _SAYING or low.endswith("ed") or low in past_forms() or low in _PHRASE_VERBS:
        return True
    return k > 0 and (toks[k - 1].lower() in _BEFORE_BASE or present_verb(toks, k))


def roles(text: str) -> list[Roles]:
    """The verbs of a text with their agent and patient (None where the words do not say)."""
    toks = _TOKEN.findall(canonical(normalize(text)))
    out = []
    for k, tok in enumerate(toks):
        if not tok[0].isalpha() or not (_content(tok) or tok.lower() in _SAYING):
            continue
        if not _verbish(toks, k):
            continue
        before = [t.lower() for t in toks[max(0, k - 2) : k] if not t.lower().endswith("ly")]
        passive = bool(before) and before[-1] in BE and tok.lower() not in _SAYING
        rest = " ".join(toks[k + 1 :])
        if passive:
            by = k + 1 < len(toks) and toks[k + 1].lower() == "by"
            agent = _right(toks, k + 1) if by else None
            out.append(Roles(lemma(tok), agent, _left(toks, k), True, rest))
        else:
            reduced = _reduced_passive(toks, k)
            out.append(Roles(lemma(tok), _left(toks, k), _right(toks, k), False, rest, reduced))
    return out


def _reduced_passive(toks: list[str], k: int) -> bool:
    """A participle right before "by" is passive without "was" ("the workers affected by the
    closure"): the word before it is its patient."""
    low = toks[k].lower()
    by = k + 1 < len(toks) and toks[k + 1].lower() == "by"
    return by and k > 0 and (low.endswith("ed") or low in past_forms())


def role_reasons(claim: str, passage: Sequence[str]) -> list[str]:
    """Reasons the claim gives a verb of its passage the wrong agent or patient."""
    theirs = [r for s in passage for r in roles(s)]
    reasons = []
    for mine in roles(claim):
        same = [r for r in theirs if r.verb == mine.verb]
        if not same or mine.agent is None or mine.patient is None:
            continue
        if mine.verb not in ergative() and all(_swapped(mine, r) for r in same):
            reasons.append(
                f"it swaps who did what: the source does not have {mine.agent} acting on"
                f" {mine.patient}"
            )
    return reasons or _crossed(roles(claim), theirs) or _other_actor(roles(claim), theirs, claim)


def _other_actor(mine: list[Roles], theirs: list[Roles], claim: str) -> list[str]:
    """The act given to another actor of the passage ("the regulator said it would invest"
    against "Pallas Water said it would invest", the regulator acting elsewhere in it). A
    generic word ("the company") may stand for the passage's actor and is not held to this."""
    holders = {k for r in theirs for k in r.keys if k}
    said = set(lemmas(claim))
    for r in mine:
        agent = r.keys[0]
        same = [t for t in theirs if t.verb == r.verb]
        if not agent or not same or agent not in holders or agent in generic():
            continue
        others = {t.keys[0] for t in same}
        if None in others or agent in others or others & (said | generic()):
            continue
        if any(senses(r.agent or "") & senses(t.agent or "") for t in same):
            continue  # one word of two groups: "legislators" is "lawmakers" (and "legislation")
        return [f"wrong actor: the source has {same[0].agent}, not {r.agent}"]
    return []


def generic() -> frozenset[str]:
    return frozenset(lemma(w) for w in _GENERIC)


def _crossed(mine: list[Roles], theirs: list[Roles]) -> list[str]:
    """Two acts of the passage given each other's actors ("the company called off the strike
    after the union improved its offer" against the union calling it off, the company
    improving): each claim agent is the passage's agent of the claim's other verb."""
    agents = {r.verb: r.keys[0] for r in theirs if r.keys[0]}
    acts = [(r.verb, r.keys[0], r.agent) for r in mine if r.keys[0] and r.verb in agents]
    for k, (verb, agent, name) in enumerate(acts):
        for verb2, agent2, _ in acts[k + 1 :]:
            if agent != agent2 and agents[verb] == agent2 and agents[verb2] == agent:
                return [f"wrong actor: in the source {name} is not the one who does that"]
    return []


def ergative() -> frozenset[str]:
    return frozenset(lemma(w) for w in _ERGATIVE)


def _swapped(mine: Roles, theirs: Roles) -> bool:
    (agent, patient), (their_agent, their_patient) = mine.keys, theirs.keys
    if agent == their_agent or patient == their_patient:
        return False
    return (agent is not None and agent == their_patient) or (
        patient is not None and patient == their_agent
    )
