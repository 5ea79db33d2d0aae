"""newsdesk's own attributed sentences about what an outlet reported, in reported speech.

From a ranked source sentence, newsdesk writes what the outlet reported in its own sentence:
"Valley Courier reported that Brightforge had scrapped an internal leaderboard …" or "According
to Circuit Report, engineers at Brightforge …". The outlet is named in the sentence and cited;
the words are newsdesk's: the tense moves back as reported speech does (has → had, will →
would), an opening appositive and a closing "according to …" are left out, a time phrase may
move to the front, and a long sentence ends at a clause boundary. Such a sentence is kept only
when

* no run of ``copying.RUN`` (8) words of it is copied from any source outside quotation marks
  (it would be the outlet's writing standing as ours: then the outlet gets a marked excerpt,
  excerpts.py, or nothing), and
* the verifier supports it against the source it cites, like every other line.

Sentences quoting someone, pointing back at something the reader has not met, or carrying their
own "…, the company said" are not rewritten (the quote lines and excerpts carry those).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet

from newsdesk.summarizer.copying import Shingles
from newsdesk.summarizer.editorial import (
    is_bio,
    is_opinion,
    opens_with_reference,
    stands_alone,
)
from newsdesk.summarizer.excerpts import APPOSITIVE, BOUNDARY, QUOTE_MARK, cut_points
from newsdesk.summarizer.fragments import (
    IRREGULAR_PAST,
    before_dash,
    fragment_options,
    loose_ends,
    marked,
)
from newsdesk.summarizer.sentences import STOPWORDS, normalize
from newsdesk.summarizer.subjects import points_back
from newsdesk.summarizer.synonyms import ordinary

MAX_WORDS = 28  # words of the outlet's sentence kept (a longer one ends at a clause boundary)
MIN_WORDS = 6
LONG_WORDS = 40  # words kept of a sentence told with short quoted fragments

_BACK = {
    "has": "had",
    "have": "had",
    "is": "was",
    "are": "were",
    "will": "would",
    "can": "could",
    "won't": "would not",
    "can't": "could not",
    "isn't": "was not",
    "aren't": "were not",
    "hasn't": "had not",
    "haven't": "had not",
    "says": "said",
    "say": "said",
    "does": "did",
    "do": "did",
    "doesn't": "did not",
    "don't": "did not",
    "plans": "planned",
    "wants": "wanted",
    "expects": "expected",
    "intends": "intended",
    "aims": "aimed",
}
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "of",
        "on",
        "at",
        "by",
        "for",
        "to",
        "from",
        "into",
        "about",
        "over",
        "its",
        "their",
    ]
)
_NOT_AFTER = frozenset(["to", "would", "could", "should", "may", "might", "must", "will", "can"])
_ACCORDING = re.compile(r",\s+according to [^,]{3,80}\.?$", re.I)
_SAID_TAIL = re.compile(
    r",\s+(?:[\w'\-]+\s+){0,6}(?:said|says|told|reported|wrote|added|announced)\b[^,]*(?:,|\.?$)"
)
_HEADLINE = re.compile(r":|--| [\u2014\u2013] |\u2014|\bWhy it matters\b")  # label, dash aside
_NAMED = re.compile(r"^[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*, ")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'\-]{2,40}(?:\([^)]{1,40}\))?\s*[\u2014\u2013-]+\s*")
_TIME = re.compile(
    r",?\s+((?:on|in|by|since|until|from) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|\d{4})(?: \d{1,2}| \d{4})?|(?:next|last|this|earlier this) (?:week|month|year))"
    r"\b,?"
)
_ASIDE = re.compile(r", (?:who|which) [^,]{3,80},")
_CONNECTIVE = re.compile(r"^(?:But|And|So|Yet|Still|However|Meanwhile|Instead)\b")

_MID_CAPITAL = re.compile(r"(?<=[a-z0-9,;:] )([A-Z][\w'\-]*)")


def capitalised(texts: Iterable[str]) -> set[str]:
    """Names, kept as written when they open a reported sentence: words the sources write with
    a capital inside a sentence, or never in lower case (a plural-looking word only when it is
    written twice: "Portugal" and "Brightforge" are names, "Millions" opening a sentence is not)."""
    texts = list(texts)
    lower = {w for t in texts for w in re.findall(r"(?<![\w./@-])[a-z][a-z'\-]*(?![\w/@]|\.\w)", t)}
    upper = Counter(w for t in texts for w in re.findall(r"\b[A-Z][\w'\-]*", t))
    mid = {m.group(1) for t in texts for m in _MID_CAPITAL.finditer(t)}
    alone = {w for w, k in upper.items() if (k >= 2 or not w.endswith("s"))}  # not "Millions"
    return mid | {w for w in alone if w.lower() not in lower}


Check = Callable[[str, tuple[int, ...]], tuple[str, ...]]


def backshift(words: Sequence[str]) -> list[str]:
    """Reported speech: 'has scrapped' -> 'had scrapped', 'will open' -> 'would open'."""
    out: list[str] = []
    for i, w in enumerate(words):
        core = w.rstrip(",;:")
        new = _BACK.get(core.lower())
        before = {w.lower() for w in words[max(i - 2, 0) : i]}
        if new and not before & _NOT_AFTER and not (i and words[i - 1].lower() in _DANGLING):
            w = new + w[len(core) :]
        out.append(w)
    return out


def clause(sentence: str, names: AbstractSet[str]) -> str | None:
    """The outlet's sentence ready to be reported: no appositive, no closing 'according to',
    its first word in lower case unless it is one of ``names``; None when it cannot be
    rewritten."""
    text = before_dash(" ".join(sentence.split()).rstrip())
    mark = QUOTE_MARK.search(text)
    if mark:  # the clause before someone's quotation: 'A judge blocked the law, calling it "…"'
        ws = text[: mark.start()].split()
        ends = cut_points(ws, len(ws), start=MIN_WORDS)
        text = " ".join(ws[: max(ends)]).rstrip(",;:") + "." if ends else ""
    if (
        not text
        or _HEADLINE.search(text)
        or opens_with_reference(text)
        or points_back(text)
        or not stands_alone(text)
        or _CONNECTIVE.match(text)
        or is_opinion(text)
        or is_bio(text)
        or not text.endswith(".")
    ):
        return None
    text = _DATELINE.sub("", _ACCORDING.sub(".", text))
    tail = _SAID_TAIL.search(text)  # "…, the company said on Tuesday": the outlet reports it
    if tail:
        text = text[: tail.start()] + "."
        if _NAMED.match(text) and not complete(text.split()):  # "Priya Raman, a … who …, said"
            return None
    m = APPOSITIVE.match(text)
    if m:
        text = f"{m.group(1)} {text[m.end() :]}"
    first, _, rest = text.partition(" ")
    word = first.rstrip(",;:").removesuffix("'s").removesuffix("\u2019s")
    acronym = any(c.isupper() or c == "." for c in word[1:])  # "U.S.", "iPhone", "McConnell"
    acronym = acronym or rest[:1].isupper()  # the first of several names: "Governor Greg Abbott"
    if word.lower() in STOPWORDS or not (acronym or (word in names and not ordinary(word))):
        text = f"{first.lower()} {rest}"
    return text.rstrip(".")


_SUBORDINATE = frozenset(["that", "which", "who", "because", "while", "although", "whereas"])
_AFTER_COMMA = frozenset(["and", "but", "or", "after", "before", "as", "when", "since", "so"])
_FINITE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "did",
        "does",
        "do",
        "may",
        "might",
        "must",
        "should",
    ]
)
_SAYING = frozenset(
    [
        "said",
        "says",
        "reported",
        "told",
        "stated",
        "announced",
        "emphasized",
        "added",
        "wrote",
        "confirmed",
        "noted",
    ]
)


def _clause_ends(ws: Sequence[str], cut: int) -> bool:
    """Whether the words before ``cut`` can end a clause: a cut only before 'which', 'who',
    'because', 'while' …, before a joining word after a comma (', and', ', after'), or before
    'and'/'or' followed by a verb-like word ('and plans to'); never at a bare comma (lists and
    asides) nor inside a noun phrase ('four current | and former staff')."""
    if cut >= len(ws):
        return True
    word = ws[cut].lower()
    if word in ("and", "or"):  # even after a comma: ', and' also ends a list
        nxt = ws[cut + 1].lower() if cut + 1 < len(ws) else ""
        return nxt in _BACK or nxt in _BACK.values() or nxt.endswith(("ed", "s"))
    after_comma = ws[cut - 1].endswith(",")
    # ', sending …', ', with …', ', a second …': a participle, an absolute or an appositive
    trailing = word.endswith("ing") or word in ("with", "a", "an", "the", "including")
    return word in _SUBORDINATE or (after_comma and (word in _AFTER_COMMA or trailing))


def complete(ws: Sequence[str]) -> bool:
    """A clause that can stand: at least MIN_WORDS words, a verb-like word before any 'that',
    'which' … (an auxiliary, a saying verb, or a word in -ed after no article), and not ending on
    a saying verb ('…, Sarandos emphasized')."""
    low = [w.lower().strip(",;:.") for w in ws]
    main = next(  # a restrictive 'that'/'which' (no comma before it) opens an inner clause
        (i for i, w in enumerate(low) if i and w in _SUBORDINATE and not ws[i - 1].endswith(",")),
        len(low),
    )
    verb = any(  # in the main clause: 'travel restrictions that the U.S. imposed' has none
        w in _FINITE
        or w in _SAYING
        or w.endswith(("n't", "n\u2019t"))  # "aren't", "didn't"
        or ((w.endswith("ed") or w in IRREGULAR_PAST) and i and low[i - 1] not in _DANGLING)
        for i, w in enumerate(low[:main])
    )
    return (
        len(ws) >= MIN_WORDS and verb and low[-1] not in _SAYING and not (set(low[-3:]) & _SAYING)
    )


def cuts(body: str, limit: int = MAX_WORDS) -> list[list[str]]:
    """The body's words whole (up to MAX_WORDS), then ending at each earlier clause boundary,
    longest first; each a complete clause."""
    ws = body.split()
    out = []
    ends = sorted(
        (c for c in cut_points(ws, limit, start=MIN_WORDS) if _clause_ends(ws, c)), reverse=True
    )
    for end in ([len(ws)] if len(ws) <= limit else []) + ends:
        kept = ws[:end]
        while kept and kept[-1].lower().strip(",;:") in BOUNDARY | _DANGLING:
            kept.pop()
        if complete(kept):
            out.append(kept)
    return out


def _front_time(text: str) -> str:
    """'… in Lisbon next month' -> 'next month, … in Lisbon', 'a judge on Wednesday blocked' ->
    'on Wednesday, a judge blocked' (breaks a run copied as written)."""
    m = _TIME.search(text)
    head = [w.lower() for w in text[: m.start()].split()] if m else []
    if not m or not head or head[-1].endswith(",") or m.group(0).endswith(","):
        return text  # at the start already, or inside an aside ('launched in March, showed')
    if set(head) & _INNER:  # in a clause of its own ('said that … would convene on Tuesday')
        return text
    rest = (text[: m.start()].rstrip(",") + text[m.end() :]).strip()
    return f"{m.group(1)}, {rest}"


_HAD = re.compile(r"\bhad ([a-z]+ed)\b")  # 'had asked' -> 'asked' (reported, it is past)
_TAIL_PREPOSITIONS = frozenset(["before", "after", "during", "until", "within"])
_INNER = frozenset(
    ["that", "which", "who", "whom", "when", "where", "to", "because", "if", "whether", "than"]
)


def _front_tail(text: str) -> str:
    """'officials had asked the court to rule before the autumn primaries' -> 'before the autumn
    primaries, officials had asked the court to rule': a closing phrase of 2 to 5 words that
    opens with a preposition moves to the front (no comma inside it)."""
    ws = text.split()
    for i in range(max(len(ws) - 5, MIN_WORDS), len(ws) - 1):
        tail = ws[i:]
        inner = {w.lower() for w in ws[:i]} & (_INNER - {"to"})  # the tail may be an inner clause's
        if ws[i].lower() in _TAIL_PREPOSITIONS and not inner and "," not in " ".join(ws[i - 1 :]):
            return f"{' '.join(tail)}, {' '.join(ws[:i])}"
    return text


def forms(outlet: str, ws: list[str], style: int, verb: str = "reported") -> list[str]:
    """Ways of reporting the words ``ws``, in the preferred order for this line's ``style``."""
    back = " ".join(backshift(ws)).rstrip(",;:")
    plain = " ".join(ws).rstrip(",;:")
    simple = _HAD.sub(r"\1", plain)
    out = [f"{outlet} {verb} that {back}.", f"According to {outlet}, {plain}."]
    if "," not in plain:  # a phrase moves to the front only in a clause with no aside
        out += [
            f"{outlet} {verb} that {_front_time(back)}.",
            f"According to {outlet}, {_front_time(plain)}.",
            f"{outlet} {verb} that {_front_tail(back)}.",
            f"According to {outlet}, {_front_tail(plain)}.",
            f"{outlet} {verb} that {_front_tail(simple)}.",
        ]
    if style % 2:
        out[0], out[1] = out[1], out[0]
    return list(dict.fromkeys(out))


