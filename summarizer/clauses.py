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
from newsdesk.summarizer.sentences import FINITE
from newsdesk.summarizer.waiting import CONTENT_WORDS, INFINITIVE_OK, INNER_OPEN, WAITING

MAX_WORDS = 28  # words of the outlet's sentence kept (a longer one ends at a clause boundary)
MIN_WORDS = 6
_BACK_TEXT = (  # present -> past, for reported speech ("_" stands for a space)
    "has:had have:had is:was are:were will:would can:could won't:would_not can't:could_not "
    "isn't:was_not aren't:were_not hasn't:had_not haven't:had_not says:said say:said does:did "
    "do:did doesn't:did_not don't:did_not plans:planned wants:wanted expects:expected "
    "intends:intended aims:aimed"
)
BACK = {k: v.replace("_", " ") for k, _, v in (p.partition(":") for p in _BACK_TEXT.split())}
_DANGLING_TEXT = "a an the in of on at by for to from into about over its their"
DANGLING = frozenset(_DANGLING_TEXT.split())
_SUBORDINATE = frozenset(["that", "which", "who", "because", "while"])
# prepositions a clause never ends on ('finds deep disagreement between.'); not those a verb
# strands ('what it would look like', 'the deal fell through', 'since')
_PREPOSITIONS = (PREPOSITIONS | {"between", "against", "among"}) - {"like", "since", "near"}
_APPOSITIVE_WAITS = _SUBORDINATE | {"after", "before", "since", "when"}  # ', a day | after …'
_CONTRAST = frozenset(["but", "although", "though", "whereas", "yet"])  # never cut before these
_AFTER_COMMA = frozenset(["and", "but", "or", "after", "before", "as", "when", "since", "so"])
_SAYING_TEXT = "said says reported told stated announced emphasized added wrote confirmed noted"
SAYING = frozenset(_SAYING_TEXT.split())


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
        return nxt in BACK or nxt in BACK.values() or nxt.endswith("ed") or (
            nxt.endswith("s") and not nouns
        )
    after_comma = ws[cut - 1].endswith(",")
    # ', sending …', ', with …', ', a second …': a participle, an absolute or an appositive
    trailing = word.endswith("ing") or word in ("with", "a", "an", "the", "including")
    return word in _SUBORDINATE or (after_comma and (word in _AFTER_COMMA or trailing))


def _aside(ws: Sequence[str], end: int) -> set[int]:
    """Word positions inside a non-restrictive relative clause (', who …,' or ', which …' up to
    the next comma or the end): its verb is not the main clause's ('Marcus Ebi, who managed a
    platform team until January' has no verb of its own)."""
    inside: set[int] = set()
    opened = False
    for i in range(1, min(end, len(ws))):
        word = ws[i].lower().strip(",;:.")
        if not opened and word in ("who", "which", "whom", "whose") and ws[i - 1].endswith(","):
            opened = True
        if opened:
            inside.add(i)
            if ws[i].endswith(","):
                opened = False
    return inside


def _verb_like(low: Sequence[str], i: int) -> bool:
    """An auxiliary, a saying verb, a negated auxiliary, or a word in -ed after no article."""
    w = low[i]
    return (
        w in FINITE
        or w in SAYING
        or w.endswith(("n't", "n\u2019t"))  # "aren't", "didn't"
        or ((w.endswith("ed") or w in IRREGULAR_PAST) and i > 0 and low[i - 1] not in DANGLING)
    )


def verb_like(low: Sequence[str], i: int) -> bool:
    """:func:`_verb_like`, for tailquote.py: where a subject's verb ends."""
    return _verb_like(low, i)


_ADVERBIAL = frozenset(["once", "if", "when", "after", "before", "unless", "while", "because"])
_OPENERS = _ADVERBIAL - {"after", "before"}  # 'After months of talks the union agreed'
_AS_MUCH = frozenset("many much well of far long soon recently early late part".split())  # noqa: SIM905
_KEEP = FINITE | SAYING  # verbs even after a comma ('the firm, however, is …')
_OPENING = frozenset(["in", "on", "at", "after", "before", "during", "with", "amid", "under"])


def complete(ws: Sequence[str]) -> bool:
    """A clause that can stand: at least MIN_WORDS words, a verb-like word before any 'that',
    'which' … (an auxiliary, a saying verb, or a word in -ed after no article), and not ending on
    a saying verb ('…, Sarandos emphasized')."""
    if len(ws) < MIN_WORDS:
        return False
    low = [w.lower().strip(",;:.") for w in ws]
    main = next(  # a restrictive 'that'/'which' (no comma before it) opens an inner clause
        (i for i, w in enumerate(low) if i and w in _SUBORDINATE and not ws[i - 1].endswith(",")),
        len(low),
    )
    # in the main clause: 'the fees that the council imposed' has none; ', who managed a team
    # …,' says nothing of the main clause; nor a participle after an opening phrase ('In its
    # outlook, published Tuesday,') or before its agent ('a memo seen by Circuit Report')
    skip = _aside(ws, main) | _participles(ws, low, main)
    verb = any(_verb_like(low, i) for i in range(main) if i not in skip)
    # 'once the storm began …' or 'as the storm passed …, Keellings,': no verb after the comma
    first = next((i for i, w in enumerate(ws[:-1]) if w.endswith(",")), len(ws))
    opens = low[0] in _OPENERS or (low[0] == "as" and low[1] not in _AS_MUCH)  # 'As many as'
    opener = opens and not any(_verb_like(low, i) for i in range(first + 1, main) if i not in skip)
    # 'Johnson asked, looking over to Biden': a speech verb whose object (the quotation) is cut
    spoke = any(w in _SPEECH and ws[i].endswith(",") for i, w in enumerate(low))
    return (
        verb and not opener and not spoke and low[-1] not in SAYING and not set(low[-3:]) & SAYING
    )


