"""The verifier's caches and indexes answer as the plain computations they stand for (text
written for these tests): a caller that changes what it was given changes no later answer,
and the word index of a passage finds what a scan of its words finds."""

from __future__ import annotations

import pytest
from newsdesk.summarizer import lexicon
from newsdesk.summarizer.copying import Shingles
from newsdesk.summarizer.facts import numbers
from newsdesk.summarizer.stitched import MIN_PREFIX, covered, root
from newsdesk.summarizer.synonyms import sense_lemmas

TEXT = "Harlow Rail cut 1,200 jobs in 2025 and stepped in to fund a second depot."


def test_a_callers_change_to_numbers_is_not_kept() -> None:
    first = numbers(TEXT)
    first.add("99")
    assert numbers(TEXT) == {"1200", "2025", "2nd"}


def test_a_callers_change_to_sense_lemmas_is_not_kept() -> None:
    first = sense_lemmas(TEXT)
    first.clear()
    assert sense_lemmas(TEXT)


def test_sense_lemmas_follow_the_lexicon_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    keys = {k for _, ks in sense_lemmas(TEXT) for k in ks}
    monkeypatch.setattr(lexicon, "ENABLED", False)
    without = {k for _, ks in sense_lemmas(TEXT) for k in ks}
    assert any(k.startswith(lexicon.SYNSET) for k in keys)
    assert not any(k.startswith(lexicon.SYNSET) for k in without)


def test_a_callers_change_to_bases_is_not_kept() -> None:
    lexicon.bases("debuted").append("nonsense")
    assert "nonsense" not in lexicon.bases("debuted")


def _scanned(key: str, have: frozenset[str]) -> bool:
    """covered() as a scan of every word of the passage (the rule the index stands for)."""

    def derived(a: str, b: str) -> bool:
        if min(len(a), len(b)) < MIN_PREFIX:
            return False
        shorter = min(len(a), len(b))
        return (
            a.startswith(b)
            or b.startswith(a)
            or (shorter > MIN_PREFIX and a[: shorter - 1] == b[: shorter - 1])
        )

    base = root(key)
    return key in have or any(
        derived(key, h) or (len(base) >= 4 and root(h) == base)
        for h in have
        if not h.startswith(lexicon.SYNSET)
    )


def test_the_passage_index_finds_what_a_scan_finds() -> None:
    words = [
        "provinc",
        "provinci",
        "health",
        "healthi",
        "explod",
        "explos",
        "expand",
        "expans",
        "close",
        "closur",
        "fail",
        "failur",
        "invad",
        "invas",
        "admit",
        "admiss",
        "agreement",
        "agre",
        "shortag",
        "short",
        "guidanc",
        "guid",
        "cat",
        "cats",
        "state",
        "stated",
        "statement",
        "run",
        "runner",
        "~123",
        "~456",
        "establish",
        "establishment",
    ]
    have = frozenset(words[::3] + ["~123"])
    for key in words:
        assert covered(key, have) == _scanned(key, have), key


def test_a_run_is_credited_to_the_first_source_that_has_it() -> None:
    run = "the council voted to close the old depot next spring"
    shingles = Shingles.of({2: f"Reports said {run}.", 1: f"Earlier, {run}."})
    assert set(shingles.copied(f"We heard {run}.")) == {2}
    assert shingles.spans(f"We heard {run}.") == [(9, 9 + len(run))]
