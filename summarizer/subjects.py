"""Subjects the reader has not met: a sentence pointing back at something the draft never
introduced ("Analysts say such figures…", "The company removed…" before any company is named).
A source's sentence like that is left out of a draft (an excerpt cannot be rewritten), and the
benchmark counts any that slip through.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from newsdesk.summarizer.sentences import STOPWORDS, normalize, words

from newsdesk.models import StoryInput

_SUCH = re.compile(
    r"\b(?:such|these|those) (?:figures|numbers|moves|tools|systems|practices|rankings|changes)\b"
    r"|\bsuch (?!as\b)[a-z]+s\b",  # 'lift restrictions on such trips': which trips?
    re.I,
)
_THE_THING = re.compile(
    r"^(?:The|This|That|These|Those) (?:company|companies|firms?|groups?|startups?|business"
    r"|dashboard|tools?|systems?|board|chart|policy|change|move|decision)\b",
    re.I,
)
# a share of something named before, opening or closing the sentence ('Most of them …', '…
# was one of them.', 'Two of the engineers said …': which engineers?); not 'Many of those
# killed …', 'Some of those who …', 'One of the engineers at the plant …', 'One of the three …'
_SHARE = r"(?:one|some|many|most|all|none|each|both|either|neither|any|several|few|two|three)"
_NAMED_BY = r"(?:who|that|which|at|in|from|of|on|for|with|\w+ing)\b"
_SHARE_OF = re.compile(
    rf"^{_SHARE} of (?:them\b|(?:these|those)\b(?!\s+(?:\w+ed\b|{_NAMED_BY})))"
    rf"|^{_SHARE} of the [a-z]+s\b(?!['\u2019-]|\s+{_NAMED_BY})"
    rf"|\b{_SHARE} of (?:them|these|those)\W*$",
    re.I,
)
_COMPANY = re.compile(r"\bthe (?:company|firm|startup)\b", re.I)
_DOCUMENTS = r"memo|memorandum|letter|filing|lawsuit|study|survey|email|audit|complaint"
_DOCUMENT = re.compile(rf"\b(?:(the|The) )?({_DOCUMENTS})(s?)\b", re.I)
# what may follow a document told as new: not another noun ('the filing deadline') nor 'of'
# ('the letter of the law')
_AFTER_DOCUMENT = re.compile(
    r"\s*(?:$|[,.;:!?)\u201d\"]|(?:said|says|showed|shows|found|was|is|had|has|seen|sent"
    r"|obtained|published|released|dated|to|from|by|on|in|with|that|which|also|\w+ed)\b)"
)
_MARKS = re.compile(r"([\u201c\u201d\"])")
_QUOTED = re.compile(r'"([^"]*)(?:"|$)')


# a likeness or link with no second term, closing the sentence: '… was planned last year and
# was unrelated.' (to what? the demo's Lisbon draft; the source's sentence before said)
_UNRELATED = re.compile(
    r"\b(?:unrelated|related|similar|different|separate|identical|comparable|unconnected"
    r"|connected|linked)\W*$",
    re.I,
)


# an event or reason named before, not in the sentence itself: '… said the episode followed a
# familiar pattern' (which episode? the demo's TokenRank draft), '… removed a leaderboard … for
# the same reason' (the same as what? the demo's Norvale draft); not 'the episode of …', 'the
# same reason as …', 'the incident at the plant', nor 'the same thing' (often told in the same
# sentence: '… received a booster, following Biden doing the same thing')
_EPISODE = re.compile(
    r"\bthe (?:episode|incident|affair|saga|controversy|scandal|furore|furor|uproar|backlash)\b"
    r"(?!\s+(?:of|over|at|in|involving|that|which|when|where|about|surrounding)\b)"
    r"|\b(?:for|with) the same (?:reason|purpose|motive)s?\b(?!\s+(?:as|that)\b)",
    re.I,
)


# a pronoun the main verb's object, straight after its subject: 'Ryan Knauss knew it in second
# grade.' (knew what? the source's sentence before said; a NeuS draft told it), 'The Senate
# passed it on Friday.', '… confirmed this on Monday.', '… denied that.' The line holds no
# antecedent: only the subject comes before, and a verb's subject is never its own object's
# ('Biden signed it' is not about Biden). 'it' and 'this' then end the clause or open a phrase
# ('it in …', 'this on …'), 'that' ends the sentence; so not 'said that the …', 'knew it was
# time', 'called it a win', 'this week', nor 'made it clear', 'made it to the final' (no
# antecedent needed); a subject holding a little word ('The author of the bill defended it',
# 'Critics of the plan …') or a possessive ('The bill's sponsor …') may hold it, so is no match
_AUX = (
    r"(?:had|has|have|did|does|do|never|always|already|first|long|still|also|could|would|will"
    r"|can|may|might|should|must|not|just)"
)
_FOLLOW = (
    r"(?:in|on|at|during|for|from|with|by|after|before|when|as|because|since|until|to|into"
    r"|last|this|again|too|yesterday|today|now|then|early|first|publicly|repeatedly)"
)
_NO_VERB = STOPWORDS | {"make", "makes", "made", "making"}  # "made it clear": no antecedent
_OBJECT_BACK = re.compile(
    r"^(?P<subject>[A-Z][\w.-]*(?: [A-Za-z][\w.-]*){0,3}) "
    rf"(?:{_AUX} ){{0,2}}(?P<verb>[a-z][a-z-]+) "
    rf"(?:(?:it|this)(?=\W*$|[,;:.]| {_FOLLOW}\b)|that(?=\W*$|[,;:.]))"
)


def _object_back(norm: str) -> bool:
    """Whether the main verb's object is a pronoun the line gives nothing to point back at."""
    m = _OBJECT_BACK.match(norm)
    if m is None or m.group("verb") in _NO_VERB:
        return False
    subject = m.group("subject").split()
    while len(subject) > 1 and re.fullmatch(_AUX, subject[-1]):  # 'Ryan Knauss had | known it'
        subject.pop()
    return not any(w.lower() in STOPWORDS for w in subject[1:])


