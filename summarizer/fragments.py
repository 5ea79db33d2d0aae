"""Quotations inside reported speech: an outlet's words kept in newsdesk's sentence, marked whole.

A reported sentence ("Hill Courier reported that the board agreed to a two-year pay deal for
junior nurses …") often keeps a run of ``copying.RUN`` (8) or more of the outlet's words. It is
told only when those words are one run that can stand as one quotation: at most MAX_QUOTED of
the sentence, opening and closing where a quotation may (:func:`_fits`). Until session 33 a run
was broken instead by two or three short quoted fragments placed inside it, and the words
between them stood unmarked: the outlet's sentence, still read in its words (issue 12; the copy
rule now counts such words: copying.fragment_runs). :func:`loose_ends` and
:func:`before_dash` find where a long sentence may end instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.copying import Shingles
from newsdesk.summarizer.excerpts import BOUNDARY
from newsdesk.summarizer.nounphrase import STRICT, cuts_across, splits_noun_phrase, verbish
from newsdesk.summarizer.sentences import STOPWORDS, normalize

MAX_QUOTED = 0.5  # share of a reported sentence that may be the outlet's words, marked
MAX_FLAWS = 2  # a quotation with more flaws reads as a slip: the line is told another way

_DASH = re.compile(r"\s[\u2014\u2013]\s|\s--\s")


def before_dash(sentence: str, least: int = 8) -> str:
    """A sentence's words before a dash aside ('A politician was stabbed to death Friday by a
    man … \u2014 with police not ruling out …' -> '… by a man ….'), when at least ``least``
    words come before it; else the sentence as it is."""
    m = _DASH.search(sentence)
    if not m or len(sentence[: m.start()].split()) < least:
        return sentence
    return sentence[: m.start()].rstrip(" ,;:") + "."


_PHRASE_TEXT = "by for in on to from at amid over after before during"
_PHRASE = frozenset(_PHRASE_TEXT.split())
PHRASES = _PHRASE  # the words a phrase opens with, where a quotation may end before (shortcut.py)


def loose_ends(ws: Sequence[str], limit: int, tries: int = 3) -> list[int]:
    """Where a sentence with no clause boundary in its first ``limit`` words may end instead:
    before a prepositional phrase ('… will open a new wing for modern sculpture | in the spring …'),
    after at least 10 words, longest first."""
    ends = [
        i
        for i in range(10, min(len(ws), limit + 1))
        if ws[i].lower() in _PHRASE
        and not _weak(ws[i - 1])
        and not (STRICT.get() and verbish(ws[i - 1]))  # 'rose | from about …': its phrase
        and ws[i - 1][-1:].isalnum()
        and not _open_range(ws, i)
        and not _negated(ws, i)
    ]
    return ends[::-1][:tries]


_NEGATORS = frozenset(("not", "never", "no", "cannot", "nor"))


def _negated(ws: Sequence[str], end: int) -> bool:
    """Whether ending before ``end`` cuts a denial short of its scope: 'would not use usage
    figures | in performance reviews' denies more than the outlet did (the demo's TokenRank
    draft said Brightforge would not use usage figures at all)."""
    last = max((j for j in range(end) if ws[j][-1:] in ",;:"), default=-1)
    return any(
        w.lower().strip(",;:") in _NEGATORS or w.lower().endswith("n't") for w in ws[last + 1 : end]
    )


def _open_range(ws: Sequence[str], end: int) -> bool:
    """Whether ending before ``end`` leaves a range half told: 'rose from about $310,000 |
    … to just under $1 million' keeps the start of a change and drops where it went."""
    kept = [w.lower().strip(",;:") for w in ws[:end]]
    dropped = [w.lower().strip(",;:") for w in ws[end:]]
    if "from" in kept and "to" in dropped or "between" in kept[-6:] and "and" in dropped:
        return True
    # 'from $310,000 in the third quarter to $1 million | in the fourth': the second point of
    # the range loses the time its first was given
    start = len(kept) - kept[::-1].index("from") if "from" in kept and STRICT.get() else len(kept)
    return bool(dropped) and "to" in kept[start:] and dropped[0] in kept[start:]


