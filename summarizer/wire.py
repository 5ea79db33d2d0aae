"""The extractive draft in wire style: newsdesk's own sentences, and each outlet's words marked.

The ranker (rank.py, extractive.py) still decides which facts matter; this module decides how
they stand in the draft. Nothing an outlet wrote stands as newsdesk's prose:

* newsdesk's own sentences are composed from facts it holds (spread.py: who reported first and
  when, who followed, the company's own account; compose.py: the Hacker News thread's reach);
* a source sentence appears only as an excerpt, in quotation marks with its outlet named in the
  same sentence ("Circuit Report reported: “…”"), and quotes keep their speaker and outlet;
* excerpts and quotes share a budget (``summarizer.quote_words_per_source`` quoted words per
  source, ``summarizer.quote_share`` of the body's words), filled in order of importance;
* an excerpt whose subject the reader has not met ("Such figures…", "The company…" before any
  company is named) is left out: a quotation cannot be rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from newsdesk.summarizer.compose import Numbering, quote_line, source_texts
from newsdesk.summarizer.copying import quoted_words, tokens
from newsdesk.summarizer.draft import SECTIONS
from newsdesk.summarizer.editorial import opens_with_reference, stands_alone
from newsdesk.summarizer.extractive import Pair, extractive
from newsdesk.summarizer.quotes import Quote
from newsdesk.summarizer.rank import is_boilerplate
from newsdesk.summarizer.sentences import STOPWORDS, normalize, source_sentences, words
from newsdesk.summarizer.sourcefacts import people_sentences, syndication_sentences
from newsdesk.summarizer.spread import (
    company_sentence,
    count_sentence,
    credit_sentence,
    spread_sentence,
    trusted_sentence,
)
from newsdesk.summarizer.thread import discussion_sentences
from newsdesk.summarizer.verify import quote_in

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput

EXCERPT_WORDS = 25  # a longer sentence is cut (at a comma when one is near) and ends in "…"
_POINTS_BACK = re.compile(
    r"\b(?:such|these|those) (?:figures|numbers|moves|tools|systems|practices|rankings|changes)\b"
    r"|^(?:The|This|That) (?:company|firm|group|startup|business|dashboard|tool|system|board"
    r"|chart|policy)\b",
    re.I,
)
_QUOTE_MARK = re.compile('["\u201c\u201d]')
_COMPANY = re.compile(r"\bthe (?:company|firm|startup)\b", re.I)

QuotePair = tuple[Quote, tuple[int, ...]]


class Budget:
    """Quoted words per source and as a share of the body, counted as lines are accepted.

    Each source's first excerpt is allowed past the share
    (it is held to the per-source limit only): every readable source may say what it reported in
    its own words, marked, even in a story newsdesk has nothing of its own to add. Its words still count as quoted, so the share
    caps all further quoting (more excerpts, quotes, comments)."""

    def __init__(self, settings: SummarizerConfig, own_words: int) -> None:
        self.per_source = settings.quote_words_per_source
        self.share = settings.quote_share
        self.words = own_words
        self.quoted = 0
        self.by_source: dict[int, int] = {}
        self.excerpted: set[int] = set()  # sources whose free first excerpt is taken

    def take(self, text: str, n: int, *, lead: bool = False, first: bool = False) -> bool:
        """Accept ``text`` (quoting source n) if it keeps both limits; count it when accepted.
        ``first``: an excerpt, free of the share when it is source n's first. ``lead``: held to
        the per-source limit only (a thread with no reporting is told in its first post)."""
        q, w = quoted_words(text), len(tokens(text))
        if self.by_source.get(n, 0) + q > self.per_source:
            return False
        free = first and n not in self.excerpted
        if not (lead or free) and self.quoted + q > self.share * (self.words + w):
            return False
        if free:
            self.excerpted.add(n)
        self.quoted += q
        self.by_source[n] = self.by_source.get(n, 0) + q
        self.words += w
        return True


def _carrier(text: str, cites: Sequence[int], num: Numbering) -> int | None:
    """The cited source that has the sentence word for word."""
    norm = normalize(text).strip(" .")
    return next((n for n in cites if quote_in(norm, normalize(num.texts.get(n) or ""))), None)


_APPOSITIVE = re.compile(r"^([A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,3}), (?:a|an|the) [^,]{3,60}, ")
_BOUNDARY = frozenset(
    [
        "that",
        "which",
        "who",
        "after",
        "because",
        "while",
        "when",
        "so",
        "but",
        "and",
        "or",
        "as",
        "with",
    ]
)


def _trim(sentence: str) -> str | None:
    """The words that carry the fact: an opening appositive left out ("Brightforge … has
    scrapped"), and a long sentence cut at a comma or before a clause within EXCERPT_WORDS words,
    each omission marked with '…'. A sentence quoting someone keeps only a clause before the
    quotation ("A judge ordered Texas to suspend the law…"): None when it has none of 8 words."""
    m = _APPOSITIVE.match(sentence)
    if m:
        sentence = f"{m.group(1)} \u2026 {sentence[m.end() :]}"
    mark = _QUOTE_MARK.search(sentence)
    ws = sentence[: mark.start()].split() if mark else sentence.split()
    if not mark and len(ws) <= EXCERPT_WORDS:
        return sentence
    cuts = [
        i + 1 if ws[i].endswith(",") else i
        for i in range(8, min(len(ws), EXCERPT_WORDS + 1))
        if ws[i].endswith(",") or ws[i].lower() in _BOUNDARY
    ]
    cuts = [c for c in cuts if c <= EXCERPT_WORDS]
    if mark and not cuts:
        return None
    kept = ws[: max(cuts, default=EXCERPT_WORDS)]
    while len(kept) > 1 and kept[-1].lower().strip(",;:") in _BOUNDARY:  # "…, and" -> "…"
        kept.pop()
    if len(kept) < 8:
        return None
    return " ".join(kept).rstrip(" ,;:") + "\u2026"


def excerpt(text: str, cites: Sequence[int], num: Numbering) -> tuple[str, int] | None:
    """'Circuit Report reported: “…”' (a primary document: 'According to X, “…”') and the
    source quoted; None for a sentence that cannot stand as an excerpt (it opens with a
    quotation or has no clause before one, points back at something, or is in no cited source
    word for word)."""
    if opens_with_reference(text) or _POINTS_BACK.search(normalize(text)):
        return None
    n = _carrier(text, cites, num)
    words_ = _trim(text.strip())
    if n is None or words_ is None:
        return None
    name = num.names.get(n, "")
    if n in num.primary:
        return f"According to {name}, \u201c{words_}\u201d", n
    return f"{name} reported: \u201c{words_}\u201d", n


def _companies(story: StoryInput) -> set[str]:
    """Names in the story's title that are no ordinary word of its texts ('Brightforge')."""
    common = {w.lower() for it in story.items for w in words(it.text) if w[:1].islower()}
    title = story.title or ""
    return {
        w.removesuffix("'s")
        for w in words(title)
        if w[:1].isupper() and w.lower() not in common | STOPWORDS
    }


def wire(
    story: StoryInput, settings: SummarizerConfig, num: Numbering
) -> tuple[dict[str, list[Pair]], list[QuotePair]]:
    """Synopsis, takeaways and sections as (sentence, cites) pairs, and the quotes, with every
    borrowed word quoted and credited, within the quoting budget."""
    facts, quotes = extractive(story, settings, num)
    ours = [p for p in (spread_sentence(story), company_sentence(story)) if p]
    points = [
        p for p in (count_sentence(story), credit_sentence(story), trusted_sentence(story)) if p
    ]
    more = people_sentences(story) + syndication_sentences(story)
    talk = discussion_sentences(story)
    heads = [p for p in talk if not quoted_words(p[0]) or p[0].startswith("On Hacker News")]
    budget = Budget(settings, sum(len(tokens(t)) for t, _ in ours + points + more + heads))
    budget.quoted = sum(quoted_words(t) for t, _ in heads)  # an Ask HN title, quoted
    chosen: dict[str, list[Pair]] = {k: [] for k in facts}

    def add(key: str, pairs: list[Pair], limit: int) -> None:
        for text, cites in pairs:
            if len(chosen[key]) >= limit:
                return
            got = excerpt(text, cites, num)
            if got and text not in used and budget.take(*got, first=True):
                chosen[key].append((got[0], cites))
                used.add(text)

    used: set[str] = set()
    # in order of importance: the lead's event, another outlet's account of it, the quotes (the
    # company's own words first), the thread's comments, an excerpt from every other readable
    # source (allowed past the share), the other takeaways, the body
    add("synopsis", facts["synopsis"][:1], 1)
    events = facts["synopsis"][1:] + facts["takeaways"]
    add("takeaways", events, 1)
    kept = []
    for q, qc in sorted(quotes, key=lambda qq: not (qq[1] and qq[1][0] in num.primary)):
        words_, attribution = quote_line(q, qc, num)
        if qc and budget.take(f"{words_} \u2014 {attribution}", qc[0]):
            kept.append((q, qc))
    alone = not chosen["synopsis"]  # a thread with no reporting: its first post leads
    reaction = []
    for p in talk:
        if p in heads or budget.take(p[0], p[1][0], lead=alone):
            reaction.append(p)
            alone = alone and p in heads
    every_source(story, num, facts, budget, chosen, used)
    add("takeaways", events, max(settings.takeaways - len(points), 0))
    for key in SECTIONS:
        add(key, facts[key], settings.body_sentences)
    chosen["synopsis"] = ours[:1] + chosen["synopsis"] + ours[1:]
    chosen["takeaways"] = (chosen["takeaways"] + points)[: max(settings.takeaways, 0)]
    chosen[SECTIONS[0]] = more + chosen[SECTIONS[0]]
    chosen[SECTIONS[1]] += reaction
    kept.sort(key=quotes.index)
    return _introduced(chosen, _companies(story)), kept


def every_source(
    story: StoryInput,
    num: Numbering,
    facts: dict[str, list[Pair]],
    budget: Budget,
    chosen: dict[str, list[Pair]],
    used: set[str],
) -> None:
    """An excerpt from each readable source that has none yet (in [n] order): its best-ranked
    sentence that can stand as one, else its first such sentence (a report's opening carries its
    news). It opens the synopsis when the lead's event could not be excerpted, else the body."""
    ranked = [text for pairs in facts.values() for text, _ in pairs]
    for n, text in source_texts(story, num).items():
        if n in budget.excerpted or not text or num.item_ids.get(n, "").startswith("hn:"):
            continue
        split = source_sentences(text)
        own = [t for t in split if not is_boilerplate(t) and stands_alone(t)]
        mine = set(split)  # the ranked picks taken from this source, best first
        for sentence in [t for t in ranked if t in mine and t not in used] + own:
            got = excerpt(sentence, (n,), num)
            if got and budget.take(*got, first=True):
                chosen["synopsis" if not chosen["synopsis"] else SECTIONS[0]].append((got[0], (n,)))
                used.add(sentence)
                break


def settings_dict(settings: SummarizerConfig) -> dict[str, Any]:
    return {
        "synopsis_sentences": settings.synopsis_sentences,
        "takeaways": settings.takeaways,
        "body_sentences": settings.body_sentences,
        "quote_words_per_source": settings.quote_words_per_source,
        "quote_share": settings.quote_share,
    }


def _introduced(groups: dict[str, list[Pair]], companies: set[str]) -> dict[str, list[Pair]]:
    """Drop, in reading order, an excerpt saying "the company" before any company is named."""
    met = False
    out: dict[str, list[Pair]] = {}
    for key, pairs in groups.items():
        out[key] = []
        for text, cites in pairs:
            if not met and _COMPANY.search(text) and not any(c in text for c in companies):
                continue
            met = met or any(c in text for c in companies) or not companies
            out[key].append((text, cites))
    return out
