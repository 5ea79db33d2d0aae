"""The quoting budget and the excerpts it admits: how much of a draft may be an outlet's words.

An outlet's sentence stands in a draft only as an *excerpt*, in quotation marks with the outlet
named in the same sentence ('Circuit Report reported: “…”'), trimmed to the words that carry
the fact. Excerpts, quotes and the thread's comments share one budget:

* at most ``summarizer.quote_words_per_source`` quoted words from any one source;
* at most ``summarizer.quote_share`` of the body's words quoted. Nothing is admitted past the
  share (newsdesk's own attributed sentences, paraphrase.py, are what lets every source be heard),
  and :func:`hold_share` drops quoted lines, least important first, until the finished draft
  keeps it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from newsdesk.summarizer import waiting
from newsdesk.summarizer.compose import Numbering, quote_text, with_role
from newsdesk.summarizer.copying import quoted_words, tokens
from newsdesk.summarizer.editorial import is_opinion, opens_with_reference, stands_alone
from newsdesk.summarizer.quotes import Quote
from newsdesk.summarizer.sentences import normalize
from newsdesk.summarizer.speakers import speaker_name
from newsdesk.summarizer.subjects import points_back
from newsdesk.summarizer.verify import quote_in

from newsdesk.config import SummarizerConfig

if TYPE_CHECKING:
    from newsdesk.summarizer.wire import Writer

QuotePair = tuple[Quote, tuple[int, ...]]

EXCERPT_WORDS = 25  # a longer sentence is cut (at a comma when one is near) and ends in "…"
QUOTE_MARK = re.compile('["\u201c\u201d]')
Pair = tuple[str, tuple[int, ...]]


class Budget:
    """Quoted words per source and as a share of the body, counted as lines are accepted."""

    def __init__(self, settings: SummarizerConfig, own_words: int, share: float = -1) -> None:
        self.per_source = settings.quote_words_per_source
        self.share = settings.quote_share if share < 0 else share
        self.words = own_words
        self.quoted = 0
        self.by_source: dict[int, int] = {}
        self.heard: set[int] = set()  # sources the draft has an excerpt or a sentence from

    def own(self, text: str, n: int | None = None) -> None:
        """Count a sentence of newsdesk's own (no quoted words) toward the body."""
        self.words += len(tokens(text))
        if n is not None:
            self.heard.add(n)

    def take(self, text: str, n: int, *, lead: bool = False) -> bool:
        """Accept ``text`` (quoting source n) if it keeps both limits; count it when accepted.
        ``lead``: held to the per-source limit only (a thread with no reporting is told in its
        first post; :func:`hold_share` still applies to the finished draft)."""
        if not self.fits(text, n, lead=lead):
            return False
        q, w = quoted_words(text), len(tokens(text))
        self.quoted += q
        self.by_source[n] = self.by_source.get(n, 0) + q
        self.words += w
        self.heard.add(n)
        return True

    def fits(self, text: str, n: int, *, lead: bool = False) -> bool:
        """Whether :meth:`take` would accept ``text`` (nothing is counted)."""
        q, w = quoted_words(text), len(tokens(text))
        if self.by_source.get(n, 0) + q > self.per_source:
            return False
        return lead or self.quoted + q <= self.share * (self.words + w)

    def hold(self, lines: Sequence[tuple[str, int]], sign: int) -> None:
        """Hold (``sign`` 1) the room excerpts placed later will take, so what is admitted
        before them leaves it; give it back (-1) just before they are admitted."""
        for text, n in lines:
            q = quoted_words(text)
            self.quoted += sign * q
            self.words += sign * len(tokens(text))
            self.by_source[n] = self.by_source.get(n, 0) + sign * q


def _holding(text: str, cites: Sequence[int], num: Numbering) -> Iterator[int]:
    """The cited sources that have the sentence word for word, in citing order, lazily."""
    norm = normalize(text).strip(" .")
    return (n for n in cites if quote_in(norm, normalize(num.texts.get(n) or "")))


def carrier(text: str, cites: Sequence[int], num: Numbering) -> int | None:
    """The cited source that has the sentence word for word."""
    return next(_holding(text, cites, num), None)


def carriers(text: str, cites: Sequence[int], num: Numbering) -> tuple[int, ...]:
    """The cited sources that have the sentence word for word: an excerpt cites only them, so
    a reader who follows each [n] finds the quoted words there (a sentence grouped with another
    outlet's near copy cited both, the demo's TokenRank excerpt [2][3], and [3] worded it
    otherwise)."""
    return tuple(_holding(text, cites, num))


