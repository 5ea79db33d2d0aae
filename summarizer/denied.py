"""A word the source only denies: "the company admitted misleading doctors" is not supported by
"… The company did not admit wrongdoing."

A summary joins the main fact with a word the article uses only under a negation ("not aware of
any accidents", "did not admit"), now affirmed: "recalled its vans after several accidents". The
passage that supports the rest lacks that word, so the alignment counts one missing word, and
the negation checks compare the claim with that passage only. ``denied_word`` finds a word of an
affirmative claim that its passage lacks and that the source uses, by lemma, only within a
negator's reach (the words after it in its clause) and never outside one.
"""

from __future__ import annotations

from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.polarity import NEGATORS, clauses, negated
from newsdesk.summarizer.sentences import QUOTED, normalize, words
from newsdesk.summarizer.synonyms import lemma, lemmas

_DENYING = frozenset(
    lemma(w)
    for w in (
        "fail",
        "failure",
        "refuse",
        "refusal",
        "deny",
        "denial",
        "decline",
        "miss",
        "lack",
        "reject",
        "absent",
    )
)
_REACH = 5  # words after a negator it denies ("without" denies a noun: polarity.only_without) ("not aware of any accidents")


def _split(sentences: tuple[str, ...]) -> tuple[dict[str, list[set[str]]], set[str]]:
    """(lemma within a negator's reach -> the content lemmas of each clause denying it, lemmas
    elsewhere) of the source's sentences."""
    denied: dict[str, list[set[str]]] = {}
    said: set[str] = set()
    for sent in sentences:
        for clause in clauses(QUOTED.sub(" ", canonical(normalize(sent)))):
            toks = words(clause)
            about = set(lemmas(clause))
            reach = -1
            for k, t in enumerate(toks):
                low = t.lower()
                if (low in NEGATORS and low != "without") or low.endswith("n't"):
                    reach = k + _REACH
                    continue
                if low == "to":  # "not enough to protect": the purpose is not denied
                    reach = -1
                if k <= reach:
                    denied.setdefault(lemma(low), []).append(about)
                else:
                    said.add(lemma(low))
    return denied, said


def denied_word(claim: str, source: tuple[str, ...]) -> str | None:
    """The first word of the claim that the source says only under a negation, when the claim
    itself negates nothing, not even by a verb that denies ("failed to", "refused"); and a
    denying clause counts only when it shares another content word with the claim: "has not
    ended the debate" denies nothing of "Norvale ended the contest"."""
    toks = words(QUOTED.sub(" ", normalize(claim)))
    if negated(claim) or any(lemma(t) in _DENYING for t in toks):
        return None
    denied, said = _split(source)
    content = set(lemmas(claim))
    for t in toks:
        key = lemma(t.lower())
        if key in said or key not in content:
            continue
        if any(about & content - {key} for about in denied.get(key, ())):
            return t
    return None
