"""Which sources may open a draft. The lede is also the home page's blurb, so it tells the event
as the reporting tells it: a line from the original report, or from coverage by an outlet rated
``trusted``; never from a column or link post (an aside is no news), a company's own post or the
thread, and never from an unrated outlet's coverage."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from newsdesk.summarizer.compose import Numbering
from newsdesk.summarizer.draft import SECTIONS
from newsdesk.summarizer.editorial import is_decision, section_of
from newsdesk.summarizer.extractive import Pair, sources_of
from newsdesk.summarizer.rank import LEAD_SENTENCES
from newsdesk.summarizer.sentences import source_sentences

from newsdesk.models import StoryInput


def lede_sources(story: StoryInput, num: Numbering) -> frozenset[int]:
    """The numbers of the sources a lede may be told from (with no source list, every
    reported item that is not a column: nobody has rated them; when every one is a column,
    the columns)."""
    src = sources_of(story, num)
    listed = dict(enumerate(story.sources, 1))
    reported, fit = set(), set()
    for i, n in enumerate(num.item_numbers):
        if n is None or src.roles[i] not in ("original", "coverage"):
            continue
        source = listed.get(n)
        if source is None or source.role == "original" or source.tier == "trusted":
            reported.add(n)
            if not src.commentary[i]:
                fit.add(n)
    # a story told only in columns (a roundup of opinion) is led by one of them
    return frozenset(fit or reported)


def column_sources(story: StoryInput, num: Numbering) -> frozenset[int]:
    """The numbers of the sources that are columns or link posts (editorial.is_commentary):
    their lines are reaction, not what happened."""
    src = sources_of(story, num)
    return frozenset(
        n for i, n in enumerate(num.item_numbers) if n is not None and src.commentary[i]
    )


def promote(lines: dict[str, list[Pair]], lede: frozenset[int]) -> dict[str, list[Pair]]:
    """The lines with a lede: when no event could open the synopsis, the first takeaway a fit
    source tells opens it (a draft opening on who reported first tells no news), else the
    first such line of the body (4 of the 58 NeuS drafts read had no synopsis at all and
    opened on "## Key takeaways")."""
    if lines.get("synopsis"):
        return lines
    for key in ("takeaways", SECTIONS[0]):
        first = next((p for p in lines.get(key, []) if p[1] and p[1][0] in lede), None)
        if first is not None:
            return {**lines, "synopsis": [first], key: [p for p in lines[key] if p is not first]}
    return lines


def openers(facts: dict[str, list[Pair]], num: Numbering, lede: frozenset[int]) -> list[Pair]:
    """What may open the draft: the lead's event sentence, then what someone did (a decision,
    not background) as the ranked facts and then the fit sources' openings tell it."""
    pairs = [p for pairs in facts.values() for p in pairs]
    for n in sorted(lede):
        pairs += [(t, (n,)) for t in source_sentences(num.texts.get(n) or "")[:LEAD_SENTENCES]]
    out = list(facts.get("synopsis", [])[:1])
    for text, cites in pairs:
        told = any(text == t for t, _ in out)
        if not told and is_decision(text) and section_of(text) == "What happened":
            out.append((text, cites))
    return out


def lift(
    lines: dict[str, list[Pair]], ranked: Sequence[str], told_from: Mapping[str, str], limit: int
) -> dict[str, list[Pair]]:
    """The key takeaways filled, up to ``limit``, with the ranked events and takeaways
    (``ranked``: their source sentences, best first) told further down, in rank order. A fact
    told only on a later pass, once the quoting budget had room for its fragment, stood under
    "What happened" (the demo's TokenRank draft: its 40 percent rise in spending, while its
    one takeaway was an engineer's remark). ``told_from``: each line's source sentence."""
    rank = {t: i for i, t in enumerate(ranked)}

    def order(p: Pair) -> int:
        return rank.get(told_from.get(p[0], ""), len(rank))

    have, body = lines.get("takeaways", []), lines.get(SECTIONS[0], [])
    moving = sorted((p for p in body if told_from.get(p[0]) in rank), key=order)
    moving = moving[: max(limit - len(have), 0)]
    if not moving:
        return lines
    rest = [p for p in body if p not in moving]
    return {**lines, "takeaways": sorted(have + moving, key=order), SECTIONS[0]: rest}


def reopened(
    lines: dict[str, list[Pair]],
    ours: AbstractSet[str],
    lede: frozenset[int],
    retold: AbstractSet[str],
) -> dict[str, list[Pair]]:
    """The finished draft with a lede from an outlet: when the quoting share left the synopsis
    only newsdesk's lines about the reporting (``ours``: the lede's excerpt was too long beside
    the lines retold with a quoted predicate, tailquote.py), the first takeaway or line of the
    body a fit source tells opens it, as :func:`promote` does before the draft is finished;
    only a line ``retold`` from an outlet's sentence (not 'cnn.com quoted Joe Manchin.')."""
    synopsis = lines.get("synopsis", [])
    if any(t not in ours for t, _ in synopsis):
        return lines
    told = {k: [p for p in pairs if p[0] in retold] for k, pairs in lines.items()}
    first = promote({**told, "synopsis": []}, lede)["synopsis"]
    if not first:
        return lines
    rest = {k: [p for p in pairs if p not in first] for k, pairs in lines.items()}
    return {**rest, "synopsis": first + synopsis}
