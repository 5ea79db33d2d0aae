"""Crawl benchmark: 500 feeds across 50 loopback "hosts", 100 ms latency per response.

    .venv/bin/python benchmarks/crawl.py [--feeds 500] [--hosts 50] [--items 20] [--runs 3]
                                         [--no-baseline]

A separate process serves the feeds with aiohttp on 50 ports of 127.0.0.1 (a port is a
host for the per-host limit and for robots.txt), sleeping 100 ms before every response and
counting the simultaneous requests per host. The crawler (`crawler.crawl`, global limit
`crawl.concurrency`, per-host limit `crawl.per_host_concurrency`) is timed against:

* the network floor: requests x latency / allowed concurrency, where requests include one
  robots.txt per host and allowed concurrency = min(global, hosts x per-host);
* the parse floor: the CPU time of ``feedparser.parse`` alone for all feeds, called with the
  crawler's own options (``crawler.feeds.FEEDPARSER_OPTIONS`` and the response's content
  type), divided by the CPU cores. It is measured in this process, sequentially, just before
  every crawl run (so under the same machine load), and the median is used. The crawler's
  whole per-feed parse step (parser + entry conversion + topic matching) is measured the
  same way, on both of its paths, and printed next to it;
* the previous path and a measured floor: every run crawls three times, each mode first in
  turn: as the crawler does (plain RSS and Atom through the lean parser of
  ``crawler.fast_feeds``, feedparser for the rest), with feedparser alone
  (``crawler.feeds.USE_FAST_PARSER = False``, which the forked parse workers inherit), and
  parse-free: the same crawl (HTTP, hand-offs to the workers, storing the entries) with each
  feed's parse result computed before the runs and only looked up. Under load the
  parse-free crawl is the floor that moves with the machine; the computed network floor does
  not;
* a sequential baseline measured in the same run: httpx GET then feedparser (same options),
  feed by feed.

Entries are dated 2020, outside the crawl's lookback, so only feeds are fetched (the
benchmark is about polling feeds). Medians over --runs; peak RSS of this process and of its largest child. The CPU
the loopback server uses (on the same cores) is printed too.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LATENCY = 0.1
CONTENT_TYPE = "application/rss+xml"


def feed_body(n: int, items: int) -> bytes:
    entries = "".join(
        f"<item><title>Feed {n} item {i}: notes on build systems</title>"
        f"<link>http://127.0.0.1/{n}/{i}</link><guid>f{n}-{i}</guid>"
        f"<pubDate>Mon, 06 Jan 2020 10:{i % 60:02d}:00 GMT</pubDate>"
        f"<description>&lt;p&gt;Item {i} of feed {n}: a short summary with a "
        f"&lt;a href='http://127.0.0.1/x'&gt;link&lt;/a&gt; and a few more words.&lt;/p&gt;"
        f"</description></item>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {n}'
        f"</title><link>http://127.0.0.1/</link><description>d</description>{entries}"
        "</channel></rss>"
    ).encode()


def serve(ports: list[int], bodies: dict[int, bytes], ready) -> None:
    from aiohttp import web

    inflight = dict.fromkeys(ports, 0)
    peak = dict.fromkeys(ports, 0)
    total = [0]

    def app_for(port: int) -> web.Application:
        async def handle(request: web.Request) -> web.Response:
            inflight[port] += 1
            peak[port] = max(peak[port], inflight[port])
            total[0] += 1
            try:
                await asyncio.sleep(LATENCY)
                if request.path == "/robots.txt":
                    return web.Response(text="User-agent: *\nAllow: /\n")
                n = int(request.path.rsplit("/", 1)[1].split(".")[0])
                return web.Response(body=bodies[n], content_type=CONTENT_TYPE)
            finally:
                inflight[port] -= 1

        async def stats(request: web.Request) -> web.Response:
            data = {"max_per_host": max(peak.values()), "requests": total[0]}
            if request.query.get("reset"):
                peak.update(dict.fromkeys(ports, 0))
                total[0] = 0
            return web.json_response(data)

        app = web.Application()
        app.router.add_get("/stats", stats)
        app.router.add_get("/{tail:.*}", handle)
        return app

    async def main() -> None:
        runners = []
        for port in ports:
            runner = web.AppRunner(app_for(port), access_log=None)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", port).start()
            runners.append(runner)
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


def free_ports(n: int) -> list[int]:
    import socket

    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


def stats(port: int, reset: bool = False) -> dict:
    import httpx

    return httpx.get(f"http://127.0.0.1:{port}/stats{'?reset=1' if reset else ''}").json()


def write_config(folder: Path, urls: list[str], concurrency: int, per_host: int) -> Path:
    lines = [
        '[site]\ntitle = "bench"\nbase_url = "https://example.github.io/b/"\n',
        f'[crawl]\ndatabase = "bench.db"\nallow_private_addresses = true\n'
        f"concurrency = {concurrency}\nper_host_concurrency = {per_host}\nlookback_days = 30\n",
        "[hackernews]\nenabled = false\n",
        '[[topics]]\nslug = "t"\nname = "T"\nkeywords = ["tokenmaxxing"]\n',
    ]
    lines += [f'[[feeds]]\nid = "f{i}"\nurl = "{u}"\n' for i, u in enumerate(urls)]
    path = folder / "newsdesk.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def baseline(urls: list[str]) -> float:
    import feedparser
    import httpx
    from newsdesk.crawler.feeds import FEEDPARSER_OPTIONS

    started = time.perf_counter()
    with httpx.Client() as client:
        for url in urls:
            r = client.get(url)
            headers = {"content-type": r.headers.get("content-type", "")}
            feedparser.parse(r.content, response_headers=headers, **FEEDPARSER_OPTIONS)
    return time.perf_counter() - started


def parse_cpu(bodies: dict[int, bytes], urls: list[str]) -> tuple[float, float, float]:
    """CPU seconds for all feeds: feedparser alone (the crawler's options), and the crawler's
    whole parse step as its workers run it, with the fast path and with feedparser only."""
    import feedparser
    from newsdesk.crawler import feeds
    from newsdesk.crawler.feed_phase import parse_and_match

    headers = {"content-type": CONTENT_TYPE}
    started = time.process_time()  # CPU, not wall: the machine may be busy
    for body in bodies.values():
        feedparser.parse(body, response_headers=headers, **feeds.FEEDPARSER_OPTIONS)
    alone = time.process_time() - started
    keywords = (("t", ("tokenmaxxing",)),)  # the benchmark config's one topic
    steps = []
    for fast in (True, False):
        feeds.USE_FAST_PARSER = fast
        started = time.process_time()
        for n, body in bodies.items():
            parse_and_match(body, urls[n], CONTENT_TYPE, keywords, ())
        steps.append(time.process_time() - started)
    feeds.USE_FAST_PARSER = True
    return alone, steps[0], steps[1]


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Setup(NamedTuple):
    args: argparse.Namespace
    bodies: dict[int, bytes]
    ports: list[int]
    urls: list[str]
    server_pid: int
    load_before: str  # os.getloadavg() before the runs


class Crawl(NamedTuple):
    wall: float
    main_cpu: float
    worker_cpu: float
    server_cpu: float
    max_per_host: int


# mode -> what the parse workers do: the crawler's path, feedparser alone, or nothing (the
# parse-free floor: each feed's result is looked up, computed before the runs)
MODES = {
    "fast": "crawler (fast path)",
    "feedparser": "feedparser only (previous)",
    "free": "parse-free floor",
}
PRECOMPUTED: dict[str, object] = {}  # url -> FeedResult, read by precomputed() in the workers


def precomputed(body: bytes, url: str, content_type: str, keywords: object, only: object):
    """Stands in for feed_phase.parse_and_match in the parse-free crawl (forked workers see it)."""
    return PRECOMPUTED[url]


def one_crawl(setup: Setup, mode: str) -> Crawl:
    """One crawl of all feeds in one of the MODES (the parse workers fork inside the crawl)."""
    from newsdesk.crawler import crawl, feed_phase, feeds

    from newsdesk.config import load_config

    args = setup.args
    stats(setup.ports[0], reset=True)
    feeds.USE_FAST_PARSER = mode == "fast"
    parse_and_match = feed_phase.parse_and_match
    if mode == "free":
        feed_phase.parse_and_match = precomputed  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            config = load_config(write_config(folder, setup.urls, args.concurrency, args.per_host))
            t0, c0 = time.perf_counter(), time.process_time()
            w0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            s0 = process_cpu(setup.server_pid)
            summary = crawl(config, progress=False)
            wall = time.perf_counter() - t0
            w1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            workers_cpu = (w1.ru_utime + w1.ru_stime) - (w0.ru_utime + w0.ru_stime)
            main_cpu = time.process_time() - c0
            server = process_cpu(setup.server_pid) - s0
    finally:
        feeds.USE_FAST_PARSER = True
        feed_phase.parse_and_match = parse_and_match
    assert summary.feeds_fetched == args.feeds, summary.line()
    peak = max(stats(p)["max_per_host"] for p in setup.ports)
    return Crawl(wall, main_cpu, workers_cpu, server, peak)


def med(values: list[float]) -> float:
    return statistics.median(values)


def runs_text(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def report(setup: Setup, crawls: dict[str, list[Crawl]], parses: list, base: float) -> dict:
    args, cores = setup.args, os.cpu_count() or 1
    requests = args.feeds + args.hosts  # feeds + one robots.txt per host
    allowed = min(args.concurrency, args.hosts * args.per_host)
    net_floor = requests * LATENCY / allowed
    feedparser_cpu, fast_step, slow_step = (med([p[i] for p in parses]) for i in range(3))
    parse_floor = feedparser_cpu / cores
    print(
        f"crawl benchmark: {args.feeds} feeds x {args.items} items, {args.hosts} hosts, "
        f"{LATENCY * 1000:.0f} ms latency, concurrency {args.concurrency}, "
        f"per host {args.per_host}, {cores} cores; load before: {setup.load_before}"
    )
    print(f"  network floor: {requests} requests x {LATENCY:.1f} s / {allowed} = {net_floor:.2f} s")
    print(
        f"  parse CPU for all feeds (medians): feedparser alone {feedparser_cpu:.2f} s "
        f"(/ {cores} cores = {parse_floor:.2f} s); the crawler's parse step (parser + entries + "
        f"topic match): fast path {fast_step:.2f} s, feedparser only {slow_step:.2f} s "
        f"-> {1000 * fast_step / args.feeds:.2f} vs {1000 * slow_step / args.feeds:.2f} ms/feed "
        f"({slow_step / fast_step:.1f}x less)"
    )
    out = {"network_floor_s": round(net_floor, 3), "feedparser_cpu_s": round(feedparser_cpu, 3)}
    steps = {"fast": fast_step, "feedparser": slow_step, "free": 0.0}
    free_wall = med([c.wall for c in crawls["free"]])
    for key, label in MODES.items():
        runs = crawls[key]
        wall = med([c.wall for c in runs])
        main_cpu, worker_cpu = med([c.main_cpu for c in runs]), med([c.worker_cpu for c in runs])
        floor = max(net_floor, steps[key] / cores)
        print(
            f"  {label}: wall {wall:.2f} s (median of {len(runs)}) [runs: "
            f"{runs_text([c.wall for c in runs])}] = {wall / net_floor:.2f}x the network floor, "
            f"{wall / floor:.2f}x max(network, its parse step / cores), "
            f"{wall / free_wall:.2f}x the parse-free crawl"
        )
        print(
            f"    CPU: event loop {main_cpu:.2f} s + parse workers {worker_cpu:.2f} s = "
            f"{main_cpu + worker_cpu:.2f} s -> {(main_cpu + worker_cpu) / cores:.2f} s on "
            f"{cores} cores; loopback server {med([c.server_cpu for c in runs]):.2f} s; "
            f"max simultaneous requests per host {max(c.max_per_host for c in runs)} "
            f"(limit {args.per_host})"
        )
        out |= {
            f"{key}_wall_median_s": round(wall, 3),
            f"{key}_ratio_network_floor": round(wall / net_floor, 3),
            f"{key}_main_cpu_s": round(main_cpu, 3),
            f"{key}_worker_cpu_s": round(worker_cpu, 3),
            f"{key}_ratio_parse_free": round(wall / free_wall, 3),
            f"{key}_step_cpu_s": round(steps[key], 3),
        }
    fast_wall = out["fast_wall_median_s"]
    print(
        f"  sequential httpx+feedparser baseline: {base:.2f} s -> speed-up {base / fast_wall:.1f}x"
    )
    return out | {"baseline_s": round(base, 3)}


def load() -> str:
    return ", ".join(f"{v:.2f}" for v in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--hosts", type=int, default=50)
    ap.add_argument("--items", type=int, default=20, help="items per feed")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--per-host", type=int, default=2)
    ap.add_argument("--no-baseline", action="store_true", help="skip the ~60 s sequential baseline")
    args = ap.parse_args()
    load_before = load()

    from newsdesk.crawler.feed_phase import parse_and_match

    bodies = {n: feed_body(n, args.items) for n in range(args.feeds)}
    ports = free_ports(args.hosts)
    urls = [f"http://127.0.0.1:{ports[n % args.hosts]}/feed/{n}.xml" for n in range(args.feeds)]
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    server = ctx.Process(target=serve, args=(ports, bodies, ready), daemon=True)
    server.start()
    ready.wait(30)
    try:
        setup = Setup(args, bodies, ports, urls, server.pid or 0, load_before)
        crawls: dict[str, list[Crawl]] = {mode: [] for mode in MODES}
        parses = []
        keywords = (("t", ("tokenmaxxing",)),)  # the benchmark config's one topic
        for n, body in bodies.items():
            PRECOMPUTED[urls[n]] = parse_and_match(body, urls[n], CONTENT_TYPE, keywords, ())
        order = list(MODES)
        for _ in range(args.runs):
            parses.append(parse_cpu(bodies, urls))  # the floor, under this run's machine load
            for mode in order:
                crawls[mode].append(one_crawl(setup, mode))
            order = order[1:] + order[:1]  # each mode first in turn
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # the largest parse worker (the loopback server is a child too, but much smaller)
        worker_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        stats(ports[0], reset=True)
        base = float("nan") if args.no_baseline else baseline(urls)
        out = report(setup, crawls, parses, base)
        print(
            f"  peak RSS: crawl process {rss_mb:.0f} MB, largest child {worker_rss_mb:.0f} MB"
            f" (parse worker or server); load after: {load()}"
        )
        print(json.dumps(out | {"peak_rss_mb": round(rss_mb), "load_before": load_before}))
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
