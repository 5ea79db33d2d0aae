"""newsdesk's own attributed sentences about what an outlet reported, in reported speech.

From a ranked source sentence, newsdesk writes what the outlet reported in its own sentence:
"Valley Courier reported that Brightforge had scrapped an internal leaderboard …" or "According
to Circuit Report, engineers at Brightforge …". The outlet is named in the sentence and cited;
the words are newsdesk's: the tense moves back as reported speech does (has → had, will →
would), an opening appositive and a closing "according to …" are left out, a time phrase may
move to the front, and a long sentence ends at a clause boundary. Such a sentence is kept only
when

* no run of ``copying.RUN`` (8) words of it is copied from any source outside quotation marks,
  nor one broken only by short quoted fragments (it would be the outlet's writing standing as
  ours), unless its copied words are one run quoted whole (fragments.marked); else the outlet
  gets a marked excerpt (excerpts.py) or nothing, and
* the verifier supports it against the source it cites, like every other line.

Sentences quoting someone, pointing back at something the reader has not met, or carrying their
own "…, the company said" are not rewritten (the quote lines and excerpts carry those).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from newsdesk.summarizer.capitals import keeps_capital
from newsdesk.summarizer.clauses import (
    HAD,
    MAX_WORDS,
    backshift,
    before,
    complete,
    cuts,
    dangling,
    untruncated,
)
from newsdesk.summarizer.copying import Shingles, quoted_words
from newsdesk.summarizer.editorial import (
    is_bio,
    is_opinion,
    opens_with_reference,
    stands_alone,
)
from newsdesk.summarizer.excerpts import APPOSITIVE, QUOTE_MARK
from newsdesk.summarizer.fragments import (
    before_dash,
    loose_ends,
    marked,
)
from newsdesk.summarizer.rewording import (
    condensed,
    contrast_said,
    cut_too_soon,
    front_tail,
    front_time,
)
from newsdesk.summarizer.subjects import introduce, points_back
from newsdesk.summarizer.tailquote import ALLOWED, at_relative, clauses, narrowed, tail_quoted

LEDE = -1  # the style of a draft's first line: what happened, then who reported it ('Brightforge
# has scrapped …, Meridian Wire reported.'), so the lede and the home page's blurb open on the
# event, not on the outlet (the demo's TokenRank lede opened on who ran whose report)
LONG_WORDS = 40  # words kept of a sentence told with its copied run quoted

_ACCORDING = re.compile(r",\s+according to [^,]{3,80}\.?$", re.I)
# a credit closing the sentence ('…, the company said on Tuesday'); not a contrast ('…, but
# said the cost had become …'): that is what the subject said, and dropping it told half a
# contrast as the whole (the demo's Norvale draft: 'did not disclose its total spending.')
# Nor a saying verb that opens what was said ('…, Brightforge said it had removed the ranked
# view, would keep …': the demo's TokenRank draft was left with the sentence's opening phrase),
# nor one in a clause of time or reason ('…, after staff said colleagues were inflating …')
_SAID_TAIL = re.compile(
    r",\s+(?!(?:but|yet|though|although|while|whereas|after|because|since|when|until|as)\s)"
    r"(?:[\w'\-]+\s+){0,6}"
    r"(?:said|says|told|reported|wrote|added|announced|warned)\b"
    r"(?!\s+(?:that|it|they|he|she|we|there|these|those|the|a|an|its|their|his|her|our)\b)"
    r"[^,]*(?:,|\.?$)"
)
# a speaker's role in a few words before what they said stays: who is speaking is news ('Tomás
# Ferreira, a Brightforge spokesperson, said that total model spending had risen …'; without
# it the demo's TokenRank takeaway named a man the reader never met)
_ROLE = re.compile(
    r"^[A-Z][\w'\-]*(?: [A-Z][\w'\-]*){1,3}, (?:a|an|the) (?:[\w'\-]+ ){0,2}[a-z]+"
    r"(?: (?:at|of) [A-Z][\w'\-]*)?, "  # 'a backend engineer at Norvale'
    r"(?:said|says|told|added|wrote)\b"
)
_HEADLINE = re.compile(r":|--| [\u2014\u2013] |\u2014|\bWhy it matters\b")  # label, dash aside
_NAMED = re.compile(r"^[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*, ")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'\-]{2,40}(?:\([^)]{1,40}\))?\s*[\u2014\u2013-]+\s*")
_ASIDE = re.compile(r", (?:who|which) [^,]{3,80},")
_PERSON = re.compile(r"[A-Z][\w'\-]+(?: [A-Z][\w'\-.]*){1,3}")  # 'Helen Osei', 'Mary J. Blige'
_SPACED = re.compile(r"\s+([,;:])")  # a feed's space before a comma
_CONNECTIVE = re.compile(r"^(?:But|And|So|Yet|Still|However|Meanwhile|Instead)\b")

Check = Callable[[str, tuple[int, ...]], tuple[str, ...]]


def clause(sentence: str, names: AbstractSet[str]) -> str | None:
    """The outlet's sentence ready to be reported: no appositive, no closing 'according to',
    its first word in lower case unless it is one of ``names``; None when it cannot be
    rewritten."""
    whole = _SPACED.sub(r"\1", " ".join(sentence.split()).rstrip())  # 'Iowa , Utah' -> 'Iowa, Utah'
    cut = before_dash(whole)
    if cut != whole and dangling(whole.split(), len(cut.split())):  # 'deep disagreement between'
        # told like a sentence a feed cut short there: up to a clause boundary before the dash
        cut = untruncated(cut.rstrip(".") + "...") or ""
    text = untruncated(cut) or ""
    mark = QUOTE_MARK.search(text)
    if mark:  # the clause before someone's quotation: 'A judge blocked the law, calling it "…"'
        kept = before(text.split(), len(text[: mark.start()].split()))
        text = " ".join(kept).rstrip(",;:") + "." if kept else ""
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
    if m and not _ROLE.match(text):
        text = f"{m.group(1)} {text[m.end() :]}"
    first, _, rest = text.partition(" ")
    if not keeps_capital(first.rstrip(",;:"), rest, names):
        text = f"{first.lower()} {rest}"
    return _new_document(text.rstrip("."))


_OPENING_SOURCE = re.compile(r"(?i)according to the \w+,")


def _new_document(text: str) -> str:
    """'according to the memo, …' opening the outlet's sentence -> 'according to a memo, …':
    the draft has not met the memo (subjects.introduce), and the outlet's run of words no
    longer runs on through it into the claim."""
    m = _OPENING_SOURCE.match(text)
    return introduce([m.group(0)])[0] + text[m.end() :] if m else text


def forms(outlet: str, ws: list[str], style: int, verb: str = "reported") -> list[str]:
    """Ways of reporting the words ``ws``, in the preferred order for this line's ``style``."""
    back = " ".join(backshift(ws)).rstrip(",;:")
    plain = " ".join(ws).rstrip(",;:")
    simple = HAD.sub(r"\1", plain)
    out = [f"{outlet} {verb} that {back}.", f"According to {outlet}, {plain}."]
    if "," not in plain:  # a phrase moves to the front only in a clause with no aside
        out += [
            f"{outlet} {verb} that {front_time(back)}.",
            f"According to {outlet}, {front_time(plain)}.",
            f"{outlet} {verb} that {front_tail(back)}.",
            f"According to {outlet}, {front_tail(plain)}.",
            f"{outlet} {verb} that {front_tail(simple)}.",
        ]
    if style % 2:
        out[0], out[1] = out[1], out[0]
    if style == LEDE and not plain.lower().startswith("according to"):
        out.insert(0, f"{plain[:1].upper()}{plain[1:]}, {outlet} {verb}.")
    if plain.lower().startswith("according to"):  # never 'According to X, according to …'
        out = [
            re.sub(" that according to", " that, according to", o, count=1, flags=re.I) for o in out
        ]
        out = [o for o in out if not o.startswith("According to")]
    return list(dict.fromkeys(out))


