"""Duplicates: the same canonical URL, the same text, or nearly the same text.

Every group of duplicates keeps one article: the earliest published with full text, where a
member that another member names as the original it repeats (a syndicated copy's declared
canonical, ``Doc.declares``) counts as published when its earliest claimant was, along chains of
claims (a claim passes on the claimant's time, never more: a late copy named from a later mirror
does not move ahead of the report); at equal times a member that names no other member is kept
(the end of the chain), then the shorter URL, then the id. The others map to it
(``dup id -> kept id``) and are listed as "also published at" on the kept article's source. Two entries of one canonical URL (an edited
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


def _kept(docs: list[Doc], members: list[int]) -> int:
    """The member of a group of duplicates to keep (see the module docstring)."""
    by_canonical: dict[str, list[int]] = defaultdict(list)
    for i in members:
        by_canonical[docs[i].canonical].append(i)
    claims = [
        (i, j) for i in members for j in by_canonical.get(docs[i].declares or "", ()) if j != i
    ]
    time: dict[int, float] = {}
    for i in members:
        hours = docs[i].hours
        time[i] = hours if hours is not None else float("inf")
    for _ in members:  # a chain passes the time on one step per round; cycles settle too
        moved = [(i, j) for i, j in claims if time[i] < time[j]]
        for i, j in moved:
            time[j] = min(time[j], time[i])
        if not moved:
            break
    claimants = {i for i, _ in claims}
    return min(
        members,
        key=lambda i: (not docs[i].read, time[i], i in claimants, len(docs[i].url), docs[i].id),
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
        kept = _kept(docs, members)
        for i in members:
            if i != kept and docs[i].id != docs[kept].id:
                dups[docs[i].id] = docs[kept].id
    return dups
