"""How long `newsdesk --help` takes, beside its floor and the eager import it replaced.

Issue 16's target: `newsdesk --help` under 0.15 s (median). Each command now imports its stage
when it runs; before, starting the CLI imported every stage (numpy and scipy through the
summarizer, the review stage, http.server). Printed, from one run, as medians of N runs each:

- floor: a bare Python start (`python -c pass`);
- eager: the CLI with the modules it used to import at start (summarizer, review, preview);
- now: `newsdesk --help` through the console script.

Usage: python benchmarks/cli_start.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

# what starting the CLI imported before (the draft, review and serve commands' stages at module
# level; crawl, stories and build-site already imported theirs when run)
EAGER = (
    "import newsdesk.cli, newsdesk.summarizer.run, newsdesk.review.actions, newsdesk.cli.preview"
)


def _median(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd="/")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    script = Path(sys.executable).with_name("newsdesk")
    floor = _median([sys.executable, "-c", "pass"], args.runs)
    eager = _median([sys.executable, "-c", EAGER], args.runs)
    now = _median([str(script), "--help"], args.runs)
    print(f"load average: {os.getloadavg()[0]:.2f} (2-core machine); medians of {args.runs} runs")
    print(f"floor   python -c pass              {floor:6.3f} s")
    print(f"eager   CLI as it used to start     {eager:6.3f} s")
    print(
        f"now     newsdesk --help             {now:6.3f} s   ({now / eager:.2f}x eager, "
        f"{now / floor:.1f}x floor; target < 0.15 s: {'met' if now < 0.15 else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
