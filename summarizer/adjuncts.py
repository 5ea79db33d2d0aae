"""A sentence's main clause without the phrases that close it: the fact at its core.

"Police said a 25-year-old man was arrested on suspicion of murder after the attack at a church
in Leigh-on-Sea" keeps, told whole, a run of the outlet's words that only quotation marks may
carry, and the quoting budget seldom has room for it. Its main clause ended before a phrase
that closes it ("… was arrested on suspicion of murder", "… went into effect") says less, but
nothing the source does not, in few enough of the outlet's words in a row for newsdesk to tell
it as its own sentence (paraphrase.own_words checks that, and the verifier the rest).

A phrase is cut only when it says when or on what occasion ("after the attack", "on Friday",
"in recent years"), where it follows a noun or a number (an adjunct of the clause: "murder |
after the attack"), never right after the verb ("went | into effect": the verb's own
complement), never after "X and Y" (whose phrase is it?), never in a clause whose claim the
cut would widen (a negation: "did not take questions from US reporters | during his meeting";
a superlative or an "only"), and only where what is left stands as a clause and leaves nothing
waiting (standing.complete, clauses.dangling).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer.clauses import dangling
from newsdesk.summarizer.lexicon import parts_of_speech
from newsdesk.summarizer.sentences import STOPWORDS
from newsdesk.summarizer.standing import MIN_WORDS, complete
from newsdesk.summarizer.synonyms import lemma, past_forms

# phrases that say when or on what occasion, and attach to the verb, not to a noun they would
# narrow ('visas | for some roles', 'customers | in more than 40 countries' are never cut)
OPENING = frozenset(["after", "during", "amid", "following", "despite", "before", "since"])
PLACED = frozenset(["at", "in", "on", "from", "with", "over", "across", "near", "into", "for"])
_COUNTS = frozenset(
    [
        "some",
        "most",
        "many",
        "few",
        "all",
        "every",
        "each",
        "several",
        "certain",
        "part",
        "more",
        "less",
    ]
)
TIMED = frozenset(["on", "in", "at", "over", "earlier", "later"])  # only before a time word
_TIME = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|march|april|may"
    r"|june|july|aug|sept?|oct|nov|dec|january|february|august|september|october|november"
    r"|december|recent|last|this|the weekend|\d)",
    re.I,
)
# a clause whose claim a cut would widen: a negation ('did not take questions | from US
# reporters'), a superlative or an only ('its largest engineering location | outside …')
_WIDENS = re.compile(
    r"^(?:not|no|never|without|only|just|first|last|most|least|more|less|fewer|than|\w+n't"
    r"|\w+est|worst|best|if|unless|until)$",
    re.I,
)
_WHEN_NOUNS = frozenset(["day", "date", "time", "week", "month", "year", "hours", "deadline"])
MOST = 2  # shorter clauses given per sentence


def _nounish(word: str) -> bool:
    """A noun, a number or a name: what an adjunct phrase may follow."""
    w = word.strip(",;:\"'\u201c\u201d")
    if not w:
        return False
    if w[0].isdigit() or w[0].isupper():
        return True
    low = w.lower()
    if low.endswith(("ed", "ing", "en")) or low in past_forms() or low in STOPWORDS:
        return False
    return "n" in parts_of_speech(lemma(low)) | parts_of_speech(low)


def _opens(ws: Sequence[str], p: int) -> bool:
    """Whether a phrase that closes the clause starts at ``p``: a word of OPENING, or one of
    TIMED before a time word ('on Friday', 'in recent years', 'on Oct. 15')."""
    word = ws[p].lower()
    if word in OPENING:
        return True
    if word in TIMED and p + 1 < len(ws) and _TIME.match(" ".join(ws[p + 1 : p + 3])):
        return True
    # a place or circumstance ('at a church', 'from US reporters'), unless it names or counts
    # what it narrows ('for the Federal Reserve', 'for some roles', 'in 40 countries')
    phrase = ws[p + 1 :]
    return word in PLACED and not any(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _COUNTS for w in phrase
    )


def shorter(sentence: str, subject: int) -> list[str]:
    """The main clause of ``sentence`` (up to its first comma) ended before each phrase that
    closes it, longest first, at most MOST; ``subject``: how many words its subject has (the
    predicate starts after it); [] when no cut leaves a clause."""
    ws = sentence.rstrip(".").split()
    end = next((i for i, w in enumerate(ws) if w.endswith((",", ";"))), len(ws))
    ws = ws[:end]
    out: list[str] = []
    for p in range(len(ws) - 1, subject + 1, -1):
        if not _opens(ws, p) or p - 1 <= subject or not _nounish(ws[p - 1]):
            continue
        if any(_WIDENS.match(w.strip(",;:")) for w in ws[:p]):
            return out
        if ws[p - 1].lower() in _WHEN_NOUNS:
            continue  # 'ahead of the day | on September 14': the phrase says which
        if any(w.lower() in ("and", "or") for w in ws[max(p - 3, 0) : p]):
            continue  # 'employees and customers | in 40 countries': whose phrase is it?

        kept = ws[:p]
        if len(kept) >= MIN_WORDS and complete(kept) and not dangling(ws, p):
            out.append(" ".join(kept) + ".")
            if len(out) >= MOST:
                break
    return out
