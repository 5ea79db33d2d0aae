"""The everyday cycle (issue 16, part 1): how long a cycle takes when little or nothing changed.

1. The demo, as the README runs it: `build-site --replay demo/tokenmaxxing.warc.gz --drafts`
   a second time with nothing new (target: median < 1 s), beside, in the same run and
   interleaved: the same command with `--no-cache` (the previous path: every story regrouped
   and redrafted), `newsdesk --help`, and a bare Python start (the floor).
2. Scale: a synthetic store of N articles (stories of 1-12 articles with their own vocabulary),
   drafted once, then the cycle after one new article arrives (stories → drafts → site, in one
   process, as build-site runs them after its crawl), beside the no-op cycle at the same size
   and the first (full) cycle, which is what every cycle cost before. Each stage is timed, so
   what grows with the store and what with the change can be told apart.

Usage: python benchmarks/cycle.py [--runs N] [--sizes 1000 10000] [--no-demo] [--no-scale]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT / "demo" / "tokenmaxxing.warc.gz"
BIN = Path(sys.executable).parent


def load() -> str:
    return "load average " + " / ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1/5/15 min)"


def timed(cmd: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def demo(runs: int) -> None:
    print(f"== the demo's no-op cycle ({load()}; 2-core machine shared with other jobs)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(ROOT / "newsdesk.toml", folder / "newsdesk.toml")
        cycle = [str(BIN / "build-site"), "--replay", str(ARCHIVE), "--drafts"]
        first = timed(cycle, folder)
        commands = {
            "floor   python -c pass": [sys.executable, "-c", "pass"],
            "        newsdesk --help": [str(BIN / "newsdesk"), "--help"],
            "now     no-op cycle": cycle,
            "before  no-op cycle --no-cache": [*cycle, "--no-cache"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved: load from other jobs hits every command alike
            for name, cmd in commands.items():
                times[name].append(timed(cmd, folder))
    print(f"first cycle (crawl, 4 stories grouped and drafted, site): {first:.2f} s")
    med = {name: statistics.median(t) for name, t in times.items()}
    floor, now, before = (
        med[k]
        for k in ("floor   python -c pass", "now     no-op cycle", "before  no-op cycle --no-cache")
    )
    for name, t in times.items():
        spread = f"runs {min(t):.2f}-{max(t):.2f}"
        print(f"{name:32s} median {med[name]:6.3f} s  ({spread})")
    verdict = "met" if now < 1.0 else "NOT met"
    print(
        f"no-op cycle: {now / before:.2f}x the --no-cache path, {now / floor:.0f}x the Python "
        f"floor; target < 1 s: {verdict}  ({load()})"
    )


SENTENCES = (
    "{co} said on {day} that {a} {b} would change after staff raised {c}.",
    "The {a} {b} programme at {co} had ranked engineers by {c} {d}.",
    "According to two people familiar with {co}, {a} {d} reached {n} teams.",
    "A spokesperson for {co} declined to comment on {b} {c}.",
    "Analysts said the {a} {d} episode showed how {b} metrics get gamed.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article(rng: random.Random, story: int, k: int, when: float) -> dict:
    words = [f"w{story}x{j}" for j in range(12)]
    co = f"Company{story % 97}"
    text = " ".join(
        s.format(
            co=co,
            day=rng.choice(DAYS),
            a=rng.choice(words),
            b=rng.choice(words),
            c=rng.choice(words),
            d=rng.choice(words),
            n=rng.randint(2, 90),
        )
        for s in rng.sample(SENTENCES, 4)
    )
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(when))
    return {
        "id": f"a{story}-{k}-{rng.randrange(10**9)}",
        "url": f"https://site{rng.randrange(200)}.example/{story}/{k}/{rng.randrange(10**6)}",
        "title": f"{co} {' '.join(rng.sample(words, 4))} tokenmaxxing",
        "text": text + " Tokenmaxxing was the word staff used.",
        "published": stamp,
    }


def fill(folder: Path, n: int) -> int:
    """A config and a store of ``n`` synthetic articles; returns the number of stories."""
    from newsdesk.config import load_config
    from newsdesk.models import Article
    from newsdesk.store import Store

    text = (ROOT / "newsdesk.toml").read_text(encoding="utf-8")
    (folder / "newsdesk.toml").write_text(text, encoding="utf-8")
    config = load_config(folder / "newsdesk.toml")
    rng = random.Random(n)
    start, count, story = time.mktime((2026, 1, 1, 0, 0, 0, 0, 0, 0)), 0, 0
    with Store(config.path(config.crawl.database)) as store, store.transaction():
        while count < n:
            story += 1
            for k in range(min(rng.randint(1, 12), n - count)):
                a = article(rng, story, k, start + count / 500 * 86400)
                store.save_article(_article(Article, a), content_hash=str(hash(a["text"])))
                count += 1
    return story


def _article(cls: type, a: dict) -> object:
    return cls(
        a["id"],
        a["url"],
        a["url"],
        a["title"],
        a["text"],
        published=a["published"],
        site_name=a["url"].split("/")[2],
        topics=("tokenmaxxing",),
        fetched_at=a["published"],
    )


DRIVER = """
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from newsdesk.config import load_config
from newsdesk.store import Store
from newsdesk import stories
from newsdesk.summarizer.run import run_drafts
config = load_config(sys.argv[1])
reuse = sys.argv[2] == "reuse"
t1 = time.perf_counter()
with Store(config.path(config.crawl.database)) as store:
    grouped = stories.update_stories(config, store, reuse=reuse)
