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
  whole per-feed parse step (feedparser + entry conversion + topic matching) is measured the
  same way and printed next to it: the difference is our overhead, not part of the floor;
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


def parse_cpu(bodies: dict[int, bytes], urls: list[str]) -> tuple[float, float]:
    """CPU seconds for all feeds: feedparser alone (the crawler's options), and the crawler's
    whole parse step as its workers run it."""
    import feedparser
    from newsdesk.crawler.feeds import FEEDPARSER_OPTIONS
    from newsdesk.crawler.workers import parse_and_match

    headers = {"content-type": CONTENT_TYPE}
    started = time.process_time()  # CPU, not wall: the machine may be busy
    for body in bodies.values():
        feedparser.parse(body, response_headers=headers, **FEEDPARSER_OPTIONS)
    alone = time.process_time() - started
    keywords = (("t", ("tokenmaxxing",)),)  # the benchmark config's one topic
    started = time.process_time()
    for n, body in bodies.items():
        parse_and_match(body, urls[n], CONTENT_TYPE, keywords, ())
    return alone, time.process_time() - started


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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

    from newsdesk.crawler import crawl

    from newsdesk.config import load_config

    bodies = {n: feed_body(n, args.items) for n in range(args.feeds)}
    ports = free_ports(args.hosts)
    urls = [f"http://127.0.0.1:{ports[n % args.hosts]}/feed/{n}.xml" for n in range(args.feeds)]
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    server = ctx.Process(target=serve, args=(ports, bodies, ready), daemon=True)
    server.start()
    ready.wait(30)
    try:
        cores = os.cpu_count() or 1
        walls, peaks, cpus, parses = [], [], [], []
        for _ in range(args.runs):
            parses.append(parse_cpu(bodies, urls))  # the floor, under this run's machine load
            stats(ports[0], reset=True)
            with tempfile.TemporaryDirectory() as tmp:
                config = load_config(write_config(Path(tmp), urls, args.concurrency, args.per_host))
                t0, c0 = time.perf_counter(), time.process_time()
                w0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                s0 = process_cpu(server.pid)
                summary = crawl(config, progress=False)
                walls.append(time.perf_counter() - t0)
                w1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                workers = (w1.ru_utime + w1.ru_stime) - (w0.ru_utime + w0.ru_stime)
                cpus.append((time.process_time() - c0, workers, process_cpu(server.pid) - s0))
            assert summary.feeds_fetched == args.feeds, summary.line()
            peaks.append(max(stats(p)["max_per_host"] for p in ports))
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # the largest parse worker (the loopback server is a child too, but much smaller)
        worker_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        stats(ports[0], reset=True)
        base = float("nan") if args.no_baseline else baseline(urls)

        requests = args.feeds + args.hosts  # feeds + one robots.txt per host
        allowed = min(args.concurrency, args.hosts * args.per_host)
        net_floor = requests * LATENCY / allowed
        feedparser_cpu = statistics.median(p[0] for p in parses)
        step_cpu = statistics.median(p[1] for p in parses)
        parse_floor = feedparser_cpu / cores
        floor = max(net_floor, parse_floor)
        wall = statistics.median(walls)
        main_cpu = statistics.median(c[0] for c in cpus)
        worker_cpu = statistics.median(c[1] for c in cpus)
        server_cpu = statistics.median(c[2] for c in cpus)
        print(
            f"crawl benchmark: {args.feeds} feeds x {args.items} items, {args.hosts} hosts, "
            f"{LATENCY * 1000:.0f} ms latency, concurrency {args.concurrency}, "
            f"per host {args.per_host}, {cores} cores"
        )
        print(
            f"  crawler wall time (median of {args.runs}): {wall:.2f} s  "
            f"[runs: {', '.join(f'{w:.2f}' for w in walls)}]"
        )
        print(
            f"  network floor: {requests} requests x {LATENCY:.1f} s / {allowed} = {net_floor:.2f} s"
        )
        print(
            f"  parse floor:   feedparser alone (crawler's options) {feedparser_cpu:.2f} s CPU "
            f"/ {cores} cores = {parse_floor:.2f} s  [runs: "
            f"{', '.join(f'{p[0]:.2f}' for p in parses)}]"
        )
        print(
            f"  floor = max(network, parse) = {floor:.2f} s -> crawler / floor = {wall / floor:.2f}x"
            f" (vs network floor alone {wall / net_floor:.2f}x)"
        )
        print(
            f"  crawler's parse step alone (feedparser + entries + topic match): {step_cpu:.2f} s"
            f" CPU, {100 * (step_cpu / feedparser_cpu - 1):.0f}% over feedparser"
            f" (crawler / that floor: {wall / max(net_floor, step_cpu / cores):.2f}x)"
        )
        print(
            f"  CPU the crawl used (medians): event loop process {main_cpu:.2f} s + parse "
            f"workers {worker_cpu:.2f} s = {main_cpu + worker_cpu:.2f} s "
            f"-> CPU floor on {cores} cores {(main_cpu + worker_cpu) / cores:.2f} s; "
            f"loopback server {server_cpu:.2f} s"
        )
        print(
            f"  sequential httpx+feedparser baseline: {base:.2f} s -> speed-up {base / wall:.1f}x"
        )
        print(
            f"  max simultaneous requests per host seen by the server: {max(peaks)} "
            f"(limit {args.per_host})"
        )
        print(
            f"  peak RSS: crawl process {rss_mb:.0f} MB, largest child {worker_rss_mb:.0f} MB"
            f" (parse worker or server; {os.cpu_count()} workers: at most"
            f" {rss_mb + (os.cpu_count() or 1) * worker_rss_mb:.0f} MB in all)"
        )
        print(
            json.dumps(
                {
                    "wall_median_s": round(wall, 3),
                    "floor_s": round(floor, 3),
                    "network_floor_s": round(net_floor, 3),
                    "parse_floor_s": round(parse_floor, 3),
                    "feedparser_cpu_s": round(feedparser_cpu, 3),
                    "parse_step_cpu_s": round(step_cpu, 3),
                    "server_cpu_s": round(server_cpu, 3),
                    "baseline_s": round(base, 3),
                    "main_cpu_s": round(main_cpu, 3),
                    "worker_cpu_s": round(worker_cpu, 3),
                    "max_per_host": max(peaks),
                    "peak_rss_mb": round(rss_mb),
                    "peak_child_rss_mb": round(worker_rss_mb),
                }
            )
        )
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