# an opening appositive: up to six capitalised words of name ("The Clean Energy Performance
# Program, the linchpin of …, is"; four left an outlet's only lede untellable) and 90 characters
APPOSITIVE = re.compile(r"^([A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,5}), (?:a|an|the) [^,]{3,90}, ")
BOUNDARY = frozenset(
    [
        "that",
        "which",
        "who",
        "after",
        "because",
        "while",
        "when",
        "so",
        "but",
        "and",
        "or",
        "as",
        "with",
    ]
)


def cut_points(ws: Sequence[str], limit: int, start: int = 8) -> list[int]:
    """Where a clause may end within ``limit`` words: after a comma, or before a joining word."""
    cuts = [
        i + 1 if ws[i].endswith(",") else i
        for i in range(start, min(len(ws), limit + 1))
        if ws[i].endswith(",") or ws[i].lower() in BOUNDARY
    ]
    return [c for c in cuts if c <= limit]


def trim(sentence: str) -> str | None:
    """The words that carry the fact: an opening appositive left out ("Brightforge … has
    scrapped"), and a long sentence cut at a comma or before a clause within EXCERPT_WORDS words,
    each omission marked with '…'. A sentence quoting someone keeps only a clause before the
    quotation ("A judge ordered Texas to suspend the law…"): None when it has none of 8 words,
    or when every cut leaves a phrase waiting (clauses.dangling), or when what is kept has no
    verb of a main clause (clauses.verbless: 'Following days of lengthy debate among vaccine
    experts…'). A draft's last resort (waiting.LOOSE) may end before a phrase instead ('…
    would close the old terminal…')."""
    m = APPOSITIVE.match(sentence)
    if m:
        sentence = f"{m.group(1)} \u2026 {sentence[m.end() :]}"
    mark = QUOTE_MARK.search(sentence)
    ws = sentence[: mark.start()].split() if mark else sentence.split()
    from newsdesk.summarizer.clauses import dangling, verbless  # clauses builds on this module

    if not mark and len(ws) <= EXCERPT_WORDS:  # a sentence with no verb is no report
        return None if verbless(ws) else sentence

    found = cut_points(ws, EXCERPT_WORDS)
    # a cut that leaves its phrase waiting loses the point: 'Gen. McKenzie announced Monday
    # evening | that …', '… was widely | seen as …'
    cuts = [c for c in found if not dangling(sentence.split(), c)]
    if not cuts and waiting.LOOSE.get():  # a draft's last resort (fallback.py): before a phrase
        from newsdesk.summarizer.fragments import loose_ends  # fragments builds on this module

        cuts = [e for e in loose_ends(ws, EXCERPT_WORDS) if not dangling(sentence.split(), e)]
    if (mark or found) and not cuts:
        return None
    kept = ws[: max(cuts, default=EXCERPT_WORDS)]
    while len(kept) > 1 and kept[-1].lower().strip(",;:") in BOUNDARY:  # "…, and" -> "…"
        kept.pop()
    if len(kept) < 8 or verbless(kept):  # 'Following days of lengthy debate among experts…'
        return None
    return " ".join(kept).rstrip(" ,;:") + "\u2026"


def _about_itself(text: str, outlet: str) -> bool:
    """Whether the outlet's sentence is about its own reporting ('Norvale confirmed the memo
    to the Harbor Times on Tuesday.', 'a memo seen by Circuit Report'): no news to excerpt."""
    bare = outlet.removeprefix("The ")
    return bool(bare) and re.search(rf"\b{re.escape(bare)}\b", text) is not None


def _uncut(text: str) -> str | None:
    """A sentence a feed cut short ('…cost reservations about the...') up to a clause end
    before the cut, its omission marked ('…'), or None when it has none: an excerpt ending
    'about the...' quoted an outlet mid-phrase (9 of the 58 NeuS drafts read)."""
    from newsdesk.summarizer.clauses import untruncated  # clauses builds on this module

    cut = untruncated(text)
    if cut is None or cut == text:
        return cut
    return cut.rstrip(".") + "\u2026"