def candidates(
    outlet: str, body: str, style: int, verb: str = "reported", limit: int = MAX_WORDS
) -> list[tuple[bool, str]]:
    """Every way of reporting ``body`` (whole, then shorter, then without an aside), best first,
    each marked True when it keeps less than half the body."""
    bodies = [body] + ([_ASIDE.sub("", body)] if _ASIDE.search(body) else [])
    out: list[tuple[bool, str]] = []
    for b in bodies:
        full = len(b.split())
        out += [
            (len(ws) * 2 < full, t) for ws in cuts(b, limit) for t in forms(outlet, ws, style, verb)
        ]
    return out


# words news prose uses for one another, in the forms that swap safely (each pair is one group
# of the verifier's table, wordtables.GROUPS, so the verifier reads both as the same word)
_SWAPS = dict(
    pair.split(":")
    for pair in [
        "company:firm",
        "companies:firms",
        "firm:company",
        "firms:companies",
        "employee:worker",
        "employees:workers",
        "worker:employee",
        "workers:employees",
        "staffers:employees",
        "large:big",
        "big:large",
        "quick:fast",
        "rapid:fast",
        "bought:purchased",
        "buy:purchase",
        "purchased:bought",
        "acquired:bought",
        "allow:permit",
        "allows:permits",
        "allowed:permitted",
        "permitted:allowed",
        "try:attempt",
        "tried:attempted",
        "said:stated",
        "immediately:promptly",
    ]
)
_WORD = re.compile(r"[A-Za-z]+")