# 'Exhibit A for this may be …': a demonstrative standing for what came before (session 36)
_THIS_BACK = re.compile(
    r"\b(?:for|of|to|about|with|on) (?:this|that|these|those) (?:may|might|will|would|is|was"
    r"|are|were|has|had|can|could)\b",
    re.I,
)


def points_back(text: str) -> bool:
    """'Such figures…', 'The company…' at the start, '… one of them', '… was unrelated.', '…
    the episode …', '… for the same reason', 'Ryan Knauss knew it in second grade.', 'Exhibit A
    for this may be …': about something said before."""
    norm = normalize(text)
    return bool(
        _THIS_BACK.search(norm)
        or _SUCH.search(norm)
        or _THE_THING.search(norm)
        or _SHARE_OF.search(norm)
        or _UNRELATED.search(norm)
        or _EPISODE.search(norm)
        or _object_back(norm)
    )


def companies(story: StoryInput) -> set[str]:
    """Names in the story's title that are no ordinary word of its texts ('Brightforge')."""
    common = {w.lower() for it in story.items for w in words(it.text) if w[:1].islower()}
    return {
        w.removesuffix("'s")
        for w in words(story.title or "")
        if w[:1].isupper() and w.lower() not in common | STOPWORDS
    }


def unmet(lines: Iterable[str], names: set[str], title: str = "") -> list[int]:
    """Indexes of the lines, in reading order, whose subject the reader has not met: one pointing
    back at figures never given ("such figures"), saying "the company" ("The company…"
    opening the line or an excerpt in it) before any of ``names`` is named, or quoting "the
    memo" before the title or a line kept has named a memo."""
    met = not names
    papers = {m.group(2).lower() for m in _DOCUMENT.finditer(title)}
    out = []
    for i, text in enumerate(lines):
        norm = normalize(text)
        parts = [_QUOTED.sub('""', norm)] + [m.group(1) for m in _QUOTED.finditer(norm)]
        named = any(c in text for c in names)
        back = any(_SUCH.search(p) or _EPISODE.search(p) for p in parts) or (
            not met and any(_THE_THING.search(p) for p in parts)
        )
        new = {m.group(2).lower() for m in _DOCUMENT.finditer(norm)}
        unknown = any(
            m.group(1) and m.group(2).lower() not in papers
            for p in parts[1:]
            for m in _DOCUMENT.finditer(p)
        )
        if unknown or (not named and (back or (not met and _COMPANY.search(text)))):
            out.append(i)
            continue
        met, papers = met or named, papers | new
    return out


def introduce(lines: Iterable[str], title: str = "") -> list[str]:
    """The lines with a document the reader has not met told as new where they first name it
    outside quotation marks ("according to the memo" -> "according to a memo", unless the
    title or an earlier line names a memo). A first mention inside a quotation cannot be
    rewritten: ``unmet`` leaves that line out."""
    met = {m.group(2).lower() for m in _DOCUMENT.finditer(title)}
    out = []
    for text in lines:
        parts = _MARKS.split(text)
        inside = False
        for j, part in enumerate(parts):
            if _MARKS.fullmatch(part):
                inside = part != "\u201d" and not (part == '"' and inside)
                continue
            if not inside:
                parts[j] = _DOCUMENT.sub(functools.partial(_new, met=met), part)
            # a quotation's unmet "the memo" leaves its line out (unmet): it introduces nothing
            met.update(
                m.group(2).lower()
                for m in _DOCUMENT.finditer(parts[j])
                if not m.group(1) or not inside
            )
        out.append("".join(parts))
    return out


def _new(m: re.Match[str], met: set[str]) -> str:
    noun = m.group(2).lower()
    told = m.group(3) or not _AFTER_DOCUMENT.match(m.string, m.end())  # plural, or a modifier
    if not m.group(1) or noun in met or told:
        return m.group(0)
    met.add(noun)
    article = "an" if noun[0] in "aeiou" else "a"
    return f"{article.capitalize() if m.group(1) == 'The' else article} {m.group(2)}"


def readable(lines: Sequence[str], names: set[str], title: str = "") -> dict[int, str]:
    """Index -> text of the lines a reader can follow, in reading order: each document told as
    new where it is first named (``introduce``), the lines whose subject is unmet left out; again
    when a line left out was the one that introduced a document."""
    keep = list(range(len(lines)))
    for _ in range(len(lines) + 1):
        told = introduce([lines[i] for i in keep], title)
        strangers = set(unmet(told, names, title))
        if not strangers:
            break
        keep = [i for j, i in enumerate(keep) if j not in strangers]
    return dict(zip(keep, introduce([lines[i] for i in keep], title), strict=True))
