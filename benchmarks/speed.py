"""Speed of drafting and checking, each as a ratio to a baseline timed in the same run.

    .venv/bin/python benchmarks/speed.py [--runs N]

The machine that runs the benchmarks is shared and its load changes from minute to minute, so a
time alone says little from one run to the next. Each figure here is printed beside a fixed
piece of pure-Python work, timed between the runs it is compared with: pysbd (the library
alone, no cache of ours) splitting the 20 texts of the story below into sentences; the ratio to
it moves far less with the load than the times do:

- draft, new story: summarize() of benchmarks/summarize.py's 20-article story, every bounded
  cache of newsdesk cleared before each run, as for a story not drafted before (a build drafts
  each story once);
- draft, again: the same story drafted again with the caches kept (the timing summarize.py
  prints);
- check: Checker.check of every sentence of the judged pairs' tune half
  (benchmarks/data/verify/pairs.txt), one checker per passage, caches cleared first.

Times are medians of N runs, CPU time of this process (less moved by other processes than the
wall clock, which is printed too). The load and this process's peak RSS are printed at the end.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pysbd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsdesk.summarizer import summarize  # noqa: E402
from newsdesk.summarizer.verify import Checker  # noqa: E402
from summarize import our_stories, twenty_article_story  # noqa: E402
from verify import load_pairs  # noqa: E402

from newsdesk.config import SummarizerConfig  # noqa: E402


def clear_caches() -> None:
    """Empty every bounded lru_cache of newsdesk's modules (texts' sentences, lemmas, passages);
    the tables read once (maxsize 1 or unbounded: WordNet, pysbd's segmenter) stay."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("newsdesk"):
            continue
        for value in list(vars(module).values()):
            if not isinstance(value, functools._lru_cache_wrapper):
                continue
            if value.cache_parameters()["maxsize"] not in (None, 1):
                value.cache_clear()


def timed(
    work: Callable[[], object], before: Callable[[], None] | None = None
) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one call of ``work``; ``before`` runs untimed."""
    if before:
        before()
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return time.process_time() - cpu, time.perf_counter() - wall


def check_pairs() -> None:
    tune, _ = load_pairs()
    for source, sentences in tune:
        checker = Checker({1: source})
        for sentence, _faithful in sentences:
            checker.check(sentence, (1,))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="runs of each, medians printed")
    runs = ap.parse_args().runs
    big = twenty_article_story(our_stories())
    texts = [it.text for it in big.items]
    segmenter = pysbd.Segmenter(language="en", clean=False)
    config = SummarizerConfig()
    summarize(big, config)  # warm-up: imports, pysbd's rules, WordNet's table
    work: dict[str, tuple[Callable[[], object], Callable[[], None] | None]] = {
        "draft, new story": (lambda: summarize(big, config), clear_caches),
        "draft, again": (lambda: summarize(big, config), None),
        "check, judged pairs (tune half)": (check_pairs, clear_caches),
    }
    print(f"load at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'':34} {'CPU s':>7} {'wall s':>7} {'baseline CPU s':>15} {'ratio':>7}")
    for name, (run, before) in work.items():
        own, base = [], []
        for _ in range(runs):  # the baseline between the runs it is compared with
            own.append(timed(run, before))
            base.append(timed(lambda: [segmenter.segment(t) for t in texts]))
        cpu = statistics.median(c for c, _ in own)
        wall = statistics.median(w for _, w in own)
        base_cpu = statistics.median(c for c, _ in base)
        print(f"{name:34} {cpu:7.3f} {wall:7.3f} {base_cpu:15.3f} {cpu / base_cpu:6.1f}x")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"load at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
