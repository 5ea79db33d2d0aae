"""Headline benchmark (issue 12): how many AllSides/NeuS stories get a headline newsdesk composed
and how many fall back to the lead outlet's headline marked as theirs, and the copy measure: the
longest run of consecutive words a headline shares with any one source's headline or text
(outside quotation marks), and how many reach 5.

    NEWSDESK_EVAL=../shared/eval .venv/bin/python benchmarks/headlines.py --rows 40-119,138-149

The stories' AllSides titles are removed (they are AllSides editors' headlines, which newsdesk
would keep as a caller's title). ``--print`` prints each story's headline beside the outlets'
headlines, to be read; use it on the rows rules are read on (0-39,120-137) only.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdesk.summarizer import summarize  # noqa: E402
from newsdesk.summarizer.compose import numbering, source_texts  # noqa: E402
from newsdesk.summarizer.headline import RUN, longest_run  # noqa: E402
from summarize import neus_stories, rows  # noqa: E402

from newsdesk.config import SummarizerConfig  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    ap.add_argument("--rows", default="0-39,120-137", help="NeuS rows, e.g. 40-119,138-149")
    ap.add_argument("--print", action="store_true", help="print each headline beside the outlets'")
    args = ap.parse_args()
    neus = neus_stories()
    if not neus:
        sys.exit("no AllSides/NeuS data: set NEWSDESK_EVAL")
    composed, marked, reach, runs, words = 0, 0, 0, [], []
    for i in [i for i in rows(args.rows) if i < len(neus)]:
        story = dataclasses.replace(neus[i][0], title=None)
        head = summarize(story, SummarizerConfig()).headline
        texts = [t for t in source_texts(story, numbering(story)).values() if t]
        run = longest_run(head, texts + [it.title for it in story.items if it.title])
        is_marked = head.endswith("\u201d") and ": \u201c" in head
        marked += is_marked
        composed += not is_marked
        reach += run >= RUN
        runs.append(run)
        if not is_marked:
            words.append(len(head.split()))
        if args.print:
            print(f"\n== row {i}")
            for it in story.items:
                print(f"   {it.id:>6}: {it.title}")
            print(f"   newsdesk: {head}   (longest shared run {run})")
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"\nrows {args.rows}: {composed + marked} stories · {composed} composed · {marked} marked "
        f"(the lead's headline) · headlines with a run of {RUN}+ words of a source: {reach} · "
        f"longest run {max(runs)} · composed headline words median "
        f"{statistics.median(words) if words else 0} max {max(words, default=0)} · load {load}"
    )


if __name__ == "__main__":
    main()