t2 = time.perf_counter()
drafted = run_drafts(config, reuse=reuse)
t3 = time.perf_counter()
from newsdesk.sitebuilder import build
site = build(config, drafts=True)
t4 = time.perf_counter()
print(json.dumps({"start": t1 - t0, "stories": t2 - t1, "drafts": t3 - t2, "site": t4 - t3,
                  "regrouped": not grouped.reused, "new": grouped.new, "updated": grouped.updated,
                  "redrafted": drafted.stories - drafted.reused, "n_stories": drafted.stories}))
"""


def cycle(folder: Path, reuse: bool = True) -> dict:
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", DRIVER, str(folder / "newsdesk.toml"), "reuse" if reuse else "all"],
        cwd=folder,
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["total"] = time.perf_counter() - started
    return result


def add_one(folder: Path, seq: int) -> None:
    """One new article on an existing story's event, fetched after everything else."""
    from newsdesk.config import load_config
    from newsdesk.models import Article
    from newsdesk.store import Store

    config = load_config(folder / "newsdesk.toml")
    rng = random.Random(seq)
    a = article(rng, 7, 100 + seq, time.mktime((2026, 1, 1, 6, 0, 0, 0, 0, 0)))
    a["id"] = f"new-{seq}"
    with Store(config.path(config.crawl.database)) as store:
        new = _article(Article, a)
        store.save_article(new, content_hash=str(hash(a["text"])))
        store.db.execute(
            "UPDATE articles SET fetched_at='2099-01-01T00:00:00Z' WHERE id=?", (a["id"],)
        )


def line(name: str, rs: list[dict]) -> str:
    med = {
        k: statistics.median(r[k] for r in rs)
        for k in ("total", "start", "stories", "drafts", "site")
    }
    last = rs[-1]
    return (
        f"{name:26s} median {med['total']:6.2f} s  (start+imports {med['start']:.2f}, "
        f"stories {med['stories']:.2f}, drafts {med['drafts']:.2f}, site {med['site']:.2f}; "
        f"regrouped: {'yes' if last['regrouped'] else 'no'}, redrafted "
        f"{last['redrafted']}/{last['n_stories']} stories)"
    )


def scale(sizes: list[int], runs: int) -> None:
    for n in sizes:
        print(f"== {n:,} articles in the store ({load()})")
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            made = fill(folder, n)
            first = cycle(folder)
            print(line("first cycle (all drafted)", [first]) + f"  [{made} synthetic events]")
            noop, one = [], []
            for r in range(runs):
                noop.append(cycle(folder))
                add_one(folder, r)
                one.append(cycle(folder))
            print(line("no-op cycle", noop))
            print(line("one new article", one))
            m1, m0 = (statistics.median(x["total"] for x in rs) for rs in (one, noop))
            print(
                f"one new article: {m1 / first['total']:.3f}x the full cycle, "
                f"{m1 / m0:.1f}x the no-op cycle ({load()})"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--no-demo", action="store_true")
    parser.add_argument("--no-scale", action="store_true")
    args = parser.parse_args()
    if not args.no_demo:
        demo(args.runs)
    if not args.no_scale:
        scale(args.sizes, args.runs)


if __name__ == "__main__":
    main()
