"""Who did what to whom, and when: the checks word overlap cannot make.

All of "Brightforge sued Norvale" is in "Norvale sued Brightforge"; every word of a sentence
with the wrong company, or "last year" for "next month", may be somewhere in the source. So a
sentence is compared with the passage that supports it (align.py), pattern by pattern, with no
parser:

* **names** — every name in the sentence is in that passage, not just somewhere in the source;
* **relations** — between two consecutive names, the words in between are the relation and the
  first name its agent ("Norvale | sued | Brightforge"); a passive ("was sued by") turns it
  round. When the passage relates the same two names by a shared relation word the other way
  round, they were swapped; when it gives the same relation to a different agent or object, the
  actor is wrong. A name inside an apposition ("Mark Lo, the chief of Tolling Foods, said")
  acts for the name it describes too, so "Mark Lo said" is no wrong actor; what follows the one
  told ("Fauci told CNN the U.S. …") is the teller's; "Gov." before a name names no one else;
* **time** — each time expression ("last year", "on Monday", "in March", "three weeks ago")
  is in the passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.facts import acronym, acronym_in, spelled_out
from newsdesk.summarizer.lexicon import noun_phrase
from newsdesk.summarizer.newswords import TELLS, TITLES
from newsdesk.summarizer.sentences import BE, STOPWORDS, normalize
from newsdesk.summarizer.synonyms import lemma, ordinary, past_forms

from newsdesk.text import MONTHS, WEEKDAYS

_L = r"[^\W\d_]"  # a letter of any alphabet: "Tomás" is one word, not "Tom" and "s"
_TOKEN = re.compile(rf"(?:[A-Z]\.){{2,}}|{_L}(?:{_L}|['\-&])*{_L}|{_L}|[.,;:!?()\"]")
_DETERMINERS = [[w] for w in ("a", "an", "the", "A", "An", "The")]
_DETERMINER_WORDS = frozenset(["a", "an", "the", "its", "his", "her", "their"])
_PARTICIPLES_TEXT = (
    "told said sent paid made held sold bought brought built caught taught found led left hit "
    "cut set put shut struck beaten won lost met seen known shown thrown drawn hurt run kept"
    " heard sought fought bound spent fed dealt"
)
_PARTICIPLES = frozenset(_PARTICIPLES_TEXT.split())
GAP = 8  # at most this many words between two names for the words to relate them
# a comma then one of these opens another clause: names on either side are not one relation
# ("… AI coding assistants, after the company's spending on AI models tripled")
_OPENERS = "after before when while because although though since which who whose whom where"
_CLAUSE_OPENERS = frozenset(f"{_OPENERS} whereas until unless but".split())
_JOINING = frozenset(("after", "before", "because", "following"))  # events joined (_crosses)
_WEEKDAYS = " ".join(WEEKDAYS)
_MONTHS = "January February March April June July August September October November December"
SINCE_MONTH = r"since (?:" + "|".join(m.lower() for m in MONTHS) + r")\b"
_TIME_WORDS = frozenset(w.lower() for w in f"{_WEEKDAYS} {_MONTHS} May".split())
# words that open a time after a verb's object ("fined Smith Tuesday", "the suspect last week")
_OPENERS_TEXT = "today yesterday tomorrow tonight last next earlier"
TIME_OPENERS = _TIME_WORDS | frozenset(_OPENERS_TEXT.split())
_UNITS = (
    r"(?:week|weekend|fortnight|month|year|spring|summer|fall|autumn|winter|decade|quarter|season)"
)
# "May" is the month after a preposition of time ("in May", "until May", "mid-May") or before a
# day ("May 4"); elsewhere it is the modal verb ("May we ask")
_MAY_AFTER = "in by from until till since before after of early late through"
_MAY_MONTH = "|".join(f"(?<=\\b{w} )" for w in _MAY_AFTER.split())
_MAY_MONTH = f"(?:{_MAY_MONTH}|(?<=mid-))May|May(?=\\s+\\d)"
_TIME = re.compile(
    rf"\b(?:(?:last|next|this|past|coming|previous|following)\s+{_UNITS}"
    rf"|(?:last|next|this)\s+(?:{_WEEKDAYS.replace(' ', '|')})"
    r"|yesterday|today|tomorrow|tonight"
    rf"|\b(?:in|within|over)\s+(?:a\s+single|a|one)\s+{_UNITS}\b(?!\s+of\b)"
    rf"|(?:\w+)\s+{_UNITS}s?\s+(?:ago|earlier|later|from now)"
    rf"|(?<!\w)(?:{_WEEKDAYS.replace(' ', '|')})(?=s?(?!\w))"  # "Mondays", not "Sundayside"
    rf"|(?<!\w)(?:\d{{1,2}}\s+(?=(?:{_MONTHS.replace(' ', '|')}|May)\b))?"  # "2 March"
    rf"(?:{_MONTHS.replace(' ', '|')}|{_MAY_MONTH}|(?<=\d )May)(?!\w)(?:\s+\d{{1,2}}\b)?)",
    re.I,
)
_DAY_FIRST = re.compile(r"^(\d{1,2})\s+(\w+)$")
_CASED = re.compile(rf"^(?:{_WEEKDAYS.replace(' ', '|')}|{_MONTHS.replace(' ', '|')}|May)", re.I)


@dataclass(frozen=True)
class Relation:
    agent: frozenset[str]
    patient: frozenset[str]
    words: frozenset[str]
    agent_name: str
    patient_name: str


def times(text: str) -> list[str]:
    """Time expressions of a text, lower-cased: ['last year', 'monday', 'march 3']."""
    out = []
    for m in _TIME.finditer(normalize(text)):
        raw = _DAY_FIRST.sub(r"\2 \1", m.group(0))  # "2 March" is "March 2"
        if _CASED.match(raw) and not raw[0].isupper():  # "may" the verb, "march" the walk
            continue
        out.append(_in_units(" ".join(raw.lower().split())))
    return list(dict.fromkeys(out))


_DECADE = re.compile(r"\b(?:a|one|1) decade\b|\b10 years\b")
_SPAN = re.compile(rf"^(?:in|within|over) (?:a single|a|one) ({_UNITS})$")  # 'in a single year'
_COUNT = re.compile(rf"\b(\d{{1,2}})(?= {_UNITS}s?\b)")
SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


_NEXT = re.compile(r"^coming ")  # 'the coming year' is 'next year'


def _in_units(time: str) -> str:
    """A time expression in one spelling: "a decade ago" and "10 years ago" as "ten years ago",
    "the coming year" as "next year"."""
    time = _SPAN.sub(r"in one \1", _DECADE.sub("ten years", time))
    time = _NEXT.sub("next ", time)
    return _COUNT.sub(lambda m: _word(int(m.group(1))), time)


def _word(n: int) -> str:
    return SMALL[n] if n < len(SMALL) else str(n)  # "11 years" stays a number


def without_times(text: str) -> str:
    """The text with its time expressions left out (they are checked apart, and must not pull
    the alignment towards a passage that merely mentions the same month)."""
    return _TIME.sub(" ", normalize(text))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text))


tokens = _tokens  # the words and marks relations are read from (roleswaps.py)


def entities(text: str, vocabulary: frozenset[str] | set[str]) -> list[tuple[int, int, str]]:
    """Runs of capitalised words that name someone or something: (start, end, name), by token.

    A capitalised word is part of a name unless it is a stopword, a month or weekday, or (as the
    first word of the text) an ordinary word of the story written in lower case elsewhere."""
    toks = _tokens(text)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        j = i
        if toks[i] in TITLES and toks[i + 1 : i + 2] == ["."]:
            i += 2  # "Gov. Andrew Cuomo" is Andrew Cuomo: the title names no one else
            continue
        while j < len(toks) and _is_name_word(toks[j], j == 0, vocabulary):
            j += 1
        if j > i and _key(" ".join(toks[i:j])):
            out.append((i, j, " ".join(toks[i:j])))
            i = j
        else:
            i += 1
    return out


def _is_name_word(tok: str, first: bool, vocabulary: frozenset[str] | set[str]) -> bool:
    low = tok.lower()
    if not tok[:1].isupper() or (low in STOPWORDS and not acronym(tok)) or low in _TIME_WORDS:
        return False
    return not (first and (low in vocabulary or ordinary(tok)))


def _key(name: str) -> frozenset[str]:
    return frozenset(w.lower().removesuffix("'s") for w in name.split() if len(w) > 1)


key = _key  # a name's words, as relations compare them (roleswaps.py)


def relations(text: str, vocabulary: frozenset[str] | set[str]) -> list[Relation]:
    """(agent, relation words, object) for each pair of consecutive names in one clause."""
    toks = _tokens(text)
    ents = entities(text, vocabulary)
    out, heads = [], _described(toks, ents)
    teller: tuple[str, str | None] | None = None  # the name that told the next, and its apposed
    pairs = zip(ents, ents[1:], heads, strict=False)
    for (a_start, a_end, a), (b_start, b_end, b), described in pairs:
        gap, told, teller = toks[a_end:b_start], teller, None
        gap = gap[:-2] if gap[-2:-1] and gap[-2] in TITLES and gap[-1] == "." else gap
        if TELLS.search(" ".join(gap).lower()):
            teller = told or (described or a, a)  # "Fauci told CNN the U.S. …": not CNN's
        nxt = toks[b_end : b_end + 1]
        if not gap or len(gap) > GAP or any(t in ';:()"' for t in gap) or _crosses(gap, nxt):
            continue
        if len(gap) > 1 and gap[-1].lower() == "that":
            continue  # "contest the suit that Norvale filed": the name opens a clause of its own
        passive = _passive([t.lower() for t in gap])
        # a passive's relation runs from its be-form ("Lisbon | office would be led by | Inês
        # Carvalho": the office is what is led, no act another agent of Lisbon's may share)
        acts = gap[next((k for k, t in enumerate(gap) if t.lower() in BE), 0) :] if passive else gap
        acts = [t for t in acts if t[0].isalpha() and len(t) > 2 and t.lower() not in STOPWORDS]
        rel = frozenset().union(*(_forms(t) for t in acts))
        if not rel:
            continue
        # "Kelby's mayor, Ana Augustine", "Kelby mayor Ana Augustine": the mayor of Kelby
        qualifies = a.endswith("'s") or toks[a_start - 1 : a_start] in _DETERMINERS
        head = gap[-2] if gap[-1] == "," and len(gap) > 1 else gap[-1]
        titled = noun_phrase(gap) and (qualifies or person_noun(head.lower()))
        titled = titled and not (len(gap) == 1 and _past(head))  # "Graham accused Schumer"
        agent, patient = (b, a) if passive or titled else (a, b)
        if by := told and agent == a:
            agent, described = told  # "Ana Ruiz, a Kestrel Labs spokeswoman, told": both
        also = _key(described) if described and (by or gap[0] == "," and agent == a) else set()
        name = agent if by else described or agent
        out.append(Relation(_key(agent) | also, _key(patient), rel, name, patient))
    return out


def _described(toks: list[str], ents: list[tuple[int, int, str]]) -> list[str | None]:
    """For each name, the name whose apposition holds it (", the chief of Tolling Foods,")."""
    out: list[str | None] = [None]
    for (_, a_end, a), (b_start, _, _) in zip(ents, ents[1:], strict=False):
        gap = [t.lower() for t in toks[a_end:b_start]]
        opens = gap[:1] == [","] and len(gap) > 1 and _apposition_opens(gap[1:])
        shut = BE & set(gap) or "," in gap[1:] or (gap[:1] == [","] and not opens)
        out.append(None if shut else a if opens else out[-1])
    return out


def _forms(word: str) -> frozenset[str]:
    """A relation word's lemma, with its present's for a past in -ed ("sued" is "sue", as
    "sues" is, where the stemmer makes it "su")."""
    low = word.lower()
    return frozenset([lemma(word)] + ([lemma(low[:-1])] if low.endswith("ued") else []))


def _past(word: str) -> bool:
    """A verb's past form standing alone between two names: "accused" is no title there."""
    return word.islower() and (word.endswith("ed") or word in past_forms())


