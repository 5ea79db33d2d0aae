"""The wire draft's last step (wire.py): what a reader cannot follow left out or told in full,
the lines about whom each outlet linked to and quoted told against the rest of the draft, so
they add only what it does not already give (issue 12), and the quoting share held."""

from __future__ import annotations

from newsdesk.summarizer.compose import Numbering, quote_line
from newsdesk.summarizer.draft import SECTIONS
from newsdesk.summarizer.excerpts import hold_share
from newsdesk.summarizer.extractive import Pair
from newsdesk.summarizer.padding import count_adds_nothing, without_padding, without_repeats
from newsdesk.summarizer.people import introduced
from newsdesk.summarizer.quotes import Quote
from newsdesk.summarizer.sourcefacts import tell_people
from newsdesk.summarizer.subjects import companies, readable

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput

QuotePair = tuple[Quote, tuple[int, ...]]


def finish_budget(
    chosen: dict[str, list[Pair]],
    kept: list[QuotePair],
    num: Numbering,
    settings: SummarizerConfig,
    story: StoryInput,
    keep: frozenset[str] = frozenset(),
) -> tuple[dict[str, list[Pair]], list[QuotePair]]:
    """Lines whose subject the reader has not met left out, a person met by surname alone given
    the full name (or the line left out), the people lines told, the outlet count left out
    when the rest names every outlet and a repeated figure left out (padding.py), then the
    share held."""
    reading = [(k, pair) for k, pairs in chosen.items() for pair in pairs]
    followed = readable([text for _, (text, _) in reading], companies(story), story.title or "")
    order = sorted(followed)
    cited = [" ".join(num.texts.get(c) or "" for c in reading[i][1][1]) for i in order]
    texts = [t for t in num.texts.values() if t]
    named = introduced([followed[i] for i in order], cited, texts)
    out: dict[str, list[Pair]] = {k: [] for k in chosen}
    for j, i in enumerate(order):
        if j in named:
            out[reading[i][0]].append((named[j], reading[i][1][1]))
    lines = [" \u2014 ".join(quote_line(q, qc, num)) for q, qc in kept]
    # before the share is held: the share is of the finished draft's words
    others = [t for k, pairs in out.items() if k != SECTIONS[0] for t, _ in pairs]
    out[SECTIONS[0]] = tell_people(story, out[SECTIONS[0]], others, lines)
    # repeats and padding go first, even when their words of ours were what let a quoted line
    # stay within the share: a line kept only to dilute the quoting is padding all the same
    # (unless the quoted lines that leaves out were what named an outlet the count counts)
    out = without_repeats(out)
    lean = without_padding(story, out, lines)
    held, dropped = hold_share(lean, lines, settings.quote_share, keep)
    told = [t for pairs in held.values() for t, _ in pairs]
    if lean != out and not count_adds_nothing(
        story, told + [q for i, q in enumerate(lines) if i not in dropped]
    ):
        held, dropped = hold_share(out, lines, settings.quote_share, keep)
    return held, [qq for i, qq in enumerate(kept) if i not in dropped]
