"""Near-duplicate detection: MinHash signatures over word shingles, banded LSH, verification.

The signatures are exactly datasketch's ``MinHash`` (scheme ``affine32``, the same seed and
permutations, a shingle's 32-bit hash as the input value), computed for all documents at once
with numpy instead of one ``update`` call per shingle: ~2.5 ms per article becomes a few
microseconds. ``tests/stories/test_neardup.py`` checks the values against datasketch itself.
The LSH step bands the signatures with datasketch's optimal (bands, rows) for the threshold
and verifies every candidate pair by its estimated Jaccard similarity, so the threshold in
``StoriesConfig.near_duplicate_threshold`` is what decides.

Only the first ``MAX_WORDS`` words of a text are shingled: syndicated copies share their
opening, and it bounds the cost per article. Texts shorter than
``StoriesConfig.near_duplicate_min_words`` are left to the URL level (a blurb or a title is no
evidence of copying).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

MAX_WORDS = 600
CANDIDATE_MARGIN = 0.2
_WORD = re.compile(r"\w+", re.UNICODE)
_MULT = np.uint32(0x01000193)  # FNV prime: combines word hashes into a shingle hash
_CHUNK = 1 << 16  # shingles per vectorised block (num_perm x 65536 uint32 = 32 MB at 128)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@lru_cache(maxsize=16)
def permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's (a, b) for this num_perm and seed, as uint32 column vectors: the draws of
    ``MinHash(scheme="affine32")._init_permutations``, made here so that the stage does not
    import datasketch (which loads scipy.integrate: ~0.3 s of every regrouping);
    tests/stories/test_neardup_tables.py checks them against datasketch."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a[:, None], b[:, None]


def fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser (datasketch pre-mixes every input hash with it)."""
    h = h.astype(np.uint32, copy=True)
    with np.errstate(over="ignore"):
        h ^= h >> np.uint32(16)
        h *= np.uint32(0x85EBCA6B)
        h ^= h >> np.uint32(13)
        h *= np.uint32(0xC2B2AE35)
        h ^= h >> np.uint32(16)
    return h


def shingle_hashes(word_hashes: np.ndarray, k: int) -> np.ndarray:
    """32-bit hashes of every run of ``k`` consecutive words (one hash if fewer words)."""
    n = len(word_hashes)
    if n == 0:
        return word_hashes.astype(np.uint32)
    k = min(k, n)
    out = np.zeros(n - k + 1, dtype=np.uint32)
    with np.errstate(over="ignore"):
        for j in range(k):
            out = out * _MULT + word_hashes[j : n - k + 1 + j]
    return out


class WordHasher:
    """Words to 32-bit hashes (crc32), cached per distinct word."""

    def __init__(self) -> None:
        self.cache: dict[str, int] = {}

    def __call__(self, ws: list[str]) -> np.ndarray:
        cache = self.cache
        out = list(map(cache.get, ws))
        if None in out:
            for k, w in enumerate(ws):
                if out[k] is None:
                    out[k] = cache[w] = zlib.crc32(w.encode("utf-8"))
        return np.array(out, dtype=np.uint32)