def _apposition_opens(after: list[str]) -> bool:
    """Words after a name's comma that open an apposition: an article or possessive ("the
    chief of"), or a title with no article before "of" or "at" ("chairman of the Tolling Foods
    board", "chief executive at Norvale"): a person's noun within its first three words."""
    if after[0] in _DETERMINER_WORDS:
        return True
    head = next((k for k, t in enumerate(after[:4]) if t in ("of", "at")), None)
    return bool(head) and any(person_noun(t) for t in after[:head] if t.isalpha())


def _crosses(gap: list[str], after: list[str]) -> bool:
    """The gap runs into another clause: a comma and a clause opener, or a word joining an event
    of the name after it ("a week after Brightforge switched off"; eventorder.py reads those)."""
    low = [t.lower() for t in gap]
    joined = bool(after) and after[0][0].isalpha() and bool(_JOINING.intersection(low))
    return joined or any(
        t == "," and n in _CLAUSE_OPENERS for t, n in zip(low, low[1:], strict=False)
    )


def _passive(gap: list[str]) -> bool:
    """'was sued by', 'were quickly fined by': a be-form, a participle, then 'by' (not the
    progressive 'has been ranking ... by')."""
    if "by" not in gap:
        return False
    before = gap[: gap.index("by")]
    for k, t in enumerate(before[:-1]):
        if t in BE:
            nxt = [w for w in before[k + 1 : k + 3] if not w.endswith("ly")][:1]
            if nxt and (nxt[0].endswith(("ed", "en")) or nxt[0] in _PARTICIPLES):
                return True
    return False


