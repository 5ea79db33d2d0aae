"""How long the CLI takes to start, beside its floor (a bare Python start).

Issue 16's target: `newsdesk --help` under 0.15 s (median). Each command imports its stage when
it runs (session 16), and since session 35 the group imports a command's module only when that
command is used. Printed, from one run, as medians of N runs each, the commands taking turns so
the machine's load falls on all alike, each also as a ratio to the floor (the ratio moves far
less with the load than a time does):

- floor: a bare Python start (`python -c pass`);
- eager: the CLI with the modules it imported at start before session 16 (summarizer, review,
  preview);
- `newsdesk --help`, `newsdesk --version` and `newsdesk review list` in an empty project (a
  cheap real command: a config, no content/), through the console script;
- with `--before DIR`: the same three commands with the `newsdesk` package of DIR first on the
  path (e.g. `git archive main newsdesk | tar -x -C DIR`: the core and newsdesk/cli of another
  revision; the stages still come from this install).

Usage: python benchmarks/cli_start.py [--runs N] [--before DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# what starting the CLI imported before session 16 (the draft, review and serve commands'
# stages at module level; crawl, stories and build-site already imported theirs when run)
EAGER = (
    "import newsdesk.cli, newsdesk.summarizer.run, newsdesk.review.actions, newsdesk.cli.preview"
)
COMMANDS = {"--help": ["--help"], "--version": ["--version"], "review list": ["review", "list"]}


def _time(cmd: list[str], cwd: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=cwd, env=env)
    return time.perf_counter() - started


def _rows(before: Path | None) -> dict[str, tuple[list[str], dict[str, str]]]:
    script = str(Path(sys.executable).with_name("newsdesk"))
    env = dict(os.environ)
    rows = {
        "floor   python -c pass": ([sys.executable, "-c", "pass"], env),
        "eager   CLI as it started before 16": ([sys.executable, "-c", EAGER], env),
    }
    for name, args in COMMANDS.items():
        rows[f"now     newsdesk {name}"] = ([script, *args], env)
    if before is not None:
        old = {**env, "PYTHONPATH": str(before.resolve())}
        for name, args in COMMANDS.items():
            rows[f"before  newsdesk {name}"] = ([script, *args], old)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--before", type=Path, help="a folder holding another `newsdesk` package")
    args = parser.parse_args()
    if args.before is not None and not (args.before / "newsdesk" / "cli").is_dir():
        parser.error(f"{args.before}: no newsdesk/cli/ in it")
    with tempfile.TemporaryDirectory() as project:
        shutil.copy(ROOT / "newsdesk.toml", Path(project) / "newsdesk.toml")
        rows = _rows(args.before)
        times: dict[str, list[float]] = {name: [] for name in rows}
        load = os.getloadavg()[0]
        for _ in range(args.runs):
            for name, (cmd, env) in rows.items():
                times[name].append(_time(cmd, project, env))
        load = (load + os.getloadavg()[0]) / 2
    medians = {name: statistics.median(t) for name, t in times.items()}
    floor = medians["floor   python -c pass"]
    print(f"load average: {load:.2f} (2-core machine); medians of {args.runs} runs, interleaved")
    for name, median in medians.items():
        print(f"{name:38} {median:6.3f} s  {median / floor:5.2f}x floor")
    now = medians["now     newsdesk --help"]
    print(f"target: newsdesk --help < 0.15 s: {'met' if now < 0.15 else 'NOT met'}")


if __name__ == "__main__":
    main()