def _tidy(norm: str, a: int, b: int) -> tuple[int, int]:
    """A quoted span without the comma or joining word it ends on ('…products, and' ->
    '…products')."""
    while True:
        head, _, last = norm[a:b].rpartition(" ")
        # '(ICIJ)' keeps its bracket, '96%' its sign
        closed = last.endswith(")") and "(" in last or last[:-1].isdigit() and last[-1] == "%"
        if head and not closed and (last.lower() in BOUNDARY or not last[-1:].isalnum()):
            b = a + len(head) if last.lower() in BOUNDARY else b - 1
            continue
        return a, b


# verbs that report speech: newsdesk's framing, never the opening of a quotation ('a spokesperson
# “said the contest …”', 'announced “that it seeks …”' read as if the outlet had said 'said')
_SPEECH_TEXT = "said says say wrote writes added adds stated states reported reports announced"
_SPEECH_MORE = "announces noted notes confirmed confirms explained argued claimed declared"
SPEECH = frozenset(f"{_SPEECH_TEXT} {_SPEECH_MORE} warned insisted acknowledged".split())
_SAYS = SPEECH | {"told", "that"}


def _opened(norm: str, a: int, b: int) -> tuple[int, int]:
    """A quoted span opening after the verb that reports it and its 'that' ('said “the
    leaderboard …”', 'announced that “it seeks …”')."""
    while (word := norm[a:b].split(" ", 1))[0].lower() in _SAYS and len(word) > 1:
        a += len(word[0]) + 1
    return a, b


def _quote(norm: str, spans: Sequence[tuple[int, int]]) -> str:
    out, at = [], 0
    for a, b in spans:
        out += [norm[at:a], "\u201c", norm[a:b], "\u201d"]
        at = b
    out.append(norm[at:])
    return "".join(out)


def marked(text: str, shingles: Shingles) -> str:
    """``text`` with its copied words as one quotation, when they are one run, at most
    MAX_QUOTED of its words, and the quotation's edges fall where a quotation may open and
    close (:func:`_fits`: no name cut in two, no phrase left waiting outside, no phrase boundary
    crossed); '' otherwise. A retold sentence is newsdesk's words or carries the outlet's as one
    quotation; a few short fragments of the outlet's sentence marked and the rest left in its
    words still read as the outlet's sentence (copying.fragment_runs)."""
    norm = normalize(text)
    spans = [_tidy(norm, *_opened(norm, a, b)) for a, b in shingles.spans(text)]
    if not spans and (run := shingles.close_run(text)):  # its longest run (closecopy.py)
        spans = [_tidy(norm, *_opened(norm, *run))]
    if len(spans) != 1:
        return ""
    (a, b), words = spans[0], norm.split()
    first, size = len(norm[:a].split()), len(norm[a:b].split())
    if size > MAX_QUOTED * len(words) or not _fits(words, first, first + size, 0):
        return ""
    out = _quote(norm, spans)
    return "" if shingles.copied(out) or shingles.close(out) is not None else out


# prepositions the stop-word list leaves out: a fragment that ends on one ('without “names and
# without” an order') reads as a slip
PREPOSITIONS = frozenset(
    ["without", "within", "amid", "despite", "toward", "towards", "via", "than", "among", "upon"]
    + ["onto", "beyond", "versus", "since", "until", "near", "per", "like"]
)


def _weak(word: str) -> bool:
    """A word a fragment should not open or close on ('the', 'of', 'without', a comma's word)."""
    core = word.strip(",;:.\"'").lower()
    return (
        not core
        or core in STOPWORDS
        or core in BOUNDARY
        or core in PREPOSITIONS
        or word[-1:] in ",;:"
    )


def _splits(words: Sequence[str], at: int) -> int:
    """1 when a fragment edge at ``at`` cuts a name ('Prime Minister | Mario Draghi'), an amount
    from its scale ('$1 | million') or an aside in brackets."""
    if not 0 < at < len(words):
        return 0
    left, right = words[at - 1], words[at]
    name = left[:1].isupper() and right[:1].isupper() and left[-1:].isalnum()
    amount = left[-1:].isdigit() and right.lower().rstrip(",;:.") in _SCALES  # '“$1” million'
    # 'Jan. | “6 riot', 'Oct. | “11 issued': an abbreviation's period is no phrase boundary
    short = left[:1].isupper() and left.endswith(".") and len(left) <= 5 and right[:1].isalnum()
    return int(name or amount or short or left.count("(") > left.count(")"))


