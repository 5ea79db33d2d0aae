"""Relayed citations: the chain an article describes when it passes on another outlet's report.

An aggregator writes "X quotes a report from Ars Technica: … according to the Financial
Times …". It cites Ars, and Ars cites the FT: the chain is X → Ars → FT, and the FT is what
the relays lead to, even when Ars itself could not be fetched. :func:`relay_facts` reads
those chains out of one article's text:

- **excerpts**: a lead-in that names an outlet and ends with a colon ("Ars Technica
  reports:", "From the Ars write-up:") introduces an excerpt of that outlet: the rest of the
  paragraph, or the next paragraph when the colon ends it, or the following lines marked
  as a block quote ("> …"). A block quote with no lead-in (or a paragraph whose quote marks
  the extractor dropped) belongs to the outlet of a closing "— Name" line. The attribution phrases inside an excerpt are the relayed outlet's own
  citations (relay → source); the article itself cites the relay.
- **in one clause**: "Ars Technica, citing the Financial Times, …", "The Verge, quoting a
  report in Bloomberg, …" (relay → source).
- **relay and first reporter**: an outlet named with a relay cue ("via R", "h/t R", "hat
  tip to R", "quotes a report from R", "spotted by R") in a sentence that also credits
  another outlet ("according to O", "O reported"), or anywhere in an article that says who
  reported first ("first reported by O", "O broke the news"): relay → source.

Quoted speech stays out, as in :mod:`stories.phrases`: a quotation is an excerpt only when a
lead-in gives it to an outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.stories.phrases import NameTable, cited_outlets, domain_of_name, mention_pattern

_RELAY_BEFORE = re.compile(
    r"(?i)(?<![\w/])(?:via|h/t|hat\s+tip(?:\s+to)?|spotted\s+by|"
    r"(?:quotes?|quoting|cites?|citing|relays?|relaying|excerpts?|summari[sz]es)\s+"
    r"(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:report|story|article|piece|scoop|write-?up|post)\s+"
    r"(?:from|by|in|at))\s*$"
)
_FIRST_BEFORE = re.compile(
    r"(?i)(?<![\w/])(?:(?:first|originally)\s+(?:reported|published|revealed|broken)\s+(?:by|in)|"
    r"reported\s+first\s+by|(?:a|the)\s+scoop\s+(?:from|by|in))\s*$"
)
_FIRST_AFTER = re.compile(
    r"(?i)^\s*(?:first\s+reported|was\s+(?:the\s+)?first\s+to\s+report|broke\s+the\s+(?:news|story))"
)
_CHAIN_LINK = re.compile(
    r"(?i)^[^.;:!?]{0,80}?\b(?:citing|quoting|which\s+cit(?:es|ed)|crediting|relaying|"
    r"based\s+on)\s+(?:(?:a|an|the)\s+(?:\w+\s+)?(?:report|story|article|scoop)\s+(?:in|from|by)\s+)?$"
)
_LEAD_CUE = re.compile(
    r"(?i)\b(?:reports?|reported|writes|wrote|quotes?|quoting|via|from|says|said|notes?|"
    r"excerpts?|put\s+it|summary|write-?up|story|article|piece|explains|adds)\b"
)
_FIRST_HINT = re.compile(
    r"(?i)\b(?:(?:first|originally)\s+(?:reported|published|revealed|broken|to\s+report)|"
    r"reported\s+first|broke\s+the\s+(?:news|story)|scoop)"
)
_RELAY_WORDS = (
    "via", "h/t", "hat tip", "quot", "cite", "citing", "relay", "crediting", "based on",
    "spotted", "excerpt", "summari",
)  # fmt: skip
_FIRST_WORDS = ("first", "originally", "broke the", "scoop")
_ENDS = re.compile(r"[.!?:;\"”’»)]\s*$")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_BLOCK_LINE = re.compile(r"^\s*>\s?")
_CLOSING = re.compile(r"^\s*[—–-]{1,2}\s*(?P<name>.{2,60}?)\s*$")
_QUOTED = re.compile(r"“[^”]{0,600}”|\"[^\"\n]{0,600}\"")


@dataclass(frozen=True)
class RelayFacts:
    """What one article says about who relayed whom (outlet domains)."""

    cites: tuple[str, ...] = ()  # outlets the article relays from: it cites them
    chains: tuple[tuple[str, str], ...] = ()  # (relay, source): the relay got it from the source


def _mentions(text: str, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, domain) of every outlet name in ``text``."""
    pattern = names.mention if isinstance(names, NameTable) else mention_pattern(tuple(names))
    out = []
    for m in pattern.finditer(text):
        domain = domain_of_name(names, m.group("name"))
        if domain:
            out.append((m.start(), m.end(), domain))
    return out


def relay_facts(text: str, names: dict[str, str]) -> RelayFacts:
    """Relays and chains in one article's text (see the module docstring)."""
    if not text or not names:
        return RelayFacts()
    if not (_has(text, _RELAY_WORDS + _FIRST_WORDS) or ":" in text or ">" in text):
        return RelayFacts()
    cites: list[str] = []
    chains: list[tuple[str, str]] = []
    own: list[str] = []
    paragraphs = _paragraphs(text)
    for relay, excerpt in _excerpts(paragraphs, names):
        _add(cites, relay)
        for source in cited_outlets(excerpt, names) + _firsts(excerpt, names):
            if source != relay:
                _add(chains, (relay, source))
    own = [p for p in paragraphs if not _BLOCK_LINE.match(p)]
    for paragraph in own:
        _clause_chains(paragraph, names, cites, chains)
    _first_chains(" ".join(own), names, cites, chains)
    return RelayFacts(tuple(cites), tuple(chains))


