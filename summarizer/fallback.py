"""A draft's last resort (issue 12): a line from an outlet when every other was left out.

The wire draft (wire.py) can lose every line that tells what an outlet reported: the waiting
rules refuse every cut of a long sentence (clauses.dangling: 'projected in its latest report |
that …'), its copied words are more than one quotation can hold (fragments.marked), and the
finishing steps leave out
what is left (a person met by surname alone, a subject the reader has not met, the quoting
share; finish.py). What remains is newsdesk's own lines: "Three outlets reported the story,
and newsdesk read all of them." and who reported first. Such a draft says nothing; one report
row of the NeuS set (session 29) was the count alone.

So when the finished draft has no line from an outlet, the first of these that survives the
same finishing steps opens it:

1. a line in newsdesk's words from each readable source's sentences (wire.every_source's
   pools, lede sources first), with looser cuts (nounphrase.lenient: fragments.loose_ends);
2. a short attributed quotation of a source's opening sentences ('X reported: “…”', at most
   excerpts.EXCERPT_WORDS words, cut at a clause or, when every clause cut leaves a phrase
   waiting, before a phrase: waiting.LOOSE 1), within the per-source budget;
3. a line in newsdesk's words with the 'verb + phrase | that' wait off as well (LOOSE 2).

Every one is verified (Writer.own and Writer.quoted check it) and keeps the copy rule (no run
of copying.RUN words outside quotation marks). The quoting share holds the rest of the draft
without the line (excerpts.hold_share's ``keep``: dropping the line would leave the count alone
again), and a quotation is then cut so the whole draft keeps the share (shortcut.py), down to
shortcut.MIN_WORDS words; only when even those are past the share does the draft pass it, by
that excerpt's few words: it is what tells the reader what happened. It passes it alone: a
draft past the share with the excerpt counted loses the rest's other quoted lines of news (a
quotation the excerpt made readable by naming its subject first; newsdesk's own lines, such as
'X and Y use the word “…”', stay), and the excerpt is cut again to the room that leaves.
The exemption's cost: such a draft is quoted past the share by the excerpt's words (at least
MIN_WORDS, the whole excerpt when no cut of it verifies: 46 of the 75 even NeuS drafts, the
excerpt beside newsdesk's own lines, 30-58% quoted), and a quotation dropped for it is not
told.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol

from newsdesk.summarizer import waiting
from newsdesk.summarizer.compose import Numbering, checker, quote_text, source_texts, told_lines
from newsdesk.summarizer.copying import quoted_words, tokens
from newsdesk.summarizer.editorial import is_opinion, stands_alone
from newsdesk.summarizer.excerpts import hold_share
from newsdesk.summarizer.extractive import Pair
from newsdesk.summarizer.finish import QuotePair, finish_budget
from newsdesk.summarizer.nounphrase import lenient
from newsdesk.summarizer.sentences import is_boilerplate, source_sentences
from newsdesk.summarizer.shortcut import within_share

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput

LEDE_SENTENCES = 2  # a source's first sentences tried for a quotation of its lede
Held = tuple[dict[str, list[Pair]], list[QuotePair]]  # a finished draft's lines and quotes


def pools(
    story: StoryInput, num: Numbering, ranked: Sequence[str], opening: int
) -> dict[int, list[str]]:
    """Per readable source that is no thread (in [n] order): the ranked sentences it holds, best
    first, then the first ``opening`` of its own sentences that can stand alone and are no
    opinion (a report's opening carries its news; each try is checked against every source, so
    trying all of a long page's was quadratic)."""
    out: dict[int, list[str]] = {}
    for n, text in source_texts(story, num).items():
        if text and not num.item_ids.get(n, "").startswith("hn:"):
            split = source_sentences(text)
            own = [t for t in split if not is_boilerplate(t) and stands_alone(t)]
            mine = set(split)
            out[n] = [t for t in ranked if t in mine] + [t for t in own if not is_opinion(t)][
                :opening
            ]
    return out


def standing(groups: dict[str, list[Pair]], quotes: Sequence[object], ours: set[str]) -> bool:
    """Whether a draft has a line from an outlet: a quote, or a line that is not one of
    newsdesk's own (``ours``: the outlet count, who reported first, whom an outlet quoted)."""
    return bool(quotes) or any(t not in ours for pairs in groups.values() for t, _ in pairs)


@contextmanager
def _loose(level: int) -> Iterator[None]:
    with waiting.switched(waiting.LOOSE, level), lenient():
        yield


class Teller(Protocol):
    """What tells a sentence as a draft line (wire.Writer)."""

    def retold(self, text: str, cites: Sequence[int]) -> Pair | None: ...

    def quoted(self, text: str, cites: Sequence[int]) -> Pair | None: ...


def candidates(
    sources: dict[int, list[str]], lede: frozenset[int], make: Callable[[], Teller]
) -> Iterator[Pair]:
    """The lines a draft with no outlet's line may open on, best first (module docstring); the
    teller is made (``make``) only when one is asked for. Each is told under its looser rules,
    which are off again before it is handed on."""
    order = sorted(sources, key=lambda n: n not in lede)
    write = make()
    for level, tell, opening in (
        (0, write.retold, False),
        (1, write.quoted, True),
        (2, write.retold, False),
    ):
        for n in order:
            for sentence in dict.fromkeys(sources[n][:LEDE_SENTENCES] if opening else sources[n]):
                with _loose(level):
                    got = tell(sentence, (n,))
                if got:
                    yield got


def opened(
    chosen: dict[str, list[Pair]],
    kept: list[QuotePair],
    ours: set[str],
    lines: Iterator[Pair],
    context: tuple[Numbering, SummarizerConfig, StoryInput],
    keep: frozenset[str] = frozenset(),
) -> Held:
    """The finished draft (finish.finish_budget) as it is when it has a line from an outlet;
    else finished again from ``chosen`` opened by the first of ``lines`` that stays. ``keep``:
    lines the quoting share does not count (a thread's reception when it is the story's only
    source: thread.reception)."""
    num, settings, story = context
    held = finish_budget(chosen, kept, num, settings, story, keep)
    if standing(held[0], held[1], ours):
        return held
    for line in lines:
        # a line the draft holds already (an excerpt the share left out) is kept where it is,
        # not told twice: 'X reported: “…” [1] X reported: “…” [1][2]'
        told = line[0] in told_lines(chosen)
        first = chosen if told else {**chosen, "synopsis": [line, *chosen.get("synopsis", [])]}
        again = finish_budget(first, kept, num, settings, story, keep | {line[0]})
        if standing(again[0], again[1], ours):
            cut = _cut(again, line, (first, kept), context, keep)
            return _alone_past(cut, line, ours, context, keep)
    return held


def _cut(
    held: Held,
    line: Pair,
    draft: tuple[dict[str, list[Pair]], list[QuotePair]],
    context: tuple[Numbering, SummarizerConfig, StoryInput],
    keep: frozenset[str],
) -> Held:
    """The finished draft ``held`` with the fallback's excerpt ``line`` cut to the quoting share
    (shortcut.within_share), finished again with the cut line; as it is when the line fits,
    was changed by the finishing steps, or the cut draft loses its outlet's line. ``draft``:
    the lines and quotes ``held`` was finished from."""
    num, settings, story = context
    chosen, kept = draft
    told = told_lines(held[0])
    if line[0] not in told or not quoted_words(line[0]):
        return held
    rest = [t for t in told if t != line[0]]
    rest += [quote_text(q, qc, num) for q, qc in held[1]]
    check = checker(num)
    cut = within_share(line[0], rest, settings.quote_share, lambda t: not check.check(t, line[1]))
    if cut == line[0]:
        return held
    first = {k: [(cut, c) if t == line[0] else (t, c) for t, c in v] for k, v in chosen.items()}
    again = finish_budget(first, kept, num, settings, story, keep | {cut})
    return again if cut in told_lines(again[0]) else held


def _quoted_share(held: Held, num: Numbering, keep: frozenset[str]) -> tuple[int, int]:
    """(quoted words, words) of a finished draft, the lines in ``keep`` not counted."""
    told = told_lines(held[0])
    told += [quote_text(q, qc, num) for q, qc in held[1]]
    counted = [t for t in told if t not in keep]
    return sum(map(quoted_words, counted)), sum(len(tokens(t)) for t in counted)


def _alone_past(
    held: Held,
    line: Pair,
    ours: set[str],
    context: tuple[Numbering, SummarizerConfig, StoryInput],
    keep: frozenset[str],
) -> Held:
    """The draft ``held`` opened by the fallback's excerpt (``line``, maybe cut) as it is when
    it keeps the quoting share; else with the rest's quoted lines of news dropped (hold_share,
    the excerpt and newsdesk's own lines, ``ours``, counted but never dropped) and finished
    again, the excerpt cut anew to the room that leaves: only the one excerpt may pass the
    share. The rest kept it without the excerpt, but the excerpt, named first, had made lines
    readable that were left out before ('the company' once the excerpt names it), and even cut
    to shortcut.MIN_WORDS words the two together were past the share."""
    num, settings, story = context
    quoted_, words = _quoted_share(held, num, keep)
    if not quoted_ or quoted_ <= settings.quote_share * words:
        return held
    head = line[0][: line[0].find("\u201c") + 1]
    told = [
        t for pairs in held[0].values() for t, c in pairs if c == line[1] and t.startswith(head)
    ]
    if not told:
        return held
    lines = [quote_text(q, qc, num) for q, qc in held[1]]
    # newsdesk's own lines stay ('X and Y use the word “queuestuffing”.'): they are no news
    pinned = frozenset([told[0], *ours])
    groups, gone = hold_share(held[0], lines, settings.quote_share, keep, pinned)
    if groups == held[0] and not gone:
        return held  # the excerpt is the only line of news quoted: it passes the share alone
    first = {k: [(line[0], c) if t == told[0] else (t, c) for t, c in v] for k, v in groups.items()}
    kept = [qq for i, qq in enumerate(held[1]) if i not in gone]
    again = finish_budget(first, kept, num, settings, story, keep | {line[0]})
    if not standing(again[0], again[1], ours):
        return groups, kept
    return _cut(again, line, (first, kept), context, keep)
