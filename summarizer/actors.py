"""What a claim's relations get wrong against its supporting passage (relations.py reads them).

Between two consecutive names, the words in between are the relation and the first name its
agent. When the passage relates the same two names by a shared relation word the other way
round, they were swapped; when it gives the same relation to a different agent or object, the
actor (or the object) is wrong. An object is not wrong when a passage sentence does the same
act to the claim's object with a pronoun as its actor ("Norvale introduced Prompt Points last
October, when it rolled out AI assistants"): the pronoun is no name, so that relation is not
read, and the claim's "Norvale rolled out AI assistants" is the passage's.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.summarizer.relations import GAP, Relation, entities, key, relations, tokens
from newsdesk.summarizer.synonyms import lemma


def relation_reasons(
    claim: str, passage: Sequence[str], vocabulary: frozenset[str] | set[str]
) -> list[str]:
    """Reasons the claim's relations contradict those of its supporting passage's sentences."""
    theirs = [r for s in passage for r in relations(s, vocabulary)]
    reasons = []
    for mine in relations(claim, vocabulary):
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
            reasons.append(
                f"wrong object: the source has {other.patient_name}, not {mine.patient_name}"
            )
    return reasons


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
