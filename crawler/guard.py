"""The SSRF guard: refuse non-http(s) schemes, and hosts resolving to non-public addresses.

A URL is refused when its host is, or resolves to, a private, loopback, link-local,
multicast, reserved or unspecified address, unless ``crawl.allow_private_addresses`` is
true (tests on 127.0.0.1 set it). Every redirect hop is checked again. Resolution results
are cached per host for the run. (The check resolves before the request, so a host whose
DNS answer changes between the check and the connection is not covered.)
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from newsdesk.errors import FetchError

SCHEMES = ("http", "https")


def check_scheme(url: str) -> str:
    """Return the host of an http(s) URL; raise FetchError for anything else."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        raise FetchError(f"malformed URL ({exc})") from None
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"refused: scheme {parts.scheme or '(none)'!r} is not http(s)")
    if not host:
        raise FetchError("malformed URL (no host)")
    return host


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


class Guard:
    """Checks URLs before they are fetched. One per crawl run."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self._cache: dict[str, str | None] = {}  # host -> refusal reason, None when fine

    async def check(self, url: str) -> None:
        host = check_scheme(url)
        if self.allow_private:
            return
        if host not in self._cache:
            self._cache[host] = await self._verdict(host)
        reason = self._cache[host]
        if reason:
            raise FetchError(reason)

    async def _verdict(self, host: str) -> str | None:
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(
                    host, None, type=socket.SOCK_STREAM
                )
            except (OSError, UnicodeError) as exc:
                return f"cannot resolve {host} ({exc})"
            addresses = sorted({str(info[4][0]) for info in infos})
        for address in addresses:
            if not is_public(address):
                return (
                    f"refused: {host} resolves to non-public address {address} "
                    "(set crawl.allow_private_addresses to allow)"
                )
        return None


class SchemeCheck:
    """A replay's check: http(s) URLs only, and no resolving (nothing reaches the network)."""

    async def check(self, url: str) -> None:
        check_scheme(url)
