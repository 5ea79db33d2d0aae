"""Crawl benchmark: 500 feeds across 50 loopback "hosts", 100 ms latency per response.

    .venv/bin/python benchmarks/crawl.py [--feeds 500] [--hosts 50] [--items 20] [--runs 3]

A separate process serves the feeds with aiohttp on 50 ports of 127.0.0.1 (a port is a
host for the per-host limit and for robots.txt), sleeping 100 ms before every response and
counting the simultaneous requests per host. The crawler (`crawler.crawl`, global limit
`crawl.concurrency`, per-host limit `crawl.per_host_concurrency`) is timed against:

* the network floor: requests x latency / allowed concurrency, where requests include one
  robots.txt per host and allowed concurrency = min(global, hosts x per-host);
* the parse floor: feedparser CPU for all feeds (measured here, sequentially) / CPU cores;
* a sequential baseline measured in the same run: httpx GET then feedparser, feed by feed.

Entries are dated 2020, outside the crawl's lookback, so only feeds are fetched (the
benchmark is about polling feeds). Medians over --runs; peak RSS of this process.
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
                return web.Response(body=bodies[n], content_type="application/rss+xml")
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

    started = time.perf_counter()
    with httpx.Client() as client:
        for url in urls:
            feedparser.parse(client.get(url).content)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--hosts", type=int, default=50)
    ap.add_argument("--items", type=int, default=20, help="items per feed")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--per-host", type=int, default=2)
    args = ap.parse_args()

    from crawler import crawl
    from crawler.feeds import parse_feed
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
        started = time.process_time()  # CPU, not wall: the machine may be busy
        for n, body in bodies.items():
            parse_feed(body, url=urls[n], content_type="application/rss+xml")
        parse_cpu = time.process_time() - started
        cores = os.cpu_count() or 1

        walls, peaks, cpus = [], [], []
        for _ in range(args.runs):
            stats(ports[0], reset=True)
            with tempfile.TemporaryDirectory() as tmp:
                config = load_config(write_config(Path(tmp), urls, args.concurrency, args.per_host))
                t0, c0 = time.perf_counter(), time.process_time()
                w0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                summary = crawl(config, progress=False)
                walls.append(time.perf_counter() - t0)
                w1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                workers = (w1.ru_utime + w1.ru_stime) - (w0.ru_utime + w0.ru_stime)
                cpus.append((time.process_time() - c0, workers))
            assert summary.feeds_fetched == args.feeds, summary.line()
            peaks.append(max(stats(p)["max_per_host"] for p in ports))
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        stats(ports[0], reset=True)
        base = baseline(urls)

        requests = args.feeds + args.hosts  # feeds + one robots.txt per host
        allowed = min(args.concurrency, args.hosts * args.per_host)
        net_floor = requests * LATENCY / allowed
        parse_floor = parse_cpu / cores
        floor = max(net_floor, parse_floor)
        wall = statistics.median(walls)
        main_cpu = statistics.median(c[0] for c in cpus)
        worker_cpu = statistics.median(c[1] for c in cpus)
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
            f"  parse floor:   feedparser {parse_cpu:.2f} s CPU / {cores} cores = {parse_floor:.2f} s"
        )
        print(
            f"  floor = max(network, parse) = {floor:.2f} s -> crawler / floor = {wall / floor:.2f}x"
            f" (vs network floor alone {wall / net_floor:.2f}x)"
        )
        print(
            f"  CPU the crawl used (medians): event loop {main_cpu:.2f} s + parse workers "
            f"{worker_cpu:.2f} s = {main_cpu + worker_cpu:.2f} s "
            f"-> CPU floor on {cores} cores {(main_cpu + worker_cpu) / cores:.2f} s"
        )
        print(
            f"  sequential httpx+feedparser baseline: {base:.2f} s -> speed-up {base / wall:.1f}x"
        )
        print(
            f"  max simultaneous requests per host seen by the server: {max(peaks)} "
            f"(limit {args.per_host})"
        )
        print(f"  peak RSS (this process): {rss_mb:.0f} MB")
        print(
            json.dumps(
                {
                    "wall_median_s": round(wall, 3),
                    "floor_s": round(floor, 3),
                    "network_floor_s": round(net_floor, 3),
                    "parse_floor_s": round(parse_floor, 3),
                    "baseline_s": round(base, 3),
                    "main_cpu_s": round(main_cpu, 3),
                    "worker_cpu_s": round(worker_cpu, 3),
                    "max_per_host": max(peaks),
                    "peak_rss_mb": round(rss_mb),
                }
            )
        )
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