def missing_names(claim: str, passage: str, vocabulary: frozenset[str] | set[str]) -> list[str]:
    """Names of the claim with no word in the supporting passage (another actor of the story)."""
    have = {w.lower().removesuffix("'s") for w in _tokens(passage)}
    return [
        n
        for _, _, n in entities(claim, vocabulary)
        if _key(n)
        and not _held(n, have, passage)
        and spelled_out(n, passage) is None
        and n not in vocabulary  # a common abbreviation as written ("AI": lacking.py)
    ]


def _held(name: str, have: set[str], passage: str) -> bool:
    """Whether a passage has a word of a name; an acronym as written ("US", not "us")."""
    return acronym_in(name, passage) if acronym(name) else bool(_key(name) & have)


@lru_cache(maxsize=4096)
def person_noun(word: str) -> bool:
    """Whether a lower-case word's most frequent noun sense is a person in WordNet ('officer',
    'rival', 'mayor'; not 'beat'): a title, when it stands right before a name."""
    entries = (e for b in lexicon.bases(word) for e in lexicon.table_entry(b).split())
    noun = next((e for e in entries if e.startswith("n:")), "")
    return bool(noun) and _a_person(int(noun[2:].split(",")[0]))


@lru_cache(maxsize=65536)
def _a_person(synset: int) -> bool:
    top = int(lexicon.table_entry("person").split()[0][2:].split(",")[0])
    return synset == top or any(_a_person(u) for u in lexicon.hypernyms(synset))
