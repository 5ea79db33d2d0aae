"""The simpler sentences a source sentence holds, for newsdesk to tell one fact at a time.

An outlet's long sentence often joins two facts under one subject ("Brightforge will open an
engineering office in Lisbon next month and plans to hire 200 people there over two years") or
under one "said" ("Brightforge said it had signed a five-year lease … and would begin
interviews in April"). Told whole it copies a run of the outlet's words, and the quoting
budget seldom has room for it; so a draft told its first half (the demo's Lisbon draft left out
the 200 hires). Split at the "and" that opens the second predicate, each half is a sentence of
its own with the subject written again ("Brightforge plans to hire 200 people in Lisbon over two
years"; "Brightforge said it would begin interviews in April"), short enough to be told in
newsdesk's words (paraphrase.own_words, which checks it for copying and against its source).

Also, a sentence whose subject is "It" or "The company" right after a sentence opening on the
story's company ("It said it had about 1,800 employees …") gets the company's name, and a bare
surname its source's full name ("Carvalho said …" -> "Inês Carvalho said …"), so the reader
meets whom the line is about. Nothing here is published unchecked: these are candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsdesk.summarizer.adjuncts import shorter
from newsdesk.summarizer.clauses import backshift
from newsdesk.summarizer.lexicon import parts_of_speech
from newsdesk.summarizer.people import full_speaker, main_company
from newsdesk.summarizer.sentences import FINITE, split_sentences
from newsdesk.summarizer.standing import complete
from newsdesk.summarizer.synonyms import lemma, past_forms

SUBJECT_WORDS = 6  # a subject longer than this is not written again
_SAY = frozenset(["said", "says", "say", "added", "announced"])
# a clause that may own the "and" (its two predicates or two complements: "when they are
# private and used to spot waste"): no split after one
_SUBORDINATE = frozenset(
    [
        "when",
        "if",
        "because",
        "while",
        "as",
        "after",
        "before",
        "since",
        "although",
        "though",
        "unless",
        "until",
        "whether",
        "that",
        "which",
        "who",
        "whom",
        "where",
    ]
)
_PRONOUNS = frozenset(["it", "he", "she", "they", "we"])
_OPENERS = frozenset(
    ["in", "on", "at", "for", "with", "by", "from", "during", "amid", "under", "despite", "like"]
)
# a second predicate that leans on the first ('killed two civilians and left others wounded')
_LEANS = re.compile(r"\b(?:others?|also|too|then|again|as well|instead|the rest)\b", re.I)
_BACK = re.compile(r"^(?:It|The company|The firm)\s")
_PLACE = re.compile(r"\bin ((?:[A-Z][\w'\-]+ ?){1,3})")
_NAME = re.compile(r"^([A-Z][\w'\-]+) (?=said|says|added|told)")
_OPENS = re.compile(r"^[A-Z]")


def _finite(word: str, after: str = "") -> bool:
    """Whether ``word`` can open a predicate: an auxiliary, a past form, or a verb's -s form
    ("plans"), which an "-s" noun ("sales", "customers") is not unless "to" follows it."""
    low = word.lower().strip(",")
    if low in FINITE or low in _SAY:
        return True
    if low in past_forms():  # 'went', 'took'
        return True
    base = lemma(low)
    if base == low or "v" not in parts_of_speech(base):
        return False
    if low.endswith("ed"):
        return True
    return low.endswith("s") and ("n" not in parts_of_speech(base) or after == "to")


def _alike(head: str, second: str) -> bool:
    """Whether ``second`` (after "and") opens a predicate as ``head`` does: an auxiliary or a
    verb of saying opens one after any head; a past form ("used") only after a past head."""
    low, first = second.lower(), head.lower()
    if low in ("do", "be", "have") and first not in ("do", "have"):  # 'to “step up” and do more'
        return False
    if low in FINITE or low in _SAY:
        return True
    past = low.endswith("ed") or low in past_forms()
    return past == (first.endswith("ed") or first in past_forms())


def _predicate(ws: Sequence[str]) -> int | None:
    """Where the first predicate starts: after a subject of 1..SUBJECT_WORDS words that opens
    with a capital and holds no comma; not after an opening phrase ('As the storm passed …')."""
    if ws and ws[0].lower() in _SUBORDINATE | _OPENERS:
        return None
    for k in range(1, min(len(ws), SUBJECT_WORDS + 1)):
        low = ws[k - 1].lower()
        if ws[k - 1].endswith(",") or low in ("and", "or") or low in _SUBORDINATE | _OPENERS:
            return None  # 'Long before Hurricane Ida made landfall': no subject
        if _finite(ws[k], ws[k + 1] if k + 1 < len(ws) else ""):
            return k
    return None


def _prefix(ws: Sequence[str], k: int) -> int | None:
    """How many words the second half repeats: the subject, or, after "said", the subject,
    the verb and the reported clause's subject ("Brightforge said it", "A spokesperson said the
    office"); None when the reported clause's subject is not found."""
    if ws[k].lower() in _SAY and k + 2 < len(ws):
        j = k + 1 + (ws[k + 1].lower() == "that")
        if ws[j].lower() in _PRONOUNS and _finite(ws[j + 1]):
            return j + 1
        inner = _predicate([w.capitalize() if i == 0 else w for i, w in enumerate(ws[j:])])
        return j + inner if inner else None
    return k


