"""More of a story's facts in newsdesk's words: a line from each simpler sentence the ranked
sentences hold (conjuncts.py) that the draft has not told yet.

The first pass tells a ranked sentence whole or not at all; a sentence joining two facts, or
one whose subject is "It", was most often not told, and the draft was left at two lines (the
demo's Lisbon draft: its lede and who reported it, not the 200 hires). Here each ranked
sentence, best first, then each source's own opening sentences, gives its simpler sentences;
each that repeats no line of the draft is tried as the first pass tries a sentence
(paraphrase.own_words: no copied run, no close copy, supported by its source), first with no
quoted words, then with a fragment the quoting budget admits. At most :data:`MORE` lines are
added, after :data:`TRIES` tries at most (each try is checked against every source).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsdesk.summarizer.conjuncts import simpler
from newsdesk.summarizer.excerpts import EXCERPT_WORDS, carrier
from newsdesk.summarizer.sentences import content_words

if TYPE_CHECKING:
    from newsdesk.summarizer.wire import Pair, Plan

MORE = 4  # lines a draft gains here at most
TRIES = 16  # simpler sentences tried at most
REPEAT = 0.6  # share of a sentence's content words one line of the draft has: told already


def repeats(sentence: str, lines: Sequence[str]) -> bool:
    """Whether one of ``lines`` already has REPEAT of ``sentence``'s content words."""
    mine = set(content_words(sentence))
    if not mine:
        return True
    return any(len(mine & set(content_words(line))) >= REPEAT * len(mine) for line in lines)


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


def fuller(plan: Plan, ranked: Sequence[Pair], pools: dict[int, list[str]]) -> None:
    """Add up to MORE lines told from the simpler sentences of ``ranked`` and ``pools`` to
    ``plan``, each where a line told from its source sentence stands (Plan.home)."""
    write = plan.write
    told = [p[0] for slot in plan.slots.values() for p in slot if isinstance(p, tuple)]
    # a slot kept for an excerpt: the words it may quote (excerpts.EXCERPT_WORDS)
    told += [
        " ".join(p.text.split()[:EXCERPT_WORDS])
        for s in plan.slots.values()
        for p in s
        if p is not None and not isinstance(p, tuple)
    ]
    added = tries = 0
    for sentence, n in _order(ranked, pools, plan):
        text = write.num.texts.get(n) or ""
        for part in simpler(sentence, text, write.companies):
            if repeats(part, told):
                continue
            tries += 1
            said = write.tell(part, n)
            if said:
                plan.slots[plan.home(n, sentence)].append((said, (n,)))
                write.told_from[said] = sentence
                told.append(said)
                added += 1
            if added >= MORE or tries >= TRIES:
                return
