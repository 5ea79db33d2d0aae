"""Where an outlet's sentence may end so that what is kept still stands as a clause.

paraphrase.py retells a source sentence in reported speech; a long one is cut, only where a
clause ends (before 'which', 'who', a joining word after a comma …), keeping a verb in its main
clause, no saying verb at its end and no phrase waiting for what was cut (``dangling``; cuts
that keep a clause but lose its point: cutedges.py); a sentence a feed cut short ('…') is told
up to a clause boundary before the cut (``untruncated``). ``BACK`` and ``DANGLING`` are
shared with paraphrase.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer import lexicon, waiting
from newsdesk.summarizer.cutedges import loses_point
from newsdesk.summarizer.excerpts import BOUNDARY, cut_points
from newsdesk.summarizer.fragments import PREPOSITIONS
from newsdesk.summarizer.nounphrase import IRREGULAR_PAST
from newsdesk.summarizer.standing import ADVERBIAL, SUBORDINATE, complete
from newsdesk.summarizer.standing import DANGLING as DANGLING
from newsdesk.summarizer.standing import MIN_WORDS as MIN_WORDS
from newsdesk.summarizer.standing import SAYING as SAYING
from newsdesk.summarizer.standing import verb_like as verb_like
from newsdesk.summarizer.standing import verbless as verbless
from newsdesk.summarizer.waiting import CONTENT_WORDS, INFINITIVE_OK, INNER_OPEN, WAITING, WHEN

MAX_WORDS = 28  # words of the outlet's sentence kept (a longer one ends at a clause boundary)
_BACK_TEXT = (  # present -> past, for reported speech ("_" stands for a space)
    "has:had have:had is:was are:were will:would can:could won't:would_not can't:could_not "
    "isn't:was_not aren't:were_not hasn't:had_not haven't:had_not says:said say:said does:did "
    "do:did doesn't:did_not don't:did_not plans:planned wants:wanted expects:expected "
    "intends:intended aims:aimed"
)
BACK = {k: v.replace("_", " ") for k, _, v in (p.partition(":") for p in _BACK_TEXT.split())}
# prepositions a clause never ends on ('finds deep disagreement between.'); not those a verb
# strands ('what it would look like', 'the deal fell through', 'since')
_PREPOSITIONS = (PREPOSITIONS | {"between", "against", "among"}) - {"like", "since", "near"}
_APPOSITIVE_WAITS = SUBORDINATE | {"after", "before", "since", "when"}  # ', a day | after …'
_CONTRAST = frozenset(["but", "although", "though", "whereas", "yet"])  # never cut before these
_AFTER_COMMA = frozenset(["and", "but", "or", "after", "before", "as", "when", "since", "so"])


def _clause_ends(ws: Sequence[str], cut: int) -> bool:
    """Whether the words before ``cut`` can end a clause: never before 'but', 'although' … (what
    follows qualifies what is kept); a cut only before 'which', 'who', 'because', 'while' …, before a joining word after a comma (', and', ', after'), or before
    'and'/'or' followed by a verb-like word ('and plans to'); never at a bare comma (lists and
    asides) nor inside a noun phrase ('four current | and former staff')."""
    if cut >= len(ws):
        return True
    word = ws[cut].lower()
    if word in _CONTRAST:  # 'will keep it, but without names': the rest qualifies the clause
        return False
    if word in ("and", "or"):  # even after a comma: ', and' also ends a list
        nxt = ws[cut + 1].lower() if cut + 1 < len(ws) else ""
        # 'blamed the failures | and troubles in Afghanistan on others': two nouns, not a verb
        nouns = nxt.endswith("s") and ws[cut - 1].lower().endswith("s") and nxt not in BACK
        return (
            nxt in BACK
            or nxt in BACK.values()
            or nxt.endswith("ed")
            or (nxt.endswith("s") and not nouns)
        )
    after_comma = ws[cut - 1].endswith(",")
    # ', sending …', ', with …', ', a second …': a participle, an absolute or an appositive
    trailing = word.endswith("ing") or word in ("with", "a", "an", "the", "including")
    return word in SUBORDINATE or (after_comma and (word in _AFTER_COMMA or trailing))


def _verbless_inner(kept: Sequence[str]) -> bool:
    """Whether the last inner clause of ``kept`` ('… speculation that the weak signal') has no
    verb (a word in -s counts here: 'that requires')."""
    low = [w.lower().strip(",;:.\"'") for w in kept]
    opens = [i for i, w in enumerate(low) if i and w in INNER_OPEN]
    if not opens:
        return False
    tail = range(opens[-1] + 1, len(low))
    return not any(verb_like(low, i) or low[i].endswith("s") for i in tail)


def _open_phrase(low: Sequence[str], ws: Sequence[str], end: int) -> bool:
    """'… said that once data is submitted': a 'that' clause whose own main clause waits
    behind an opening 'once', 'if' …; '…, a vote | that …': a short appositive waiting for
    its relative clause."""
    for j in range(end - 2):
        if low[j] == "that" and low[j + 1] in ADVERBIAL and "," not in "".join(ws[j + 1 : end - 1]):
            return True
    comma = max((i for i in range(end - 1) if ws[i].endswith(",")), default=-1)
    short = 0 < end - comma - 1 <= 3 and low[comma + 1] in ("a", "an", "the")
    verbless = not any(verb_like(low, i) for i in range(comma + 1, end))  # not ', the mayor quit'
    return short and verbless and end < len(low) and low[end] in _APPOSITIVE_WAITS


def dangling(ws: Sequence[str], end: int) -> bool:
    """Whether ending the words ``ws`` before ``end`` leaves the last phrase waiting for what
    was cut: a pronoun, content word or saying verb before its 'that' clause ('has determined |
    that'), a preposition ('between'), an adjective after 'a' ('a furious | mayor'), an inner
    clause or one after ', and' without its verb ('… speculation that the weak signal'), a
    one-word inner clause, an infinitive's verb cut off its 'to', a name cut in two ('the
    Centers | for Disease Control'), a span before its point, a passive participle before its
    agent, a participle clause ('…, and announcing')."""
    if not 0 < end < len(ws):
        return False

    def word(k: int) -> str:
        return ws[k].lower().strip(",;:.\"'") if 0 <= k < len(ws) else ""

    before, prev, nxt, after = word(end - 2), word(end - 1), word(end), word(end + 1)
    low = [word(k) for k in range(len(ws))]
    waits = _verbless_inner(ws[:end]) or _open_phrase(low, ws, end) or _drops_verb(low, ws, end)
    if waits or loses_point(ws, end):  # cutedges.py: 'a defensive | and …', 'by admitting | …'
        return True
    if not ws[end - 1][-1:].isalnum():  # after a comma: only a pronoun waits
        return prev in WAITING
    name = ws[end - 1][:1].isupper() and ws[min(end + 1, len(ws) - 1)][:1].isupper()
    return (
        prev in WAITING
        or prev in _PREPOSITIONS  # '… finds deep disagreement between.'
        or (before in ("a", "an") and lexicon.adjective_only(prev))  # ', a furious.'
        or (nxt == "that" and (prev in CONTENT_WORDS or before in CONTENT_WORDS))
        or (nxt == "that" and _says(low, ws, end))
        or (name and nxt in ("of", "for", "and", "on"))
        or before in ("that", "who", "which", "to")
        or (nxt == "to" and not (after in INFINITIVE_OK or after[:1].isdigit()))
        or (nxt == "to" and prev[:1].isdigit() and after[:1].isdigit())  # 'those 18 | to 64'
        or (nxt in waiting.SPAN_POINTS and prev in waiting.SPANS)
        or (nxt == "by" and (prev.endswith(("ed", "en")) or prev in IRREGULAR_PAST))
        or (prev.endswith("ing") and (before == "and" or ws[end - 2].endswith(",")))
    )


def _says(low: Sequence[str], ws: Sequence[str], end: int) -> bool:
    """Whether the 'that' clause at ``end`` is the object of a verb just before it, behind a
    phrase 'to …' or a day ('confirmed to The Post | that …', 'admitted to podcast host Joe
    Rogan Wednesday | that …'; '… confirmed to The Post.' was told), or of a verb of telling
    after its person ('are telling White House advisers | that …'); not a relative clause
    ('found errors | that the firm had hidden')."""
    for k in range(end - 1, max(end - 8, 0) - 1, -1):
        if low[k] in waiting.SAYS_THAT:
            between = low[k + 1 : end]
            return (
                not between
                or between[0] in ("to", "in", "on", "at", "during")
                and waiting.LOOSE.get() < 2
                or all(w in waiting.WHEN for w in between)
                or low[k] in waiting.TELLING
            )
        if k < end - 1 and ws[k].endswith(","):
            return False
    return False


def _drops_verb(low: Sequence[str], ws: Sequence[str], end: int) -> bool:
    """A clause joined by ', and' cut before its verb ('…, and a short message | in the chat
    congratulated the winners'): no verb after the last ', and', one before the next comma."""
    join = max((k for k in range(1, end) if low[k] == "and" and ws[k - 1][-1:] == ","), default=0)
    if not join or any(verb_like(low, i) for i in range(join + 1, end)):
        return False
    stop = next((i for i in range(end, len(ws)) if not ws[i][-1:].isalnum()), len(ws) - 1)
    return any(verb_like(low, i) for i in range(end, stop + 1))


def _ending_at(ws: Sequence[str], end: int) -> list[str] | None:
    """The words before ``end`` without a closing joining or function word, when they end a
    complete clause that leaves no phrase waiting; else None."""
    if dangling(ws, end):
        return None
    kept = list(ws[:end])
    while kept and kept[-1].lower().strip(",;:") in BOUNDARY | DANGLING:
        kept.pop()
    return kept if complete(kept) else None


def cuts(body: str, limit: int = MAX_WORDS) -> list[list[str]]:
    """The body's words whole (up to MAX_WORDS), then ending at each earlier clause boundary,
    longest first; each a complete clause."""
    ws = body.split()
    ends = sorted(
        (c for c in cut_points(ws, limit, start=MIN_WORDS) if _clause_ends(ws, c)), reverse=True
    )
    found = (_ending_at(ws, end) for end in ([len(ws)] if len(ws) <= limit else []) + ends)
    return [kept for kept in found if kept is not None]


def before(ws: Sequence[str], limit: int) -> list[str] | None:
    """The longest clause of ``ws`` within its first ``limit`` words, ending after a comma or
    before a joining word, that leaves no phrase waiting (``dangling``) and can stand
    (``complete``); None when there is none. The clause before someone's quotation: 'Tsai
    warned | that Taiwan faced the “…”' is no clause ('…, Tsai warned.' was told)."""
    for end in sorted(cut_points(ws, limit, start=MIN_WORDS), reverse=True):
        if (kept := _ending_at(ws, end)) is not None:
            return kept
    return None


TRUNCATED = re.compile(r"(?:\.{3}|\u2026|\[(?:\.{3}|\u2026)\])$")


def untruncated(text: str) -> str | None:
    """A sentence a feed or page cut short ('Patel has asked all police forces...') up to the
    last place where a clause may end before the cut, or None when there is none (its last word
    may itself be cut: 'a...'); any other sentence as it is. Only the first 2 × MAX_WORDS
    words are looked at: a longer sentence is cut shorter than that anyway."""
    text = text.rstrip()
    m = TRUNCATED.search(text)
    if not m:
        return text
    ws = text[: m.start()].split()
    limit = min(len(ws) - 1, 2 * MAX_WORDS)
    ends = (c for c in cut_points(ws, limit, start=MIN_WORDS) if _clause_ends(ws, c))
    for end in sorted(ends, reverse=True):
        if (kept := _ending_at(ws, end)) is not None:
            return " ".join(kept).rstrip(",;:") + "."
    return None


HAD = re.compile(r"\bhad ([a-z]+ed)\b")  # 'had asked' -> 'asked' (reported, it is past)


_NOT_AFTER = frozenset(["to", "would", "could", "should", "may", "might", "must", "will", "can"])
# verbs that are nouns too: after a day they are what was announced ('will announce Friday
# plans to lift …' was told as '… would announce Friday planned to lift …')
_NOUNS_TOO = frozenset(["plans", "aims", "wants"])


def backshift(words: Sequence[str]) -> list[str]:
    """Reported speech: 'has scrapped' -> 'had scrapped', 'will open' -> 'would open'."""
    out: list[str] = []
    for i, w in enumerate(words):
        core = w.rstrip(",;:")
        new = BACK.get(core.lower())
        before = {w.lower() for w in words[max(i - 2, 0) : i]}
        last = words[i - 1].lower() if i else ""
        noun = core.lower() in _NOUNS_TOO and last.strip(",") in WHEN  # 'Friday plans'
        if new and not before & _NOT_AFTER and last not in DANGLING and not noun:
            w = new + w[len(core) :]
        out.append(w)
    return out