def halves(sentence: str) -> list[str]:
    """The sentence split at the first "and" that opens a second predicate of its subject, as
    two sentences (both ending in a stop); [] when it has none. The second half's "there" is
    the first half's place ("in Lisbon") when it names one."""
    ws = sentence.rstrip(".").split()
    k = _predicate(ws)
    if k is None:
        return []
    cut = _prefix(ws, k)
    if cut is None:
        return []
    for j in range(cut + 2, len(ws) - 2):
        if ws[j].lower().strip(",") in _SUBORDINATE:
            return []
        if ws[j] == "and" and _finite(ws[j + 1], ws[j + 2]) and _alike(ws[cut], ws[j + 1]):
            if any(w.endswith((",", ";")) for w in ws[cut : j - 1]):  # an aside or a list
                return []
            first = " ".join(ws[:j]).rstrip(",") + "."
            if _LEANS.search(" ".join(ws[j + 1 :])):
                return [first]
            second = " ".join([*ws[:cut], *ws[j + 1 :]]) + "."
            place = _PLACE.search(" ".join(ws[cut:j]))
            if place and " there " in second:
                second = second.replace(" there ", f" in {place.group(1).strip()} ", 1)
            return [first, second]
    return []


def named(sentence: str, before: str, text: str, companies: Iterable[str]) -> str:
    """``sentence`` with its subject named: "It"/"The company" -> the company ``before`` (the
    sentence before it) opens on; a bare surname -> its full name in ``text``."""
    company = main_company(companies, text)
    if company and _BACK.match(sentence) and before.startswith(company):
        return _BACK.sub(f"{company} ", sentence, count=1)
    m = _NAME.match(sentence)
    if m:
        full = full_speaker(m.group(1), text)
        if full != m.group(1):
            return full + sentence[m.end(1) :]
    return sentence


def simpler(sentence: str, text: str, companies: Iterable[str]) -> list[str]:
    """The sentences newsdesk may try in place of source ``sentence`` (from ``text``): its
    subject named, its two halves, and each ended before the phrases closing its main clause
    (adjuncts.shorter); [] when none changes it, or the sentence has a colon."""
    if ":" in sentence:  # 'made its choice on Tuesday: the terminal will close': what it
        return []  # announces comes after the colon, and a cut before it says nothing
    split = split_sentences(text)
    before = next((split[i - 1] for i, s in enumerate(split) if s == sentence and i), "")
    whole = named(sentence, before, text, companies)
    parts = halves(whole)
    out = ([whole] if whole != sentence else []) + parts
    for part in [whole, *parts]:  # each ended before the phrases that close it (adjuncts.py)
        k = _predicate(part.split())
        out += shorter(part, k) if k is not None else []
    return list(dict.fromkeys(_past(s) for s in out if _OPENS.match(s)))


def _past(sentence: str) -> str:
    """A clause whose verb is in the present ("Brightforge plans to hire …") in the past of
    reported speech ("Brightforge planned to hire …"): only a clause with a verb in -ed or an
    auxiliary is told (standing.complete), and newsdesk reports it in the past anyway; the
    main clause (up to its first comma) is the one looked at."""
    ws = sentence.split()
    end = next((i + 1 for i, w in enumerate(ws) if w.endswith(",")), len(ws))  # its main clause
    if complete(ws[:end]):
        return sentence
    back = backshift(ws[:end])
    return " ".join(back + ws[end:]) if complete(back) else sentence
