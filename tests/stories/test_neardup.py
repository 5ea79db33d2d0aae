"""Near-duplicate detection, and why the defaults are what they are."""

from __future__ import annotations

import dataclasses
import zlib

import numpy as np
from datasketch import MinHash
from newsdesk.stories import group_items
from newsdesk.stories.neardup import fmix32, shingle_hashes, signatures, similar_pairs, words

from newsdesk.config import StoriesConfig

from .conftest import AMAZON_JOBS, LEADERBOARD, item  # noqa: TID252


def test_vectorised_signatures_equal_datasketch_minhash() -> None:
    texts = [LEADERBOARD, AMAZON_JOBS, "too short"]
    sig, valid = signatures(texts, num_perm=64, shingle_size=5)
    assert valid.tolist() == [True, True, True]
    for text, row in zip(texts, sig, strict=True):
        hashes = np.array([zlib.crc32(w.encode()) for w in words(text)], dtype=np.uint32)
        m = MinHash(num_perm=64, seed=1, hashfunc=lambda x: x)
        for h in shingle_hashes(hashes, 5).tolist():
            m.update(h)
        assert (m.hashvalues == row).all()
    assert fmix32(np.array([0], dtype=np.uint32))[0] == 0


def _edited_copy(text: str) -> str:
    """What a syndication partner does: two words changed, a credit line appended."""
    ws = text.split()
    ws[20] = "reportedly"
    ws[50] = "roughly"
    return " ".join(ws) + " This article first appeared on AI Weekly."


_SENTENCES = [s.rstrip(".") + "." for s in LEADERBOARD.split(". ")]
# another outlet's piece that pastes two of the original's sentences around its own reporting
REWRITE = " ".join(
    [
        _SENTENCES[0],
        "We found the same pattern at two other firms, where managers also rank staff by tokens.",
        _SENTENCES[2],
        "The company did not respond to questions on Monday.",
    ]
)


def test_default_threshold_collapses_light_edits_but_keeps_rewrites_apart() -> None:
    """The defaults (0.7 on 5-word shingles) are where both hold: an edited syndicated copy
    (Jaccard ~0.77 at this length) is a duplicate, and another outlet's piece that pastes half
    of the original around its own reporting (~0.52) is not. 0.8 misses the copy; 0.45 on
    3-word shingles swallows the rewrite (~0.49)."""
    items = [
        item("original", "https://a.example/story", "Leaderboards gamed", LEADERBOARD),
        item(
            "copy",
            "https://b.example/story",
            "Leaderboards gamed",
            _edited_copy(LEADERBOARD),
            "2026-03-02T09:00:00Z",
        ),  # fmt: skip
        item(
            "rewrite",
            "https://c.example/story",
            "Leaderboard gaming",
            REWRITE,
            "2026-03-02T10:00:00Z",
        ),  # fmt: skip
    ]
    (story,) = group_items(items, StoriesConfig())
    assert story.duplicates == {"copy": "original"}
    strict = dataclasses.replace(StoriesConfig(), near_duplicate_threshold=0.8)
    (story,) = group_items(items, strict)
    assert story.duplicates == {}, "0.8 would miss the edited copy: the reason for 0.7"
    loose = dataclasses.replace(StoriesConfig(), near_duplicate_threshold=0.45, shingle_size=3)
    (story,) = group_items(items, loose)
    assert "rewrite" in story.duplicates, "too loose a setting swallows a real rewrite"


def test_short_blurbs_are_never_near_duplicates() -> None:
    items = [
        item("a", "https://a.example/1", "Amazon cuts jobs", "Amazon cuts 14,000 corporate jobs."),
        item("b", "https://b.example/2", "Amazon cuts jobs", "Amazon cuts 14,000 corporate jobs."),
    ]
    stories = group_items(items, StoriesConfig())
    assert all(not s.duplicates for s in stories)
    assert sorted(i for s in stories for i in s.item_ids) == ["a", "b"]  # both kept, not dropped


def test_exact_and_near_copies_found_among_many_unrelated_texts() -> None:
    rng = np.random.default_rng(3)
    vocab = [f"w{k}" for k in range(3000)]
    texts = [" ".join(rng.choice(vocab, 120)) for _ in range(400)]
    texts.append(texts[7])
    texts.append(_edited_copy(texts[9]))
    sig, valid = signatures(texts, 128, 5, 25)
    pairs = set(similar_pairs(sig, valid, 0.7))
    assert pairs == {(7, 400), (9, 401)}
