"""The extractive backend: offline, deterministic, and verified by construction (every sentence
is a source sentence, cited to its source and to every other source reporting the same fact)."""

from __future__ import annotations

import re
from typing import Any

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput
from summarizer.compose import Numbering, checker, pick_quotes
from summarizer.quotes import Quote
from summarizer.rank import Ranked, rank
from summarizer.sentences import content_words, normalize

# reaction: someone responding to the news (a plain "said" is how news is reported, not reaction)
_REACTION = re.compile(
    r"\b(criticis|criticiz|respond|reaction|react|called it|argued|defended|denied|declined to"
    r"|spokes|critics|commenters|analysts?|researchers?|union|users|complain|praised|condemned"
    r"|welcomed|mocked|backlash|warned|expects?|urged|who studies)\w*",
    re.I,
)
_QUOTED = re.compile(r"[\"\u201c]")
_BACKGROUND = re.compile(
    r"\b(last year|last month|in (19|20)\d\d|previously|earlier this|has long|have long|history"
    r"|began|was founded|for years|in the past|first introduced|originally|a decade|years ago"
    r"|since (19|20)\d\d)\b",
    re.I,
)

Pair = tuple[str, tuple[int, ...]]


def section_of(sentence: str) -> str:
    if _BACKGROUND.search(sentence):
        return "Background"
    if _REACTION.search(sentence) or _QUOTED.search(sentence):
        return "Reaction and discussion"
    return "What happened"


def settings_dict(settings: SummarizerConfig) -> dict[str, Any]:
    return {
        "synopsis_sentences": settings.synopsis_sentences,
        "takeaways": settings.takeaways,
        "body_sentences": settings.body_sentences,
    }


def select(
    story: StoryInput, settings: SummarizerConfig, num: Numbering
) -> list[tuple[Ranked, tuple[int, ...]]]:
    """The ranked sentences with their citations (only sources that support them)."""
    usable = [i for i, n in enumerate(num.item_numbers) if n is not None]
    texts = [story.items[i].text if i in usable else "" for i in range(len(story.items))]
    n_syn = min(max(settings.synopsis_sentences, 2), 3)
    limit = n_syn + max(settings.takeaways, 0) + max(settings.body_sentences, 0)
    ranked = rank(
        texts,
        titles=[it.title for it in story.items],
        keywords=story.keywords,
        original=num.original,
        limit=limit,
    )
    check = checker(num)
    out = []
    for r in ranked:
        cw = content_words(r.text)
        cites = [num.item_numbers[r.item]]
        cites += [
            n
            for i in r.support[1:]
            if (n := num.item_numbers[i]) is not None and check.supports(cw, n)
        ]
        out.append((r, tuple(sorted({c for c in cites if c is not None}))))
    return out


def extractive(
    story: StoryInput, settings: SummarizerConfig, num: Numbering
) -> tuple[dict[str, list[Pair]], list[tuple[Quote, tuple[int, ...]]]]:
    """Synopsis, takeaways and sections as (sentence, cites) pairs, and the quotes."""
    chosen = select(story, settings, num)
    # a quotation opening a sentence reads as reaction, not as the news: keep it out of the
    # synopsis and takeaways (stable: the ranking order is otherwise kept)
    chosen.sort(key=lambda rc: normalize(rc[0].text).startswith('"'))
    n_syn = min(max(settings.synopsis_sentences, 2), 3)
    # the synopsis reads in reporting order: the original's lead first, then what others added
    synopsis = sorted(chosen[:n_syn], key=lambda rc: (rc[0].item, rc[0].position))
    takeaways = chosen[n_syn : n_syn + settings.takeaways]
    body = sorted(chosen[n_syn + settings.takeaways :], key=lambda rc: (rc[0].item, rc[0].position))
    groups: dict[str, list[Pair]] = {
        "synopsis": [(r.text, c) for r, c in synopsis],
        "takeaways": [(r.text, c) for r, c in takeaways],
        "What happened": [],
        "Reaction and discussion": [],
        "Background": [],
    }
    for r, c in body:
        groups[section_of(r.text)].append((r.text, c))
    used = {normalize(r.text) for r, _ in chosen}
    return groups, pick_quotes(story, num, used)