_SCALES = frozenset(["hundred", "thousand", "million", "billion", "trillion", "percent", "%"])


def _fits(words: Sequence[str], a: int, b: int, flaws: int, strict: bool = True) -> bool:
    """Whether a fragment (a, b) with ``flaws`` (_score) may stand: at most MAX_FLAWS flaws, no
    name cut at either edge ('the “family of Marine” Corps'), and a closing word that leaves
    no phrase waiting ('“money laundering by” some of …', '“the global” economy', '“the
    Sept”. 11'). Else the line is told another way (a shorter clause, a whole quotation)."""
    last, before = words[b - 1], words[b - 2].lower() if b >= 2 else ""
    glued = last.endswith(".") and b < len(words) or "." in last.rstrip(".")  # 'p.m', 'Sept.'
    waits = _weak_end(last) or _open_end(last, before) or _head_outside(words, b)
    waits = waits or _share_end(last, before, words[b - 3].lower() if b >= 3 else "")
    cut = _splits(words, a) or _splits(words, b) or cuts_across(words, a, b, strict)
    return flaws <= MAX_FLAWS and not (glued or waits or cut)


_FRACTIONS_TEXT = "half third thirds quarter quarters fifth fifths tenth tenths"
_FRACTIONS = frozenset(_FRACTIONS_TEXT.split())


def _share_end(word: str, before: str, third: str) -> bool:
    """Whether a quotation closes on a share without what it measures ('would add “a fifth”'
    of 'a fifth to its yearly sales'), as tailquote's clause cuts never end; a change by a
    share ('raise rates by a third') is whole."""
    share = word.lower().strip(",;:.") in _FRACTIONS and before in ("a", "one", "two", "three")
    return share and third != "by"


def fits(words: Sequence[str], a: int, b: int) -> bool:
    """Whether words a to b of ``words`` may stand as one quotation (:func:`_fits`, no flaws)."""
    return _fits(words, a, b, 0)


def _head_outside(words: Sequence[str], b: int) -> bool:
    """Whether the word after a fragment closing before ``b`` is the head noun of the phrase
    the fragment's last word opens ('“spending on AI” models'; nounphrase.py), or the word an
    adverb closing it qualifies ('“… for fully” vaccinated travelers')."""
    nxt = words[b].rstrip(",;:.") if 0 < b < len(words) else ""
    if not nxt or _weak(nxt) or nxt.lower() in _DETERMINERS:
        return False
    if lexicon.parts_of_speech(words[b - 1].lower()) == {"r"} and words[b - 1][-1:].isalpha():
        return "a" in lexicon.parts_of_speech(nxt.lower()) or nxt.endswith("ed")
    return splits_noun_phrase(words[b - 2] if b >= 2 else "", words[b - 1], words[b])


def _weak_end(word: str) -> bool:
    """A word a fragment should not close on: as _weak, but a comma after a word of meaning
    closes a phrase ('“packing the Supreme Court”, an idea')."""
    return _weak(word.rstrip(",;")) if word[-1:] in ",;" else _weak(word)


# words that open a phrase but are not stop words: '“Prompt Points last” October'
_DETERMINERS = frozenset(["last", "next", "every", "several", "former"])
_COPULA_TEXT = "is was are were be been being become became remains remained seems"
_COPULAS = frozenset(_COPULA_TEXT.split())


def _open_end(word: str, before: str = "") -> bool:
    """Whether a fragment closing on ``word`` leaves its noun outside the quotation: a possessive
    ('“surveyed disapproved of Biden's” handling'), a determiner ('“Prompt Points last”
    October') or an adjective ('“hampering the global” economic recovery'; not after 'was':
    '“the law was unconstitutional”'). A comma after it closes the phrase."""
    if word[-1:] in ",;":
        return False
    core = word.lower().strip("\"'.:")
    if core in _DETERMINERS or word.lower().endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return True
    return before not in _COPULAS and lexicon.adjective_only(core)
