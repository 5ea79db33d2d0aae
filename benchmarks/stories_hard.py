"""The stories stage on the hard cases of benchmarks/data/stories_hard.jsonl.

    .venv/bin/python benchmarks/stories_hard.py

The set (hand-written, see benchmarks/data/stories_hard_seeds.py): late follow-ups, relays of
unfetched outlets, roundups, opinion, paywalled originals known only through citations, and
same-company / same-topic distractors. Printed, each beside a baseline from the same run:

- grouping pair precision, recall and F1;
- late follow-ups joined: a ``late`` item in the story holding most of its story's other items;
- roundups merging stories: output stories holding a roundup and items of two or more real
  stories; distractor pairs (same company, or same topic in one week) merged;
- original right: the outlet that broke the story is its ``original`` (listed first);
- roundups placed right: alone when spread over several stories, else in the story it is
  mostly about;
- listing sources: linked front pages, sections and HN listings that became sources (should
  be 0; an outlet cited by name only is listed under its home address and is not counted).

The baseline is the same code with relayed citations and URL specificity switched off (the
attribution before issue 11). Clustering is not changed by either, so its two columns agree.
"""

from __future__ import annotations

import collections
import functools
import importlib.util
import json
import sys
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsdesk.stories.attribution as attribution  # noqa: E402
import newsdesk.stories.citations as citations  # noqa: E402
import newsdesk.stories.run as run  # noqa: E402
from newsdesk.stories import group_items  # noqa: E402
from newsdesk.stories.attribution import attribute  # noqa: E402
from newsdesk.stories.canonical import canonical_url  # noqa: E402
from newsdesk.stories.specificity import is_specific  # noqa: E402

from newsdesk.config import StoriesConfig  # noqa: E402
from newsdesk.models import Item, Story  # noqa: E402

_spec = importlib.util.spec_from_file_location("stories_benchmark", ROOT / "benchmarks/stories.py")
assert _spec and _spec.loader
_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_bench)
labels, pairwise = _bench.labels, _bench.pairwise  # the metrics of benchmarks/stories.py

HARD = ROOT / "benchmarks" / "data" / "stories_hard.jsonl"
DISTRACTORS = [
    ("kestrel-outage", "kestrel-frankfurt"),
    ("quillon-leak", "quillon-funding"),
    ("orbitline-quota", "marrow-leaderboard"),
    ("orbitline-quota", "pellucid-cap"),
    ("marrow-leaderboard", "pellucid-cap"),
]


def load() -> list[dict]:
    return [json.loads(line) for line in HARD.read_text("utf-8").splitlines()]


def run_stage(rows: list[dict], *, baseline: bool) -> list[Story]:
    items = [
        Item(id=r["id"], url=r["url"], title=r["title"], text=r["text"],
             published=r["published"], source=r["source"], links=tuple(r["links"]),
             read=r["read"])
        for r in rows
    ]  # fmt: skip
    with ExitStack() as stack:
        if baseline:
            stack.enter_context(
                mock.patch.object(run, "attribute", functools.partial(attribute, relays=False))
            )
            for module in (citations, attribution):
                stack.enter_context(mock.patch.object(module, "is_specific", lambda url: True))
        return group_items(items, StoriesConfig())


def home_of(rows: list[dict], stories: list[Story]) -> dict[str, str]:
    """{gold story: the output story holding most of its non-late, non-roundup items}."""
    by_item = {i: s.story_id for s in stories for i in s.item_ids}
    votes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for r in rows:
        if r["gold_kind"] not in ("late", "roundup"):
            votes[r["gold_story"]][by_item[r["id"]]] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def measure(rows: list[dict], stories: list[Story]) -> dict[str, tuple[int, int]]:
    gold = {r["id"]: r["gold_story"] for r in rows}
    by_item = {i: s for s in stories for i in s.item_ids}
    home = home_of(rows, stories)
    late = [r for r in rows if r["gold_kind"] == "late"]
    joined = sum(by_item[r["id"]].story_id == home[r["gold_story"]] for r in late)
    real = {k for k in gold.values() if not k.startswith("roundup-")}
    kinds = {r["id"]: r["gold_kind"] for r in rows}
    roundup_merges = sum(
        any(kinds[i] == "roundup" for i in s.item_ids)
        and len({gold[i] for i in s.item_ids if kinds[i] != "roundup"} & real) >= 2
        for s in stories
    )
    mixed = [{gold[i] for i in s.item_ids} for s in stories]
    distractors = sum(any({a, b} <= m for m in mixed) for a, b in DISTRACTORS)
    originals = {r["gold_story"]: r["gold_original"] for r in rows if r["gold_original"]}
    right = 0
    for key, outlet in originals.items():
        story = next(s for s in stories if s.story_id == home[key])
        firsts = [src.outlet for src in story.sources if src.role == "original"]
        right += bool(firsts) and firsts[0] == outlet and story.sources[0].outlet == outlet
    linked = {canonical_url(u) for r in rows for u in r["links"] if not is_specific(u)}
    listings = sum(canonical_url(src.url) in linked for s in stories for src in s.sources)
    placed = 0
    for r in (r for r in rows if r["gold_kind"] == "roundup"):
        others = {gold[i] for i in by_item[r["id"]].item_ids if i != r["id"]}
        if r["gold_story"] in home:
            placed += by_item[r["id"]].story_id == home[r["gold_story"]]
        else:
            placed += not others - {r["gold_story"]}
    return {
        "late follow-ups joined": (joined, len(late)),
        "roundups merging two stories": (roundup_merges, 0),
        "roundups placed right": (placed, sum(r["gold_kind"] == "roundup" for r in rows)),
        "distractor pairs merged": (distractors, len(DISTRACTORS)),
        "original right": (right, len(originals)),
        "front pages/sections as sources": (listings, 0),
    }


def main() -> None:
    rows = load()
    stories = run_stage(rows, baseline=False)
    base = run_stage(rows, baseline=True)
    gold = {r["id"]: r["gold_story"] for r in rows}
    print(
        f"== hard cases: {len(rows)} items, {len(set(gold.values()))} stories and roundups "
        f"({HARD.name}); baseline: relays and URL specificity off"
    )
    p, r, f = pairwise(labels(stories), gold)
    bp, br, bf = pairwise(labels(base), gold)
    print(f"grouping pair          newsdesk P {p:.3f} R {r:.3f} F1 {f:.3f}   "
          f"baseline P {bp:.3f} R {br:.3f} F1 {bf:.3f}")  # fmt: skip
    ours, theirs = measure(rows, stories), measure(rows, base)
    for name, (x, y) in ours.items():
        bx = theirs[name][0]
        of = f" of {y}" if y else ""
        print(f"{name:<32} newsdesk {x}{of}   baseline {bx}{of}")


if __name__ == "__main__":
    main()
