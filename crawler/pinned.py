"""Connections pinned to the addresses the SSRF guard checked (no DNS rebinding).

The guard resolves a host and checks every address; the HTTP client would then resolve it
again to connect, and a name can answer a public address the first time and 127.0.0.1 the
second. :class:`PinnedResolver` is the aiohttp connector's resolver: it answers with the
guard's checked addresses (resolving and checking them first when the guard has not), so
the connection goes to an address that was checked. The URL, and so the Host header and
the TLS server name (SNI) and certificate check, keep the host name.
"""

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
