"""The editor's wait in `newsdesk serve` after changing a headline, at a few thousand stories.

A headline (or synopsis, or source) change makes Pagefind read every story page again. The
preview now serves the rebuilt pages first and updates the search index behind them (session
28); before, each rebuild waited for the index. Printed, from one run, medians of ``--repeat``
headline changes, alternating: the preview's rebuild (pages served; the index then runs in
the background, its time printed beside) and the previous path (the build with the index), on
the stories of benchmarks/build.py.

Usage: python benchmarks/serve.py [--stories 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from build import generate  # noqa: E402
from newsdesk.sitebuilder.build import build  # noqa: E402
from newsdesk.sitebuilder.search import update  # noqa: E402

from newsdesk.cli.preview import Preview  # noqa: E402
from newsdesk.cli.serve import sitebuilder_build  # noqa: E402
from newsdesk.config import load_config  # noqa: E402


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def retitle(path: Path, n: int) -> None:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^title: .*$", f"title: A changed headline, take {n}", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), args.stories)
        project = Path(tmp) / "newsdesk"
        config = load_config(project / "newsdesk.toml")
        story = sorted((project / "content").rglob("*.md"))[args.stories // 2]
        indexed: list[float] = []
        done = threading.Semaphore(0)

        def index(out: Path, cancel: threading.Event) -> None:
            started = time.perf_counter()
            update(out, cancel)
            indexed.append(time.perf_counter() - started)
            done.release()

        preview = Preview(project / "newsdesk.toml", port=0, build=sitebuilder_build,
                          log=lambda m: None, index=index)  # fmt: skip
        preview.start()
        done.acquire()
        build(config, out=project / "_old_site", drafts=True)  # the previous path's first build
        print(f"{args.stories} stories, load before {load()}")
        served, old = [], []
        for n in range(args.repeat):
            retitle(story, 2 * n)
            started = time.perf_counter()
            preview.rebuild()
            served.append(time.perf_counter() - started)
            done.acquire()  # let the index finish before the next timing
            retitle(story, 2 * n + 1)
            started = time.perf_counter()
            build(config, out=project / "_old_site", drafts=True)  # pages and index, waited for
            old.append(time.perf_counter() - started)
        preview.stop()
        now, before = statistics.median(served), statistics.median(old)
        print(f"  headline changed, preview serves the pages after {now:.2f} s "
              f"(index behind them: {statistics.median(indexed[1:]):.2f} s)")  # fmt: skip
        print(f"  previous path, pages and index waited for: {before:.2f} s ({now / before:.3f}x)")
        print(f"load after {load()}")


if __name__ == "__main__":
    main()
