"""Time ``newsdesk summarize`` on hostile long sources: a 20,000-word article and a 5,000-line
numbered list full of "No. 5" and "Fig. 3." (pysbd's slow case), beside a normal story.

    .venv/bin/python benchmarks/hostile_summarize.py [--runs 3] [--keep DIR]

Prints the median wall time of each input (whole CLI run, in a fresh process). The inputs are
generated here from word lists (seeded), so every run sees the same text. No asserts: this is
a measurement, quoted in docs/benchmarks.md with the machine's load.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUBJECTS = ["The port authority", "Dock workers", "The harbour board", "Shipping firms",
            "The city council", "Freight operators", "Union leaders", "Inspectors"]  # fmt: skip
VERBS = ["approved", "delayed", "reviewed", "rejected", "funded", "paused", "expanded", "audited"]
OBJECTS = ["the crane contract", "a new berth", "the night shift rota", "the dredging plan",
           "the customs system", "a safety review", "the rail spur", "the fuel depot"]  # fmt: skip
TAILS = ["on Tuesday", "after a long debate", "for the third time", "despite objections",
         "ahead of the winter season", "at a cost of 4.2 million euros", "in a 7-2 vote"]  # fmt: skip


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."


def long_article(rng: random.Random, words: int = 20_000) -> str:
    paras, count = [], 0
    while count < words:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))
        count += len(para.split())
        paras.append(para)
    return "\n".join(paras)


def numbered_list(rng: random.Random, lines: int = 5_000) -> str:
    out = [_sentence(rng)]
    for i in range(1, lines + 1):
        out.append(
            f"{i}. Berth No. {rng.randint(1, 40)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
            f"(see Fig. {rng.randint(1, 9)}.) vol. {rng.randint(1, 12)} p. {rng.randint(1, 300)}."
        )
    return "\n".join(out)


def story(text: str) -> dict[str, object]:
    rng = random.Random(7)
    normal = " ".join(_sentence(rng) for _ in range(30))
    items = [
        {"id": "a", "url": "https://a.example/port", "title": "Port board delays berth plan",
         "text": normal, "published": "2026-03-02T09:00:00Z"},
        {"id": "b", "url": "https://b.example/port", "title": "Harbour board delays berth",
         "text": text, "published": "2026-03-02T10:00:00Z"},
    ]  # fmt: skip
    return {"title": "Port board delays berth plan", "items": items}


def timed(path: Path) -> float:
    started = time.monotonic()
    cmd = [str(ROOT / ".venv/bin/newsdesk"), "summarize", "--input", str(path)]
    subprocess.run(cmd, check=True, capture_output=True)
    return time.monotonic() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="write the inputs (and drafts) here")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    inputs = {
        "normal": story(" ".join(_sentence(rng) for _ in range(40))),
        "20,000 words": story(long_article(rng)),
        "5,000-line list": story(numbered_list(rng)),
    }
    for name, data in inputs.items():
        path = folder / (name.replace(",", "").replace(" ", "-") + ".json")
        path.write_text(json.dumps(data), encoding="utf-8")
        times = [timed(path) for _ in range(args.runs)]
        print(f"{name:>16}: median {statistics.median(times):6.2f} s of {args.runs} runs")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
