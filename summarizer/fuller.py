"""More of a story's facts in newsdesk's words: a line from each simpler sentence the ranked
sentences hold (conjuncts.py: two predicates split at "and", "It" named; adjuncts.py: the main
clause without the phrases that close it) that the draft has not told yet.

The first pass tells a ranked sentence whole or not at all; a sentence joining two facts, or
one whose subject is "It", was most often not told, and the draft was left at two lines (the
demo's Lisbon draft: its lede and who reported it, not the 200 hires). Here each ranked
sentence, best first, then each source's own opening sentences, gives its simpler sentences;
each that repeats no line of the draft is tried as the first pass tries a sentence
(paraphrase.own_words: no copied run, no close copy, supported by its source), first with no
quoted words, then with a fragment the quoting budget admits. A line told so takes the slot kept
for an excerpt of its sentence (newsdesk's words before the outlet's: the budget keeps the room
for others; not the lede's, held for it), or follows the lede when told from its sentence. At most :data:`MORE` lines are added, after :data:`TRIES` tries at most (each try
is checked against every source).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsdesk.summarizer.conjuncts import simpler
from newsdesk.summarizer.copying import quoted_words
from newsdesk.summarizer.excerpts import EXCERPT_WORDS, carrier
from newsdesk.summarizer.paraphrase import own_words
from newsdesk.summarizer.sentences import content_words, words

if TYPE_CHECKING:
    from newsdesk.summarizer.wire import Pair, Plan, Writer

MORE = 4  # lines a draft gains here at most
TRIES = 16  # simpler sentences tried at most
REPEAT = 0.6  # share of a sentence's content words one line of the draft has: told already


def repeats(sentence: str, lines: Sequence[str], besides: str = "") -> bool:
    """Whether one of ``lines`` already has REPEAT of ``sentence``'s content words (those of
    ``besides`` left out: a line's attribution, 'North Gazette reported')."""
    mine = set(content_words(sentence)) - set(content_words(besides))
    if not mine:
        return True
    return any(len(mine & set(content_words(line))) >= REPEAT * len(mine) for line in lines)


_THE = re.compile(r"^The ([a-z][\w\-]*)")


def met(sentence: str, lines: Sequence[str], title: str) -> bool:
    """Whether the reader has met what "The studio …" opening ``sentence`` is about: a line of
    the draft or the story's ``title`` has its word (not a sentence from further down the
    outlet's report, whose first mention the draft may not carry)."""
    m = _THE.match(sentence)
    if not m:
        return True
    word = m.group(1).lower()
    return any(word in {w.lower() for w in words(t)} for t in [*lines, title])


def _order(
    ranked: Sequence[Pair], pools: dict[int, list[str]], plan: Plan
) -> list[tuple[str, int]]:
    """(source sentence, its source) to try: the ranked sentences best first, then each
    source's pool, without repeats."""
    out: dict[str, int] = {}
    for text, cites in ranked:
        n = carrier(text, cites, plan.write.num)
        if n is not None and not plan.write.num.item_ids.get(n, "").startswith("hn:"):
            out.setdefault(text, n)
    for n, sentences in pools.items():
        for text in sentences:
            out.setdefault(text, n)
    return list(out.items())


def in_own_words(write: Writer, text: str, n: int, *, quoting: bool, style: int = 0) -> str | None:
    """paraphrase.own_words for source n under the draft's rules: its copy check, verifier,
    names and quoting budget; a company's own post or a column "wrote", others "reported"."""
    return own_words(
        text,
        n,
        write.num.credit(n),
        shingles=write.shingles,
        check=write.check,
        names=write.names,
        style=style,
        verb="wrote" if n in write.num.primary | write.num.columns else "reported",
        quoting=quoting,
        admits=lambda t: write.budget.fits(t, n),
    )


