"""The fallback's excerpt cut to the quoting share (issue 12).

A thin draft (the outlet count and one excerpt, fallback.py) was mostly the excerpt's quoted
words: the share did not count the fallback's line, so such drafts were more than half quoted
(NeuS report half: median 56%). The excerpt is now cut so the finished draft's quoted words
stay within ``summarizer.quote_share``: at a clause end (after a comma, before a joining word)
when one fits, else before a phrase, else before another little word, ending in "…" inside the quotation
marks. A cut is after a comma, colon or semicolon or before a little word that opens the next
phrase and is no determiner (so not '… ruled police…' for 'police officers', 'its 600…' for
'600 engineers', '… court rejected…' for 'rejected the attempt'), and never

* cutting a name or a figure in two ('Prompt…' for 'Prompt Points', '$2.5…' for
  '$2.5 billion', 'the Jan…' for 'Jan. 6');
* ending on a little word ('the…', 'of…') or leaving a phrase waiting (clauses.dangling);
* leaving a line the verifier flags (each cut is checked like any line; a quotation ending in
  '…' is verified as the words before the mark, which are the outlet's words as written).

It keeps at least MIN_WORDS of the quotation even when that is past the share: the excerpt is
what tells the reader what happened, and the rest of the draft is held to the share without
it (excerpts.hold_share's ``keep``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsdesk.summarizer.clauses import dangling, verbless
from newsdesk.summarizer.copying import quoted_words, tokens
from newsdesk.summarizer.excerpts import BOUNDARY
from newsdesk.summarizer.fragments import PHRASES
from newsdesk.summarizer.sentences import STOPWORDS

MIN_WORDS = 8  # an excerpt shorter than this says too little to tell what happened
_SCALE = frozenset(["hundred", "thousand", "million", "billion", "trillion", "percent", "%"])
# a noun phrase these open is most often the object of the word before ('… court rejected | the
# administration's attempt'): no cut before them
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these"])
_OPENS_NAME = re.compile(r"^[\"'(\u2018\u201c]?[A-Z0-9$\u00a3\u20ac]")


def _splits(ws: Sequence[str], end: int) -> bool:
    """Whether ending before ``end`` cuts a phrase, a name or a figure in two: the cut is after
    a comma, colon or semicolon, or before a little word that opens the next phrase ('… ruled
    police…' for 'police officers', 'its 600…' for '600 engineers' are not); never before a
    figure's scale ('$2.5…' for '$2.5 billion'), after an abbreviation ('the Jan…' for 'Jan.
    6') or between two words of a name ('Prompt…' for 'Prompt Points')."""
    last, nxt = ws[end - 1], ws[end]
    if last.endswith(".") or nxt.lower().strip(",;:.") in _SCALE:
        return True
    if last[-1:] in ",;:":
        return False
    if _OPENS_NAME.match(last) and _OPENS_NAME.match(nxt):
        return True
    word = nxt.lower().strip(",;:.")
    return word not in STOPWORDS or word in _DETERMINERS  # '… rejected…' before 'the ruling'


def ends(ws: Sequence[str]) -> list[tuple[int, int]]:
    """(tier, end) for every place the quotation ``ws`` may end, keeping at least MIN_WORDS:
    tier 0 a clause end, 1 before a phrase, 2 after any other word."""
    out = []
    for e in range(MIN_WORDS, len(ws)):
        word = ws[e - 1].lower().strip(",;:.")
        if word in STOPWORDS or word in BOUNDARY or ws[e - 1] in ("\u2026", "..."):
            continue
        if _splits(ws, e) or dangling(ws, e) or verbless(ws[:e]):  # 'Twice in the final months…'
            continue
        clause = ws[e - 1].endswith(",") or ws[e].lower() in BOUNDARY
        out.append((0 if clause else 1 if ws[e].lower() in PHRASES else 2, e))
    return out


def _with_words(line: str, a: int, b: int, ws: Sequence[str], end: int) -> str:
    kept = " ".join(ws[:end]).rstrip(" ,;:.")
    return f"{line[: a + 1]}{kept}\u2026{line[b:]}"


def within_share(
    line: str, rest: Sequence[str], share: float, verified: Callable[[str], bool]
) -> str:
    """``line`` ('X reported: “…”') with its quotation cut so that it and ``rest`` (the draft's
    other lines) quote at most ``share`` of their words; the longest cut of the best tier that
    fits and is ``verified``, else the shortest cut that is (at least MIN_WORDS words); the line
    as it is when it fits already or has no place to cut."""
    a, b = line.find("\u201c"), line.rfind("\u201d")
    if a < 0 or b < a:
        return line
    rest_q = sum(quoted_words(t) for t in rest)
    rest_w = sum(len(tokens(t)) for t in rest)

    def fits(text: str) -> bool:
        return rest_q + quoted_words(text) <= share * (rest_w + len(tokens(text)))

    if fits(line):
        return line
    ws = line[a + 1 : b].split()
    cuts = [(t, e, _with_words(line, a, b, ws, e)) for t, e in ends(ws)]
    fitting = sorted((t, -e, cut) for t, e, cut in cuts if fits(cut))
    shortest = sorted((e, cut) for _, e, cut in cuts)
    for cut in [c for *_, c in fitting] + [c for _, c in shortest]:
        if verified(cut):
            return cut
    return line
