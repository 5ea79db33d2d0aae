"""Saving drafts into a big content folder: one folder walk per run against one per lookup.

A drafting run saves each story through one ``ContentIndex`` (newsdesk/content_index.py). Before
session 28 every lookup walked the whole content folder and stat-ed each file (``find`` for the
rejected-story check, ``find`` in ``save``, and the slug check for a new file): three walks a
story, so the first drafting run of a big store grew with the square of its stories. Now a
lookup walks only when a folder changed, and the index takes in each file it writes.

Printed, from one run: the time to save N new stories (then to save them all again, unchanged)
with the index as it is, and with a full walk forced before each lookup (the previous path),
medians of ``--repeat`` runs, each into a fresh temporary folder, with the load averages.

Usage: python benchmarks/saves.py [--stories 500 1500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsdesk.content_index import ContentIndex  # noqa: E402
from newsdesk.regenerate import save  # noqa: E402


class _WalkEachTime(ContentIndex):
    """The previous path: every lookup walks the folder and stats every file."""

    def _folders_unchanged(self) -> bool:
        return False


def _meta(i: int) -> dict[str, object]:
    month = 1 + i % 12
    return {"title": f"Story number {i}", "slug": f"story-{i}", "story_id": f"st-{i:05d}",
            "date": f"2026-{month:02d}-0{1 + i % 9}", "sources": [{"url": f"https://e.test/{i}"}]}  # fmt: skip


def _run(kind: type[ContentIndex], n: int) -> tuple[float, float]:
    """Seconds to save n new stories, then n unchanged ones, as a drafting run does."""
    with tempfile.TemporaryDirectory() as tmp:
        times = []
        for _ in range(2):
            index = kind(Path(tmp) / "content")
            started = time.perf_counter()
            for i in range(n):
                index.find(f"st-{i:05d}")  # the rejected-story check
                save(index, _meta(i), f"A body for story {i}.\n")
            times.append(time.perf_counter() - started)
        return times[0], times[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", type=int, nargs="+", default=[500, 1500])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"load before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        "stories | new: now / walk each lookup (ratio) | unchanged: now / walk each lookup (ratio)"
    )
    for n in args.stories:
        runs: dict[str, list[tuple[float, float]]] = {"now": [], "old": []}
        for _ in range(args.repeat):  # alternating, so that load hits both alike
            runs["now"].append(_run(ContentIndex, n))
            runs["old"].append(_run(_WalkEachTime, n))
        med = {k: [statistics.median(r[j] for r in v) for j in (0, 1)] for k, v in runs.items()}
        (new_now, same_now), (new_old, same_old) = med["now"], med["old"]
        print(f"{n:>7} | {new_now:.2f} s / {new_old:.2f} s ({new_now / new_old:.2f}x) | "
              f"{same_now:.2f} s / {same_old:.2f} s ({same_now / same_old:.2f}x)")  # fmt: skip
    print(f"load after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