def candidates(
    outlet: str, body: str, style: int, verb: str = "reported", limit: int = MAX_WORDS
) -> list[tuple[bool, str]]:
    """Every way of reporting ``body`` (whole, then shorter, then without an aside), best first,
    each marked True when it keeps less than half the body."""
    aside = _ASIDE.search(body)
    # not the aside that says who the sentence's first-named person is ('Helen Osei, who studies
    # workplace metrics at Westmoor University, said …'): without it the reader meets a bare name
    # (the demo's TokenRank draft: 'Helen Osei said …')
    who = aside is not None and bool(_PERSON.fullmatch(body[: aside.start()]))
    bodies = [body] + ([_ASIDE.sub("", body)] if aside and not who else [])
    short = [c for b in bodies for c in condensed(b)]  # its framing phrases left out
    out: list[tuple[bool, str]] = []
    for b in bodies + short:
        full = len(b.split())
        kept = [ws for ws in cuts(b, limit) if not cut_too_soon(ws, b)]
        out += [(len(ws) * 2 < full, t) for ws in kept for t in forms(outlet, ws, style, verb)]
    return out


def _long_forms(outlet: str, body: str, style: int, verb: str) -> list[str]:
    """Longer tellings, for one quotation of their copied run: up to LONG_WORDS words, or cut
    before a phrase (fragments.loose_ends) when no clause boundary comes in time."""
    out = [t for short, t in candidates(outlet, body, style, verb, LONG_WORDS) if not short]
    ws = body.split()
    for end in loose_ends(ws, LONG_WORDS):
        if complete(ws[:end]) and not dangling(ws, end):
            out += forms(outlet, ws[:end], style, verb)
    return out


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
    admits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """newsdesk's sentence reporting what source n (``outlet``) wrote in ``sentence``, the first
    the verifier supports of: a candidate keeping at least half the sentence with no copied run,
    one whose copied words are one run, quoted whole (fragments.marked: never short fragments
    with the rest left in the outlet's words), a shorter one with no copied run; None when there
    is none. ``quoting=False``:
    only candidates with no quoted words (when the quoting budget is spent); ``admits``: whether
    the quoting budget has room for a candidate's quoted words (a shorter quotation may fit)."""
    body = clause(sentence, names)
    # "X reported that X …"; a credit 'Tagus Wire (via Valley Courier)' names both
    names_ = [n for n in re.split(r" \(via |\)$", outlet) if n]
    if body is None or not outlet or any(n.lower() in body.lower() for n in names_):
        return None
    if cut_too_soon(body.split(), sentence):  # cut where a feed cut it ('… will allow others...')
        return None
    tell = (outlet, shingles, check, style, verb, quoting, admits)
    half = contrast_said(body)
    return _told(body, n, tell) or (_told(half, n, tell) if half else None)


