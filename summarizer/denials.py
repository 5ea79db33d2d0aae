"""What a negation denies: the words right after a negator, compared between a claim and its source.

Two sentences that both negate do not agree for that alone. "The port authority did not issue a
statement on Friday" denies the statement; "The port authority issued a statement on Friday
warning that ferries would stay in harbour should crews fail to comply" affirms it and denies the
complying ("fail to" reads as "not").
Reading only whether each side negates, both did, and the reversed claim passed. What a negator
denies is taken as the first ``DENIED_REACH`` content words after it; a claim that denies words
its source affirms, and none its source denies, says the opposite of it. A claim whose denied
words the source does not have at all is left to the other checks (it may be a paraphrase).

The same reading tells whether a claim affirms what its source denies (says_denied), and whether
a source's quotation denies what a claim retells (quoted_denial). "not only … but also" denies
nothing: phrases.py reads it as "also".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
_QUOTED = re.compile(r'"[^"]*"')


def is_negator(word: str) -> bool:
    """Whether a word negates ("not", "never", "didn't", …)."""
    low = word.lower()
    return low in NEGATORS or low.endswith("n't")


_BEHIND = 2  # content words before a negator that it may deny too ("injured nobody")
_PAUSE = re.compile(r"[,;:]")


def _each_denied(toks: Sequence[str], behind: bool = False) -> list[set[str]]:
    """What each negator of ``toks`` denies: the first DENIED_REACH content lemmas after it,
    and (``behind``) the last _BEHIND before it too."""
    out = []
    for k, t in enumerate(toks):
        if is_negator(t):
            before = lemmas(" ".join(toks[:k]))[-_BEHIND:] if behind else []
            out.append(set(lemmas(" ".join(toks[k + 1 :]))[:DENIED_REACH]) | set(before))
    return out


def denied(text: str, behind: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """(the lemmas a negator of ``text`` denies, the text's other lemmas): "liberals did not send
    a stern warning" denies 'send', 'stern', 'warn'; 'liberal' is the rest. With ``behind``, a
    negator denies the words just before it too ("the fire injured nobody" denies 'injure'),
    and its reach goes past a comma; else it ends there ("injured nobody, officials said")."""
    read = canonical(normalize(text))
    parts = [read] if behind else _PAUSE.split(read)
    out = frozenset().union(*(s for p in parts for s in _each_denied(words(p), behind)))
    return out, frozenset(lemmas(text)) - out


def denies_other(clause: str, closest: str) -> bool:
    """Whether a claim's clause and its source clause, both negated, deny different things and
    the claim denies what the source affirms: "did not issue a statement" against "issued a
    statement … should workers fail to comply". Both denying one word agree ("has not been
    charged" beside "police have not charged him"); so does a claim whose denied words the
    source does not have (a rewording, for the other checks to judge). The source's denial is
    read wide, the words just before each negator too ("No one was hurt in the fire" retells
    "the fire injured nobody"); the claim's is not (read wide, it would deny more of what the
    source affirms)."""
    mine, _ = denied(clause)
    theirs, affirmed = denied(closest, behind=True)
    if not mine or not theirs:  # a denial by un- ("unvaccinated"), not by a negator
        return False
    return not mine & theirs and bool(mine & affirmed)


def says_denied(clause: str, closest: str, quoted: bool) -> bool:
    """Whether a claim says something its source clause denies: one of the first content words
    after a negator there ("lodged a complaint after British but not American reporters were
    named" denies "American reporters named"), or the source denies by un- (un_negated). A claim
    that keeps only the rest of the clause drops that detail; it does not affirm it. The source's
    quotations count only when ``quoted``."""
    text = canonical(normalize(closest))
    spans = _each_denied(words(text if quoted else _QUOTED.sub(" ", text)))
    mine = set(lemmas(clause))
    return not spans or any(span & mine for span in spans)


def quoted_denial(clause: str, closest: str) -> bool:
    """Whether a quotation of ``closest`` denies what the claim's clause retells: one of the
    first content words after its negator is the clause's ("Lo said he had never been a
    liberal" for '"I have never been a liberal"'; not for '… means "leave no one behind"')."""
    mine = set(lemmas(clause))
    quotations = _QUOTED.findall(canonical(normalize(closest)))
    return any(span & mine for q in quotations for span in _each_denied(words(q)))
