"""What a negation denies: the words right after a negator, compared between a claim and its source.

Two sentences that both negate do not agree for that alone. "Hochul did not issue a statement on
Saturday" denies the statement; "Hochul issued a statement on Saturday that said she would act
should workers fail to comply" affirms it and denies the complying ("fail to" reads as "not").
Reading only whether each side negates, both did, and the reversed claim passed. What a negator
denies is taken as the first ``DENIED_REACH`` content words after it; a claim that denies words
its source affirms, and none its source denies, says the opposite of it. A claim whose denied
words the source does not have at all is left to the other checks (it may be a paraphrase).

"not only" and "not just" ("the plan not only cuts costs but also …") deny nothing: they are
read as "also" (phrases.py), so neither side reads them as a negation.
"""

from __future__ import annotations

from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.sentences import normalize, words
from newsdesk.summarizer.synonyms import lemmas

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
        "shortage",  # what phrases.canonical writes for "not enough", "too few", "lack of"
    ]
)
DENIED_REACH = 4  # content words after a negator that it denies


def is_negator(word: str) -> bool:
    """Whether a word negates ("not", "never", "didn't", …)."""
    low = word.lower()
    return low in NEGATORS or low.endswith("n't")


def denied(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the lemmas a negator of ``text`` denies, the text's other lemmas): "liberals did not send
    a stern warning" denies 'send', 'stern', 'warn'; 'liberal' is the rest."""
    toks = words(canonical(normalize(text)))
    out: set[str] = set()
    for k, t in enumerate(toks):
        if is_negator(t):
            out |= set(lemmas(" ".join(toks[k + 1 :]))[:DENIED_REACH])
    return frozenset(out), frozenset(lemmas(text)) - out


def denies_other(clause: str, closest: str) -> bool:
    """Whether a claim's clause and its source clause, both negated, deny different things and
    the claim denies what the source affirms: "did not issue a statement" against "issued a
    statement … should workers fail to comply". Both denying one word agree ("has not been
    charged" beside "police have not charged him"); so does a claim whose denied words the
    source does not have (a rewording, for the other checks to judge)."""
    mine, _ = denied(clause)
    theirs, affirmed = denied(closest)
    if not mine or not theirs:  # a denial by un- ("unvaccinated"), not by a negator
        return False
    return not mine & theirs and bool(mine & affirmed)

