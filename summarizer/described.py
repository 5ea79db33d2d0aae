"""Names of things told with what the source says they are (issue 12).

A draft line can use a name the reader has never met: "Brightforge Engineering wrote that
TokenRank would still show spending per team" (the demo; what is TokenRank?). Where the name
first stands outside quotation marks as the subject of a verb, and the line's own source
describes it in an appositive ("we launched TokenRank, an internal dashboard that …"), the
line says so: "… wrote that TokenRank, an internal dashboard, would still …", kept only when
it is verified and copies no run (the caller's ``fits``); else a line of its own before it
says it ("… wrote that TokenRank was an internal dashboard."), when that is; else the line is
as it was. Never in quotation marks: three quoted words of description cost the demo's Norvale
draft its chief technology officer's quote under the share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.sentences import STOPWORDS

Pair = tuple[str, tuple[int, ...]]
_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)*)(?= [a-z])")
_WORDS = 5  # words of an appositive after its article (two at least: "a law" says little)
# an appositive that sums up its clause, not the name before it ("… switched off Tidemark, a
# rare step that …": Tidemark is no step): its head names an act (lexicon.event_noun: 'move',
# 'decision', 'rise') or is one of these, which WordNet does not derive from a verb
_SUMMING = frozenset(["step", "blow", "boost", "milestone", "first", "departure", "turnaround"])


def appositive(name: str, text: str) -> str | None:
    """What ``text`` says ``name`` is, in an indefinite appositive, which introduces it ('X, an
    internal dashboard that …' -> 'an internal dashboard'; not 'X, the payments company, …',
    which takes it as known); lower-case words only, not ending on a little word nor on a word
    that sums up a clause (:data:`_SUMMING`); None when it says nothing so."""
    pattern = (
        rf"(?<![\w'’-]){re.escape(name)}, (?P<d>an? (?:[a-z][\w'’-]* ){{1,{_WORDS - 1}}}?"
        r"[a-z][\w'’-]*)(?=,| that | which | who )"
    )
    for m in re.finditer(pattern, text):
        head = m["d"].split()[-1]
        if head not in STOPWORDS and head not in _SUMMING and not lexicon.event_noun(head):
            return m["d"]
    return None


def _outside(text: str) -> Iterable[re.Match[str]]:
    """Names standing outside quotation marks, each followed by a lower-case word."""
    inside = False
    start = 0
    for part in re.split(r"([\u201c\u201d\"])", text):
        if part in ("\u201c", "\u201d", '"'):
            inside = part == "\u201c" or (part == '"' and not inside)
        elif not inside:
            yield from _NAME.finditer(text, start, start + len(part))
        start += len(part)


def described(
    groups: dict[str, list[Pair]],
    texts: dict[int, str | None],
    skip: set[str],
    fits: Callable[[str, tuple[int, ...]], bool],
) -> dict[str, list[Pair]]:
    """The draft (in reading order) with each name first met as a verb's subject told with
    what its line's source says it is (module docstring); ``skip``: names never described (the
    outlets')."""
    out = {k: list(v) for k, v in groups.items()}
    met: set[str] = set(skip)
    added: list[tuple[str, int, Pair]] = []
    for key, pairs in out.items():
        for i, (text, cites) in enumerate(pairs):
            for m in list(_outside(text)):
                name = m["name"]
                if name in met or m.start() == 0 or text[m.start() - 1] != " ":
                    continue
                met.add(name)
                source = " ".join(texts.get(c) or "" for c in cites)
                what = appositive(name, source)
                told = f"{text[: m.end()]}, {what},{text[m.end() :]}" if what else None
                told = told if told and fits(told, cites) else None
                if told:
                    pairs[i] = (text := told, cites)
                    break  # one description a line
                first = _first(text[: m.start()], name, what)
                if first and fits(first, cites):
                    added.append((key, i, (first, cites)))
                    break
            met.update(re.findall(r"[A-Z][\w'’-]*", text))
    for key, i, pair in added[::-1]:
        out[key].insert(i, pair)
    return out


_PREFIX = re.compile(
    r"^(?:According to [^,\u201c]{2,80}, |[^,\u201c]{2,80} (?:reported|wrote) that )$"
)


def _first(prefix: str, name: str, what: str | None) -> str | None:
    """A line of its own before the one using the name, when the appositive cannot stand in
    it (the verifier holds a line to one passage): 'Brightforge Engineering wrote that TokenRank
    was an internal dashboard.'"""
    if not what or not _PREFIX.match(prefix):
        return None
    return f"{prefix}{name} {'is' if prefix.startswith('According') else 'was'} {what}."