Tell = tuple[str, Shingles, Check, int, str, bool, Callable[[str], bool]]


def _told(body: str, n: int, tell: Tell) -> str | None:
    outlet, shingles, check, style, verb, quoting, admits = tell

    def fresh(t: str) -> bool:  # no copied run, and no close copy (closecopy.py)
        return not shingles.copied(t) and shingles.close(t) is None

    every = [(short, t, not fresh(t)) for short, t in candidates(outlet, body, style, verb)]
    quoted = [t for short, t, copied in every if not short and copied] if quoting else []
    late = [t for short, t, copied in every if short and copied] if quoting else []
    if quoting:  # a long lead sentence, its copied run quoted whole
        quoted += _long_forms(outlet, body, style, verb)
    # ended before a phrase; else the subject ours, its verb and the rest quoted (tailquote.py)
    bodies = [body, *condensed(body)]
    ended = [t for b in bodies for ws in clauses(b) for t in forms(outlet, ws, style, verb)]
    lede = style == LEDE
    tails = [t for b in bodies for t in tail_quoted(outlet, b, verb, backshift, lede=lede)]
    # a short relative clause saying what the thing is, quoted, before a clause cut without it
    which = [
        t
        for b in bodies
        for t in tail_quoted(outlet, b, verb, backshift, lede=lede, at=at_relative)
    ]
    ordered = (
        [t for short, t, copied in every if not short and not copied]
        + [narrowed(marked(t, shingles), shingles) for t in quoted]
        + [t for t in which if quoting and fresh(t)]
        + [t for short, t, copied in every if short and not copied]
        + [narrowed(marked(t, shingles), shingles) for t in late]
        + [t for t in ended if fresh(t)]
        + [t for t in tails if quoting and ALLOWED.get() and fresh(t)]
    )
    for text in ordered:
        if not text or cut_too_soon(text.split(), body):  # 'will no longer allow creators'
            continue
        if (not quoted_words(text) or admits(text)) and not check(text, (n,)):
            return text
    return None
