"""A word the coverage coined, and who uses it: a fact newsdesk holds about what it read.

When the reporting gives what happened a name of its own ("a practice some of them now call
tokenmaxxing", "which has become known as tokenmaxxing") and more than one source uses it, a
reader should meet the word: it is what the story will be searched for. No demo draft said
"tokenmaxxing" though four of its sources do. The draft says who uses it ("Circuit Report and
Harbor Times use the word “tokenmaxxing”."), the word quoted as theirs; the same sentence is in
each of those sources' records (sourcefacts.records), which the verifier checks it against.
"""

from __future__ import annotations

import re

from newsdesk.summarizer.lexicon import bases
from newsdesk.summarizer.spread import Pair, facts, names

from newsdesk.models import StoryInput

# a name being given: 'now call tokenmaxxing', 'known as “tokenmaxxing”', 'dubbed doomscrolling'
# (not 'a pill called molnupiravir': a thing's name, not a name for what happened)
_NAMED = re.compile(
    r"\b(?:now call|(?:started|begun|come|began|came) to call|call it|known as|dubbed"
    r"|nicknamed|the term)\s+[\"\u201c]?([a-z][a-z\-]{5,30})\b(?![\-\u2019'])"
)


def coined(story: StoryInput) -> list[str]:
    """Words a read source introduces as a name for what happened and another source (or the
    story's title) uses too, in the order first met; none a dictionary holds ('known as
    reconciliation' names a procedure, it coins nothing: WordNet, lexicon.bases)."""
    texts = _texts(story)
    title = (story.title or "").lower()
    found: list[str] = []
    for text in texts.values():
        for m in _NAMED.finditer(text):
            word = m.group(1).lower()
            users = sum(_uses(t, word) for t in texts.values())
            if word not in found and (users >= 2 or word in title) and not bases(word):
                found.append(word)
    return found


def term_sentence(story: StoryInput) -> Pair | None:
    """'Circuit Report and Harbor Times use the word “tokenmaxxing”.' for the first coined word,
    naming each outlet whose read sources use it once (two articles of one outlet, or one name
    in two cases, are one outlet) and citing every such source; None when the coverage coined
    none."""
    words = coined(story)
    if not words:
        return None
    users = [(n, name) for n, (name, text) in _named_texts(story).items() if _uses(text, words[0])]
    if not users:
        return None
    outlets: dict[str, str] = {}  # each outlet once, as first met
    for _, name in users:
        outlets.setdefault(name.casefold(), name)
    verb = "uses" if len(outlets) == 1 else "use"
    text = f"{names(list(outlets.values()))} {verb} the word \u201c{words[0]}\u201d."
    return text, tuple(n for n, _ in users)


def _uses(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text, re.I) is not None


def _named_texts(story: StoryInput) -> dict[int, tuple[str, str]]:
    """n -> (outlet name, its text) for the read sources that are no discussion."""
    texts = _texts(story)
    return {f.n: (f.name, texts[f.n]) for f in facts(story) if f.read and f.n in texts}


def _texts(story: StoryInput) -> dict[int, str]:
    """n -> text of each read source (or item, for the file interface)."""
    if not story.sources:
        return {i: it.text for i, it in enumerate(story.items, 1) if it.text}
    by_id = {it.id: it.text for it in story.items if it.text}
    return {
        n: by_id[s.item_id]
        for n, s in enumerate(story.sources, 1)
        if s.item_id in by_id and s.role != "discussion"
    }
