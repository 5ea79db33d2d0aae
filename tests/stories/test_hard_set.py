"""The hard-case labelled set: in sync with its hand-written seeds, and covering every case."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"


def _rows_from_seeds() -> list[dict]:
    sys.path.insert(0, str(DATA))
    try:
        import make_stories_eval

        return make_stories_eval.hard_rows()
    finally:
        sys.path.remove(str(DATA))


def test_the_jsonl_is_what_the_generator_writes_from_the_seeds() -> None:
    written = [json.loads(line) for line in (DATA / "stories_hard.jsonl").read_text().splitlines()]
    assert written == _rows_from_seeds(), "run python benchmarks/data/make_stories_eval.py"


def test_the_set_has_forty_items_and_every_hard_case() -> None:
    rows = _rows_from_seeds()
    assert len(rows) >= 40
    kinds = Counter(r["gold_kind"] for r in rows)
    assert {"original", "coverage", "relay", "opinion", "late", "roundup"} <= set(kinds)
    stories = {r["gold_story"] for r in rows}
    for key in stories - {k for k in stories if k.startswith("roundup-")}:
        assert any(r["gold_original"] for r in rows if r["gold_story"] == key), key
    # originals known only through citations: no item of that outlet in the story
    unseen = {
        r["gold_story"]
        for r in rows
        if r["gold_original"]
        and not any(
            x["source"] == r["gold_original"] for x in rows if x["gold_story"] == r["gold_story"]
        )
    }
    assert len(unseen) >= 3
    assert len({r["id"] for r in rows}) == len(rows)
