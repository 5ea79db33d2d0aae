"""Who did what, got wrong by a claim that keeps its passage's words: two names swapped, an actor
or object changed, an agent and a patient trading places, a name moved onto another noun.

What a claim's relations get wrong against its supporting passage (relations.py reads them).

Between two consecutive names, the words in between are the relation and the first name its
agent. When the passage relates the same two names by a shared relation word the other way
round, they were swapped; when it gives the same relation to a different agent or object, the
actor (or the object) is wrong. An object is not wrong when a passage sentence does the same
act to the claim's object with a pronoun as its actor ("Norvale introduced Prompt Points last
October, when it rolled out AI assistants"): the pronoun is no name, so that relation is not
read, and the claim's "Norvale rolled out AI assistants" is the passage's.

Who did what, however far apart: the word before a verb and a word later in the sentence
trading places between a claim and its passage.

roles.py reads a verb's agent and patient from the words right beside it, so "Lena won the race
ahead of Mia" against "Mia won the race ahead of Lena" has the same patient (the race) and reads
as no swap. Here the word before a verb the claim shares with its passage (its agent, or a
passive's patient) is compared with the passage's: when each of the two is found *after* the
verb in the other sentence, the two traded places. A passive claim is read against an active
passage by its patient ("the builders were fined for bribing the mayor" against "the court
fined the mayor for bribing builders"). Not read: verbs whose object may be their subject
(roles.ergative), generic words that stand for an actor ("the company"), participles right
before "by" (either voice), and claims about two equal sides ("met", "merged with").

A name moved from one sentence of a passage onto a noun of the other.

A passage may join two sentences (align.py); a claim may then take a name from one of them and
put it before a noun of the other, in the place of that noun's own modifier: "joins from a US
cloud hosting firm" against "… outside the United States. … joins from a European cloud
hosting firm" ("US" is spelled out as the sources write it, facts.spell_out). Every word is in
the passage, and the name too, so no share of words and no name check sees it. ``moved_name``
finds a name of the claim right before a noun (modifiers.noun: no verb's form, so not
"Kestrel Ferries scrapped" against "The company scrapped") where the
passage's sentences that hold the name never hold that word, and another sentence has the word
after a modifier of its own that the claim does not use ("European cloud", "local market").
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.summarizer.bystanders import apposed, interlocutor, whose
from newsdesk.summarizer.lexicon import noun_phrase
from newsdesk.summarizer.modifiers import noun as _noun
from newsdesk.summarizer.modifiers import swapped
from newsdesk.summarizer.relations import GAP, Relation, entities, key, relations, tokens
from newsdesk.summarizer.roles import Roles, ergative, generic, roles
from newsdesk.summarizer.sentences import STOPWORDS
from newsdesk.summarizer.synonyms import lemma, lemmas


def relation_reasons(
    claim: str, passage: Sequence[str], vocabulary: frozenset[str] | set[str]
) -> list[str]:
    """Reasons the claim's relations contradict those of its supporting passage's sentences;
    first, a name the passage has told something, or holds in an apposition, made the actor."""
    if who := interlocutor(claim, passage, vocabulary) or apposed(claim, passage, vocabulary):
        return [who]
    theirs = [r for s in passage for r in relations(s, vocabulary) + _apposed(s, vocabulary)]
    reasons = []
    for mine in relations(claim, vocabulary) + _apposed(claim, vocabulary):
        same = [r for r in theirs if r.words & mine.words]
        if not same or any(r.agent & mine.agent and r.patient & mine.patient for r in same):
            continue
        if any(r.agent & mine.patient and r.patient & mine.agent for r in same):
            reasons.append(
                f"it swaps who did what: the source has {mine.patient_name} as the one acting"
                f" on {mine.agent_name}"
            )
        elif other := next((r for r in same if r.patient & mine.patient), None):
            reasons.append(f"wrong actor: the source has {other.agent_name}, not {mine.agent_name}")
        elif (other := next((r for r in same if r.agent & mine.agent), None)) and not _by_pronoun(
            mine, passage, vocabulary
        ):
            reasons.append(_wrong_object(claim, other.patient_name, mine.patient_name, passage))
    return reasons


def _wrong_object(claim: str, theirs: str, mine: str, passage: Sequence[str]) -> str:
    """A wrong object; a possessive's is a wrong owner ("whose: …", bystanders.whose)."""
    if not (theirs.endswith("'s") and mine.endswith("'s")):
        return f"wrong object: the source has {theirs}, not {mine}"
    owned = tokens(claim.split(mine, 1)[-1])
    return whose(theirs[:-2], mine[:-2], owned, " ".join(passage))


