"""TF-IDF vectors of articles (sparse), and the candidate pairs worth comparing.

A document is its title (counted ``TITLE_WEIGHT`` times) plus the first
``StoriesConfig.text_words`` words of its text: the lead paragraphs name the event, while the
rest of an article drifts into background that other stories share. Terms are lower-cased
words minus stop words, with a light plural fold; weights are sublinear tf x smoothed idf,
L2-normalised, and each document keeps only its ``TOP_TERMS`` heaviest terms so that the
sparse products stay cheap at 100k articles.

Candidate pairs come from sparse products restricted by publication time: articles are
sorted by time and cut into blocks one window wide; a block is compared with itself and the
next block only, so the work grows with the number of articles times the articles per window,
not with its square.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

TITLE_WEIGHT = 2
TOP_TERMS = 40
_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
STOP = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "say",
        "new",
        "one",
        "two",
        "year",
        "years",
        "week",
        "weeks",
        "day",
        "days",
        "like",
        "get",
        "got",
        "make",
        "made",
        "many",
        "much",
        "may",
        "might",
        "must",
        "per",
        "still",
        "told",
        "via",
        "within",
        "without",
        "yet",
        "according",
        "report",
        "reported",
        "reports",
        "reporting",
        "people",
        "time",
        "first",
        "last",
        "us",
        "thing",
        "things",
        "including",
        "use",
        "used",
        "using",
        "way",
        "well",
        "back",
        "even",
        "going",
        "since",
        "around",
        "another",
        "already",
        "however",
        "across",
        "next",
        "told",
        "says",
    ]
)


def terms(text: str) -> list[str]:
    out = []
    for tok in _TOKEN.findall(text.lower().replace("’", "'")):
        tok = tok.split("'")[0]
        if len(tok) < 2 or tok in STOP:
            continue
        if len(tok) > 4 and tok.endswith("s") and not tok.endswith(("ss", "us", "is")):
            tok = tok[:-1]
        out.append(tok)
    return out


def document(title: str, text: str, text_words: int) -> list[str]:
    head = " ".join(text.split()[:text_words])
    return terms(title) * TITLE_WEIGHT + terms(head)


def tfidf(docs: Sequence[list[str]]) -> tuple[sparse.csr_matrix, list[str]]:
    """Row-normalised TF-IDF matrix (one row per document) and its vocabulary."""
    vocab: dict[str, int] = {}
    counts = [Counter(d) for d in docs]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + f)) + 1.0 for t, f in df.items()}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for c in counts:
        weighted = sorted(
            ((1.0 + math.log(tf)) * idf[t], t) for t, tf in c.items() if df[t] < max(2, n) or n < 3
        )[-TOP_TERMS:]
        norm = math.sqrt(sum(w * w for w, _ in weighted)) or 1.0
        for w, t in weighted:
            j = vocab.get(t)
            if j is None:
                j = vocab[t] = len(vocab)
            indices.append(j)
            data.append(w / norm)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.array(data, dtype=np.float32), np.array(indices, dtype=np.int32), indptr),
        shape=(n, len(vocab)),
    )
    words = [""] * len(vocab)
    for t, j in vocab.items():
        words[j] = t
    return matrix, words


def candidate_pairs(
    matrix: sparse.csr_matrix,
    times: np.ndarray,
    window: float,
    floor: float,
    block_rows: int = 4000,
) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for i != j published within ``window`` hours, cosine >= floor.

    Each unordered pair appears once, with i the earlier of the two in (time, index) order.
    """
    n = matrix.shape[0]
    order = np.lexsort((np.arange(n), times))
    t_sorted = times[order]
    x = matrix[order].tocsr()
    out: list[tuple[int, int, float]] = []
    start = 0
    while start < n:
        stop = int(np.searchsorted(t_sorted, t_sorted[start] + window, side="right"))
        stop = max(stop, start + 1)
        if stop - start > block_rows:
            stop = start + block_rows
        end = int(np.searchsorted(t_sorted, t_sorted[stop - 1] + window, side="right"))
        sims = (x[start:stop] @ x[start:end].T).tocoo()
        rows = sims.row + start
        cols = sims.col + start
        keep = (cols > rows) & (sims.data >= floor) & (t_sorted[cols] - t_sorted[rows] <= window)
        for r, c, s in zip(rows[keep], cols[keep], sims.data[keep], strict=True):
            out.append((int(order[r]), int(order[c]), float(s)))
        start = stop
    return out
