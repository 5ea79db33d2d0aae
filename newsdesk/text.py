"""Text utilities the stages share: stop words (``STOP_WORDS``, the one base list), the
sentence splitter, word counts and the body's sentence keys. ``split_sentences`` uses pysbd
paragraph by paragraph by default, so abbreviations ("Dr.", "U.S."), decimals ("3.5") and
sentence-final quotes stay inside their sentence; ``at_stops=True`` cuts at every ., !, ? or …
followed by a capital or a digit (blank lines break paragraphs), the plainer rule `review show`
matches passages with. Control and invisible characters: unprintable.py.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pysbd

_STOP_WORD_TEXT = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say new one two like many much may might must per still told via within yet
    according even since around however across
"""
STOP_WORDS = frozenset(_STOP_WORD_TEXT.split())
MONTHS = (  # English month names, for dates newsdesk writes (not the locale's)
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:https?://|/)[^)\s]*\)")
_STOP_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")
_WS = re.compile(r"\s+")
_AT_STOP = re.compile(r"(?<=[.!?\u2026])[\"\u201d\u2019)\]]*\s+(?=[\"\u201c\u2018(\[]?[A-Z0-9])")
_BLANK_LINE = re.compile(r"\n\s*\n")
_GOES_ON = (",", ";")  # no sentence starts with one: the segment before it goes on


def _cut(before: str, sent: str) -> bool:
    """pysbd split a feed's cut '… another $10...' into '… $10..' and '.'."""
    return before.endswith("..") and not sent.strip(".")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    import pysbd  # on first use: the CLI's start (`newsdesk --help`) does not need it

    return pysbd.Segmenter(language="en", clean=False)


def clean(text: str) -> str:
    """Whitespace collapsed to single spaces, nothing else changed."""
    return _WS.sub(" ", text).strip()


def _paragraphs(text: str) -> list[str]:
    """Lines are paragraphs (extracted articles put one per line), except a hard-wrapped line:
    one that ends without a stop and is followed by a lower-case continuation."""
    out: list[str] = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        if out and out[-1] and not _STOP_END.search(out[-1]) and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return [p for p in out if p]


def split_sentences(text: str, *, at_stops: bool = False) -> list[str]:
    """The sentences of a text, in order, whitespace-collapsed, empty ones dropped.

    By default markdown links some extractors keep ("[The Ledger](https://…)") are reduced to
    their text and pysbd finds the sentences; ``at_stops`` is the plain punctuation rule (see
    the module docstring), which leaves links as they are. The drafting stage splits the same
    source again and again, so the last texts' sentences are kept (a copy is returned).
    """
    if at_stops:
        return _split_at_stops(text)
    return list(_split_pysbd(text or ""))


@lru_cache(maxsize=64)
def _split_pysbd(text: str) -> tuple[str, ...]:
    out: list[str] = []
    seg = _segmenter()
    for para in _paragraphs(_MD_LINK.sub(r"\1", text)):
        para = clean(para)
        if not para:
            continue
        start = len(out)
        for sent in (s for piece in _pieces(para) for s in seg.segment(piece)):
            sent = clean(sent)
            if len(out) > start and (sent[:1] in _GOES_ON or _cut(out[-1], sent)):
                out[-1] += sent  # 'D-W.Va., and …', 'Acme Corp.; …', '$10..' + '.' (a cut)
            elif sent:
                out.append(sent)
    return tuple(out)


PIECE = 20_000  # characters: pysbd's time grows with the square of a paragraph's length
# a stop after two lower-case letters or digits, then a capital: not "Dr. Vale", "No. 5", "U.S."
_PIECE_END = re.compile(r"(?<=[a-z0-9]{2}[.!?])\s+(?=[A-Z])")


def _pieces(para: str) -> list[str]:
    """A paragraph in pieces of at most :data:`PIECE` characters for pysbd, each cut where a
    sentence plainly ends (:data:`_PIECE_END`; else at a space). A paragraph of 200,000 characters
    (a page with no line breaks) took pysbd 30 s whole; a paragraph of news is far shorter and
    goes whole, as before."""
    out: list[str] = []
    while len(para) > PIECE:
        cut = 0
        for m in _PIECE_END.finditer(para, PIECE // 2, PIECE):
            cut = m.end()
        if not cut:
            cut = para.rfind(" ", 0, PIECE) + 1 or PIECE
        out.append(para[:cut])
        para = para[cut:]
    out.append(para)
    return out


def _split_at_stops(text: str) -> list[str]:
    out: list[str] = []
    for para in _BLANK_LINE.split(text):
        out.extend(s.strip() for s in _AT_STOP.split(" ".join(para.split())) if s.strip())
    return out


_WORD = re.compile(r"\w+")
_ASCII = bytes(range(128))
_ASCII_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# UTF-8 bytes → b"a" for a word character, b" " for any other; non-ASCII bytes → either
_AS_WORDS = (
    bytes(97 if c in _ASCII_WORD or c > 127 else 32 for c in range(256)),
    bytes(97 if c in _ASCII_WORD else 32 for c in range(256)),
)


def counted(n: int, one: str, many: str) -> str:
    """'1 story', '2 stories': a count with its noun agreeing."""
    return f"{n} {one if n == 1 else many}"


def count_words(text: str) -> int:
    """``len(re.findall(r"\\w+", text))`` without a string per word (a story body: 1,500 words
    counted in ~20 µs instead of ~350 µs). The text's UTF-8 bytes are mapped to word or not and
    the starts of runs counted; when its non-ASCII characters are not all of one kind (word,
    like "é", or not, like "—"), the regular expression counts."""
    data = text.encode("utf-8", "surrogatepass")
    others = set(data.translate(None, _ASCII).decode("utf-8", "surrogatepass"))
    kinds = {_WORD.fullmatch(ch) is not None for ch in others}
    if len(kinds) > 1:
        return len(_WORD.findall(text))
    table = _AS_WORDS[0] if True in kinds else _AS_WORDS[1]
    return (b" " + data.translate(table)).count(b" a")


# A body's sentences and a key for each: drafts store the keys of the sentences the verifier
# checked (``sentence_keys``), so the site tells an editor's own, unchecked sentences. A key
# covers the words and the [n] cited, not <mark> tags, prefixes, case, quote styles or spacing.
_SENTENCE_END = re.compile(r"(?<=\])\s+(?=[^\[\s])|(?<=[.!?])\s+(?=[A-Z\"\u201c])")
_LINE_PREFIX = re.compile(r"^(?:[-*+]|>|\d+[.)])(?:\s+|$)")
_CITES = re.compile(r"\s*\[\d+\]")
_MARK_TAGS = re.compile(r"</?mark\b[^>]*>", re.I)
_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def cites_a_source(sentence: str) -> bool:
    """The sentence carries a citation marker ``[n]``."""
    return _CITES.search(sentence) is not None


def body_sentences(body: str) -> list[str]:
    """The sentences of a Markdown story body as written (headings left out), in order."""
    return [s for line in body.splitlines() for s in line_sentences(line)]


def line_sentences(line: str) -> list[str]:
    """The sentences of one line of a Markdown body (none for a heading), as body_sentences."""
    line = _LINE_PREFIX.sub("", line.strip())
    if not line or line.startswith("#"):
        return []
    return [s.strip() for s in _SENTENCE_END.split(line) if re.search(r"\w", s)]


def without_marks(sentence: str) -> str:
    """A body sentence without its <mark> flag tags (its [n] markers kept)."""
    return _MARK_TAGS.sub("", sentence)


def plain_sentence(sentence: str) -> str:
    """A body sentence without its [n] markers and <mark> tags."""
    return " ".join(_CITES.sub("", _MARK_TAGS.sub("", sentence)).split())


def sentence_key(sentence: str) -> str:
    """A short stable key for one sentence's words and the sources it cites (see above)."""
    folded = plain_sentence(sentence).translate(_FOLD).casefold()
    cites = ",".join(m.strip(" []") for m in _CITES.findall(sentence))
    return hashlib.sha256(f"{folded}|{cites}".encode()).hexdigest()[:16]


def sentence_keys(body: str) -> list[str]:
    """The keys of a body's sentences that carry no flag (no <mark> tag)."""
    return [sentence_key(s) for s in body_sentences(body) if not _MARK_TAGS.search(s)]
