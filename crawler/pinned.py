"""Connections pinned to the addresses the SSRF guard checked: aiohttp's resolver goes through
:meth:`crawler.guard.Guard.addresses`. Imported only by a live crawl (aiohttp is not needed to
replay an archive)."""

from __future__ import annotations

import socket
import ssl

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from newsdesk.crawler.guard import Guard

from newsdesk.errors import FetchError


class PinnedResolver(AbstractResolver):
    """Resolves through :meth:`Guard.addresses`: only checked, public addresses come back."""

    def __init__(self, guard: Guard) -> None:
        self.guard = guard

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        try:
            addresses = await self.guard.addresses(host)
        except FetchError as exc:
            raise OSError(str(exc)) from None
        out: list[ResolveResult] = []
        for address in addresses:
            kind = socket.AF_INET6 if ":" in address else socket.AF_INET
            if family not in (socket.AF_UNSPEC, kind):
                continue
            out.append(
                ResolveResult(
                    hostname=host,
                    host=address,
                    port=port,
                    family=kind,
                    proto=0,
                    flags=socket.AI_NUMERICHOST,
                )
            )
        if not out:
            raise OSError(f"no checked address of {host} for this address family")
        return out

    async def close(self) -> None:
        pass


def pinned_session(guard: Guard, tls: ssl.SSLContext, limit: int) -> aiohttp.ClientSession:
    """An aiohttp session whose every connection goes to an address ``guard`` checked."""
    connector = aiohttp.TCPConnector(ssl=tls, limit=limit, resolver=PinnedResolver(guard))
    return aiohttp.ClientSession(connector=connector)
