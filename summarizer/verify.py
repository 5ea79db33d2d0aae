"""One checker for every sentence a draft (or anyone) writes about a story.

A sentence is *supported* when everything it asserts can be found in the sources it cites:

* it cites at least one source, and every cited number names a source of the story that has text;
* every quotation in it ("…") appears word for word in one cited source (whitespace,
  typographic quotes and dashes are folded; "…" inside a quote may join fragments), and a
  quotation given a speaker is that speaker's there (speakers.py);
* every number in it appears in a cited source ("1,200" = "1200", "40%" = "40 percent");
* it is negated exactly when the cited sentence closest to it is (polarity.py);
* every name (a capitalised word that is not an ordinary word of the story) is in a cited source;
* at least ``MIN_COVERAGE`` of its content words are in the cited sources, and each cited source
  holds at least ``MIN_PER_SOURCE`` of them (a citation must point at something relevant).

Each failed rule adds a human-readable reason; no reasons means supported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsdesk.summarizer.polarity import contradiction
from newsdesk.summarizer.sentences import STOPWORDS, content_words, normalize, stem, words
from newsdesk.summarizer.speakers import misattributed

MIN_COVERAGE = 0.7
MIN_PER_SOURCE = 0.4

_MARKERS = re.compile(r"\s*\[(\d+)\]")
_MARK_TAG = re.compile(r"</?mark\b[^>]*>", re.I)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_NUMBER_WORD_TEXT = "zero _ two three four five six seven eight nine ten eleven twelve"
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(_NUMBER_WORD_TEXT.split()) if w != "_"}
_NUMBER_WORDS.update(
    {"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100"}
)
_QUOTE = re.compile(r'"([^"]+)"')
_CAP = re.compile(r"(?<![A-Za-z0-9'])[A-Z][A-Za-z0-9'&\-]*")
_REPORTED_BY = re.compile(r",?\s*\(?\b(?:as )?(?:reported|published) by [^)]*\)?", re.I)
_LEADING = re.compile(r"^\s*(?:>\s*|[-*+]\s+|\d+[.)]\s+)+")


@dataclass(frozen=True)
class Verdict:
    """The verdict on one sentence: ``supported`` is True exactly when ``reasons`` is empty."""

    text: str
    cites: tuple[int, ...] = ()
    reasons: tuple[str, ...] = ()

    @property
    def supported(self) -> bool:
        return not self.reasons

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "supported": self.supported, "reasons": list(self.reasons)}


def split_markers(line: str) -> tuple[str, tuple[int, ...]]:
    """'Text. [1][3]' -> ('Text.', (1, 3)); <mark> tags and list/quote prefixes removed."""
    line = _MARK_TAG.sub("", line)
    cites = tuple(dict.fromkeys(int(n) for n in _MARKERS.findall(line)))
    text = _MARKERS.sub("", line)
    return _LEADING.sub("", text).strip(), cites


def numbers(text: str) -> set[str]:
    """The numbers a text states, normalised ('1,200' -> '1200', '07' -> '7')."""
    norm = normalize(text)
    out = set()
    for raw in _NUMBER.findall(norm):
        value = raw.replace(",", "")
        if "." in value:
            value = value.rstrip("0").rstrip(".")
        out.add(value.lstrip("0") or "0")
    for w in words(norm):
        if w.lower() in _NUMBER_WORDS:
            out.add(_NUMBER_WORDS[w.lower()])
    return out


def quotes(text: str) -> list[str]:
    """Quoted spans (double quotes of any typography) of a text, in order."""
    return [q.strip() for q in _QUOTE.findall(normalize(text)) if q.strip()]


def _fragments(quote: str) -> list[str]:
    parts = re.split(r"\.\.\.|\[\.\.\.\]", quote)
    return [p.strip(" ,.;:!?-") for p in parts if p.strip(" ,.;:!?-")]


def quote_in(quote: str, text_norm: str) -> bool:
    """True when every fragment of ``quote`` occurs, in order, in the normalised text."""
    pos = 0
    for frag in _fragments(quote):
        at = text_norm.find(frag, pos)
        if at < 0 and frag[:1].isalpha():  # the first letter's case may change at a quote start
            alt = frag[0].swapcase() + frag[1:]
            at = text_norm.find(alt, pos)
        if at < 0:
            return False
        pos = at + len(frag)
    return True


def names(text: str, vocabulary: set[str]) -> list[str]:
    """Capitalised words that name something: not stopwords, not ordinary words of the story.

    A capitalised word at the start of the sentence counts only when the story never uses it
    in lower case (so "Employees" opening a sentence is not a name, "Google" is).
    """
    out = []
    for i, m in enumerate(_CAP.finditer(normalize(text))):
        word = re.sub(r"'s$", "", m.group(0)).strip("'-")
        low = word.lower()
        if not word or low in STOPWORDS or len(word) < 2:
            continue
        if (i == 0 or m.start() == 0) and low in vocabulary:
            continue
        if low in _NUMBER_WORDS:
            continue
        out.append(word)
    return list(dict.fromkeys(out))


@dataclass
class SourceText:
    """A source's text, pre-processed once for all the sentences checked against it."""

    text: str
    norm: str = field(init=False)
    lower: str = field(init=False)
    words: frozenset[str] = field(init=False)
    numbers: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.norm = normalize(self.text)
        self.lower = self.norm.lower()
        self.words = frozenset(content_words(self.text))
        self.numbers = frozenset(numbers(self.text))

    def has_name(self, name: str) -> bool:
        return re.search(rf"(?<![a-z0-9]){re.escape(name.lower())}", self.lower) is not None


