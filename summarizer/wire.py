"""The extractive draft in wire style: newsdesk's own sentences, and each outlet's words marked.

The ranker (rank.py, extractive.py) still decides which facts matter; this module decides how
they stand in the draft. Nothing an outlet wrote stands as newsdesk's prose:

* newsdesk's own sentences are composed from facts it holds (spread.py: who reported first and
  when, who followed, the company's own account; compose.py: the Hacker News thread's reach);
* a source sentence appears only as an excerpt, in quotation marks with its outlet named in the
  same sentence ("Circuit Report reported: “…”"), and quotes keep their speaker and outlet;
* excerpts and quotes share a budget (``summarizer.quote_words_per_source`` quoted words per
  source, ``summarizer.quote_share`` of the body's words), filled in order of importance;
* an excerpt whose subject the reader has not met ("Such figures…", "The company…" before any
  company is named) is left out: a quotation cannot be rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.summarizer.compose import Numbering, discussion_sentences, quote_line
from newsdesk.summarizer.copying import quoted_words, tokens
from newsdesk.summarizer.editorial import opens_with_reference
from newsdesk.summarizer.extractive import Pair, extractive
from newsdesk.summarizer.quotes import Quote
from newsdesk.summarizer.sentences import STOPWORDS, normalize, words
from newsdesk.summarizer.spread import (
    company_sentence,
    count_sentence,
    people_sentences,
    spread_sentence,
)
from newsdesk.summarizer.verify import quote_in

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput

EXCERPT_WORDS = 20  # a longer sentence is cut (at a comma when one is near) and ends in "…"
_POINTS_BACK = re.compile(
    r"\b(?:such|these|those) (?:figures|numbers|moves|tools|systems|practices|rankings|changes)\b"
    r"|^(?:The|This|That) (?:company|firm|group|startup|business|dashboard|tool|system|board"
    r"|chart|policy)\b",
    re.I,
)
_COMPANY = re.compile(r"\bthe (?:company|firm|startup)\b", re.I)

QuotePair = tuple[Quote, tuple[int, ...]]


class Budget:
    """Quoted words per source and as a share of the body, counted as lines are accepted."""

    def __init__(self, settings: SummarizerConfig, own_words: int) -> None:
        self.per_source = settings.quote_words_per_source
        self.share = settings.quote_share
        self.words = own_words
        self.quoted = 0
        self.by_source: dict[int, int] = {}

    def take(self, text: str, n: int) -> bool:
        """Accept ``text`` (quoting source n) if it keeps both limits; count it when accepted."""
        q, w = quoted_words(text), len(tokens(text))
        if self.by_source.get(n, 0) + q > self.per_source:
            return False
        if self.quoted + q > self.share * (self.words + w):
            return False
        self.by_source[n] = self.by_source.get(n, 0) + q
        self.quoted += q
        self.words += w
        return True


def _carrier(text: str, cites: Sequence[int], num: Numbering) -> int | None:
    """The cited source that has the sentence word for word."""
    norm = normalize(text).strip(" .")
    return next((n for n in cites if quote_in(norm, normalize(num.texts.get(n) or ""))), None)


def _trim(sentence: str) -> str:
    """The sentence, or its opening up to a comma within EXCERPT_WORDS words, then '…'."""
    ws = sentence.split()
    if len(ws) <= EXCERPT_WORDS:
        return sentence
    head = " ".join(ws[:EXCERPT_WORDS])
    cut = head.rfind(",")
    if cut < len(head) // 2:
        cut = len(head)
    return head[:cut].rstrip(" ,;:") + "\u2026"


def excerpt(text: str, cites: Sequence[int], num: Numbering) -> tuple[str, int] | None:
    """'Circuit Report reported: “…”' (a primary document: 'According to X, “…”') and the
    source quoted; None for a sentence that cannot stand as an excerpt (it quotes someone
    itself, points back at something, or is in no cited source word for word)."""
    if any(c in text for c in '"\u201c\u201d') or opens_with_reference(text):
        return None
    if _POINTS_BACK.search(normalize(text)):
        return None
    n = _carrier(text, cites, num)
    if n is None:
        return None
    words_ = _trim(text.strip())
    name = num.names.get(n, "")
    if n in num.primary:
        return f"According to {name}, \u201c{words_}\u201d", n
    return f"{name} reported: \u201c{words_}\u201d", n


def _companies(story: StoryInput) -> set[str]:
    """Names in the story's title that are no ordinary word of its texts ('Brightforge')."""
    common = {w.lower() for it in story.items for w in words(it.text) if w[:1].islower()}
    title = story.title or ""
    return {
        w.removesuffix("'s")
        for w in words(title)
        if w[:1].isupper() and w.lower() not in common | STOPWORDS
    }


