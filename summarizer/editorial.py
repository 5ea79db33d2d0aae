"""Editorial rules for extractive prose: whose voice a sentence is in, whether it can stand
alone at the top of a draft, how much of a fact it carries, and how much each source's sentences
count (original and coverage reporting before the company's own post, before the discussion).

Everything here judges a sentence as written: the extractive backend never rewrites, so a
sentence that only works in its own article ("The dashboard also showed…", "Credit to…") is left
out rather than repaired.

Which section of a draft a source sentence belongs to: background (history, a company
profile), reaction and discussion (a statement, a response, a quotation) or what happened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from newsdesk.summarizer.sentences import content_words, normalize, split_sentences, words
from newsdesk.summarizer.verify import numbers

from newsdesk.models import ROLE_RANK, StoryInput
from newsdesk.text import MONTHS, WEEKDAYS

# reaction: someone responding to the news (a plain "said" is how news is reported, not reaction)
_REACTION = re.compile(
    r"\b(criticis|criticiz|respond|reaction|react|called it|argued|defended|denied|declined to"
    r"|spokes|critics|commenters|analysts?|researchers?|union|users|complain|praised|condemned"
    r"|welcomed|mocked|backlash|warned|expects?|urged|who studies)\w*",
    re.I,
)
QUOTED = re.compile(r"[\"\u201c]")
_BACKGROUND = re.compile(
    r"\b(last year|last month|in (19|20)\d\d|previously|earlier this|has long|have long|history"
    r"|began|was founded|for years|in the past|first introduced|originally|a decade|years ago"
    r"|since (19|20)\d\d)\b",
    re.I,
)

_STATEMENT = re.compile(
    r"\b(?:said|says|wrote|writes|announced) (?:in|on) (?:a|an|its|their|his|her) (?:\w+ ){0,2}"
    r"(?:blog|post|statement|memo|email|letter|note|filing|interview)\b",
    re.I,
)
_PROFILE = re.compile(
    r"^[A-Z][\w\-]+(?: [A-Z][\w\-]+)?(?:, [^,]{3,80},)? (?:makes|sells|operates|employs)\b"
    r"|\b(?:is privately held|is publicly traded|is based in|is headquartered in|was founded in"
    r"|employs about)\b"
)


def is_profile(sentence: str) -> bool:
    """A company profile ("Brightforge makes code review and build tools …", "… is privately
    held"): background, whatever else the sentence says."""
    return bool(_PROFILE.search(sentence))


def section_of(sentence: str) -> str:
    if _BACKGROUND.search(sentence) or _PROFILE.search(sentence):
        return "Background"
    if _STATEMENT.search(sentence) or _REACTION.search(sentence) or QUOTED.search(sentence):
        return "Reaction and discussion"
    return "What happened"


# how much a source's sentences count, by role (the file interface has no roles: the earliest
# item stands for the original, the rest for coverage)
ROLE_WEIGHT = {"original": 2.5, "coverage": 1.0, "primary": 0.6, "discussion": 0.3}
TRUSTED_WEIGHT = 1.2
COMMENTARY_WEIGHT = 0.3  # a link post or column: its few plain sentences count little
COMMENTARY_SHARE = 0.4  # an item this share of whose sentences are voice/opinion is commentary
SAME_FACT = 0.5  # share of the shorter sentence's content words: the same fact told twice

# the writer's own voice: link-blog and column phrases, thanks, verdicts on the news
_OPINION = re.compile(
    r"\b(?:predictable|(?:good|great|excellent|fine) (?:write-?up|piece|read|story)|write-?up is"
    r"|worth (?:a )?read(?:ing)?|must[- ]read|read the whole thing|go read|over at\b|h/t|hat tip"
    r"|credit to|credit where|kudos|hats off|thank you|thanks to (?:all|everyone)|to everyone who"
    r"|of the week|(?:more |most )?interesting question|needless to say|to be fair|frankly"
    r"|let'?s be honest|of course|shameful|disgraceful|brilliant|hilarious|depressing"
    r"|unsurprising(?:ly)?|surprise, surprise|as usual|yet again|we'?ll see)\b|\(via\b|^via\b",
    re.I,
)
_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me|[Oo]urselves|[Yy]ou|[Yy]our|[Yy]ourself)\b")
_QUOTED = re.compile(r'"[^"]*"')
# a byline or bio line: "Lena Marchetti is Brightforge's vice president of engineering."
_BIO = re.compile(
    r"^[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){1,3} (?:is|was|writes|covers|reported)\b"
    r"(?: (?:a|an|the|[A-Z][\w\-]*'s)\b)?[^.;:]{0,90}\.$"
)
_BIO_ROLE = re.compile(
    r"\b(?:reporter|correspondent|editor|columnist|contributor|writer|author|president|chief"
    r"|director|head|officer|founder|engineer|manager|professor|analyst|spokes\w*)\b",
    re.I,
)
# openers that point back at something the reader has not been told
_DANGLING_TEXT = (
    "he she they it his her their its this these those that but and also however still yet"
    " meanwhile instead then so such both others some many most several another further"
    " additionally moreover besides likewise similarly there here neither nor"
)
_DANGLING = frozenset(_DANGLING_TEXT.split())
_BACKREF = re.compile(
    r"^(?:The|That|This|Such) (?:aim|goal|idea|point|move|change|step|decision"
    r"|plan|hope|intent|reason|problem|issue|episode|practice|same|announcement|news|report|deal"
    r"|incident|ruling|result|figure|number|revision|speech|remarks|comments|findings)\b"
)
# an opening phrase, then a bare pronoun as the subject ('After putting the final touches on
# cake orders, she pulled out …'): whose, the draft never said (no name in the phrase)
_LATE_PRONOUN = re.compile(r"^\S+(?: [a-z][^\s,]*){1,14}, (?:he|she|they) [a-z]")
_CALENDAR = frozenset(  # capitalised, but not names
    [*(w.lower() for w in (*WEEKDAYS, *MONTHS)), "today", "yesterday"]
)
_DIGIT = re.compile(r"\d")
_ONE = re.compile(r"^One (?:of them|described|said|told|wrote|added|recalled|noted|called)\b")
_PRONOUN_SAYS = re.compile(r", (?:they|he|she|it) (?:say|says|said|added|argue|argued|wrote),")
_ADVERB = re.compile(r"\b(?:also|too|as well|again|either|likewise|instead)\b", re.I)
_DECISION = re.compile(
    r"\b(?:scrap|remov|end(?:ed|s)?|cancel|launch|announc|cut|laid off|lay off|fir(?:ed|es)|ban"
    r"|paus|suspend|switch\w* (?:it |them )?off|shut|approv|reject|drop|introduc|rais"
    r"|fined?|recall|clos|open(?:ed|s)|hir(?:e|ed|es|ing)|plans to|will|would not|won't|decid"
    r"|replac|cap(?:ped|s)?|limit|requir|restor|resign|sued|settl)\w*",
    re.I,
)