def _apposed(text: str, vocabulary: frozenset[str] | set[str]) -> list[Relation]:
    """A title in apposition after an owner's possessive ("Anneke Vos, Norvale's chief
    technology officer, said"), read as relations.py reads "Norvale's chief technology officer,
    Anneke Vos" (the person its agent, the owner its object), so that a claim giving her to
    another owner has the wrong object; relations.py reads only the words between two names."""
    toks, ents = tokens(text), entities(text, vocabulary)
    out = []
    for (_, a_end, a), (b_start, b_end, b) in zip(ents, ents[1:], strict=False):
        title = toks[b_end : b_end + 5]
        title = title[: title.index(",") + 1] if "," in title else []
        if toks[a_end:b_start] == [","] and b.endswith("'s") and title and noun_phrase(title):
            said = frozenset(lemma(t) for t in title[:-1] if len(t) > 2 and t not in STOPWORDS)
            out.append(Relation(key(a), key(b), said, a, b))
    return out


_PRONOUNS = frozenset(("it", "they", "he", "she", "we"))


def _by_pronoun(
    mine: Relation, passage: Sequence[str], vocabulary: frozenset[str] | set[str]
) -> bool:
    """Whether a passage sentence does the claim's act to the claim's object with a pronoun as
    the actor ("…, when it rolled out AI assistants"): no name before it, so no relation, and
    the object is not wrong."""
    for sent in passage:
        toks = tokens(sent)
        last = 0
        for start, end, name in entities(sent, vocabulary):
            gap = [t.lower() for t in toks[max(last, start - GAP) : start]]
            last = end
            acted = any(t.isalpha() and lemma(t) in mine.words for t in gap)
            if key(name) & mine.patient and _PRONOUNS.intersection(gap) and acted:
                return True
    return False


def traded_reasons(claim: str, passage: Sequence[str]) -> list[str]:
    """The one before a verb and one after it traded places, however far after: "Lena won the
    race ahead of Mia" against "Mia won the race ahead of Lena", "the builders were fined for
    bribing the mayor" against "the court fined the mayor for bribing builders". The word
    before the claim's verb is after the passage's, and the word before the passage's (or, for
    a passive claim against an active passage, its patient) is after the claim's, for every
    use of the verb in the passage. Verbs of two equal sides ("met", "merged") are not read."""
    if set(lemmas(claim)) & _symmetric():
        return []
    theirs = [r for s in passage for r in roles(s)]
    for r in roles(claim):
        same = [t for t in theirs if t.verb == r.verb]
        if not r.front or r.front in generic() or r.verb in ergative() or not same:
            continue
        if all(_traded(r, t) for t in same):
            written = r.patient if r.passive else r.agent
            return [f"it swaps who did what: in the source {written} is on the other side of it"]
    return []


def _traded(mine: Roles, theirs: Roles) -> bool:
    if mine.reduced or theirs.reduced:
        return False
    if mine.passive and not theirs.passive:
        other = lemma(theirs.patient) if theirs.patient else None
    elif mine.passive == theirs.passive:
        other = theirs.front
    else:
        return False
    if not other or other == mine.front or other in generic():
        return False
    return other in mine.after and mine.front in theirs.after


_SYMMETRIC_WORDS = (
    "meet merge marry talk negotiate play face join compete tie draw clash fight partner "
    "collide trade exchange combine match debate split share team"
)


def _symmetric() -> frozenset[str]:
    return frozenset(lemma(w) for w in _SYMMETRIC_WORDS.split())


def replaced(
    claim: str,
    missing: tuple[str, ...],
    sentences: tuple[str, ...],
    vocabulary: frozenset[str] | set[str],
) -> tuple[str, str] | None:
    """A noun put in the place of another (modifiers.py), or a name moved onto a noun."""
    return swapped(claim, missing, sentences) or moved_name(claim, sentences, vocabulary)


def moved_name(
    claim: str, sentences: Sequence[str], vocabulary: frozenset[str] | set[str]
) -> tuple[str, str] | None:
    """("United States market", "local market"): the claim's name on a noun, and what the
    sentence that has the noun puts there instead (None: no such move)."""
    if len(sentences) < 2:
        return None
    toks = tokens(claim)
    mine = {t.lower() for t in toks}
    written = [tokens(s) for s in sentences]
    theirs = [[t.lower() for t in s] for s in written]
    for _, end, name in entities(claim, vocabulary):
        if end >= len(toks) or not (_plain(toks[end]) and _noun(toks[end], head=True)):
            continue
        key, parts = lemma(toks[end]), {w.lower() for w in name.split()}
        holders = [k for k, s in enumerate(theirs) if parts <= set(s)]
        if not holders or any(key in {lemma(w) for w in theirs[k]} for k in holders):
            continue
        for k, sent in enumerate(theirs):
            if k in holders:
                continue
            for j in range(1, len(sent)):
                before = sent[j - 1]
                if lemma(sent[j]) == key and _plain(before) and before not in mine:
                    return f"{name} {toks[end]}", " ".join(written[k][j - 1 : j + 1])
    return None


def _plain(word: str) -> bool:
    """A word that may be a noun or its modifier: no stopword, no punctuation."""
    return word.isalpha() and word.lower() not in STOPWORDS and len(word) > 2