def signatures(
    texts: Sequence[str], num_perm: int = 128, shingle_size: int = 5, min_words: int = 1
) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures (n x num_perm, uint32) and a mask of texts long enough to compare."""
    hasher = WordHasher()
    return hashed_signatures(
        [hasher(words(t)[:MAX_WORDS]) for t in texts], num_perm, shingle_size, min_words
    )


def hashed_signatures(
    word_hashes: Sequence[np.ndarray],
    num_perm: int = 128,
    shingle_size: int = 5,
    min_words: int = 1,
) -> tuple[np.ndarray, np.ndarray]:
    """Signatures of texts given as arrays of word hashes (:class:`WordHasher`; 4 bytes a
    word instead of a string object). Shingles are hashed for a block of texts at once: their
    word hashes are concatenated and shingles that would cross into the next text dropped."""
    n = len(word_hashes)
    lengths = np.array([len(t) for t in word_hashes], dtype=np.int64)
    valid = lengths >= max(min_words, 1)
    sig = np.full((n, num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    a, b = permutations(num_perm)
    with np.errstate(over="ignore"):
        for r in np.flatnonzero(valid & (lengths < shingle_size)).tolist():
            shingles = fmix32(shingle_hashes(word_hashes[r], shingle_size))  # one shingle
            sig[r] = (a * shingles[None, :] + b).min(axis=1)
        rows = np.flatnonzero(valid & (lengths >= shingle_size))
        start = 0
        while start < len(rows):  # blocks of texts holding about _CHUNK words
            stop = start + 1
            total = int(lengths[rows[start]])
            while stop < len(rows) and total + lengths[rows[stop]] <= _CHUNK:
                total += int(lengths[rows[stop]])
                stop += 1
            block = rows[start:stop]
            flat = np.concatenate([word_hashes[r] for r in block.tolist()])
            shingles = shingle_hashes(flat, shingle_size)
            ends = np.cumsum(lengths[block])
            # a shingle starting at p belongs to its text when p + k <= the text's end
            positions = np.arange(len(shingles))
            owner = np.searchsorted(ends, positions, side="right")
            keep = positions + shingle_size <= ends[owner]
            shingles = fmix32(shingles[keep])
            starts = np.searchsorted(owner[keep], np.arange(len(block)))
            permuted = a * shingles[None, :] + b
            sig[block] = np.minimum.reduceat(permuted, starts, axis=1).T
            start = stop
    return sig, valid


# datasketch's _optimal_param(threshold, num_perm, 0.5, 0.5) for the default settings (0.7, 128)
# and their neighbours, so that they need no datasketch import (see permutations); checked
# against datasketch by tests/stories/test_neardup_tables.py
LSH_PARAMS = {
    (0.5, 128): (25, 5),
    (0.6, 128): (18, 7),
    (0.7, 64): (8, 8),
    (0.7, 128): (14, 9),
    (0.7, 256): (25, 10),
    (0.8, 128): (9, 13),
    (0.9, 128): (5, 25),
}


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising false positives + false negatives at the threshold."""
    known = LSH_PARAMS.get((threshold, num_perm))
    if known is not None:
        return known
    try:  # datasketch's false-positive/negative optimum for (bands, rows)
        from datasketch.lsh import _optimal_param
    except ImportError:  # pragma: no cover - older or newer layouts
        _optimal_param = None
    if _optimal_param is not None:
        return _optimal_param(threshold, num_perm, 0.5, 0.5)
    best = (1, num_perm)
    for r in range(1, num_perm + 1):  # pragma: no cover
        if num_perm // r * r == num_perm and (1 / (num_perm // r)) ** (1 / r) <= threshold:
            best = (num_perm // r, r)
    return best


def similar_pairs(sig: np.ndarray, valid: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Pairs (i < j) of valid rows whose estimated Jaccard similarity is >= threshold."""
    idx = np.flatnonzero(valid)
    if len(idx) < 2:
        return []
    # candidates at a lower threshold, so pairs just above the real one are rarely missed
    # (at exactly the threshold, banding tuned for it finds only about half of them)
    bands, rows = lsh_params(max(0.3, threshold - CANDIDATE_MARGIN), sig.shape[1])
    rng = np.random.default_rng(7)
    mults = rng.integers(1, 2**63, size=rows, dtype=np.uint64) | np.uint64(1)
    sub = sig[idx].astype(np.uint64)
    candidates: set[tuple[int, int]] = set()
    for band in range(bands):
        with np.errstate(over="ignore"):
            keys = (sub[:, band * rows : (band + 1) * rows] * mults).sum(axis=1, dtype=np.uint64)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        same = np.flatnonzero(sorted_keys[1:] == sorted_keys[:-1])
        if len(same) == 0:
            continue
        # runs of equal keys: link each member to the run's first and to its predecessor
        run_start = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        first_of = run_start[np.searchsorted(run_start, same + 1, side="right") - 1]
        for p, f in zip((same + 1).tolist(), first_of.tolist(), strict=True):
            x, y, z = int(idx[order[p]]), int(idx[order[f]]), int(idx[order[p - 1]])
            candidates.add((min(x, y), max(x, y)))
            if z != y:
                candidates.add((min(x, z), max(x, z)))
    if not candidates:
        return []
    pairs = np.array(sorted(candidates), dtype=np.int64)
    est = (sig[pairs[:, 0]] == sig[pairs[:, 1]]).mean(axis=1)
    return [(int(i), int(j)) for i, j in pairs[est >= threshold]]