def swapped(text: str, shingles: Shingles) -> str:
    """``text`` with words of its copied runs swapped for their synonyms, one at a time, while a
    run remains and a word to swap does ('employees' -> 'workers'); '' when none was swapped."""
    out, done = text, False
    for _ in range(4):
        if not shingles.copied(out):
            break
        norm = normalize(out)
        spans = shingles.spans(out)
        hit = next(
            (
                m
                for a, b in spans
                for m in _WORD.finditer(norm, a, b)
                if m.group(0).lower() in _SWAPS and m.start() >= a
            ),
            None,
        )
        if hit is None:
            break
        new = _SWAPS[hit.group(0).lower()]
        new = new.capitalize() if hit.group(0)[0].isupper() else new
        out, done = norm[: hit.start()] + new + norm[hit.end() :], True
    return out if done else ""


def _long_forms(outlet: str, body: str, style: int, verb: str) -> list[str]:
    """Longer tellings, for short quoted fragments: up to LONG_WORDS words, or cut before a
    phrase (fragments.loose_ends) when no clause boundary comes in time."""
    out = [t for short, t in candidates(outlet, body, style, verb, LONG_WORDS) if not short]
    ws = body.split()
    for end in loose_ends(ws, LONG_WORDS):
        if complete(ws[:end]):
            out += forms(outlet, ws[:end], style, verb)
    return out


