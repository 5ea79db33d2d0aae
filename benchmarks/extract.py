"""Extraction quality: crawler.extract on the Scrapinghub article-extraction benchmark.

    .venv/bin/python benchmarks/extract.py

Reads ../shared/eval/extraction/scrapinghub_aeb in place (181 real pages with human-checked
article bodies; exits cleanly when absent) and prints token-level precision / recall / F1 of
the crawler's extracted text against the ground truth, next to plain ``trafilatura.extract``
with default settings (the baseline, measured in the same run), plus median time per page and
the pages that declare an original on another site (``declared_original``: each page's own
canonical URL, then the original it names).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "extraction" / "scrapinghub_aeb"


def scores(found: str, truth: str) -> tuple[float, float, float]:
    a, b = Counter(re.findall(r"\w+", found.lower())), Counter(re.findall(r"\w+", truth.lower()))
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / sum(a.values()), overlap / sum(b.values())
    return p, r, 2 * p * r / (p + r)


def main() -> None:
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent")
        return
    import trafilatura
    from newsdesk.crawler.extract import extract_page

    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    ours, base, times = [], [], []
    read = 0
    declared: list[str] = []  # pages naming an original on another site (a syndicated copy)
    for page_id, item in sorted(truth.items()):
        path = DATA / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        html = gzip.decompress(path.read_bytes())
        started = time.process_time()
        ex = extract_page(html, url=item["url"], content_type="text/html; charset=utf-8")
        times.append(time.process_time() - started)
        read += ex.read
        if ex.declared_original:
            declared.append(f"{ex.canonical_url} -> {ex.declared_original}")
        ours.append(scores(ex.text, item["articleBody"]))
        base.append(scores(trafilatura.extract(html, url=item["url"]) or "", item["articleBody"]))

    def line(name: str, rows: list[tuple[float, float, float]]) -> str:
        p, r, f = (statistics.mean(x[i] for x in rows) for i in range(3))
        return f"  {name:<28} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}"

    print(f"extraction benchmark: {len(ours)} pages (scrapinghub article-extraction-benchmark)")
    print(line("crawler.extract_page", ours))
    print(line("trafilatura.extract (base)", base))
    ratio = statistics.mean(x[2] for x in ours) / statistics.mean(x[2] for x in base)
    print(f"  F1 ratio crawler / baseline: {ratio:.3f}")
    print(f"  pages read as full text: {read}/{len(ours)}")
    print(f"  pages declaring an original on another site: {len(declared)}/{len(ours)}")
    for line_ in declared:
        print(f"    {line_}")
    print(
        f"  median CPU per page (text, metadata, links, date): {statistics.median(times) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
