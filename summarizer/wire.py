"""The extractive draft in wire style: newsdesk's own sentences, and each outlet's words marked.

The ranker (rank.py, extractive.py) still decides which facts matter; this module decides how
they stand in the draft. Nothing an outlet wrote stands as newsdesk's prose:

* newsdesk's own sentences are composed from facts it holds (spread.py: who reported first and
  when, who followed, the company's own account; thread.py: the Hacker News thread's reach);
* a ranked fact is told in newsdesk's own attributed sentence when one can be written without
  copying and passes the verifier ("Valley Courier reported that Brightforge had scrapped …",
  paraphrase.py), or the simpler facts it holds are (fuller.py); otherwise as an excerpt, in
  quotation marks with its outlet named ("Circuit Report reported: “…”"); quotes keep their
  speaker and outlet; excerpts and quotes share a budget (excerpts.py) held to the share;
* a line whose subject the reader has not met ("Such figures…", "The company…" before any
  company is named) is left out (subjects.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass

from newsdesk.summarizer import fallback, tailquote
from newsdesk.summarizer.capitals import capitalised
from newsdesk.summarizer.compose import Numbering, checker, source_texts
from newsdesk.summarizer.copying import Shingles, quoted_words, tokens
from newsdesk.summarizer.draft import SECTIONS
from newsdesk.summarizer.editorial import is_profile
from newsdesk.summarizer.excerpts import Budget, admit_quotes, carrier, carriers, excerpt
from newsdesk.summarizer.extractive import Pair, extractive
from newsdesk.summarizer.fuller import fuller, in_own_words
from newsdesk.summarizer.lede import column_sources, lede_sources, lift, openers, promote, reopened
from newsdesk.summarizer.nounphrase import lenient
from newsdesk.summarizer.paraphrase import LEDE
from newsdesk.summarizer.quotes import Quote, said_parts
from newsdesk.summarizer.sourcefacts import coverage_lines
from newsdesk.summarizer.sourcepeople import people_sentences
from newsdesk.summarizer.subjects import companies
from newsdesk.summarizer.thread import discussion_sentences, reception

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput

QuotePair = tuple[Quote, tuple[int, ...]]
MIN_OWN = 4  # lines in newsdesk's words about what outlets reported that a draft aims for
OPENING = 40  # a source's first sentences tried for its line (each try is checked against
# every source: trying all of a long page's was quadratic, hours for a 2 MB page)


class Writer:
    """Turns a ranked source sentence into a draft line: newsdesk's attributed sentence when one
    can be written (:meth:`own`), else a marked excerpt within the budget (:meth:`quoted`)."""

    def __init__(self, story: StoryInput, num: Numbering, budget: Budget) -> None:
        self.num = num
        self.budget = budget
        texts = source_texts(story, num)
        self.shingles = Shingles.of(texts)
        self.check = checker(num).check
        self.names = capitalised(t for t in texts.values() if t)
        self.companies = companies(story)  # whose "the company's …" a speaker's role names
        self.used: set[str] = set()
        self.failed: set[str] = set()  # sentences that could not be told in our words
        self.written = 0  # own-words lines so far: their form alternates
        self.lede = False  # writing the draft's first line (paraphrase.LEDE)
        self.told_from: dict[str, str] = {}  # a line (ours, or an excerpt) -> its source sentence

    def own(self, text: str, cites: Sequence[int]) -> Pair | None:
        n = carrier(text, cites, self.num) if text not in self.used | self.failed else None
        if n is None or self.num.item_ids.get(n, "").startswith("hn:"):
            return None
        # the sentence, else its half told without the other's quotation (quotes.said_parts)
        said = next((s for t in (text, *said_parts(text)) if (s := self._said(t, n))), None)
        if not said:
            self.failed.add(text)
            return None
        self.used.add(text)
        self.told_from[said] = text
        self.written += 1
        if not quoted_words(said):
            self.budget.own(said, n)
        return said, (n,)

    def _said(self, text: str, n: int) -> str | None:
        for quoting in (True, False):  # one quotation, or none when over the budget
            style = LEDE if self.lede else self.written
            said = in_own_words(self, text, n, quoting=quoting, style=style)
            if not said or not quoted_words(said) or self.budget.take(said, n):
                return said
        return None

    def retold(self, text: str, cites: Sequence[int]) -> Pair | None:
        """:meth:`own` for a sentence tried before, under the fallback's looser rules."""
        self.failed.discard(text)
        return self.own(text, cites)

    def quoted(self, text: str, cites: Sequence[int]) -> Pair | None:
        got = excerpt(text, cites, self.num) if text not in self.used else None
        # an excerpt the verifier would flag ('… did not say …' read as a claim) stays out
        if got and not self.check(got[0], tuple(cites)) and self.budget.take(*got):
            self.used.add(text)
            self.told_from[got[0]] = text
            return got[0], carriers(text, cites, self.num)  # excerpt() found one: got[1]
        return None