_DOMAIN = re.compile(r"(?<![\w.@/])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b(?!\.?\w)")


class Checker:
    """Checks sentences against numbered source texts (``None``: a source that was not read)."""

    def __init__(
        self, texts: Mapping[int, str | None], *, outlet_names: Mapping[int, str] | None = None
    ) -> None:
        self.sources = {n: SourceText(t) for n, t in texts.items() if t}
        self.known = set(texts)
        self.vocabulary = {w for t in texts.values() if t for w in words(t) if w[0].islower()}
        # a sentence may name the outlets it cites ("Ars Technica reported…"): metadata, not text
        self.outlets = {
            n: {w.lower() for w in words(name)} for n, name in (outlet_names or {}).items()
        }
        self.domain_names = {n: name.lower() for n, name in (outlet_names or {}).items()}

    def supports(self, sentence_words: Sequence[str], n: int) -> bool:
        """Whether source n holds at least MIN_PER_SOURCE of the sentence's content words."""
        src = self.sources.get(n)
        if src is None or not sentence_words:
            return src is not None
        return sum(w in src.words for w in sentence_words) / len(sentence_words) >= MIN_PER_SOURCE

    def check(self, text: str, cites: Sequence[int], *, attribution: str = "") -> tuple[str, ...]:
        """Reasons ``text`` is not supported by the sources ``cites`` (empty: supported).

        ``attribution`` (a quote's "— speaker, told X") is checked for names and words only.
        """
        reasons: list[str] = []
        if not cites:
            return ("cites no source",)
        unknown = [n for n in cites if n not in self.known]
        if unknown:
            reasons.append(
                f"cites {', '.join(f'[{n}]' for n in unknown)}, which the story does not have"
            )
        unread = [n for n in cites if n in self.known and n not in self.sources]
        if unread:
            reasons.append(
                f"cites {', '.join(f'[{n}]' for n in unread)}, which was not read (no text to check)"
            )
        srcs = [self.sources[n] for n in cites if n in self.sources]
        if not srcs:
            return tuple(reasons)
        for q in quotes(text):
            if not any(quote_in(q, s.norm) for s in srcs):
                reasons.append(f'quote "{_short(q)}" is not word for word in the cited sources')
        texts = [s.text for s in srcs]
        reasons += misattributed(text, attribution, texts)
        if not attribution and (flip := contradiction(text, texts)):
            reasons.append(flip)
        have_numbers = set().union(*(s.numbers for s in srcs))
        missing_numbers = sorted(numbers(text + " " + attribution) - have_numbers)
        if missing_numbers:
            reasons.append(f"number {', '.join(missing_numbers)} is not in the cited sources")
        reasons += self._domains(text, cites, srcs)
        allowed = set().union(*(self.outlets.get(n, set()) for n in cites))
        missing_names = [
            name
            for name in names(text, self.vocabulary) + names(attribution, self.vocabulary)
            if name.lower() not in allowed and not any(s.has_name(name) for s in srcs)
        ]
        if missing_names:
            reasons.append(f"name {', '.join(missing_names)} is not in the cited sources")
        prose = _QUOTE.sub(" ", normalize(text)) if attribution else text
        cw = content_words(prose + " " + attribution)
        allowed_stems = {stem(a) for a in allowed}
        cw = [w for w in cw if w not in allowed_stems]
        if cw:
            have = set().union(*(s.words for s in srcs))
            missing = [w for w in dict.fromkeys(cw) if w not in have]
            coverage = 1 - sum(w not in have for w in cw) / len(cw)
            if coverage < MIN_COVERAGE:
                reasons.append(
                    f"only {coverage:.0%} of its words are in the cited sources"
                    f" (missing: {', '.join(missing[:6])})"
                )
            for n in cites:
                if n in self.sources and len(cites) > 1 and not self.supports(cw, n):
                    reasons.append(f"source [{n}] does not support it")
        return tuple(reasons)

    def _domains(self, text: str, cites: Sequence[int], srcs: list[SourceText]) -> list[str]:
        """A domain named in the line ('fox29.com reported: …') must be a cited source's name
        or be in its text: a wrong outlet newsdesk named by its domain is not a word check."""
        named = {self.domain_names.get(n, "") for n in cites}
        return [
            f"outlet {d} is not a cited source"
            for d in dict.fromkeys(_DOMAIN.findall(text))
            if d not in named and not any(d in s.text.lower() for s in srcs)
        ]

    def verdict(self, line: str) -> Verdict:
        """The verdict on one line of text ('Sentence. [1][2]' or '> "quote" — who, … [n]')."""
        text, cites = split_markers(line)
        attribution = ""
        if line.lstrip().startswith(">") and " \u2014 " in text:
            text, attribution = text.split(" \u2014 ", 1)
            attribution = strip_reported_by(attribution)
        return Verdict(
            text=text, cites=cites, reasons=self.check(text, cites, attribution=attribution)
        )


def strip_reported_by(attribution: str) -> str:
    """The attribution without ", as reported (or published) by Outlet" (the outlet comes from
    the source list)."""
    return _REPORTED_BY.sub("", attribution)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
