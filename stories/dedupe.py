"""Duplicates: the same canonical URL, the same text, or nearly the same text.

Every group of duplicates keeps one article: the one with full text that another member of the
group names as the original it repeats (a syndicated copy's declared canonical,
``Doc.declares``), else the earliest published with full text (ties: the shorter URL, then the
id); the others map to it (``dup id -> kept id``) and are listed as
"also published at" on the kept article's source. Two entries of one canonical URL (an edited
headline, an updated text) are one article, never two.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

import numpy as np
from newsdesk.stories.docs import Doc
from newsdesk.stories.neardup import MAX_WORDS, WordHasher, hashed_signatures, similar_pairs, words

from newsdesk.config import StoriesConfig


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def _kept_key(doc: Doc, named: set[str]) -> tuple:
    """``named``: the canonical URLs members of the group declare as their original."""
    return (
        not doc.read,
        doc.canonical not in named,
        doc.hours if doc.hours is not None else float("inf"),
        len(doc.url),
        doc.id,
    )


def find_duplicates(docs: list[Doc], settings: StoriesConfig) -> dict[str, str]:
    """``{dup id: kept id}`` over ``docs`` (kept ids map to nothing)."""
    uf = _UnionFind(len(docs))
    first: dict[str, int] = {}
    for i, d in enumerate(docs):
        key = "url:" + d.canonical
        if key in first:
            uf.union(first[key], i)
        else:
            first[key] = i
    # exact text: one representative per identical normalised text goes on to MinHash
    reps: list[int] = []
    rep_hashes: list[np.ndarray] = []
    hasher = WordHasher()
    by_text: dict[bytes, int] = {}
    for i, d in enumerate(docs):
        ws = words(d.text)
        if len(ws) < settings.near_duplicate_min_words:
            continue
        digest = hashlib.blake2b(" ".join(ws).encode("utf-8"), digest_size=16).digest()
        if digest in by_text:
            uf.union(by_text[digest], i)
        else:
            by_text[digest] = i
            reps.append(i)
            rep_hashes.append(hasher(ws[:MAX_WORDS]))
    sig, valid = hashed_signatures(
        rep_hashes, settings.num_perm, settings.shingle_size, settings.near_duplicate_min_words
    )
    for a, b in similar_pairs(sig, valid, settings.near_duplicate_threshold):
        uf.union(reps[a], reps[b])
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(docs)):
        groups[uf.find(i)].append(i)
    dups: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        named = {c for i in members if (c := docs[i].declares)}
        kept = min(members, key=lambda i: _kept_key(docs[i], named))
        for i in members:
            if i != kept and docs[i].id != docs[kept].id:
                dups[docs[i].id] = docs[kept].id
    return dups
