"""Topic relevance on real pages: how many keyword matches are passing mentions.

    .venv/bin/python benchmarks/relevance.py [--cache FILE] [--print N]

Reads the real pages of ../shared/eval/extraction (Scrapinghub's 181 and trafilatura's 461,
never copied), extracts each with the crawler's extractor (``--cache FILE``: keep the
extracted titles and texts in FILE, outside the repository, and reuse them), and, for a fixed
list of keywords chosen as common news names and words (not tuned), counts the pages of 100+
words that name each keyword anywhere (the crawl's test: the page is stored) and those that are
*about* it (newsdesk/topic_match.py: a title, the first 80 words, or ``topics.mentions`` (2)
times). The difference is the passing mentions: a story made only of them is not published
(stories/relevance.py). ``--print N`` prints N passing pages (seeded sample) with the words
around the mention, to read them.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsdesk.config import TopicConfig  # noqa: E402
from newsdesk.topic_match import TopicMatcher, normalize  # noqa: E402

EXTRACTION = Path(__file__).resolve().parents[2] / "shared" / "eval" / "extraction"
KEYWORDS = (
    "Google Trump Apple Facebook China Microsoft Bitcoin Brexit climate Twitter Amazon iPhone"
)


def _arg(name: str) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


def _sources() -> list[tuple[str, Path, str]]:
    """(url, gzipped or plain HTML file, content type) of every real page (Scrapinghub's are
    UTF-8)."""
    aeb = EXTRACTION / "scrapinghub_aeb"
    out = [(v["url"], aeb / "html" / f"{k}.html.gz", "text/html; charset=utf-8")
           for k, v in json.loads((aeb / "ground-truth.json").read_text()).items()]  # fmt: skip
    traf = EXTRACTION / "trafilatura_eval"
    for url, v in json.loads((traf / "evaldata_subset.json").read_text()).items():
        path = traf / "html" / v["file"]
        out.append((url if url.startswith("http") else "https://page.example/", path, "text/html"))
    return out


def pages() -> list[dict[str, str]]:
    cache = _arg("--cache")
    if cache and Path(cache).exists():
        return list(json.loads(Path(cache).read_text()))
    from newsdesk.crawler.extract import extract_page

    out = []
    for url, path, content_type in _sources():
        if not path.exists():
            path = path.with_name(path.name + ".gz")
        body = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        found = extract_page(body, url=url, content_type=content_type)
        out.append({"url": url, "title": found.title or "", "text": found.text or ""})
    if cache:
        Path(cache).write_text(json.dumps(out))
    return out


def main() -> None:
    if not EXTRACTION.is_dir():
        print(f"skipped: {EXTRACTION} is absent")
        return
    real = [p for p in pages() if len(p["text"].split()) >= 100]
    counts: Counter[str] = Counter()
    passing: list[tuple[str, dict[str, str]]] = []
    for kw in KEYWORDS.split():
        matcher = TopicMatcher([TopicConfig(slug="t", name=kw, keywords=[kw])])
        for p in real:
            if matcher.match(p["title"], p["text"]):
                counts["named"] += 1
                if matcher.about((p["title"],), p["text"]):
                    counts["about"] += 1
                else:
                    passing.append((kw, p))
    print(f"{len(real)} real pages of 100+ words, {len(KEYWORDS.split())} keywords")
    print(f"keyword-page pairs named anywhere (stored by the crawl): {counts['named']}")
    print(f"  about the keyword (title, first 80 words, or twice): {counts['about']}")
    print(f"  passing mentions only: {len(passing)}")
    shown = int(_arg("--print") or 0)
    for kw, p in random.Random(37).sample(passing, min(shown, len(passing))):
        text = normalize(p["text"])
        at = text.find(kw.lower())
        print(f"[{kw}] {p['title'][:90]!r}\n    …{text[max(0, at - 150) : at + 90]}…")


if __name__ == "__main__":
    main()
