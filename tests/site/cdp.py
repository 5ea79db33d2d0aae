"""Drive headless Chromium over the DevTools protocol (aiohttp's websocket client), for pages
whose script works asynchronously (a --dump-dom snapshot is taken before it finishes).

:func:`wait_for` opens a page, evaluates an expression until it is truthy (or time runs out)
and returns its last value with every console and log message the page produced, CSP
violations included. Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import aiohttp

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-dev-shm-usage", "--remote-debugging-port=0",
]  # fmt: skip


def _port(profile: Path, proc: subprocess.Popen[bytes], seconds: float = 30) -> int:
    marker = profile / "DevToolsActivePort"
    end = time.monotonic() + seconds
    while time.monotonic() < end and proc.poll() is None:
        if marker.is_file() and marker.read_text().strip():
            return int(marker.read_text().split()[0])
        time.sleep(0.1)
    raise RuntimeError("chromium did not open its DevTools port")


async def _session(
    ws_url: str, url: str, expression: str, seconds: float, javascript: bool, width: int
) -> tuple[Any, list[str]]:
    ids = itertools.count(1)
    messages: list[str] = []
    async with aiohttp.ClientSession() as http, http.ws_connect(ws_url, max_msg_size=0) as ws:

        async def call(method: str, **params: Any) -> dict[str, Any]:
            n = next(ids)
            await ws.send_str(json.dumps({"id": n, "method": method, "params": params}))
            while True:
                msg = json.loads((await ws.receive(timeout=seconds)).data)
                if msg.get("method") == "Runtime.consoleAPICalled":
                    args = msg["params"]["args"]
                    words = (str(a.get("value", a.get("description"))) for a in args)
                    messages.append(" ".join(words))
                elif msg.get("method") == "Log.entryAdded":
                    messages.append(msg["params"]["entry"]["text"])
                elif msg.get("id") == n:
                    return dict(msg.get("result", {}))

        await call("Runtime.enable")
        await call("Log.enable")
        await call("Page.enable")
        # a headless window is never narrower than 500 px: emulate the viewport instead
        metrics = {"width": width, "height": 2000, "deviceScaleFactor": 1, "mobile": False}
        await call("Emulation.setDeviceMetricsOverride", **metrics)
        if not javascript:  # the page's own script never runs; DevTools can still look
            await call("Emulation.setScriptExecutionDisabled", value=True)
        await call("Page.navigate", url=url)
        value: Any = None
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            res = await call("Runtime.evaluate", expression=expression, returnByValue=True)
            value = res.get("result", {}).get("value")
            if value:
                break
            await asyncio.sleep(0.25)
        await asyncio.sleep(0.3)  # let late console messages arrive
        await call("Runtime.evaluate", expression="1")
        return value, messages


def wait_for(
    chromium: str,
    url: str,
    expression: str,
    seconds: float = 30,
    width: int = 1280,
    javascript: bool = True,
) -> tuple[Any, list[str]]:
    """Open ``url`` in a window ``width`` px wide (with the page's JavaScript off unless
    ``javascript``); evaluate ``expression`` until truthy; (its value, the page's messages)."""
    # chromium may still be writing its profile as it exits: a leftover file is no failure
    with tempfile.TemporaryDirectory(prefix="chromium-cdp-", ignore_cleanup_errors=True) as tmp:
        profile = Path(tmp)
        cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},2000"]
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        proc = subprocess.Popen([*cmd, "about:blank"], **quiet)  # type: ignore[call-overload]
        try:
            port = _port(profile, proc)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
                pages = [t for t in json.load(r) if t.get("type") == "page"]
            ws_url = pages[0]["webSocketDebuggerUrl"]
            return asyncio.run(_session(ws_url, url, expression, seconds, javascript, width))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
