"""A clause told as a headline: actor, verb in the headline present, a short object.

No parser. The main verb is the clause's first verb: an auxiliary chain ("had ended", "would
open", "was arrested", "were asking"), a past form ("died", "took") not used as an adjective
("the recalled trucks") nor opening a reduced relative ("a panel formed by"), or a present form
after a name before "to" ("Norvale plans to"); headverbs.py turns it to the headline present
("ends", "to open", "arrested", "ask"). The words before it are the actor: cut at a comma (a list
"A, B and C" stays whole) or a place or time preposition, without articles or time words, a
descriptor before a name dropped ("pharmaceutical giant Merck" → "Merck"), a long title too
("Homeland Security Secretary Alejandro Mayorkas" → "Alejandro Mayorkas") and a reduced relative
("a panel formed by …", "the committee investigating …": its head is the actor). An actor with a verb
in it, or vague ("many companies", a pronoun), gives no headline. "X said it will …" is told as
X's act ("X to …"); "X said Y" gives none: Y without X would be newsdesk's claim.

The object runs to a comma, a relative or subordinate clause, a pronoun or "and" (not inside a
name: "Immigration and Customs Enforcement"), without time phrases ("on Monday", "over the
weekend"), adverbs such as "officially" and articles ("24 hours a day" keeps its "a"); past
``OBJECT_WORDS`` it is cut before a preposition. Shorter options, cut before each preposition
or participle, follow (headline.py takes the first that copies no source). A headline must say
something: an object that is more than a particle ("lashes out": at what?), a copula only before
a comparison, place or state or an adjective ("is less optimistic", "are back up", "are happy
with"), never a noun ("is a risk": whose judgement?). No option ends in half a compound preposition
("two men in connection [with …]"); an object with a pronoun the headline cannot resolve ("rules
against him") or a finite verb (the main verb is a later one: "schools list in tracker had")
gives none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.headverbs import ARTICLES, PREPS, verb_at, verb_base

from newsdesk.text import MONTHS, WEEKDAYS

OBJECT_WORDS = 7
ACTOR_WORDS = 7


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPS = _set("""that which who whom whose where while when after before because as since if although
    though but despite amid amidst following until unless whether according due so
    including what how they he she we it""")
_VAGUE = _set(
    """it they he she we many some several most such these those this that its their his her
    other others few all both one each any"""
)
_ACTOR_CUT = _set("in on at during after before amid over since")
_DANGLING = PREPS | ARTICLES | _set("and or its their his her our your this these")
_SAYING = _set("said says told tells")
_FINITE = _set("had has have was were is are would will did does")
_BE = frozenset(["was", "were", "is", "are"])
_TIME_UNITS = _set(
    "week month year weekend quarter season morning night day summer fall winter spring"
)
_DAYS = frozenset(w.lower() for w in WEEKDAYS) | _set("today yesterday tonight")
_MONTHS = frozenset(m.lower() for m in MONTHS) | _set(
    "jan. feb. mar. apr. aug. sept. sep. oct. nov. dec."
)
_TOKEN = re.compile(r"\$?\d[\d,.]*\d%?(?![\w-])|[\w$%.'’&/-]+|[,;:()]")
_TITLES = _set("""sen. rep. gov. governor senator secretary general president minister chancellor judge
    director ceo chief chair chairman spokesperson spokesman spokeswoman""")
_ADVERBS = _set("now also just recently formally officially reportedly still again")
# words whose sense the headline present loses: a clause with one gives no headline
_UNTENSED = _set("never hoped expected intended wanted meant")
_STATES = _set("less more at back in on up down out over under")
_INTRANSITIVE = _set("die resign retire quit collapse crash surrender")
# nouns of a compound preposition ('in connection with', 'in response to', 'on behalf of'):
# cut after one, a phrase dangles ('Police arrest two men in connection')
_LINKING = _set("""connection response relation addition behalf favour favor exchange search wake
    light spite accordance compliance conjunction contrast comparison lieu retaliation pursuit
    defiance violation breach reference regard excess recognition honour honor memory""")
# a pronoun whose antecedent the headline, read alone, does not hold ('Judge rules against him')
_OBJECT_PRONOUNS = _set("him them us me")


@dataclass(frozen=True)
class Made:
    actor: str
    texts: tuple[str, ...]  # the headline, its object cut shorter in each next one


def _tokens(clause: str) -> list[str]:
    clause = re.sub(r"[\u201c\u201d\"]", "", clause)
    clause = re.sub(r"\bat the age of (\d+)", r"at \1", clause)
    toks = [t for t in _TOKEN.findall(clause)]
    return [t[:-1] if t.endswith(".") and not _abbreviation(t) else t for t in toks]


def _abbreviation(tok: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.", tok)) or tok.lower() in _MONTHS


def _plural(actor: Sequence[str]) -> bool:
    if "and" in actor:
        return True
    low_actor = [t.lower() for t in actor]
    cut = next((k for k, t in enumerate(low_actor) if t in PREPS and k), len(actor))
    last = actor[cut - 1]
    low = last.lower()
    if low in ("police", "people", "officials", "lawmakers", "democrats", "republicans"):
        return True
    if last[0].isupper():
        return low.endswith(("ans", "ists", "crats"))
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s"))


def _actor(toks: Sequence[str]) -> list[str] | None:
    """The words before the verb as the headline's actor: an appositive, a place or time
    phrase and articles left out; a descriptor before a name ('pharmaceutical giant Merck')
    and a long title ('Homeland Security Secretary Alejandro Mayorkas') dropped."""
    if any(t.lower() in _FINITE for t in toks):
        return None  # a verb before the one found: the clause is not read right
    listed = "," in toks and "and" in toks[len(toks) - toks[::-1].index(",") :]
    out: list[str] = []
    for k, t in enumerate(toks):
        quantity = t.lower() == "at" and toks[k + 1 : k + 2] in (["least"], ["most"])
        if (t in (",", ";", ":", "(") and not listed) or (t.lower() in _ACTOR_CUT and not quantity):
            break
        if out and _relative(toks, k):
            break  # 'the committee investigating …', 'a panel formed by …': its head is the actor
        if t.lower() not in ARTICLES and not _time_at([t], 0):
            out.append(t)
    if not out or (out[-1].islower() and out[-1].endswith("ed")):
        return None  # 'funded by Pfizer, …': a participle is no actor
    if not any(t[0].isupper() for t in out):  # 'a federal judge': said plainly, or no actor
        vague = out[0].lower() in _VAGUE or len(out) > 4
        return None if vague else out
    if not (PREPS | {"'s", "’s"}) & {t.lower() for t in out} and not out[-1][0].islower():
        while out[0][0].islower():
            out = out[1:]
    titles = [k for k, t in enumerate(out) if t.lower() in _TITLES]
    if len(out) > 3 and titles and titles[-1] < len(out) - 1:
        out = out[titles[-1] + 1 :]
    return out if len(out) <= ACTOR_WORDS else None


def _relative(toks: Sequence[str], k: int) -> bool:
    """Whether a reduced relative clause opens at ``k`` ('investigating', 'formed by', 'by')."""
    t = toks[k]
    if not t.islower():
        return False
    return t == "by" or t.endswith("ing") or (t.endswith("ed") and toks[k + 1 : k + 2] == ["by"])


def _time_at(toks: Sequence[str], i: int) -> int:
    """How many tokens a time phrase at ``i`` takes ('on Monday', 'next month', 'Oct. 15')."""
    low = [t.lower() for t in toks[i : i + 4]]
    k = 1 if low and low[0] in ("on", "by", "in", "over", "this", "next", "last") else 0
    if len(low) > k + 1 and low[k] == "the" and low[k + 1] in _TIME_UNITS:
        return k + 2
    if len(low) > k and low[k] in _DAYS:
        return k + 1
    if len(low) > k and low[k] in _MONTHS:
        return k + 2 if len(low) > k + 1 and low[k + 1].isdigit() else k + 1
    if k and len(low) > 1 and low[0] in ("this", "next", "last") and low[1] in _TIME_UNITS:
        return 2
    return 0


def _objects(toks: Sequence[str], start: int) -> list[list[str]]:
    """The object after the verb, longest first, then cut before each of its prepositions."""
    out: list[str] = []
    i = start
    while i < len(toks) and len(out) <= OBJECT_WORDS + 2:
        if skip := _time_at(toks, i):
            i += skip
            continue
        t, low = toks[i], toks[i].lower()
        named_and = low == "and" and out and out[-1][0].isupper()
        if named_and and i + 1 < len(toks) and toks[i + 1][0].isupper():
            out.append(t)  # 'Immigration and Customs Enforcement': one name
            i += 1
            continue
        if t in (",", ";", ":", "(", ")") or low in _STOPS or (low == "and" and out):
            break
        if low in _ADVERBS:
            i += 1
            continue
        if low in _BE and out and i + 1 < len(toks):  # 'officers were entitled': headlinese
            i += 1
            continue
        if low in _FINITE or low in _OBJECT_PRONOUNS:
            return []  # 'schools list in tracker had': the main verb is a later one; 'him': whom?
        counted = len(out) > 1 and out[-2][:1].isdigit() and low in ("a", "an")
        if low not in ARTICLES or counted:
            out.append(t)  # an article stays in a rate ('24 hours a day')
        i += 1
    cuts = [
        k
        for k, w in enumerate(out[: OBJECT_WORDS + 1])
        if w.lower() in PREPS - {"of", "to"} or (k > 1 and w.islower() and w.endswith("ing"))
    ]
    long = len(out) > OBJECT_WORDS
    if long:
        out = out[: max(cuts) if cuts and max(cuts) > 2 else OBJECT_WORDS]
    shorter = [_trimmed(out[:k], True) for k in reversed(cuts) if 0 < k < len(out)]
    options = [_trimmed(out, long)] + [o for o in shorter if len(o) > 1]  # 'denies request'
    return [o for k, o in enumerate(options) if o not in options[:k]]


def _trimmed(out: list[str], cut: bool) -> list[str]:
    """An object without a dangling end (a preposition, an article, an adjective without its
    noun, a compound preposition's first half: 'in connection', a purpose cut short: 'operating 24 hours a day to try', a participle cut from its
    phrase: 'report released')."""
    if cut and len(out) > 2 and out[-2].lower() == "to" and "v" in lexicon.parts_of_speech(out[-1]):
        out = out[:-2]  # 'operating 24 hours a day to try': the purpose is cut short
    while out:
        if out[-1].lower() in _DANGLING or lexicon.adjective_only(out[-1].lower()):
            out.pop()
        elif len(out) > 1 and out[-2].lower() in PREPS and out[-1].lower() in _LINKING:
            out = out[:-2]  # 'two men in connection [with …]': the phrase is cut mid-way
        else:
            break
    if cut and out and out[-1].islower() and out[-1].endswith("ed") and verb_base(out[-1]):
        out = out[:-1]  # 'draft report released [by …]': the participle lost its phrase
    return out


def _skip_opening(toks: list[str]) -> list[str]:
    """Without a leading adverbial ('after hours of talks, …', 'starting Oct. 15, …'). The
    clause is reported mid-sentence, so a capitalised '-ing' word is a name ('Boeing, the
    largest US exporter, …'), never an opener."""
    first = toks[0] if toks else ""
    opener = first.lower() in _STOPS | PREPS or (first.islower() and first.endswith("ing"))
    if opener and "," in toks[:10]:
        return toks[toks.index(",") + 1 :]
    return toks


def _enough(verb: Sequence[str], obj: Sequence[str]) -> bool:
    """Whether the headline says something: an object that is more than a particle ('Dave
    Chappelle lashes out': at what?; none needed for a verb that takes none: 'X dies'), and a copula only before a comparison, a
    place or a state ('is less optimistic', 'are back up'), never before a noun ('X is a risk':
    whose judgement?)."""
    if verb[-1] in ("is", "are"):
        first = obj[0].lower() if obj else ""
        adjective = "a" in lexicon.parts_of_speech(first) and "n" not in lexicon.parts_of_speech(
            first
        )
        return len(obj) >= 2 and (first in _STATES or adjective)  # 'happy with', not 'a risk'
    base = verb_base(verb[-1]) or verb[-1]
    if base in _INTRANSITIVE or base.removesuffix("s") in _INTRANSITIVE:
        return True
    return bool(obj) and not (len(obj) == 1 and obj[0].lower() in _STATES | {"off", "away"})


def _said(rest: list[str], actor: list[str] | None) -> Made | None:
    """The headline of what was said ('X said Thursday it will allow …': 'X to allow …')."""
    rest = rest[1:] if rest[:1] == ["that"] else rest
    while rest and _time_at(rest, 0):
        rest = rest[_time_at(rest, 0) :]
    rest = rest[1:] if rest[:1] == ["that"] else rest
    if not (actor and rest and rest[0].lower() in ("it", "they", "he", "she")):
        return None  # 'X said Y': Y without X would be newsdesk's claim
    return clause_headline(" ".join([*actor, *rest[1:]]), 1)


def _capital(text: str) -> str:
    """The headline with a capital first letter, unless its first word has one inside ('eBay')."""
    first = text.split(" ", 1)[0]
    return text if any(c.isupper() for c in first[1:]) else text[0].upper() + text[1:]


def clause_headline(clause: str, depth: int = 0) -> Made | None:
    """``clause`` as a headline, or None when its parts cannot be found."""
    toks = [t for t in _skip_opening(_tokens(clause)) if t.lower() not in _ADVERBS]
    if any(t.lower() in _UNTENSED for t in toks[:16]):
        return None  # 'never paid' is no 'never pays' (a habit), 'had hoped' no 'hopes'
    for i in range(1, min(len(toks), 16)):
        if toks[i].lower() in _SAYING:
            return _said(toks[i + 1 :], _actor(toks[:i])) if depth == 0 else None
        if verb_at(toks, i, False) is None:
            continue
        actor = _actor(toks[:i])  # the first verb is the main one: its actor or nothing
        verb = verb_at(toks, i, _plural(actor)) if actor else None
        if actor is None or verb is None:
            return None
        words, after = verb
        texts = [" ".join([*actor, *words, *o]) for o in _objects(toks, after) if _enough(words, o)]
        texts = [re.sub(r"\s+([,;:])", r"\1", t) for t in texts]
        return Made(" ".join(actor), tuple(_capital(t) for t in texts)) if texts else None
    return None
