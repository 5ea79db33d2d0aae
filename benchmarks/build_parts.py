"""Where a full build's CPU goes, per story, with the old code paths as baselines (issue 16).

    .venv/bin/python benchmarks/build_parts.py [--stories 1000] [--repeat 3]

Generates the stories of benchmarks/build.py, then:

* front matter: the YAML of every story read by newsdesk.yaml_block (what the build uses),
  by newsdesk.fast_yaml (its fallback) and by fast_yaml as it was before this issue (every
  document walked for aliases first), and by plain ``yaml.load(CSafeLoader)``, the first
  baseline; all four must give the same values;
* the body's word count (reading time): text.count_words against ``re.findall(r"\\w+")``;
* one build in a single process (no workers, no search), with the CPU time (``process_time``)
  of each part: reading (front matter, Markdown with sanitising, the rest), planning,
  rendering the story pages (Jinja, writing files) and the listings.

CPU seconds are medians of ``--repeat`` passes (the build: one pass), in ms per story. The
machine is shared: the load averages are printed before and after.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from build import generate  # noqa: E402

from newsdesk import fast_yaml, frontmatter, text, yaml_block  # noqa: E402
from newsdesk.config import load_config  # noqa: E402

SAFE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
WORDS = re.compile(r"\w+")


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def cpu_ms(fn: Callable[[str], Any], items: list[str], repeat: int) -> float:
    """Median CPU ms per item of ``fn`` over ``items``."""
    runs = []
    for _ in range(repeat):
        t = time.process_time()
        for item in items:
            fn(item)
        runs.append((time.process_time() - t) / len(items) * 1e3)
    return statistics.median(runs)


def walk_first(front: str) -> Any:
    """fast_yaml as it was: every document's node graph walked for aliases, then built."""
    loader = fast_yaml.FastLoader(front)
    try:
        node = loader.get_single_node()
        fast_yaml.expanded_size(node)
        return loader._fast(node, set()) if node is not None else None
    finally:
        loader.dispose()


def front_matter(fronts: list[str], repeat: int) -> None:
    def safe(front: str) -> Any:
        return yaml.load(front, Loader=SAFE)  # noqa: S506 - SafeLoader

    for front in fronts:
        expected = safe(front)
        assert yaml_block.load(front) == expected == fast_yaml.load(front) == walk_first(front)
    base = cpu_ms(safe, fronts, repeat)
    print("front matter (ms per story, CPU)")
    for name, fn in (
        ("yaml.load(CSafeLoader) (baseline)", safe),
        ("fast_yaml before (alias walk first)", walk_first),
        ("fast_yaml (the fallback)", fast_yaml.load),
        ("yaml_block (the build's reader)", yaml_block.load),
    ):
        ms = base if fn is safe else cpu_ms(fn, fronts, repeat)
        print(f"  {name:38} {ms:6.3f}  {ms / base:5.2f}×")


def word_count(bodies: list[str], repeat: int) -> None:
    for body in bodies:
        assert text.count_words(body) == len(WORDS.findall(body))
    base = cpu_ms(lambda b: len(WORDS.findall(b)), bodies, repeat)
    new = cpu_ms(text.count_words, bodies, repeat)
    print(f"word count: re.findall {base:.3f} ms, count_words {new:.3f} ms ({new / base:.2f}×)")


class Meter:
    """CPU time spent inside chosen functions (wrapped where their callers look them up)."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}

    def wrap(self, label: str, module: Any, name: str, *users: Any) -> None:
        fn = getattr(module, name)
        self.cpu[label] = 0.0  # (printed in the order wrapped)

        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.cpu[label] += time.process_time() - t

        for where in (module, *users):
            setattr(where, name, timed)


def one_process_build(site: Path, count: int) -> None:
    mod = {n: importlib.import_module(f"newsdesk.sitebuilder.{n}") for n in (
        "build", "workers", "reader", "markdown", "article", "render", "summaries", "publish"
    )}  # fmt: skip
    mod["build"].PARALLEL_FROM = 10**9  # one process: every part is timed here
    m = Meter()
    m.wrap("reading, all", mod["workers"], "read_one", mod["summaries"])
    m.wrap("  front matter (yaml_block, validate)", frontmatter, "load")
    m.wrap(
        "  Markdown (markdown-it, nh3, citations)",
        mod["markdown"],
        "render_sections",
        mod["reader"],
    )
    m.wrap("planning", mod["build"], "plan")
    m.wrap("rendering, all", mod["publish"], "render", mod["build"])
    m.wrap("  story pages", mod["article"], "render_article", mod["workers"])
    m.wrap("  Jinja (every page)", mod["render"].Renderer, "render")
    m.wrap("  writing story files", mod["workers"], "write_file")
    cfg = load_config(site / "newsdesk.toml")
    t = time.process_time()
    mod["build"].build(cfg, index=False)
    total = time.process_time() - t
    print(
        f"one-process build, no search: {total:.2f} s CPU = {total / count * 1e3:.2f} ms per story"
    )
    for label, cpu in m.cpu.items():
        print(f"  {label:42} {cpu / count * 1e3:6.3f} ms per story")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-parts-") as tmp:
        root = Path(tmp)
        generate(root, args.stories)
        files = sorted((root / "newsdesk" / "content").rglob("*.md"))
        split = [frontmatter.split(p.read_text(encoding="utf-8"), p) for p in files]
        print(f"{args.stories} stories; load before {load()}")
        front_matter([f for f, _ in split], args.repeat)
        word_count([b for _, b in split], args.repeat)
        one_process_build(root / "newsdesk", args.stories)
        print(f"load after {load()}")


if __name__ == "__main__":
    main()