def _paragraphs(text: str) -> list[str]:
    """Lines joined into paragraphs: extracted text keeps the page's line wraps, so a line that
    does not end a sentence continues on the next (block-quote and closing lines stand alone)."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        alone = _BLOCK_LINE.match(line) or _CLOSING.match(line)
        if out and not alone and not _ENDS.search(out[-1]) and not _CLOSING.match(out[-1]):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _has(text: str, words: tuple[str, ...]) -> bool:
    """A cheap test before any regex: does ``text`` contain one of ``words`` (any case)?"""
    lower = text.lower()
    return any(w in lower for w in words)


def _add(seq: list, value: object) -> None:
    if value not in seq:
        seq.append(value)


def _firsts(text: str, names: dict[str, str]) -> list[str]:
    """Outlets the text says reported first."""
    found: list[str] = []
    for sentence in _SENTENCE_END.split(_QUOTED.sub(" ", text)):
        if not _has(sentence, _FIRST_WORDS) or not _FIRST_HINT.search(sentence):
            continue  # names are looked for only where a cue is (the table can be long)
        for start, end, domain in _mentions(sentence, names):
            before = sentence[max(0, start - 40) : start]
            if _FIRST_BEFORE.search(before) or _FIRST_AFTER.match(sentence[end:]):
                _add(found, domain)
    return found


def _excerpts(paragraphs: list[str], names: dict[str, str]) -> list[tuple[str, str]]:
    """(relayed outlet, excerpt text) for every lead-in or block quote."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(paragraphs):
        para = paragraphs[i].strip()
        block = _block_after(paragraphs, i + 1)
        lead, rest = _lead_in(para, names)
        if lead and rest.strip():
            out.append((lead, _unquote(rest)))
        elif lead and i + 1 < len(paragraphs):
            quoted = block or [paragraphs[i + 1]]
            out.append((lead, " ".join(_BLOCK_LINE.sub("", q) for q in quoted)))
            i += len(quoted)
        elif block and i + 1 + len(block) < len(paragraphs):
            domain = _signed_by(paragraphs[i + 1 + len(block)], names)
            if domain:
                out.append((domain, " ".join(_BLOCK_LINE.sub("", q) for q in block)))
                i += len(block) + 1
        elif i + 1 < len(paragraphs) and (signed := _signed_by(paragraphs[i + 1], names)):
            out.append((signed, para))  # a block quote whose marks the extractor dropped
            i += 1
        i += 1
    return out


def _signed_by(line: str, names: dict[str, str]) -> str | None:
    """The outlet of a closing line such as "— Ars Technica"."""
    closing = _CLOSING.match(line)
    return domain_of_name(names, closing.group("name")) if closing else None


def _lead_in(para: str, names: dict[str, str]) -> tuple[str | None, str]:
    """(outlet, the text after its colon) for the first colon a lead-in hands to an outlet."""
    for m in re.finditer(":", para):
        lead = _lead_in_outlet(para[: m.start()], names)
        if lead:
            return lead, para[m.end() :]
    return None, ""


def _unquote(text: str) -> str:
    text = text.strip().rstrip(".")
    if len(text) > 1 and text[0] in '“"«' and text[-1] in '”"»':
        return text[1:-1]
    return text


def _block_after(paragraphs: list[str], start: int) -> list[str]:
    block = []
    for p in paragraphs[start:]:
        if not _BLOCK_LINE.match(p):
            break
        block.append(p)
    return block


def _lead_in_outlet(head: str, names: dict[str, str]) -> str | None:
    """The outlet a lead-in ("Ars Technica reports", "from The Verge") hands the word to."""
    sentence = _SENTENCE_END.split(_QUOTED.sub(" ", head))[-1]
    sentence = re.sub(r"['’]s\b", "", sentence)  # "from Semafor's write-up"
    if len(sentence) > 200 or not _LEAD_CUE.search(sentence):
        return None
    found = _mentions(sentence, names)
    if not found or len(sentence.rstrip()) - found[-1][1] > 40:
        return (
            None  # the outlet must be who speaks: "as CNN reported:", not "asked on CNN, X said:"
        )
    return found[-1][2]


def _clause_chains(paragraph: str, names: dict[str, str], cites: list[str], chains: list) -> None:
    """ "R, citing O" chains, and relay-cue outlets with a credited outlet in one sentence."""
    text = _QUOTED.sub(" ", paragraph)
    for sentence in _SENTENCE_END.split(text):
        if not _has(sentence, _RELAY_WORDS):
            continue
        found = _mentions(sentence, names)
        relays = [d for s, _, d in found if _RELAY_BEFORE.search(sentence[max(0, s - 50) : s])]
        for r in relays:
            _add(cites, r)
        for (_, e1, r), (s2, _, o) in zip(found, found[1:], strict=False):
            if r != o and _CHAIN_LINK.match(sentence[e1:s2]):
                _add(cites, r)
                _add(chains, (r, o))
        if relays:
            credited = [d for d in cited_outlets(sentence, names) if d not in relays]
            for r in relays:
                for o in credited:
                    _add(chains, (r, o))


def _first_chains(text: str, names: dict[str, str], cites: list[str], chains: list) -> None:
    """Every relay the article names leads to the outlet it says reported first."""
    firsts = _firsts(text, names)
    for r in cites:
        for o in firsts:
            if r != o:
                _add(chains, (r, o))
