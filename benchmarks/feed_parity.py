"""Parity of the fast feed path with feedparser, on the real feeds of ../shared/eval/feeds.

    .venv/bin/python benchmarks/feed_parity.py [--eval PATH] [--candidates] [--examples 5]

For every feed file (.xml .rss .atom .rdf, 2,248 of them) and three content types (none, which
the crawler reads as application/xml; application/rss+xml; text/xml without a charset, which
feedparser reads as US-ASCII), the crawler's parse result
(feed title, version, bozo flag and reason, problem, and every stored entry: guid, url, title,
summary, published, author) is computed twice: by feedparser alone, and by the crawler's path
(``crawler.fast_feeds`` first, feedparser when it declines). It prints the counts: feeds,
taken by the fast path, fallbacks, differences (with examples), and the CPU per feed of each.

``--candidates`` also measures the two fast third-party parsers the issue names,
fastfeedparser and feedparser-rs (when installed; they are not dependencies), with their
entries mapped to ours as closely as their APIs allow: how many feeds each parses, and on how
many its stored entries would differ from feedparser's. Exit status 1 when the crawler's path
differs from feedparser on any feed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
CONTENT_TYPES = ("", "application/rss+xml", "text/xml")
URL = "https://feed.example/feed.xml"


def eval_folder(given: str | None) -> Path:
    """``--eval PATH``, else $NEWSDESK_EVAL, else ../shared/eval beside the checkout."""
    return Path(given or os.environ.get("NEWSDESK_EVAL") or ROOT.parent / "shared" / "eval")


def feed_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def compare(bodies: list[tuple[str, bytes]], content_type: str) -> dict[str, Any]:
    """feedparser alone against the crawler's path, on every body, for one content type."""
    from newsdesk.crawler.fast_feeds import fast_parse
    from newsdesk.crawler.feeds import feedparser_rows, parse_feed_rows

    taken, diffs = 0, []
    slow_cpu = fast_cpu = 0.0
    for name, body in bodies:
        t0 = time.process_time()
        want = feedparser_rows(body, url=URL, content_type=content_type)
        t1 = time.process_time()
        got = parse_feed_rows(body, url=URL, content_type=content_type, fast=True)
        t2 = time.process_time()
        slow_cpu, fast_cpu = slow_cpu + t1 - t0, fast_cpu + t2 - t1
        taken += fast_parse(body, content_type) is not None
        if got != want:
            diffs.append((name, first_difference(want, got)))
    return {"taken": taken, "diffs": diffs, "feedparser_cpu": slow_cpu, "path_cpu": fast_cpu}


def first_difference(want: tuple, got: tuple) -> str:
    fields = ("title", "version", "entries", "bozo", "bozo_reason", "problem")
    for field, a, b in zip(fields, want, got, strict=True):
        if a == b:
            continue
        if field != "entries":
            return f"{field}: feedparser {a!r} / fast {b!r}"
        if len(a) != len(b):
            return f"entries: feedparser {len(a)} / fast {len(b)}"
        for i, (ra, rb) in enumerate(zip(a, b, strict=True)):
            if ra != rb:
                return f"entry {i}: feedparser {ra!r} / fast {rb!r}"
    return "?"


def report(label: str, bodies: list[tuple[str, bytes]], result: dict, examples: int) -> None:
    n = len(bodies)
    print(f"content type {label!r}:")
    print(
        f"  feeds {n}, taken by the fast path {result['taken']}, fallbacks to feedparser "
        f"{n - result['taken']}, differences {len(result['diffs'])}"
    )
    print(
        f"  CPU per feed: feedparser {1000 * result['feedparser_cpu'] / n:.2f} ms, crawler's "
        f"path {1000 * result['path_cpu'] / n:.2f} ms (all feeds, fallbacks included)"
    )
    for name, what in result["diffs"][:examples]:
        print(f"    {name}: {what[:300]}")


def candidate_rows(name: str) -> Callable[[bytes], list] | None:
    """A third-party parser's entries, mapped to the crawler's rows (None: not installed)."""
    import calendar

    from newsdesk.crawler.feeds import _entry

    def iso_struct(value: object) -> object:
        from datetime import datetime

        if not isinstance(value, str) or not value:
            return value or None
        try:
            stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return time.gmtime(calendar.timegm(stamp.utctimetuple()))

    def rows(entries: list, get: Callable[[Any, str], Any]) -> list:
        out = []
        for e in entries:
            raw = {
                k: get(e, k)
                for k in ("id", "link", "title", "author", "summary", "published_parsed")
            }
            content = get(e, "content")
            raw["content"] = [dict(c) if not isinstance(c, dict) else c for c in content or []]
            raw = {k: v for k, v in raw.items() if v is not None}
            if row := _entry(raw, URL):
                out.append(row)
        return out

    if name == "fastfeedparser":
        try:
            import fastfeedparser
        except ImportError:
            return None

        def ffp_get(e: Any, key: str) -> Any:
            if key == "summary":
                return e.get("description")
            if key == "published_parsed":
                return iso_struct(e.get("published"))
            return e.get(key)

        return lambda body: rows(fastfeedparser.parse(body)["entries"], ffp_get)
    try:
        import feedparser_rs
    except ImportError:
        return None

    def rs_get(e: Any, key: str) -> Any:
        value = getattr(e, key, None)
        return tuple(value) if key == "published_parsed" and value is not None else value

    return lambda body: rows(feedparser_rs.parse(body).entries, rs_get)


def candidates(bodies: list[tuple[str, bytes]], examples: int) -> None:
    from newsdesk.crawler.feeds import feedparser_rows

    for name in ("fastfeedparser", "feedparser-rs"):
        parse = candidate_rows(name)
        if parse is None:
            print(f"candidate {name}: not installed")
            continue
        parsed, same, cpu, diffs = 0, 0, 0.0, []
        for label, body in bodies:
            want = feedparser_rows(body, url=URL)
            if want[3] or want[5]:
                continue  # only feeds feedparser reads as well-formed feeds
            t0 = time.process_time()
            try:
                got = parse(body)
            except Exception:  # noqa: BLE001 - a candidate's failure is a fallback
                continue
            finally:
                cpu += time.process_time() - t0
            parsed += 1
            if got == want[2]:
                same += 1
            else:
                diffs.append((label, first_difference(("", "", want[2]), ("", "", got))))
        print(
            f"candidate {name}: parsed {parsed} of the well-formed feeds, entries identical on "
            f"{same}, different on {parsed - same}; CPU {1000 * cpu / len(bodies):.2f} ms/feed"
        )
        for label, what in diffs[:examples]:
            print(f"    {label}: {what[:300]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", help="the eval folder (default $NEWSDESK_EVAL or ../shared/eval)")
    ap.add_argument("--candidates", action="store_true", help="also fastfeedparser, feedparser-rs")
    ap.add_argument("--examples", type=int, default=5, help="differences shown per check")
    args = ap.parse_args()
    folder = eval_folder(args.eval) / "feeds"
    files = feed_files(folder)
    if not files:
        sys.exit(f"no feeds under {folder}")
    bodies = [(str(p.relative_to(folder)), p.read_bytes()) for p in files]
    differing = 0
    for content_type in CONTENT_TYPES:
        result = compare(bodies, content_type)
        report(content_type, bodies, result, args.examples)
        differing += len(result["diffs"])
    if args.candidates:
        candidates(bodies, args.examples)
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