@dataclass(frozen=True)
class Wait:
    """A slot kept for an excerpt of a source sentence, in the second pass."""

    text: str
    cites: tuple[int, ...]


Slot = list[Pair | Wait | None]  # a line, a sentence to excerpt later, or nothing


class Plan:
    """The draft's lines in two passes: first every line newsdesk can write in its own words
    (so the share is counted against the whole body), then, in order of importance, the
    excerpts, quotes and comments the budget admits."""

    def __init__(
        self, write: Writer, keys: Sequence[str], lede: frozenset[int], columns: frozenset[int]
    ) -> None:
        self.write = write
        self.lede = lede  # the sources a lede may be told from (lede.py)
        self.columns = columns  # columns and link posts (lede.column_sources)
        self.slots: dict[str, Slot] = {k: [] for k in keys}
        self.later: list[tuple[str, int, bool]] = []  # (key, index, lead) to excerpt, in order

    def add(self, key: str, pairs: Sequence[Pair], limit: int, *, lead: bool = False) -> None:
        for text, cites in pairs:
            if len(self.slots[key]) >= limit:
                return
            if got := self.write.own(text, cites):
                self.slots[key].append(got)
            elif text not in self.write.used and excerpt(text, cites, self.write.num):
                self.later.append((key, len(self.slots[key]), lead))
                self.slots[key].append(Wait(text, tuple(cites)))
                self.write.used.add(text)

    def open(self, pairs: Sequence[Pair]) -> None:
        """The lede: the first event a fit source tells in newsdesk's words (the lead's first),
        else the first with its predicate quoted, else a slot for an excerpt of the first."""
        fit = [(t, c) for t, c in pairs if carrier(t, c, self.write.num) in self.lede]
        for (text, cites), tails in [(p, False) for p in fit] + [(p, True) for p in fit[:1]]:
            self.write.lede = True
            with nullcontext() if tails else tailquote.without():
                got = (self.write.retold if tails else self.write.own)(text, cites)
            self.write.lede = False
            if got:
                self.slots["synopsis"].append(got)
                return
        self.add("synopsis", [p for p in fit if excerpt(*p, self.write.num)][:1], 1, lead=True)

    def home(self, n: int, sentence: str) -> str:
        """Where a line told from source n's ``sentence`` stands: the lede when there is none
        (nor a slot kept for one) and n may tell it, a column's under reaction, a company
        profile under background, else what happened."""
        if n in self.lede and all(s is None for s in self.slots["synopsis"]):
            return "synopsis"
        if n in self.columns:
            return SECTIONS[1]
        return SECTIONS[2] if is_profile(sentence) else SECTIONS[0]

    def held(self) -> list[tuple[str, int]]:
        """The lede's excerpt and the first takeaway's, whose room is held while other lines and
        the quotes are admitted: the news first (the demo's TokenRank draft had lost its first
        takeaway's excerpt to three quotes, a NeuS draft its lede to retold lines)."""
        firsts = [self.slots[k][i] for k, i, lead in self.later if lead]
        waits = [w for w in firsts if isinstance(w, Wait)]
        return [g for w in waits if (g := excerpt(w.text, w.cites, self.write.num))]

    def excerpts(self, *, lead: bool) -> None:
        """Fill the slots waiting for an excerpt (the lead's and the first takeaway's, or the
        rest), in the order they were planned."""
        for key, i in [(k, i) for k, i, first in self.later if first == lead]:
            wait = self.slots[key][i]
            if isinstance(wait, Wait):
                self.write.used.discard(wait.text)
                self.slots[key][i] = self.write.quoted(wait.text, wait.cites)

    def lines(self) -> dict[str, list[Pair]]:
        return {k: [p for p in v if isinstance(p, tuple)] for k, v in self.slots.items()}


