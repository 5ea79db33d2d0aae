"""The extractive draft in wire style: newsdesk's own sentences, and each outlet's words marked.

The ranker (rank.py, extractive.py) still decides which facts matter; this module decides how
they stand in the draft. Nothing an outlet wrote stands as newsdesk's prose:

* newsdesk's own sentences are composed from facts it holds (spread.py: who reported first and
  when, who followed, the company's own account; thread.py: the Hacker News thread's reach);
* a ranked fact is told in newsdesk's own attributed sentence when one can be written without
  copying and passes the verifier ("Valley Courier reported that Brightforge had scrapped …",
  paraphrase.py); otherwise as an excerpt, in quotation marks with its outlet named in the same
  sentence ("Circuit Report reported: “…”"); quotes keep their speaker and outlet;
* excerpts and quotes share a budget (``summarizer.quote_words_per_source`` quoted words per
  source, ``summarizer.quote_share`` of the body's words; excerpts.py), filled in order of
  importance, and the finished draft is held to the share;
* a line whose subject the reader has not met ("Such figures…", "The company…" before any
  company is named) is left out (subjects.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsdesk.summarizer.compose import Numbering, checker, quote_line, source_texts
from newsdesk.summarizer.copying import Shingles, quoted_words, tokens
from newsdesk.summarizer.draft import SECTIONS
from newsdesk.summarizer.editorial import stands_alone
from newsdesk.summarizer.excerpts import Budget, carrier, excerpt, hold_share
from newsdesk.summarizer.extractive import Pair, extractive
from newsdesk.summarizer.paraphrase import capitalised, own_words
from newsdesk.summarizer.quotes import Quote
from newsdesk.summarizer.rank import is_boilerplate
from newsdesk.summarizer.sentences import source_sentences
from newsdesk.summarizer.sourcefacts import people_sentences, syndication_sentences
from newsdesk.summarizer.spread import (
    company_sentence,
    count_sentence,
    credit_sentence,
    spread_sentence,
    trusted_sentence,
)
from newsdesk.summarizer.subjects import companies, unmet
from newsdesk.summarizer.thread import discussion_sentences

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput

QuotePair = tuple[Quote, tuple[int, ...]]


class Writer:
    """Turns a ranked source sentence into a draft line: newsdesk's attributed sentence when one
    can be written, else a marked excerpt within the budget (None: neither)."""

    def __init__(self, story: StoryInput, num: Numbering, budget: Budget) -> None:
        self.num = num
        self.budget = budget
        texts = source_texts(story, num)
        self.shingles = Shingles.of(texts)
        self.check = checker(num).check
        self.names = capitalised(t for t in texts.values() if t)
        self.used: set[str] = set()
        self.written = 0  # own-words lines so far: their form alternates

    def line(self, text: str, cites: Sequence[int], *, quote_ok: bool = True) -> Pair | None:
        if text in self.used:
            return None
        n = carrier(text, cites, self.num)
        if n is not None and not self.num.item_ids.get(n, "").startswith("hn:"):
            name = self.num.names.get(n, "")
            said = own_words(
                text,
                n,
                name,
                shingles=self.shingles,
                check=self.check,
                names=self.names,
                style=self.written,
            )
            if said and (not quoted_words(said) or self.budget.take(said, n)):
                self.used.add(text)
                self.written += 1
                if not quoted_words(said):
                    self.budget.own(said, n)
                return said, (n,)
        got = excerpt(text, cites, self.num) if quote_ok else None
        if got and self.budget.take(*got):
            self.used.add(text)
            return got[0], tuple(cites)
        return None


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
    write = Writer(story, num, budget)
    chosen: dict[str, list[Pair]] = {k: [] for k in facts}

    def add(key: str, pairs: list[Pair], limit: int) -> None:
        for text, cites in pairs:
            if len(chosen[key]) >= limit:
                return
            if got := write.line(text, cites):
                chosen[key].append(got)

    # in order of importance: the lead's event, another outlet's account of it, the quotes (the
    # company's own words first), the thread's comments, a line from every other readable
    # source, the other takeaways, the body
    add("synopsis", facts["synopsis"][:1], 1)
    events = facts["synopsis"][1:] + facts["takeaways"]
    add("takeaways", events, 1)
    kept = []
    for q, qc in sorted(quotes, key=lambda qq: not (qq[1] and qq[1][0] in num.primary)):
        words_, attribution = quote_line(q, qc, num)
        line = f"{words_} \u2014 {attribution}"  # an attribution copying the outlet stays out
        if qc and not write.shingles.copied(line) and budget.take(line, qc[0]):
            kept.append((q, qc))
    alone = not chosen["synopsis"]  # a thread with no reporting: its first post leads
    reaction = []
    for p in talk:
        if p in heads or budget.take(p[0], p[1][0], lead=alone):
            reaction.append(p)
            alone = alone and p in heads
    every_source(story, num, facts, write, chosen)
    add("takeaways", events, max(settings.takeaways - len(points), 0))
    for key in SECTIONS:
        add(key, facts[key], settings.body_sentences)
    chosen["synopsis"] = ours[:1] + chosen["synopsis"] + ours[1:]
    chosen["takeaways"] = (chosen["takeaways"] + points)[: max(settings.takeaways, 0)]
    chosen[SECTIONS[0]] = more + chosen[SECTIONS[0]]
    chosen[SECTIONS[1]] += reaction
    kept.sort(key=quotes.index)
    return finish_budget(chosen, kept, num, settings, companies(story))


def finish_budget(
    chosen: dict[str, list[Pair]],
    kept: list[QuotePair],
    num: Numbering,
    settings: SummarizerConfig,
    names: set[str],
) -> tuple[dict[str, list[Pair]], list[QuotePair]]:
    """Lines whose subject the reader has not met left out, then the share held."""
    reading = [(k, pair) for k, pairs in chosen.items() for pair in pairs]
    strangers = set(unmet([text for _, (text, _) in reading], names))
    out: dict[str, list[Pair]] = {k: [] for k in chosen}
    for i, (k, pair) in enumerate(reading):
        if i not in strangers:
            out[k].append(pair)
    lines = [" \u2014 ".join(quote_line(q, qc, num)) for q, qc in kept]
    out, dropped = hold_share(out, lines, settings.quote_share)
    return out, [qq for i, qq in enumerate(kept) if i not in dropped]


def every_source(
    story: StoryInput,
    num: Numbering,
    facts: dict[str, list[Pair]],
    write: Writer,
    chosen: dict[str, list[Pair]],
) -> None:
    """A line from each readable source that has none yet (in [n] order): its best-ranked
    sentence that can stand in the draft, else its first such sentence (a report's opening
    carries its news). It opens the synopsis when the lead's event could not be told, else the
    body."""
    ranked = [text for pairs in facts.values() for text, _ in pairs]
    for n, text in source_texts(story, num).items():
        if n in write.budget.heard or not text or num.item_ids.get(n, "").startswith("hn:"):
            continue
        split = source_sentences(text)
        own = [t for t in split if not is_boilerplate(t) and stands_alone(t)]
        mine = set(split)  # the ranked picks taken from this source, best first
        for sentence in [t for t in ranked if t in mine] + own:
            if got := write.line(sentence, (n,)):
                chosen["synopsis" if not chosen["synopsis"] else SECTIONS[0]].append(got)
                break


def settings_dict(settings: SummarizerConfig) -> dict[str, Any]:
    return {
        "synopsis_sentences": settings.synopsis_sentences,
        "takeaways": settings.takeaways,
        "body_sentences": settings.body_sentences,
        "quote_words_per_source": settings.quote_words_per_source,
        "quote_share": settings.quote_share,
    }
