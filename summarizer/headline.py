"""The story's headline, in newsdesk's words (issue 12): no outlet's headline word for word.

It is composed from the draft's own lede, a sentence newsdesk wrote about what an outlet
reported and the verifier already held to its source ("Circuit Report reported that Norvale had
ended an internal contest that …"): the clause it reports becomes a headline (headwords.py:
actor, verb in the headline present, short object: "Norvale ends internal contest"). The first
``CANDIDATES`` synopsis lines are tried in order, each with its object cut shorter if need be,
and the first headline kept is one whose

* actor is one most sources name: one of its names (for "a federal judge", its last word) is in
  more than half of the read sources (both of two);
* words number at most ``MAX_WORDS``, with no run of ``RUN`` (5) consecutive words that any one
  source has in its headline or text (``longest_run``; words folded as copying.py folds them,
  so "was" and "is" are one word, quoted words not counted);
* names and numbers are in the sources the lede cites (the verifier's names and numbers rules).

When none is, the headline is the lead source's own, marked as theirs as Techmeme does:
``Circuit Report: “Norvale scraps its ‘Prompt Points’ AI leaderboard …”`` (``marked``). A story
that is only an Ask HN thread is headed by what its readers were asked, in newsdesk's words
(``asked``: "Hacker News readers answer whether tokenmaxxing is happening at their company"),
else marked: ``Hacker News: “Ask HN: …”``. A headline the LLM backend
offers is held to the same rules against every source, and must also be supported in meaning by
at least one source (the full verifier, as any drafted sentence: "Acme reopens plant" against
sources saying Acme shut it is refused); it is replaced the same way when it fails.
A title the caller gives with ``newsdesk summarize --input`` that is no item's headline is the
caller's own and stands.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsdesk.summarizer.asked import asked_headline
from newsdesk.summarizer.compose import Numbering, checker, source_texts
from newsdesk.summarizer.copying import tokens
from newsdesk.summarizer.facts import names, numbers
from newsdesk.summarizer.headwords import clause_headline
from newsdesk.summarizer.verify import Checker

from newsdesk.models import StoryInput

RUN = 5  # consecutive words shared with one source: the headline would be that source's
MAX_WORDS = 12
CANDIDATES = 2  # synopsis lines tried, the lede first

_REPORTED = re.compile(r"^(?:.{2,80}?) (?:reported|reports|wrote|writes) that,? (?P<clause>.+)$")
_ACCORDING = re.compile(r"^According to [^,]{2,80}, (?P<clause>.+)$")
# a lede told event first (paraphrase.LEDE): '<clause>, Circuit Report reported.' / '<clause>,
# according to a Meridian Wire report run by Valley Courier.'
_TRAILING = re.compile(
    r"^(?P<clause>.+), (?:[A-Z][^,]{1,80} (?:reported|wrote)|according to [^,]{2,80})$"
)
_CITES = re.compile(r"\s*(?:\[\d+\])+\s*$")

Pair = tuple[str, Sequence[int]]


def clause_of(line: str) -> str | None:
    """What an attributed lede says the outlet reported ('X reported that <clause>.', '<clause>,
    X reported.'), without
    its citations and closing stop; None for a line of another form."""
    text = _CITES.sub("", line).strip().rstrip(".")
    m = _REPORTED.match(text) or _ACCORDING.match(text) or _TRAILING.match(text)
    return m.group("clause") if m else None


def _ngrams(ws: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def longest_run(text: str, sources: Sequence[str]) -> int:
    """The longest run of consecutive words outside quotation marks that ``text`` shares with
    any one of ``sources`` (0: none)."""
    return _longest(text, [[w for w, _ in tokens(src)] for src in sources])


def _longest(text: str, sources: Sequence[Sequence[str]]) -> int:
    toks = tokens(text)
    best = 0
    for sw in sources:
        n = best + 1
        while n <= len(toks):
            grams = _ngrams(sw, n)
            runs = [
                toks[i : i + n]
                for i in range(len(toks) - n + 1)
                if not any(q for _, q in toks[i : i + n])
            ]
            if not any(tuple(w for w, _ in r) in grams for r in runs):
                break
            best, n = n, n + 1
    return best


@dataclass(frozen=True)
class Against:
    """What a story's headline is checked against, worked out once per story."""

    words: tuple[tuple[str, ...], ...]  # every source's headline and text, as copying reads them
    check: Checker  # the verifier's names and numbers of each source (no meaning index)
    read: tuple[frozenset[str], ...]  # the words of each read source, lower-cased

    @classmethod
    def of(cls, story: StoryInput, num: Numbering) -> Against:
        texts = [t for t in source_texts(story, num).values() if t]
        texts += [it.title for it in story.items if it.title]
        return cls(
            tuple(tuple(w for w, _ in tokens(t)) for t in texts),
            Checker(num.texts, outlet_names=num.names, records=num.records, aligned=False),
            tuple(frozenset(re.findall(r"[\w'&.-]+", t.lower())) for t in num.texts.values() if t),
        )


def _shared(actor: str, against: Against) -> bool:
    """Whether the actor is one most sources name: one of its names, or for an actor without
    one ('a federal judge'), its last word, is in more than half of the read sources."""
    read = against.read
    if not read:
        return False
    need = len(read) // 2 + 1
    caps = [w for w in re.findall(r"[A-Z][\w.'&-]*", actor) if len(w) > 1]
    keys = [w.lower() for w in caps] or actor.lower().split()[-1:]
    return any(sum(k in t or k.rstrip(".") in t for t in read) >= need for k in keys)


def problems(text: str, cites: Sequence[int], against: Against) -> list[str]:
    """Why ``text`` may not stand as the story's headline (empty: it may)."""
    out = []
    if len(text.split()) > MAX_WORDS:
        out.append(f"more than {MAX_WORDS} words")
    run = _longest(text, against.words)
    if run >= RUN:
        out.append(f"{run} consecutive words are a source's")
    check = against.check
    srcs = [check.sources[n] for n in (cites or check.sources) if n in check.sources]
    if not srcs:
        return [*out, "no source text to check it against"]
    missing = numbers(text) - set().union(*(s.numbers for s in srcs))
    if missing:
        out.append(f"number {', '.join(sorted(missing))} is not in the sources")
    unheld = [n for n in names(text, check.vocabulary) if not any(s.has_name(n) for s in srcs)]
    if unheld:
        out.append(f"name {', '.join(unheld)} is not in the sources")
    return out


def marked(story: StoryInput, num: Numbering) -> str:
    """The lead source's headline as theirs: 'Outlet: “their headline”'."""
    title = story.title or ""
    lead = next(
        (i for i, it in enumerate(story.items) if title and it.title.startswith(title)), None
    )
    if lead is None:  # the original report's, else the first headline
        titled = [i for i, it in enumerate(story.items) if it.title]
        lead = next((i for i in num.original if i in titled), titled[0] if titled else None)
    if lead is None:  # a thread alone (Ask HN): its title is its poster's
        thread = next((n for n, s in enumerate(story.sources, 1) if s.hn_id is not None), None)
        if thread is None or not story.title:
            return story.title or "Untitled story"
        outlet = num.names.get(thread, "Hacker News")
    else:
        n = num.item_numbers[lead]
        item = story.items[lead]
        outlet = num.credit(n) if n is not None else (item.source or "")
        title = title if title and item.title.startswith(title) else item.title
    title = title.replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    title = re.sub(r'"([^"]*)"', "\u2018\\1\u2019", title).replace('"', "\u2019")
    quoted = f"\u201c{title}\u201d"
    return f"{outlet}: {quoted}" if outlet else quoted


def composed(lines: Sequence[Pair], against: Against) -> tuple[str, Sequence[int]] | None:
    """The first headline composed from ``lines`` (the lede first) that passes ``problems``."""
    for text, cites in lines:
        clause = clause_of(text)
        if clause is None:
            continue
        made = clause_headline(clause)
        if made is None or not _shared(made.actor, against):
            continue
        for option in made.texts:
            if not problems(option, cites, against):
                return option, cites
    return None


def headline(
    story: StoryInput,
    num: Numbering,
    groups: Mapping[str, Sequence[Pair]],
    offered: str | None = None,
) -> str:
    """The story's headline: the caller's own title (``newsdesk summarize --input`` with a title
    that is no item's headline), else ``offered`` (the LLM's) when it passes ``problems`` against
    every source and one source supports its meaning, else one composed from the lede, else the
    lead's headline marked as theirs."""
    if story.title and not story.sources and all(it.title != story.title for it in story.items):
        return story.title
    against = Against.of(story, num)
    if offered and not problems(offered, (), against) and checker(num).verdict(offered).suggested:
        return offered  # and a source supports what it says: the full verifier, meaning included
    lines = list(groups.get("synopsis", []))[:CANDIDATES]
    made = composed(lines, against) or asked(story, against)
    return made[0] if made else marked(story, num)


def asked(story: StoryInput, against: Against) -> tuple[str, Sequence[int]] | None:
    """A story that is only an Ask HN thread: what its readers were asked, told as a headline
    ('Hacker News readers answer whether tokenmaxxing is happening at their company'), held to
    ``problems`` against the thread (its raw title, 'Ask HN: …', was the headline before)."""
    if story.items or len(story.discussions) != 1:
        return None
    (d,) = story.discussions
    n = next((k for k, s in enumerate(story.sources, 1) if s.hn_id == d.hn_id), None)
    text = asked_headline(d)
    if n is None or text is None or problems(text, (n,), against):
        return None
    return text, (n,)
