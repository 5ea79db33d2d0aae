"""Sentence ranking across a story's articles: LexRank-style centrality with a bias toward the
original reporting and the topic's keywords, MMR redundancy control, and fact grouping so that
one fact reported by five outlets is kept once and cited to all five.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np
from newsdesk.summarizer.editorial import is_bio, is_opinion, stands_alone
from newsdesk.summarizer.sentences import (
    content_words,
    is_boilerplate,
    needs_context,
    normalize,
    split_sentences,
)
from scipy import sparse

_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'\-]{2,40}(?:\([^)]{1,40}\))?\s*[\u2014\u2013-]{1,2}\s+(?=[A-Z])"
)
SAME_ARTICLE_WEIGHT = 0.3  # links within one article count less than corroboration across outlets
POS_WEIGHT = 1.0  # how much earlier sentences of an article are favoured
ORIGINAL_WEIGHT = 2.5  # sentences of the original reporting (when no item weights are given)
LEAD_WEIGHT = 2.0  # the lead article's opening sentences, which carry the event
LEAD_SENTENCES = 3
DIVERSITY = 0.3  # MMR trade-off between centrality and novelty
GROUP_SIMILARITY = 0.45  # a sentence this similar in another source reports the same fact
REDUNDANT = 0.45  # MMR never picks a sentence this similar to one already picked (same fact)


@dataclass(frozen=True)
class Candidate:
    text: str
    item: int  # index of the item (article) it comes from
    position: int  # sentence index within the article
    words: tuple[str, ...]


@dataclass(frozen=True)
class Ranked:
    text: str
    item: int  # the item the text is taken from
    position: int
    support: tuple[int, ...]  # every item reporting the same fact, origin first
    score: float


def candidates(
    texts: Sequence[str],
    titles: Sequence[str] = (),
    strict: Collection[int] = (),
    split: Sequence[Sequence[str]] | None = None,
) -> list[Candidate]:
    """Every usable sentence of every text: boilerplate, sentences that need context, the
    writer's own voice and bio lines removed, titles not repeated. Items in ``strict`` (a
    company's own post) keep only sentences that stand alone. ``split`` (each text's sentences,
    already split) saves splitting twice."""
    out: list[Candidate] = []
    title_set = {normalize(t).lower().rstrip(".") for t in titles if t}
    for i, text in enumerate(texts):
        seen: set[str] = set()
        sents = split[i] if split is not None else split_sentences(text)
        for pos, sent in enumerate(sents):
            if pos == 0:
                sent = _DATELINE.sub(
                    "", sent
                )  # "SAN FRANCISCO (Wire) — Brightforge…" -> "Brightforge…"
            key = normalize(sent).lower().rstrip(".")
            if key in seen or key in title_set or is_boilerplate(sent) or needs_context(sent):
                continue
            if is_opinion(sent) or (pos >= len(sents) - 3 and is_bio(sent)):
                continue
            if i in strict and not stands_alone(sent):
                continue
            seen.add(key)
            cw = tuple(content_words(sent))
            if len(cw) >= 3:
                out.append(Candidate(sent, i, pos, cw))
    return out


def tfidf(cands: Sequence[Candidate]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows, IDF over the story's sentences."""
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, c in enumerate(cands):
        counts: dict[int, int] = {}
        for w in c.words:
            j = vocab.setdefault(w, len(vocab))
            counts[j] = counts.get(j, 0) + 1
        for j, k in sorted(counts.items()):
            rows.append(r)
            cols.append(j)
            vals.append(float(k))
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(cands), max(len(vocab), 1)))
    df = np.asarray((m > 0).sum(axis=0)).ravel()
    idf = np.log((1 + len(cands)) / (1 + df)) + 1.0
    m = m @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m)


def pagerank(weights: np.ndarray, bias: np.ndarray, damping: float = 0.85) -> np.ndarray:
    """Personalised PageRank by power iteration (deterministic, 100 steps at most)."""
    n = len(bias)
    rowsum = weights.sum(axis=1, keepdims=True)
    trans = np.divide(weights, rowsum, out=np.zeros_like(weights), where=rowsum > 0)
    dangling = rowsum.ravel() == 0
    p = bias / bias.sum()
    r = np.full(n, 1.0 / n)
    for _ in range(100):
        nxt = damping * (r @ trans + r[dangling].sum() * p) + (1 - damping) * p
        if np.abs(nxt - r).sum() < 1e-10:
            return nxt
        r = nxt
    return r


