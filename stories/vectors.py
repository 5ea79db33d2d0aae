"""TF-IDF vectors of articles (sparse), and the candidate pairs worth comparing.

A document is its title (counted ``TITLE_WEIGHT`` times) plus the first
``StoriesConfig.text_words`` words of its text: the lead paragraphs name the event, while the
rest of an article drifts into background that other stories share. Terms are lower-cased
words minus stop words, Snowball-stemmed ("gaming" and "games" are one term); weights are sublinear tf x smoothed idf,
L2-normalised, and each document keeps only its ``TOP_TERMS`` heaviest terms so that the
sparse products stay cheap at 100k articles.

Candidate pairs come from sparse products restricted by publication time: articles are
sorted by time and cut into blocks one window wide; a block is compared with itself and the
next block only, so the work grows with the number of articles times the articles per window,
not with its square.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable

import numpy as np
import snowballstemmer
from scipy import sparse

from newsdesk.text import STOP_WORDS

TITLE_WEIGHT = 2
TOP_TERMS = 100
_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# plus words any news report uses (years, weeks, people, reported): shared by unrelated
# stories, they would make them look alike
_NEWS_FILLER = """
    year years week weeks day days get got make made without report reported reports
    reporting people time first last us thing things including use used using way well back
    going another already next
"""
STOP = STOP_WORDS | frozenset(_NEWS_FILLER.split())


_NORM: dict[str, str] = {}  # token -> term ("" for a stop word); grows with the vocabulary


_STEM = snowballstemmer.stemmer("english").stemWord  # C speed when PyStemmer is installed


def _norm(tok: str) -> str:
    term = tok.split("'")[0]
    if len(term) < 2 or term in STOP:
        term = ""
    elif len(term) > 3 and not any(c.isdigit() for c in term):
        term = _STEM(term)
    if len(_NORM) < 2_000_000:
        _NORM[tok] = term
    return term


def terms(text: str) -> list[str]:
    """Lower-cased terms of ``text`` without stop words, plurals folded."""
    get = _NORM.get
    out = []
    for tok in _TOKEN.findall(text.lower().replace("’", "'")):
        term = get(tok)
        if term is None:
            term = _norm(tok)
        if term:
            out.append(term)
    return out


def document(title: str, text: str, text_words: int) -> list[str]:
    head = " ".join(text.split(None, text_words)[:text_words])
    return terms(title) * TITLE_WEIGHT + terms(head)


def tfidf(docs: Iterable[list[str]]) -> tuple[sparse.csr_matrix, list[str]]:
    """Row-normalised TF-IDF matrix (one row per document) and its vocabulary.

    ``docs`` is consumed once (a generator keeps memory flat); weights are computed with numpy.
    """
    vocab: dict[str, int] = {}
    setdefault = vocab.setdefault
    ids = array("i")
    lengths = array("q")
    cols: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    per_doc: list[np.ndarray] = []
    start = 0  # first document not yet counted

    def count() -> None:
        """(document, term) counts of the documents read since the last call."""
        nonlocal ids, start
        lens = np.frombuffer(lengths, dtype=np.int64)[start:]
        doc_of = np.repeat(np.arange(len(lens), dtype=np.int64), lens)
        token = np.frombuffer(ids, dtype=np.int32).astype(np.int64)
        keys, cnt = np.unique(doc_of << 32 | token, return_counts=True)
        cols.append((keys & 0xFFFFFFFF).astype(np.int32))
        counts.append(cnt)
        per_doc.append(np.bincount(keys >> 32, minlength=len(lens)))
        ids, start = array("i"), len(lengths)

    for doc in docs:  # term ids of every token, document after document, in blocks
        ids.extend([setdefault(t, len(vocab)) for t in doc])
        lengths.append(len(doc))
        if len(ids) >= 1 << 20:
            count()
    count()
    n_docs = len(lengths)
    col = np.concatenate(cols)
    cnt = np.concatenate(counts)
    ptr = np.concatenate([[0], np.cumsum(np.concatenate(per_doc))]).astype(np.int64)
    df = np.bincount(col, minlength=len(vocab))
    idf = np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
    weight = (1.0 + np.log(np.maximum(cnt, 1))) * idf[col]
    row = np.repeat(np.arange(n_docs), np.diff(ptr))
    # keep each row's TOP_TERMS heaviest terms: sort by (row, -weight), rank within the row
    order = np.lexsort((col, -weight, row))
    rank = np.arange(len(order)) - ptr[row[order]]
    keep = order[rank < TOP_TERMS]
    keep.sort()
    row, col, weight = row[keep], col[keep], weight[keep]
    norms = np.sqrt(np.bincount(row, weights=weight * weight, minlength=n_docs))
    weight = weight / np.where(norms > 0, norms, 1.0)[row]
    matrix = sparse.csr_matrix(
        (weight.astype(np.float32), (row, col)), shape=(n_docs, len(vocab)), dtype=np.float32
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
    block_rows: int = 1500,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Arrays (i, j, cosine) of pairs published within ``window`` hours with cosine >= floor.

    Each unordered pair appears once, with i the earlier of the two in (time, index) order.
    """
    n = matrix.shape[0]
    order = np.lexsort((np.arange(n), times))
    t_sorted = times[order]
    x = matrix[order].tocsr()
    out_i: list[np.ndarray] = []
    out_j: list[np.ndarray] = []
    out_s: list[np.ndarray] = []
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
        out_i.append(order[rows[keep]])
        out_j.append(order[cols[keep]])
        out_s.append(sims.data[keep])
        start = stop
    if not out_i:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s)
