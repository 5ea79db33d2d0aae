"""robots.txt, fetched once per host per run and parsed with protego.

RFC 9309 rules: a 4xx robots.txt (none published) allows everything; a 5xx or an
unreachable one disallows the whole host for this run; redirects are followed. A robots.txt
that protego fails on allows everything too, with a warning logged (``newsdesk.crawler.robots``).
"""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

from newsdesk.crawler.fetch import Fetcher
from protego import Protego

log = logging.getLogger(__name__)


class Robots:
    def __init__(self, fetcher: Fetcher, user_agent: str) -> None:
        self.fetcher = fetcher
        self.user_agent = user_agent
        self._rules: dict[str, asyncio.Task[tuple[Protego | None, str | None]]] = {}

    async def allowed(self, url: str) -> tuple[bool, str | None]:
        """(allowed, why not). Why not names the robots.txt outcome."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._rules:
            self._rules[origin] = asyncio.ensure_future(self._load(origin))
        rules, problem = await self._rules[origin]
        if problem:
            return False, problem
        if rules is None or rules.can_fetch(url, self.user_agent):
            return True, None
        return False, f"disallowed by {origin}/robots.txt"

    async def _load(self, origin: str) -> tuple[Protego | None, str | None]:
        resp = await self.fetcher.get(f"{origin}/robots.txt")
        if resp.ok:
            text = resp.body.decode("utf-8", errors="replace")
            try:
                return Protego.parse(text), None
            except Exception as exc:  # protego is lenient; a crash here must not stop the crawl
                log.warning(
                    "%s/robots.txt could not be parsed (%s: %s); everything allowed",
                    origin,
                    type(exc).__name__,
                    exc,
                )
                return None, None
        if 400 <= resp.status < 500:
            return None, None
        return None, f"robots.txt unavailable ({resp.error}): host skipped this run"