def excerpt(text: str, cites: Sequence[int], num: Numbering) -> tuple[str, int] | None:
    """'Circuit Report reported: “…”' (a primary document or a column: 'According to X, “…”';
    'X wrote: “…”' would make the outlet the speaker of the words) and the
    source quoted; None for a sentence that cannot stand as an excerpt (it opens with a
    quotation or has no clause before one, points back at something, or is in no cited source
    word for word)."""
    if (
        opens_with_reference(text)
        or points_back(text)
        or is_opinion(text)
        or not stands_alone(text)
    ):
        return None
    n = carrier(text, cites, num)
    if n is not None and _about_itself(text, num.names.get(n, "")):
        return None
    whole = _uncut(text.strip())
    words_ = trim(whole) if whole else None
    if n is None or words_ is None:
        return None
    name = num.credit(n)
    if n in num.primary | num.columns:  # a company's post, a column's aside: no report
        return f"According to {name}, \u201c{words_}\u201d", n
    return f"{name} reported: \u201c{words_}\u201d", n


_QUOTES = ""  # hold_share's key for the quote lines


def _drop_order(groups: dict[str, list[Pair]], quote_lines: Sequence[str]) -> list[tuple[str, int]]:
    """What hold_share may drop, least important first: the body's lines from its last line
    back, then the quotes from the last, then the takeaways', then the synopsis'."""
    body = [k for k in groups if k not in ("synopsis", "takeaways")]
    keys = body[::-1] + [_QUOTES, "takeaways", "synopsis"]
    out = []
    for key in keys:
        count = len(quote_lines) if key == _QUOTES else len(groups.get(key, []))
        out += [(key, i) for i in reversed(range(count))]
    return out


def hold_share(
    groups: dict[str, list[Pair]],
    quote_lines: Sequence[str],
    share: float,
    keep: frozenset[str] = frozenset(),
    pinned: frozenset[str] = frozenset(),
) -> tuple[dict[str, list[Pair]], set[int]]:
    """The draft with quoted lines dropped, least important first (``_drop_order``), until at
    most ``share`` of its words are quoted, or only lines in ``keep`` or ``pinned`` are left to
    drop. ``keep``: lines the share does not count (a draft's one line from an outlet,
    fallback.py, which it must not drop: the rest of the draft holds the share on its own, and
    the fallback then cuts the line's quotation to fit it, shortcut.py). ``pinned``: lines it
    counts but never drops (that line once cut: when even its cut is past the share beside
    the rest, the rest's quoted lines go, so only the one excerpt passes it). Then each line
    dropped, most important first, is put back
    when the share still holds with it (dropping in order alone also dropped lines before the
    one whose quotation was too much: the demo's Norvale draft lost 4 lines and 2 quotes to one
    excerpt); and the indexes of the quote lines dropped."""
    texts = {(k, i): t for k, pairs in groups.items() for i, (t, _) in enumerate(pairs)}
    texts.update({(_QUOTES, i): t for i, t in enumerate(quote_lines)})
    counted = {x: t for x, t in texts.items() if t not in keep}
    gone: list[tuple[str, int]] = []

    def holds() -> bool:
        left = [t for x, t in counted.items() if x not in gone]
        quoted_ = sum(quoted_words(t) for t in left)
        return not quoted_ or quoted_ <= share * sum(len(tokens(t)) for t in left)

    for x in _drop_order(groups, quote_lines):
        if holds():
            break
        if x in counted and quoted_words(counted[x]) and counted[x] not in pinned:
            gone.append(x)
    for x in gone[::-1]:  # most important first
        gone.remove(x)
        if not holds():
            gone.append(x)
    out = {k: [p for i, p in enumerate(pairs) if (k, i) not in gone] for k, pairs in groups.items()}
    return out, {i for k, i in gone if k == _QUOTES}


def admit_quotes(quotes: list[QuotePair], write: Writer, num: Numbering) -> list[QuotePair]:
    """The quotes the budget admits, the company's own words first. A speaker's description
    copied from the outlet ("Lena Marchetti, the company's vice president of engineering") is
    cut to the name; a quote line whose attribution still copies the outlet stays out."""
    kept = []
    for q, qc in sorted(quotes, key=lambda qq: not (qq[1] and qq[1][0] in num.primary)):
        named = dataclasses.replace(q, speaker=speaker_name(q.speaker))
        # who the speaker is, unless that copies the outlet; then the name alone; else none
        for told in dict.fromkeys((with_role(q, num, write.companies), q, named)):
            line = quote_text(told, qc, num)
            if not write.shingles.copied(line):
                if qc and write.budget.take(line, qc[0]):
                    kept.append((told, qc))
                break
    return kept
