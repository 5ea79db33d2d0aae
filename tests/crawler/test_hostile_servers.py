"""Servers on loopback that lie about or stall an answer: each ends in a one-line problem for
its feed, within the crawl's bounds, and the crawl goes on to the other feeds."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from hostile_web import Web, crawl_web

FEED = (
    b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>"
    b"Tokenmaxxing board</title><link>http://example.org/a</link></item></channel></rss>"
)


def _gigabyte_claimed(handler: BaseHTTPRequestHandler) -> None:
    """A 1 GB Content-Length, then bytes as fast as the socket takes them."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", str(10**9))
    handler.end_headers()
    try:
        for _ in range(20_000):  # 1.3 GB if nobody stops reading
            handler.wfile.write(b"<!--" + b"x" * 65_536 + b"-->")
    except OSError:
        pass


def _dripped_headers(handler: BaseHTTPRequestHandler) -> None:
    """Slowloris the other way: the status line, then a header byte every 50 ms, never done."""
    try:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in range(400):
            handler.wfile.write(b"a")
            handler.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass


def _silent(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(20)  # the connection is accepted and nothing is ever said


def _redirect_loop(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(302)
    target = "/loop-b.xml" if handler.path.startswith("/loop-a") else "/loop-a.xml"
    handler.send_header("Location", target)
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def test_lying_and_stalling_servers_are_bounded(tmp_path: Path, web: Web) -> None:
    web.routes["/big.xml"] = _gigabyte_claimed
    web.routes["/slowhead.xml"] = _dripped_headers
    web.routes["/silent.xml"] = _silent
    web.routes["/loop-a.xml"] = _redirect_loop
    web.routes["/loop-b.xml"] = _redirect_loop
    web.routes["/good.xml"] = (200, {"Content-Type": "application/rss+xml"}, FEED.decode())
    feeds = ["/big.xml", "/slowhead.xml", "/silent.xml", "/loop-a.xml", "/good.xml"]
    started = time.monotonic()
    crawled = crawl_web(tmp_path, web, feeds, timeout=1.0)
    assert time.monotonic() - started < 15
    problems = dict(p.split(": ", 1) for p in crawled.summary.problems)
    assert set(problems) == {"big", "slowhead", "silent", "loop-a"}, problems
    assert "body over" in problems["big"]
    assert "timed out" in problems["slowhead"] and "timed out" in problems["silent"]
    assert "redirect" in problems["loop-a"]
    assert all("\n" not in p and "Traceback" not in p for p in problems.values())
    assert crawled.rows("SELECT title FROM entries") == [("Tokenmaxxing board",)]
