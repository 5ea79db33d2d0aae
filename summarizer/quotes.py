"""Quotations with their speaker and where they were said, exactly as in the source text.

    “There is just so much pressure,” one employee told the FT.
        -> Quote(text="There is just so much pressure,", speaker="one employee", said_to="the FT")
    Jane Doe, a spokesperson, said: "We take this seriously."
        -> Quote(text="We take this seriously.", speaker="Jane Doe, a spokesperson")

Quotes whose speaker is only a pronoun ("he said") are skipped: the reader could not tell who.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.summarizer.sentences import clean

_VERBS = (
    r"said|says|told|wrote|writes|added|adds|explained|noted|argued|claimed|recalled|posted"
    r"|tweeted|warned|insisted|admitted|complained|joked|commented|responded|replied|stated"
)
_OPEN = '\u201c"'
_CLOSE = '\u201d"'
_Q = rf"[{_OPEN}](?P<q>[^{_OPEN}{_CLOSE}]{{8,}}?)[{_CLOSE}]"
_TO = r"(?:\s+(?P<to>(?:the\s+)?[A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*){0,3}|in\s+an?\s+[\w\s\-]{2,40}?|on\s+[\w\s\-]{2,40}?))?"
QUOTE_FIRST = re.compile(
    rf"^{_Q},?\s+(?P<sp>[^,.;\u201c\"]{{2,80}}?)\s+(?P<verb>{_VERBS}){_TO}\s*[.,;:]"
)
VERB_FIRST = re.compile(rf"^{_Q},?\s+(?P<verb>{_VERBS})\s+(?P<sp>[^;\u201c\"]{{2,80}}?)\.$")
SPEAKER_FIRST = re.compile(
    rf"^(?P<sp>[A-Z][^\u201c\";:]{{1,80}}?)\s+(?P<verb>{_VERBS}){_TO}\s*[,:]?\s*{_Q}"
)
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}


@dataclass(frozen=True)
class Quote:
    text: str  # the quoted words exactly as in the source (without the quotation marks)
    speaker: str  # as the source names them
    said_to: str | None = None  # "the FT", "in a blog post", ...
    sentence: str = ""  # the source sentence it was found in
    item: int = -1  # index of the item it came from

    verb: str = "said"  # the source's verb: said, told, wrote, ...

    def attribution(self) -> str:
        """'one employee told the FT', 'an engineer wrote in a blog post', 'Jane Doe, a spokesperson'"""
        if self.said_to:
            return f"{self.speaker} {self.verb} {self.said_to}"
        return self.speaker


def find_quotes(sentence: str, item: int = -1) -> list[Quote]:
    """The attributed quotations in one sentence (usually zero or one)."""
    s = clean(sentence)
    m = QUOTE_FIRST.match(s)
    if m:
        return _make(m.group("q"), m.group("sp"), m.group("verb"), m.group("to"), s, item)
    m = VERB_FIRST.match(s)
    if m:
        return _make(m.group("q"), m.group("sp"), m.group("verb"), None, s, item)
    m = SPEAKER_FIRST.match(s)
    if m:
        speaker = m.group("sp")
        last = speaker.rsplit(", ", 1)[-1]
        if last != speaker and last[:1].isupper():  # "Asked about it, Lopez" -> "Lopez"
            speaker = last
        return _make(m.group("q"), speaker, m.group("verb"), m.group("to"), s, item)
    return []


def _make(q: str, speaker: str, verb: str, to: str | None, sentence: str, item: int) -> list[Quote]:
    speaker = speaker.strip(" ,")
    if not speaker or speaker.lower() in PRONOUNS or len(q.split()) < 3:
        return []
    said_to = to.strip() if to and verb in {"told", "said", "says", "wrote", "posted"} else None
    if said_to and said_to.split()[0].lower() in PRONOUNS:
        said_to = None
    return [Quote(q.strip(), speaker, said_to, sentence, item, verb if said_to else "said")]


# The half of a sentence without the quotation (wire.Writer.own). 'Tomás Ferreira, a Brightforge
# spokesperson, told Circuit Report that the company "moved as soon as the pattern was clear"
# and that total model spending had risen about 40 percent between November and February.'
# cannot be reported whole (paraphrase.clause stops before a quotation, and what is left is no
# sentence): the demo's TokenRank draft lost its one figure of how big the problem was. Its
# other half, 'Tomás Ferreira, a Brightforge spokesperson, said that total model spending had
# risen …', is a sentence the draft can report and the verifier can check; the quoted half is
# the speaker's own words, which the quote lines carry.
_MARKS = re.compile(r"[\"\u201c\u201d]")
_WHO = r"[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*"
# who (a name, maybe with a description after a comma), the saying verb (its listener, named,
# dropped), then two that-clauses joined by 'and that'
_TWO = re.compile(
    rf"^(?P<who>{_WHO}(?:, [^,\"\u201c\u201d]{{3,80}},)?) "
    rf"(?:said|says|told {_WHO}|added|wrote)( that )(?P<first>.+?),? and that (?P<second>.+)$"
)


def said_parts(sentence: str) -> list[str]:
    """The halves of ``sentence`` without quotation marks, each as its own 'X said that …'
    sentence, when the other half is quoted; [] for any other sentence."""
    m = _TWO.match(" ".join(sentence.split()))
    if m is None:
        return []
    halves = [m.group("first"), m.group("second").rstrip(".")]
    quoted = [bool(_MARKS.search(h)) for h in halves]
    if quoted.count(True) != 1:
        return []
    return [
        f"{m.group('who')} said that {h}." for h, q in zip(halves, quoted, strict=True) if not q
    ]