def outside_quotes(sentence: str) -> str:
    return _QUOTED.sub(" ", normalize(sentence))


def is_opinion(sentence: str) -> bool:
    """The writer's own voice: first or second person outside quotation marks, a link blog's
    'the good write-up is over at X (via X)', thanks, or a verdict ('predictable', 'credit to')."""
    plain = outside_quotes(sentence)
    return bool(_PERSON.search(plain) or _OPINION.search(plain))


def is_bio(sentence: str) -> bool:
    """'Lena Marchetti is Brightforge's vice president of engineering.': a signature, not news."""
    norm = normalize(sentence)
    return len(norm.split()) <= 14 and bool(_BIO.match(norm) and _BIO_ROLE.search(norm))


def stands_alone(sentence: str) -> bool:
    """Readable with nothing before it: no opening pronoun, connective or back-reference ('Some
    people…', 'The change…'), no 'also'/'too', not a bare quotation."""
    norm = normalize(sentence)
    if opens_with_reference(norm) or norm.startswith('"'):
        return False
    return not _ADVERB.search(outside_quotes(norm))


# "Norvale's contest was smaller, but…": compared with something the sentence does not name
_COMPARED = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:much\s+|far\s+|a\s+little\s+|slightly\s+)?"
    r"(?:smaller|larger|bigger|shorter|longer|cheaper|costlier|fewer|worse|milder|harsher)\b",
    re.I,
)
_THAN = re.compile(r"\b(?:than|compared (?:with|to))\b", re.I)


