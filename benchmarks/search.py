"""Pagefind's search index of a big site: how long indexing takes and how much it weighs.

    .venv/bin/python benchmarks/search.py --sizes 1000 5000 --repeat 3

For each size it generates that many stories with benchmarks/build.py's generator (~700-word
bodies, 6–10 sources, timeline, HN comments), builds the site once, then times Pagefind alone
on the built site (medians of ``--repeat``) and reports the bundle: files, total size, and what
a reader's first query downloads at least (the engine: pagefind.js, the WebAssembly, the entry
and meta files, the UI's script and style), against the site's own size. The baseline in the
same run is the site build itself (Pagefind's share of a full build).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from build import generate  # noqa: E402
from newsdesk.sitebuilder import build, search  # noqa: E402

from newsdesk.config import load_config  # noqa: E402

FIRST_QUERY = ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json")


def size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def engine_bytes(bundle: Path) -> int:
    """What the first query loads before any index chunk: engine, UI, entry and meta files."""
    named = sum((bundle / n).stat().st_size for n in FIRST_QUERY if (bundle / n).is_file())
    wasm = max((p.stat().st_size for p in bundle.glob("wasm.*.pagefind")), default=0)
    meta = sum(p.stat().st_size for p in bundle.glob("*.pf_meta"))
    return named + wasm + meta


def bench(count: int, repeat: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        root = Path(tmp)
        generate(root, count)
        cfg = load_config(root / "newsdesk" / "newsdesk.toml")
        t = time.perf_counter()
        out = build(cfg).out  # includes one indexing run
        whole = time.perf_counter() - t
        times, result = [], None
        for _ in range(repeat):
            result = search.index(out)
            if not result.ran:
                raise SystemExit(result.note)
            times.append(result.seconds)
        bundle = out / search.BUNDLE
        files, total = size(bundle)
        site_files, site_total = size(out)
        return {
            "index": statistics.median(times),
            "build": whole,
            "files": files,
            "mb": total / 1e6,
            "engine_kb": engine_bytes(bundle) / 1e3,
            "site_mb": (site_total - total) / 1e6,
            "per_story_kb": total / count / 1e3,
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if search.binary() is None:
        raise SystemExit("pagefind[bin] is not installed: .venv/bin/pip install 'pagefind[bin]'")
    print(
        f"{'stories':>8} {'index s':>8} {'build s':>8} {'index/build':>11} {'files':>7} "
        f"{'bundle MB':>9} {'KB/story':>8} {'1st query KB':>12} {'site MB':>8}"
    )
    for n in args.sizes:
        r = bench(n, args.repeat)
        print(
            f"{n:>8} {r['index']:8.2f} {r['build']:8.2f} {r['index'] / r['build']:11.2f} "
            f"{int(r['files']):>7} {r['mb']:9.1f} {r['per_story_kb']:8.2f} "
            f"{r['engine_kb']:12.0f} {r['site_mb']:8.1f}",
            flush=True,
        )
    print(
        f"index: Pagefind alone on the built site, median of {args.repeat}; build: the full "
        "build that ran it once; 1st query: engine + UI + entry/meta, before index chunks"
    )


if __name__ == "__main__":
    main()
