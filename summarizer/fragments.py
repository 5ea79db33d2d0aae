"""Short quoted fragments: an outlet's words kept inside reported speech, marked, and short.

A reported sentence ("Hill Courier reported that the board agreed to a two-year pay deal for
junior nurses working night shifts in rural clinics") often keeps a run of ``copying.RUN`` (8)
or more of the outlet's words: its lead sentence cannot be retold by cutting clauses alone.
Quoting the whole run spends the quoting budget (``summarizer.quote_share``) a short draft does
not have. A run is broken as well by a quoted fragment inside it, when the words left on either
side are fewer than RUN: only those words are quoted ("… the board agreed to a “two-year pay
deal for junior nurses working night shifts” in rural clinics"). :func:`fragmented` places such
fragments, preferring ones whose edges fall between phrases; :func:`marked` quotes whole runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.copying import RUN, Shingles
from newsdesk.summarizer.excerpts import BOUNDARY
from newsdesk.summarizer.nounphrase import STRICT, cuts_across, splits_noun_phrase, verbish
from newsdesk.summarizer.sentences import STOPWORDS, normalize

MAX_QUOTED = 0.5  # share of a reported sentence that may be the outlet's words, marked
MIN_FRAGMENT = 3  # words: a shorter quotation reads as a scare quote
MAX_FLAWS = 2  # a fragment scored worse (_score) reads as a slip: the line is told another way
_WORD = re.compile(r"\S+")

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


def _quote(norm: str, spans: Sequence[tuple[int, int]]) -> str:
    out, at = [], 0
    for a, b in spans:
        out += [norm[at:a], "\u201c", norm[a:b], "\u201d"]
        at = b
    out.append(norm[at:])
    return "".join(out)


def marked(text: str, shingles: Shingles) -> str:
    """``text`` with its copied runs in quotation marks, when they are at most MAX_QUOTED of its
    words ('' otherwise)."""
    norm = normalize(text)
    spans = [_tidy(norm, a, b) for a, b in shingles.spans(text)]
    quoted = sum(len(norm[a:b].split()) for a, b in spans)
    if not spans or quoted > MAX_QUOTED * len(norm.split()):
        return ""
    return _quote(norm, spans)


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


def _inside(words: Sequence[str], at: int) -> int:
    """1 when a fragment edge at ``at`` falls between two words of meaning with no punctuation
    between them, likely inside a phrase ('code review and | build tools'); an edge beside
    'by', 'of', 'and' or a comma falls between phrases."""
    if not 0 < at < len(words):
        return 0
    left, right = words[at - 1], words[at]
    return int(left[-1:].isalnum() and not _weak(left) and not _weak(right))


@lru_cache(maxsize=512)
def _windows(words: tuple[str, ...], strict: bool = True) -> list[tuple[int, int]]:
    """The fragments (start, end) within a copied run of ``words`` that leave fewer than RUN
    words on either side and read well enough (``MAX_FLAWS``), best first: opening and closing
    on a word of meaning, cutting no name, holding no name (the verifier reads a quoted name as
    the speaker's), shortest, nearest the middle."""
    total = len(words)
    need = max(total - 2 * (RUN - 1), MIN_FRAGMENT)
    scored = []
    for size in range(need, min(total, need + 6) + 1):
        for a in range(0, total - size + 1):
            b = a + size
            if a >= RUN or total - b >= RUN:
                continue
            flaws = _score(words, a, b)
            if _fits(words, a, b, flaws, strict):
                scored.append(((flaws, size, abs((a + b) - total)), (a, b)))
    return [w for _, w in sorted(scored)]


def _score(words: Sequence[str], a: int, b: int) -> int:
    """How badly a fragment (a, b) that closes well (_fits) reads: a weak word opening it
    (counted twice), an edge inside a phrase, a name inside, a comma inside ('“called
    molnupiravir, cut” the risk')."""
    flaws = 2 * _weak(words[a]) + _inside(words, a) + _inside(words, b)
    inner = any(w[-1:] == "," for w in words[a : b - 1])
    return flaws + any(w[:1].isupper() for w in words[a:b]) + inner


def _fits(words: Sequence[str], a: int, b: int, flaws: int, strict: bool = True) -> bool:
    """Whether a fragment (a, b) with ``flaws`` (_score) may stand: at most MAX_FLAWS flaws, no
    name cut at either edge ('the “family of Marine” Corps'), and a closing word that leaves
    no phrase waiting ('“money laundering by” some of …', '“the global” economy', '“the
    Sept”. 11'). Else the line is told another way (a shorter clause, a whole quotation)."""
    last, before = words[b - 1], words[b - 2].lower() if b >= 2 else ""
    glued = last.endswith(".") and b < len(words) or "." in last.rstrip(".")  # 'p.m', 'Sept.'
    waits = _weak_end(last) or _open_end(last, before) or _head_outside(words, b)
    cut = _splits(words, a) or _splits(words, b) or cuts_across(words, a, b, strict)
    return flaws <= MAX_FLAWS and not (glued or waits or cut)


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


@lru_cache(maxsize=512)
def _pairs(words: tuple[str, ...], strict: bool = True) -> list[tuple[tuple[int, int], ...]]:
    """Two fragments within a long copied run that leave fewer than RUN words before, between
    and after them ('spending “rose from about $310,000” in the third quarter “to just under $1
    million” in the fourth'), best first: as _windows, scored on both. Cached: the verifier's
    picks ask for the same run several times."""
    total, scored = len(words), []
    most = max(total - 3 * (RUN - 1), 2 * MIN_FRAGMENT) + 3  # quoted words at most
    score: dict[tuple[int, int], int] = {}

    def bad(a: int, b: int) -> int:
        if (a, b) not in score:
            score[a, b] = _score(words, a, b)
        return score[a, b]

    for a1 in range(min(RUN, total)):
        for b1 in range(a1 + MIN_FRAGMENT, min(a1 + MIN_FRAGMENT + 4, total) + 1):
            for a2 in range(b1 + 1, min(b1 + RUN, total)):
                for b2 in range(max(a2 + MIN_FRAGMENT, total - RUN + 1), a2 + MIN_FRAGMENT + 5):
                    if b2 > total or b1 - a1 + b2 - a2 > most:
                        break
                    flaws = (bad(a1, b1), bad(a2, b2))
                    fit = _fits(words, a1, b1, flaws[0], strict)
                    if fit and _fits(words, a2, b2, flaws[1], strict):
                        pair = ((a1, b1), (a2, b2))
                        scored.append(((sum(flaws), b1 - a1 + b2 - a2), pair))
    return [p for _, p in sorted(scored)]


def _run_options(words: Sequence[str], pieces: int) -> list[tuple[tuple[int, int], ...]]:
    key = tuple(words)
    strict = STRICT.get()
    return [(w,) for w in _windows(key, strict)] if pieces == 1 else _pairs(key, strict)


def fragmented(
    text: str, shingles: Shingles, pick: int = 0, max_share: float = 0.35, pieces: int = 1
) -> str:
    """``text`` with each copied run broken by ``pieces`` (1 or 2) short quoted fragments (the
    ``pick``-th best for each run of those within the share); '' when there are none or more
    than ``max_share`` of the words would be quoted."""
    norm = normalize(text)
    runs = shingles.spans(text)
    spans, most = [], max_share * len(norm.split())
    for a, b in runs:
        found = list(_WORD.finditer(norm, a, b))
        options = _run_options([m.group(0) for m in found], pieces)
        options = [o for o in options if sum(e - s for s, e in o) <= most]  # the rest: ''
        if not options:
            return ""
        for s, e in options[min(pick, len(options) - 1)]:
            spans.append(_tidy(norm, found[s].start(), found[e - 1].end()))
    quoted = sum(len(norm[a:b].split()) for a, b in spans)
    if not spans or quoted > max_share * len(norm.split()):
        return ""
    out = _quote(norm, spans)
    return "" if shingles.copied(out) else out


def fragment_options(text: str, shingles: Shingles, tries: int = 4) -> list[str]:
    """Up to ``tries`` ways of quoting fragments of ``text``, best first (the verifier picks)."""
    one = [f for k in range(tries) if (f := fragmented(text, shingles, k))]
    if one:
        return list(dict.fromkeys(one))
    # two fragments when one would quote too much
    return list(
        dict.fromkeys(f for k in range(tries) if (f := fragmented(text, shingles, k, pieces=2)))
    )
