"""Whom each read source linked to and quoted, told as newsdesk's own lines ("Circuit Report
linked to The Ledger Daily.", "Circuit Report quoted Priya Raman."), and told again against the
rest of a finished draft so that they give only what it does not (finish.py). Each is a fact of
the source's record (sourcefacts.records), checked like any other line.
"""

from __future__ import annotations

from newsdesk.summarizer.people import full_speaker
from newsdesk.summarizer.quotes import find_quotes
from newsdesk.summarizer.sentences import source_sentences
from newsdesk.summarizer.speakers import speaker_name
from newsdesk.summarizer.spread import Pair, count_sentence, facts, names

from newsdesk.models import StoryInput


def quoted_people(story: StoryInput, n: int) -> list[str]:
    """The people source n quotes by name ('Priya Raman'), in the order it quotes them."""
    item = next(
        (it for it in story.items if story.sources and story.sources[n - 1].item_id == it.id),
        story.items[n - 1] if not story.sources and n <= len(story.items) else None,
    )
    if item is None:
        return []
    out: list[str] = []
    for sent in source_sentences(item.text):
        for q in find_quotes(sent):
            name = full_speaker(speaker_name(q.speaker), item.text)
            parts = name.split()
            if len(parts) >= 2 and all(w[:1].isupper() for w in parts) and name not in out:
                out.append(name)
    return out


def linked(story: StoryInput, n: int) -> list[str]:
    """The other sources (by name) that source n links to."""
    if not story.sources:
        return []
    item = next((it for it in story.items if it.id == story.sources[n - 1].item_id), None)
    if item is None:
        return []
    links = set(item.links)
    return [
        s.name or s.outlet
        for k, s in enumerate(story.sources, 1)
        if k != n and s.role != "discussion" and links & {s.url, *s.also_at}
    ]


def people_sentences(story: StoryInput, told: str | None = None, prose: str = "") -> list[Pair]:
    """'Circuit Report linked to The Ledger Daily.' and 'Circuit Report quoted Priya Raman and
    Helen Osei.' per read source. With ``told`` (the rest of the finished draft, its quotes
    included), a source the rest's ``prose`` names gets only what the rest does not already
    give (issue 12: such lines read as padding): a link to an outlet the draft names goes; the
    list of people goes (their names without their words tell the reader nothing; 4 of the 5
    such lines of the NeuS drafts read named an outlet the draft had already heard). A source the prose names nowhere else keeps its lines whole:
    they are the draft's only word of it (a quote may yet be dropped to hold the share)."""
    out: list[Pair] = []
    for f in facts(story):
        if not f.read:
            continue
        to, who = linked(story, f.n), quoted_people(story, f.n)
        if told is not None and f.name in prose:
            to = [t for t in to if t not in told]
            # "apnews.com quoted Nancy Northup." beside its own lines is no news; it stays
            # only for someone the draft calls by surname alone ("Reyes found …")
            who = [w for w in who if w not in told and w.split()[-1] in prose]
        if to:
            out.append((f"{f.name} linked to {names(to)}.", (f.n,)))
        if who:
            out.append((f"{f.name} quoted {names(who)}.", (f.n,)))
    return out


def tell_people(
    story: StoryInput, lines: list[Pair], others: list[str], quotes: list[str]
) -> list[Pair]:
    """``lines`` (a section's, in order) with the people_sentences among them told again
    against the rest of the draft (``others``, the section's other lines and the ``quotes``):
    in the place of the first, only what the rest does not give."""
    mine = {text for text, _ in people_sentences(story)}
    # the outlet count names every outlet (spread.count_sentence) but tells nothing of theirs
    count = count_sentence(story)
    others = [t for t in others if not count or t != count[0]]
    prose = " ".join([text for text, _ in lines if text not in mine] + others)
    fresh = people_sentences(story, " ".join([prose, *quotes]), prose)
    out: list[Pair] = []
    for pair in lines:
        if pair[0] not in mine:
            out.append(pair)
        elif fresh:
            out += fresh
            fresh = []
    return out