def _fragments(text: str, shingles: Shingles) -> list[str]:
    return fragment_options(text, shingles) if shingles.copied(text) else [text]


def own_words(
    sentence: str,
    n: int,
    outlet: str,
    *,
    shingles: Shingles,
    check: Check,
    names: AbstractSet[str],
    style: int = 0,
    verb: str = "reported",
    quoting: bool = True,
) -> str | None:
    """newsdesk's sentence reporting what source n (``outlet``) wrote in ``sentence``, the first
    the verifier supports of: a candidate keeping at least half the sentence with no copied run,
    one with its copied runs broken by short quoted fragments (fragments.py) or marked as
    quotations, a shorter one with no copied run; None when there is none. ``quoting=False``:
    only candidates with no quoted words (when the quoting budget is spent)."""
    body = clause(sentence, names)
    if body is None or not outlet or outlet.lower() in body.lower():  # "X reported that X …"
        return None
    every = []
    for short, t in candidates(outlet, body, style, verb):
        if shingles.copied(t) and (swap := swapped(t, shingles)):
            t = swap
        every.append((short, t, bool(shingles.copied(t))))
    quoted = [t for short, t, copied in every if not short and copied] if quoting else []
    late = [t for short, t, copied in every if short and copied] if quoting else []
    if quoting:  # a long lead sentence, told with its fragments quoted (fragments.py)
        quoted += _long_forms(outlet, body, style, verb)
    ordered = (
        [t for short, t, copied in every if not short and not copied]
        + [f for t in quoted for f in _fragments(t, shingles)]
        + [marked(t, shingles) for t in quoted]
        + [t for short, t, copied in every if short and not copied]
        + [f for t in late for f in _fragments(t, shingles)]
    )
    for text in ordered:
        if text and not check(text, (n,)):
            return text
    return None