def rank(
    texts: Sequence[str],
    *,
    titles: Sequence[str] = (),
    keywords: Sequence[str] = (),
    original: Sequence[int] = (),
    limit: int = 12,
    diversity: float | None = None,
    weights: Sequence[float] | None = None,
    strict: Collection[int] = (),
    lead: int | None = None,
    split: Sequence[Sequence[str]] | None = None,
) -> list[Ranked]:
    """The ``limit`` most central, mutually non-redundant sentences, best first.

    ``original`` lists item indexes of original reporting (favoured, and its wording is kept
    when another outlet reports the same fact); ``weights`` (one per item) replaces that
    favour with per-source weights; ``lead`` is the item whose opening sentences are favoured;
    ``keywords`` are the topic's keywords (sentences using them are favoured).
    """
    diversity = DIVERSITY if diversity is None else diversity
    cands = candidates(texts, titles, strict, split)
    if not cands:
        return []
    sim, graph = _graphs(cands)
    orig = set(original)
    bias = _bias(cands, keywords, orig, weights, lead)
    score = pagerank(graph, bias) * bias
    score = score / score.max()
    order = sorted(range(len(cands)), key=lambda i: (-round(score[i], 12), cands[i].item, i))
    chosen = _select(order, sim, score, limit, diversity)
    out: list[Ranked] = []
    emitted: set[str] = set()
    for i in chosen:
        for prefer_original in (True, False):
            r = _group(i, cands, sim, score, orig if prefer_original else set())
            if r.text not in emitted:
                emitted.add(r.text)
                out.append(r)
                break
    return out


def _graphs(cands: Sequence[Candidate]) -> tuple[np.ndarray, np.ndarray]:
    """(cosine similarity of every two sentences, 0 on the diagonal; the ranking graph: the
    same with links inside one article weighed down and weak links dropped)."""
    m = tfidf(cands)
    sim = (m @ m.T).toarray()
    np.fill_diagonal(sim, 0.0)
    items = np.array([c.item for c in cands])
    same = items[:, None] == items[None, :]
    graph = np.where(same, sim * SAME_ARTICLE_WEIGHT, sim)
    graph[graph < 0.1] = 0.0
    return sim, graph


def _bias(
    cands: Sequence[Candidate],
    keywords: Sequence[str],
    orig: set[int],
    weights: Sequence[float] | None,
    lead: int | None,
) -> np.ndarray:
    """Each sentence's teleport weight: early in its article, using the topic's keywords, from
    a favoured source, among the lead's opening sentences."""
    kw = {w for k in keywords for w in content_words(k)}
    return np.array(
        [
            (1.0 + POS_WEIGHT / (1 + c.position / 2))
            * (1.5 if kw & set(c.words) else 1.0)
            * _item_weight(c.item, orig, weights)
            * (LEAD_WEIGHT if c.item == lead and c.position < LEAD_SENTENCES else 1.0)
            for c in cands
        ]
    )


def _select(
    order: list[int], sim: np.ndarray, score: np.ndarray, limit: int, diversity: float
) -> list[int]:
    """Maximal marginal relevance: up to ``limit`` sentences from ``order`` (best first), each
    the best trade of score against similarity to those already chosen; near-repeats skipped."""
    chosen: list[int] = []
    while order and len(chosen) < limit:
        best, best_val = None, -math.inf
        for i in order:
            red = max((sim[i, j] for j in chosen), default=0.0)
            if red >= REDUNDANT:
                continue
            val = (1 - diversity) * score[i] - diversity * red
            if val > best_val + 1e-12:
                best, best_val = i, val
        if best is None:
            break
        chosen.append(best)
        order.remove(best)
    return chosen


def _item_weight(item: int, orig: set[int], weights: Sequence[float] | None) -> float:
    if weights is not None:
        return weights[item]
    return ORIGINAL_WEIGHT if item in orig else 1.0


def _group(
    i: int, cands: Sequence[Candidate], sim: np.ndarray, score: np.ndarray, orig: set[int]
) -> Ranked:
    """The fact sentence i reports, with every item that reports it (the original's wording)."""
    best_per_item: dict[int, int] = {cands[i].item: i}
    for j in np.argsort(-sim[i], kind="stable"):
        j = int(j)
        if sim[i, j] < GROUP_SIMILARITY:
            break
        best_per_item.setdefault(cands[j].item, j)
    rep = i
    originals = [j for item, j in best_per_item.items() if item in orig]
    if cands[i].item not in orig and originals:
        rep = min(originals, key=lambda j: (cands[j].item, cands[j].position))
    support = [cands[rep].item] + sorted(
        x for x in best_per_item if x != cands[rep].item
    )  # origin first
    c = cands[rep]
    return Ranked(c.text, c.item, c.position, tuple(support), float(score[i]))


def lead(texts: Sequence[str], k: int = 3) -> list[str]:
    """Baseline: the first k sentences of the first text (nothing filtered)."""
    return split_sentences(texts[0])[:k] if texts else []


def plain_lexrank(texts: Sequence[str], k: int = 3) -> list[str]:
    """Baseline: textbook LexRank (threshold 0.1, uniform teleport, no MMR, no bias, no filter
    beyond near-empty sentences)."""
    cands = [
        Candidate(sent, i, pos, tuple(content_words(sent)))
        for i, text in enumerate(texts)
        for pos, sent in enumerate(split_sentences(text))
        if content_words(sent)
    ]
    if not cands:
        return []
    m = tfidf(cands)
    sim = (m @ m.T).toarray()
    adj = (sim >= 0.1).astype(float)
    np.fill_diagonal(adj, 0.0)
    r: list[np.float64] = list(pagerank(adj, np.ones(len(cands))))  # numpy scalars, as r[i]
    top = sorted(range(len(cands)), key=lambda i: (-round(r[i], 12), i))[:k]
    return [cands[i].text for i in top]