def wire(
    story: StoryInput, settings: SummarizerConfig, num: Numbering
) -> tuple[dict[str, list[Pair]], list[QuotePair]]:
    """Synopsis, takeaways and sections as (sentence, cites) pairs, and the quotes, with every
    borrowed word quoted and credited, within the quoting budget."""
    facts, quotes = extractive(story, settings, num)
    ours = [p for p in (spread_sentence(story), company_sentence(story)) if p]
    more = [p for p in [count_sentence(story)] if p] + people_sentences(story)
    talk = discussion_sentences(story)
    head_talk = [p for p in talk if not quoted_words(p[0])]
    budget = Budget(settings, sum(len(tokens(t)) for t, _ in ours + more + head_talk))
    chosen: dict[str, list[Pair]] = {k: [] for k in facts}
    # in order of importance: the lead's event, the quotes, the takeaways, the thread, the body
    n_syn = min(max(settings.synopsis_sentences, 2), 3) - len(ours)
    candidates = [("synopsis", p) for p in facts["synopsis"][: max(n_syn, 1)]]
    candidates += [("takeaways", p) for p in facts["takeaways"]]
    kept_quotes = []
    for i, (key, (text, cites)) in enumerate(candidates):
        if key == "takeaways" and len(chosen["takeaways"]) >= settings.takeaways:
            continue
        got = excerpt(text, cites, num)
        if got and budget.take(got[0], got[1]):
            chosen[key].append((got[0], cites))
        if i == 0:  # the quotes come right after the lead's event
            # the company's own words first: what it said is half the story
            for q, qc in sorted(quotes, key=lambda qq: not (qq[1] and qq[1][0] in num.primary)):
                words_, attribution = quote_line(q, qc, num)
                if qc and budget.take(f"{words_} \u2014 {attribution}", qc[0]):
                    kept_quotes.append((q, qc))
    reaction = [p for p in talk if not quoted_words(p[0]) or budget.take(p[0], p[1][0])]
    for key in ("What happened", "Reaction and discussion", "Background"):
        for text, cites in facts[key]:
            got = excerpt(text, cites, num)
            if got and budget.take(got[0], got[1]):
                chosen[key].append((got[0], cites))
    chosen["synopsis"] = ours[:1] + chosen["synopsis"] + ours[1:]
    if not chosen["takeaways"]:  # no excerpt fits the budget: the coverage facts are the points
        chosen["takeaways"], more = more[: max(settings.takeaways, 0)], more[settings.takeaways :]
    chosen["What happened"] = more + chosen["What happened"]
    chosen["Reaction and discussion"] += reaction
    kept_quotes.sort(key=lambda qq: quotes.index(qq))
    return _introduced(chosen, _companies(story)), kept_quotes


def _introduced(groups: dict[str, list[Pair]], companies: set[str]) -> dict[str, list[Pair]]:
    """Drop, in reading order, an excerpt saying "the company" before any company is named."""
    met = False
    out: dict[str, list[Pair]] = {}
    for key, pairs in groups.items():
        out[key] = []
        for text, cites in pairs:
            if not met and _COMPANY.search(text) and not any(c in text for c in companies):
                continue
            met = met or any(c in text for c in companies) or not companies
            out[key].append((text, cites))
    return out