def wire(
    story: StoryInput, settings: SummarizerConfig, num: Numbering
) -> tuple[dict[str, list[Pair]], list[QuotePair]]:
    """Synopsis, takeaways and sections as (sentence, cites) pairs, and the quotes, with every
    borrowed word quoted and credited, within the quoting budget."""
    facts, quotes = extractive(story, settings, num)
    num = dataclasses.replace(num, columns=column_sources(story, num))  # they write
    # newsdesk's lines about the reporting: after the lede, never among the event's facts or
    # the takeaways (sourcefacts.coverage_lines)
    ours = coverage_lines(story)
    more = people_sentences(story)  # whom each outlet linked to and quoted
    talk = discussion_sentences(story)
    heads = [p for p in talk if not quoted_words(p[0]) or p[0].startswith("On Hacker News")]
    budget = Budget(settings, sum(len(tokens(t)) for t, _ in ours + more + heads))
    budget.quoted = sum(quoted_words(t) for t, _ in heads)  # an Ask HN title, quoted
    write = Writer(story, num, budget)
    plan = Plan(write, list(facts), lede_sources(story, num), num.columns)
    # first pass, newsdesk's own words: the lead's event, another outlet's account of it, a line
    # from every other readable source, the other takeaways, the body
    plan.open(openers(facts, num, plan.lede))
    events = facts["synopsis"][1:] + facts["takeaways"]
    budget.hold(opening := plan.held(), 1)  # the lede's excerpt first (tailquote.py)
    plan.add("takeaways", events, 1, lead=True)
    ranked = [t for pairs in facts.values() for t, _ in pairs]
    pools = fallback.pools(story, num, ranked, OPENING)
    unheard = every_source(pools, plan)
    plan.add("takeaways", events, max(settings.takeaways, 0))
    # the quotes (the company's own words first) before the body's quoted lines: a speaker's
    # own sentence tells more than an outlet's words in quotation marks
    budget.hold(opening, -1)
    budget.hold(held := plan.held(), 1)  # the news before a third quote
    kept = admit_quotes(quotes, write, num)
    for key in SECTIONS:
        plan.add(key, facts[key], settings.body_sentences)
    unopened = fuller(plan, [p for ps in facts.values() for p in ps], pools, story.title or "")
    # second pass, their words, in order of importance: the lead's and the first takeaway's
    # excerpts, the thread's comments, an excerpt from each source not heard yet, the rest
    budget.hold(held, -1)
    plan.excerpts(lead=True)
    reaction, told = reception(talk, heads, budget, alone=not pools)  # thread.py
    for n, sentences in unheard:
        excerpt_one(n, sentences, plan)
    plan.excerpts(lead=False)
    chosen = promote(plan.lines(), plan.lede)
    chosen = lift(chosen, [t for t, _ in events], write.told_from, max(settings.takeaways, 0))
    chosen["synopsis"] = [p for p in chosen["synopsis"] if p not in ours] + ours  # events, coverage
    chosen["takeaways"] = chosen["takeaways"][: max(settings.takeaways, 0)]
    chosen[SECTIONS[0]] = chosen[SECTIONS[0]] + more  # what happened, then who they quoted
    chosen[SECTIONS[1]] += reaction
    kept.sort(
        key=lambda qq: next((i for i, (q, _) in enumerate(quotes) if q.text == qq[0].text), 0)
    )
    share = float(settings.quote_share > 0)  # the fallback's line: cut to the share after
    lines = fallback.candidates(
        pools, plan.lede, lambda: Writer(story, num, Budget(settings, 0, share))
    )
    mine = {t for t, _ in ours + more} | unopened  # newsdesk's own lines (fuller.py's too)
    groups, quoted = fallback.opened(chosen, kept, mine, lines, (num, settings, story), told)
    return reopened(groups, mine - unopened, plan.lede, set(write.told_from)), quoted


def every_source(pools: dict[int, list[str]], plan: Plan) -> list[tuple[int, list[str]]]:
    """A line in newsdesk's words from each readable source that has none yet (in [n] order):
    its best-ranked sentence that can be told, else its first. It opens the synopsis when the
    lead's event could not be told, else the body. Then, while the draft has fewer than MIN_OWN
    such lines, one more from each source in turn. The sources still unheard, with their
    sentences, for an excerpt in the second pass."""
    heard = plan.write.budget.heard
    unheard = [(n, p) for n, p in pools.items() if n not in heard]
    unheard = [(n, p) for n, p in unheard if not _tell(plan, n, p, retry=True)]
    for _ in range(MIN_OWN):
        told = False
        for n, pool in pools.items():
            if plan.write.written < MIN_OWN:
                told = _tell(plan, n, pool) or told
        if not told or plan.write.written >= MIN_OWN:
            break
    return unheard


def _tell(plan: Plan, n: int, sentences: list[str], *, retry: bool = False) -> bool:
    """One more line in newsdesk's words from source n's ``sentences``, if one can be told
    (``retry``: then with looser cuts, nounphrase.lenient, for a source not heard yet)."""
    for loose in (False, True) if retry else (False,):
        with lenient() if loose else nullcontext():
            for sentence in sentences:
                if loose:
                    plan.write.failed.discard(sentence)
                if got := plan.write.own(sentence, (n,)):
                    plan.slots[plan.home(n, sentence)].append(got)
                    return True
    return False


def excerpt_one(n: int, sentences: list[str], plan: Plan) -> None:
    """An excerpt from source n, if the budget admits one (second pass)."""
    if n in plan.write.budget.heard:
        return
    for sentence in sentences:
        if got := plan.write.quoted(sentence, (n,)):
            plan.slots[plan.home(n, sentence)].append(got)
            return
