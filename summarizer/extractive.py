"""The extractive backend's choice of facts: offline, deterministic source sentences, ranked and
placed, each cited to its source and to every other source reporting the same fact. They are the
sources' words: wire.py turns them into a draft where each stands only as a credited excerpt."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from newsdesk.summarizer.compose import Numbering, checker, pick_quotes
from newsdesk.summarizer.draft import SECTIONS
from newsdesk.summarizer.editorial import (
    QUOTED,
    fact_weight,
    has_name,
    is_commentary,
    is_decision,
    item_order,
    item_roles,
    item_weights,
    opens_with_reference,
    same_fact,
    section_of,
    stands_alone,
    vocabulary,
)
from newsdesk.summarizer.people import unintroduced
from newsdesk.summarizer.quotes import Quote
from newsdesk.summarizer.rank import LEAD_SENTENCES, Ranked, rank
from newsdesk.summarizer.sentences import content_words, normalize, split_sentences

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput

_META = re.compile(r"\b(?:first (?:reported|described)|(?:was|were) reported by|reports by)\b")
SPARE = 12  # ranked sentences beyond the draft's size, so the editorial rules never starve it

Pair = tuple[str, tuple[int, ...]]
Chosen = tuple[Ranked, tuple[int, ...]]


@dataclass(frozen=True)
class Sources:
    """What the editorial rules know about each item of the story."""

    roles: tuple[str, ...]
    commentary: tuple[bool, ...]
    order: dict[int, int]  # item -> reading order (original, coverage, primary, discussion)
    lead: int | None  # the article whose opening carries the event
    vocabulary: frozenset[str]
    split: tuple[tuple[str, ...], ...] = ()  # each item's sentences (empty: not citable)

    def headline_grade(self, r: Ranked, *, alone: bool = True) -> bool:
        """Fit for the synopsis: reported (not the company's post, a column or the thread),
        readable on its own (unless ``alone`` is False), not opening with a quotation."""
        return (
            self.roles[r.item] in ("original", "coverage")
            and not self.commentary[r.item]
            and (stands_alone(r.text) or not alone)
        )

    def self_contained(self, r: Ranked) -> bool:
        """Fit for a takeaway: readable on its own, not from a column or the thread."""
        return (
            stands_alone(r.text)
            and not self.commentary[r.item]
            and self.roles[r.item] != "discussion"
        )


def _texts(story: StoryInput, num: Numbering) -> list[str]:
    """The items' texts; an item that cannot be cited reads as empty."""
    return [
        it.text if n is not None else ""
        for it, n in zip(story.items, num.item_numbers, strict=True)
    ]


def sources_of(story: StoryInput, num: Numbering) -> Sources:
    texts = _texts(story, num)
    roles = item_roles(story, num.original)
    split = tuple(tuple(split_sentences(t)) for t in texts)
    # a column or link post among the reporting (a company's own post is first person anyway)
    commentary = [
        role in ("original", "coverage") and is_commentary(sents)
        for role, sents in zip(roles, split, strict=True)
    ]
    order = item_order(story, roles, commentary)
    reported = [i for i in order if texts[i] and roles[i] in ("original", "coverage")]
    readable = [i for i in order if texts[i]]
    lead = next(iter(reported or readable), None)
    if not story.sources and not any(it.published for it in story.items):
        lead = None  # undated items with no source list: nobody can be said to lead
    return Sources(
        tuple(roles),
        tuple(commentary),
        {i: k for k, i in enumerate(order)},
        lead,
        frozenset(vocabulary(texts)),
        split,
    )


def select(
    story: StoryInput, settings: SummarizerConfig, num: Numbering, src: Sources | None = None
) -> list[Chosen]:
    """The ranked sentences with their citations (only sources that support them)."""
    src = src or sources_of(story, num)
    texts = _texts(story, num)
    n_syn = min(max(settings.synopsis_sentences, 2), 3)
    limit = n_syn + max(settings.takeaways, 0) + max(settings.body_sentences, 0) + SPARE
    commentary = list(src.commentary)
    wording = [i for i, r in enumerate(src.roles) if r == "original"]
    ranked = rank(
        texts,
        titles=[it.title for it in story.items],
        keywords=story.keywords,
        original=wording + ([src.lead] if src.lead is not None else []),
        limit=limit,
        weights=item_weights(story, src.roles, commentary),
        strict={i for i, r in enumerate(src.roles) if r == "primary"},
        lead=src.lead,
        split=src.split or None,
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


def _take(pool: list[Chosen], placed: list[Chosen], k: int, ok) -> list[Chosen]:
    """Up to k sentences of ``pool`` (in its order) that pass ``ok`` and tell a new fact."""
    got: list[Chosen] = []
    for rc in pool:
        if len(got) >= k:
            break
        if ok(rc[0]) and not any(same_fact(rc[0].text, p[0].text) for p in placed + got):
            got.append(rc)
    for rc in got:
        pool.remove(rc)
    return got


def place(
    chosen: list[Chosen], settings: SummarizerConfig, src: Sources
) -> dict[str, list[Chosen]]:
    """Synopsis (the lead's event sentence first, then reported, self-contained sentences),
    takeaways (self-contained facts, numbers and decisions first) and the body, each fact once."""
    pool = list(chosen)
    n_syn = min(max(settings.synopsis_sentences, 2), 3)
    synopsis = _synopsis(pool, n_syn, src)
    pool = [rc for rc in pool if rc not in synopsis]
    # centrality is steep (the lead's opening dwarfs the rest): its square root lets figures
    # and decisions weigh in
    by_value = sorted(
        pool, key=lambda rc: -math.sqrt(rc[0].score) * _takeaway_weight(rc[0].text, src)
    )
    # a takeaway names its subject and stands alone: fewer bullets rather than a dangling one
    takeaways = _take(
        by_value,
        synopsis,
        settings.takeaways,
        lambda r: src.self_contained(r) and has_name(r.text, src.vocabulary),
    )
    pool = [rc for rc in pool if rc not in takeaways]
    body = _take(
        pool,
        synopsis + takeaways,
        max(settings.body_sentences, 0),
        lambda r: not opens_with_reference(r.text),
    )
    return {
        "synopsis": synopsis,
        "takeaways": takeaways,
        "body": sorted(body, key=lambda rc: _reading(rc, src)),
    }


def _synopsis(pool: list[Chosen], n_syn: int, src: Sources) -> list[Chosen]:
    """n_syn sentences: the lead's event sentence, then the best events (reported and
    self-contained first), the lead's next sentence right after it, the rest in reading order."""
    opening = sorted(
        (rc for rc in pool if rc[0].item == src.lead and rc[0].position < LEAD_SENTENCES),
        key=lambda rc: rc[0].position,
    )
    synopsis = _take(opening, [], 1, src.headline_grade)
    pool = [rc for rc in pool if rc not in synopsis]
    head = synopsis[0][0] if synopsis else None

    def goes_on(r: Ranked) -> bool:
        """The lead's next sentence, read right after its first: its context is there."""
        return head is not None and (r.item, r.position) == (head.item, head.position + 1)

    def fits(r: Ranked) -> bool:
        return src.headline_grade(r) or (
            goes_on(r) and src.headline_grade(r, alone=False) and not is_quoted(r.text)
        )

    events = sorted(pool, key=lambda rc: -rc[0].score * _event_weight(rc[0].text))
    for ok in (  # reported and standing alone; then anything standing alone; then anything
        fits,
        lambda r: stands_alone(r.text) and src.roles[r.item] != "discussion",
        lambda r: not opens_with_reference(r.text),
        lambda r: True,
    ):
        synopsis += _take(events, synopsis, n_syn - len(synopsis), ok)
    # after the lead (and its next sentence), the rest in the order they open their articles
    return synopsis[:1] + sorted(
        synopsis[1:], key=lambda rc: (not goes_on(rc[0]), *_reading(rc, src)[::-1])
    )


def is_quoted(sentence: str) -> bool:
    return normalize(sentence).startswith('"')


def _event_weight(sentence: str) -> float:
    """Synopsis value: what someone did counts half again, background counts half."""
    weight = 1.5 if is_decision(sentence) else 1.0
    return weight * (0.5 if section_of(sentence) == "Background" else 1.0)


def _takeaway_weight(sentence: str, src: Sources) -> float:
    """Facts first: figures and decisions up, reactions and company profiles down."""
    section = section_of(sentence)
    weight = fact_weight(sentence, src.vocabulary)
    weight *= 0.7 if QUOTED.search(sentence) else 1.0  # a reaction in someone's words
    weight *= 0.5 if _META.search(sentence) else 1.0  # who reported it, not what happened
    return weight * {"Background": 0.5, "Reaction and discussion": 0.85}.get(section, 1.0)


def _reading(rc: Chosen, src: Sources) -> tuple[int, int]:
    return (src.order.get(rc[0].item, 0), rc[0].position)


def extractive(
    story: StoryInput, settings: SummarizerConfig, num: Numbering
) -> tuple[dict[str, list[Pair]], list[tuple[Quote, tuple[int, ...]]]]:
    """Synopsis, takeaways and sections as (sentence, cites) pairs, and the quotes."""
    src = sources_of(story, num)
    chosen = select(story, settings, num, src)
    # a quotation opening a sentence reads as reaction, not as the news: keep it out of the
    # synopsis and takeaways (stable: the ranking order is otherwise kept)
    chosen.sort(key=lambda rc: normalize(rc[0].text).startswith('"'))
    parts = place(chosen, settings, src)
    groups: dict[str, list[Pair]] = {
        "synopsis": [(r.text, c) for r, c in parts["synopsis"]],
        "takeaways": [(r.text, c) for r, c in parts["takeaways"]],
        "What happened": [],
        "Reaction and discussion": [],
        "Background": [],
    }
    for r, c in parts["body"]:
        groups[section_of(r.text)].append((r.text, c))
    # a body sentence naming someone by surname before the draft has introduced them goes
    order = ["synopsis", "takeaways", *SECTIONS]
    reading = [(k, pair) for k in order for pair in groups[k]]
    strangers = unintroduced([text for _, (text, _) in reading], [it.text for it in story.items])
    for i in sorted(strangers, reverse=True):
        key, pair = reading[i]
        if key in SECTIONS:
            groups[key].remove(pair)
    used = {normalize(r.text) for part in parts.values() for r, _ in part}
    return groups, pick_quotes(story, num, used)