def opens_with_reference(sentence: str) -> bool:
    """Points back ('Others replied…', 'One described…', 'The change…', or a comparison with
    nothing named: 'Its contest was smaller'): fine next to its antecedent, lost anywhere else
    in a draft."""
    norm = normalize(sentence)
    first = norm.split(" ", 1)[0].strip('",').lower()
    first = first.removesuffix("'s").removesuffix("\u2019s")  # "That's the clear message …"
    if first in _DANGLING or _BACKREF.match(norm) or _ONE.match(norm) or _LATE_PRONOUN.match(norm):
        return True
    plain = outside_quotes(norm)
    if _COMPARED.search(plain) and not _THAN.search(plain):
        return True
    return bool(_PRONOUN_SAYS.search(plain))  # "The problems start, they say, …"


def has_name(sentence: str, vocabulary: AbstractSet[str]) -> bool:
    """Names a someone or something: a capitalised word the story never writes in lower case."""
    return any(
        w[0].isupper() and w.lower() not in vocabulary and w.lower() not in _CALENDAR
        for w in words(sentence)
    )


def is_decision(sentence: str) -> bool:
    """Someone did or decided something: scrapped, paused, will not, plans to, hired…"""
    return bool(_DECISION.search(outside_quotes(sentence)))


def fact_weight(sentence: str, vocabulary: AbstractSet[str]) -> float:
    """Takeaway value: figures count two and a half times, decisions half again, a sentence
    naming nobody counts less."""
    plain = outside_quotes(sentence)
    weight = (2.5 if _DIGIT.search(plain) else 1.0) * (1.5 if _DECISION.search(plain) else 1.0)
    return weight * (1.0 if has_name(sentence, vocabulary) else 0.6)


def same_fact(a: str, b: str) -> bool:
    """Two sentences telling one fact: most of the shorter one's content words are in the other."""
    wa, wb = set(content_words(a)) | numbers(a), set(content_words(b)) | numbers(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= SAME_FACT


def is_commentary(text: str | Sequence[str]) -> bool:
    """A link post or column: many of its sentences (a text, or its split sentences) are in the
    writer's own voice."""
    sents = split_sentences(text) if isinstance(text, str) else text
    if len(sents) < 3:
        return False
    return sum(is_opinion(s) for s in sents) / len(sents) >= COMMENTARY_SHARE


def vocabulary(texts: Iterable[str]) -> set[str]:
    return {w for t in texts if t for w in words(t) if w[0].islower()}


def item_roles(story: StoryInput, original: Sequence[int]) -> list[str]:
    """Each item's role: from its source when the story has a source list, else the earliest
    item is the original and the rest coverage."""
    if story.sources:
        by_id = {s.item_id: s.role for s in story.sources if s.item_id}
        return [by_id.get(it.id, "coverage") for it in story.items]
    return ["original" if i in original else "coverage" for i in range(len(story.items))]


def item_weights(
    story: StoryInput, roles: Sequence[str], commentary: Sequence[bool]
) -> list[float]:
    tiers = {s.item_id: s.tier for s in story.sources if s.item_id}
    return [
        ROLE_WEIGHT.get(role, 1.0)
        * (TRUSTED_WEIGHT if tiers.get(it.id) == "trusted" else 1.0)
        * (COMMENTARY_WEIGHT if comm else 1.0)
        for it, role, comm in zip(story.items, roles, commentary, strict=True)
    ]


def item_order(story: StoryInput, roles: Sequence[str], commentary: Sequence[bool]) -> list[int]:
    """Items in the order a reader should meet them: original, coverage (trusted first, columns
    last), primary, discussion; then by date, then as given."""
    tiers = {s.item_id: s.tier for s in story.sources if s.item_id}

    def key(i: int) -> tuple:
        it = story.items[i]
        return (
            commentary[i],
            ROLE_RANK.get(roles[i], 1),
            tiers.get(it.id, "trusted") != "trusted",
            it.published is None,
            it.published or "",
            i,
        )

    return sorted(range(len(story.items)), key=key)