_SPEECH = SAYING | {"asked", "replied", "explained", "insisted", "continued"}


def verbless(ws: Sequence[str]) -> bool:
    """Whether the words hold no verb of a main clause: no verb-like word (after the comma of
    an opening phrase or clause, when there is one) and no word in -s whose stem is a verb
    after no determiner ('Specifically, an exclusive block just beneath its lavish casino.',
    'Following days of lengthy debate among vaccine experts…', 'A smaller dose of the
    vaccine…'; excerpts of NeuS sources, session 36)."""
    low = [w.lower().strip(",;:.\u2026\"'\u201c\u201d") for w in ws]
    if not low:
        return True
    comma = next((i for i, w in enumerate(ws) if w.endswith(",")), None)
    start = comma + 1 if comma is not None and low[0] in _OPENS_CLAUSE else 0
    start = next((i + 1 for i, w in enumerate(ws[:6]) if w.endswith(":")), start)  # 'Why it …:'
    skip = _aside(ws, len(ws)) | _participles(ws, low, len(low))
    for i in range(start, len(low)):
        w, prev = low[i], low[i - 1] if i else ""
        if i in skip:
            continue
        if _verb_like(low, i) or (
            w.endswith("s")
            and prev not in _DETERMINERS
            and "a" not in lexicon.parts_of_speech(prev)  # 'potential changes'
            and not prev[:1].isdigit()
            and any("v" in lexicon.parts_of_speech(b) for b in lexicon.bases(w))
        ):
            return False
    return True


_OPENS_CLAUSE = _OPENING | _ADVERBIAL | {"following", "specifically", "like", "as", "since"}
_DETERMINERS = DANGLING | {"both", "many", "some", "all", "these", "those", "his", "her", "our"}


# 'rose by 12 percent', 'fell by a third', 'grew by about half': an amount, not an agent
_AMOUNT = "a an about nearly almost more less roughly around over up as half one two three four"
_AMOUNTS = frozenset(_AMOUNT.split())
_SUBJECT_WORDS = 5  # a participle this early modifies the subject ('tools used by' later: not)


def _participles(ws: Sequence[str], low: Sequence[str], main: int) -> set[int]:
    """Positions of participles that are no main verb: after the comma of an opening phrase,
    or right before 'by' and an agent (not an amount: 'rose by 12 percent', 'fell by a
    third'), with no auxiliary before them."""
    opening = low[0] in _OPENING and "," in "".join(ws[:main])
    out = {i for i in range(1, main) if opening and ws[i - 1].endswith(",")}
    for i in range(1, main - 2):  # in the subject ('a memo seen by') or after a comma (', sent by')
        early = i < _SUBJECT_WORDS or ws[i - 1].endswith(",")
        agent = not (low[i + 2][:1].isdigit() or low[i + 2] in _AMOUNTS)
        if early and low[i + 1] == "by" and agent and low[i - 1] not in _KEEP:
            out.add(i)
    return {i for i in out if low[i] not in _KEEP}


def _verbless_inner(kept: Sequence[str]) -> bool:
    """Whether the last inner clause of ``kept`` ('… speculation that the weak signal') has no
    verb (a word in -s counts here: 'that requires')."""
    low = [w.lower().strip(",;:.\"'") for w in kept]
    opens = [i for i, w in enumerate(low) if i and w in INNER_OPEN]
    if not opens:
        return False
    tail = range(opens[-1] + 1, len(low))
    return not any(_verb_like(low, i) or low[i].endswith("s") for i in tail)


def _open_phrase(low: Sequence[str], ws: Sequence[str], end: int) -> bool:
    """'… said that once data is submitted': a 'that' clause whose own main clause waits
    behind an opening 'once', 'if' …; '…, a vote | that …': a short appositive waiting for
    its relative clause."""
    for j in range(end - 2):
        if (
            low[j] == "that"
            and low[j + 1] in _ADVERBIAL
            and "," not in "".join(ws[j + 1 : end - 1])
        ):
            return True
    comma = max((i for i in range(end - 1) if ws[i].endswith(",")), default=-1)
    short = 0 < end - comma - 1 <= 3 and low[comma + 1] in ("a", "an", "the")
    verbless = not any(_verb_like(low, i) for i in range(comma + 1, end))  # not ', the mayor quit'
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
    if not join or any(_verb_like(low, i) for i in range(join + 1, end)):
        return False
    stop = next((i for i in range(end, len(ws)) if not ws[i][-1:].isalnum()), len(ws) - 1)
    return any(_verb_like(low, i) for i in range(end, stop + 1))


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