def tell(write: Writer, text: str, n: int, told: Sequence[str] = ()) -> str | None:
    """newsdesk's line for the simpler sentence ``text`` from source n: 'X reported that …'
    (it may be in the past already: conjuncts.py), with no quoted words if it can be, else with
    a fragment the quoting budget admits (counted when taken); None when it comes out as a
    retelling of one of the ``told`` lines."""
    for quoting in (False, True):
        said = in_own_words(write, text, n, quoting=quoting)
        credit = f"{write.num.credit(n)} reported wrote according"
        if said and repeats(said, told, credit):  # cut down to a line the draft has
            return None
        if said and not quoted_words(said):
            write.budget.own(said, n)
            return said
        if said and write.budget.take(said, n):
            return said
    return None


def _waits(plan: Plan) -> dict[str, tuple[str, int]]:
    """The slots kept for an excerpt in the second pass: source sentence -> (key, index)."""
    out: dict[str, tuple[str, int]] = {}
    for key, i, _ in plan.later:
        wait = plan.slots[key][i]
        if wait is not None and not isinstance(wait, tuple):
            out[wait.text] = (key, i)
    return out


class _Filler:
    """The lines fuller() adds, with what the draft tells already and the tries left."""

    def __init__(self, plan: Plan, title: str) -> None:
        self.plan, self.title = plan, title
        self.told = [p[0] for slot in plan.slots.values() for p in slot if isinstance(p, tuple)]
        self.waits = _waits(plan)
        self.added = self.tries = 0

    def done(self) -> bool:
        return self.added >= MORE or self.tries >= TRIES

    def fill(self, sentence: str, n: int) -> None:
        """Lines from ``sentence``'s simpler sentences: the first in the slot kept for its
        excerpt (when it has one), the rest where Plan.home or the lede puts them."""
        write, waits = self.plan.write, self.waits
        # the words an excerpt kept for another sentence may quote (excerpts.EXCERPT_WORDS)
        others = [" ".join(t.split()[:EXCERPT_WORDS]) for t in waits if t != sentence]
        for part in simpler(sentence, write.num.texts.get(n) or "", write.companies):
            if repeats(part, self.told + others) or not met(part, self.told, self.title):
                continue
            self.tries += 1
            if said := tell(write, part, n, self.told):
                slot = waits.pop(sentence, None)
                _place(self.plan, (said, (n,)), slot, n, sentence)
                write.told_from[said] = sentence
                self.told.append(said)
                self.added += 1
            if self.done():
                return


def fuller(plan: Plan, ranked: Sequence[Pair], pools: dict[int, list[str]], title: str) -> set[str]:
    """Add up to MORE lines told from the simpler sentences of ``ranked`` and ``pools`` to
    ``plan``: in the slot kept for an excerpt of their source sentence (newsdesk's words
    before the outlet's, and the budget's room for the rest), else where a line told from it
    stands (Plan.home); the lede's too (its facts in newsdesk's words open the draft better
    than the outlet's, the rule of wire.py), its other facts after it. When the plan had no
    line yet, the lines added are returned:
    the draft still counts as having no outlet's line (fallback.standing), so the fallback's
    lede opens it, which a simpler fact would only have displaced (a NeuS draft opened on
    'Italy's new covid-19 rules went into effect' instead of what its government imposed)."""
    fill = _Filler(plan, title)
    opened = bool(fill.told)
    for sentence, n in _order(ranked, pools, plan):
        if fill.done():
            break
        fill.fill(sentence, n)
    return set() if opened else set(fill.told)


def _place(plan: Plan, line: Pair, slot: tuple[str, int] | None, n: int, sentence: str) -> None:
    """The line in ``slot`` (kept for its sentence's excerpt); after the lede when told from the
    sentence the lede is told from: its second fact ('Brightforge will open an office in
    Lisbon' and 'planned to hire 200 people there'); else where Plan.home puts it."""
    told = {plan.write.told_from.get(p[0]) for p in plan.slots["synopsis"] if isinstance(p, tuple)}
    if slot is not None:
        plan.slots[slot[0]][slot[1]] = line
    elif sentence in told:
        plan.slots["synopsis"].append(line)
    else:
        plan.slots[plan.home(n, sentence)].append(line)
