"""Which URLs the crawler may fetch: the SSRF guard (:class:`Guard`) and robots.txt
(:class:`Robots`).

The SSRF guard refuses non-http(s) schemes, and hosts resolving to non-public addresses.

A URL is refused when its host is, or resolves to, a private, loopback, link-local,
multicast, reserved or unspecified address, unless ``crawl.allow_private_addresses`` is
true (tests on 127.0.0.1 set it). "Public" means globally routable (``is_global``, plus the
ranges this Python still counts as global), and an IPv4 address wrapped in an IPv6 one
(mapped, 6to4, Teredo, NAT64) must be public too. Every redirect hop is checked again.
Resolution results are cached per host for the run, and the live transport connects to
exactly those addresses (:class:`crawler.pinned.PinnedResolver`), so DNS rebinding (a public
answer for the check, 127.0.0.1 for the connection) does not reach a private address.

robots.txt is fetched once per host per run and parsed with protego. RFC 9309 rules: a 4xx
robots.txt (none published) allows everything; a 5xx or an unreachable one disallows the whole
host for this run; redirects are followed. A robots.txt that protego fails on allows everything
too, with a warning logged (``newsdesk.crawler.robots``).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from protego import Protego

from newsdesk.errors import FetchError

if TYPE_CHECKING:
    from newsdesk.crawler.fetch import Fetcher

log = logging.getLogger("newsdesk.crawler.robots")  # robots.txt's warnings, under their old name

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


# not globally routable, though this Python's ``is_global`` may say otherwise
_NOT_GLOBAL = tuple(
    ipaddress.ip_network(n)
    for n in (
        "100.64.0.0/10",  # carrier-grade NAT (holds a cloud metadata address, 100.100.100.200)
        "192.88.99.0/24",  # 6to4 relay anycast (deprecated)
        "fec0::/10",  # IPv6 site-local (deprecated)
        "64:ff9b:1::/48",  # local-use NAT64
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries: mapped, 6to4, Teredo client or NAT64."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(address: str) -> bool:
    """Whether an address is globally routable (and so is any IPv4 address it wraps)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if inner is not None and (ip.ipv4_mapped is not None or ip in _NAT64):
            return is_public(str(inner))  # a translation: the IPv4 address is the destination
        if inner is not None and not is_public(str(inner)):
            return False
        if ip.is_site_local:
            return False
    if any(ip in net for net in _NOT_GLOBAL if net.version == ip.version):
        return False
    return ip.is_global and not (
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
        # host -> its checked addresses, or why it is refused
        self._cache: dict[str, str | tuple[str, ...]] = {}

    async def check(self, url: str) -> None:
        host = check_scheme(url)
        if self.allow_private:
            return
        await self.addresses(host)

    async def addresses(self, host: str) -> tuple[str, ...]:
        """The checked addresses of a host, resolved once per run: the connection goes to
        these (:class:`crawler.pinned.PinnedResolver`), so a second DNS answer never counts.
        Raises FetchError when the host is refused."""
        if host not in self._cache:
            verdict = await self._verdict(host)
            self._cache.setdefault(host, verdict)  # the first answer stays: it was checked
        found = self._cache[host]
        if isinstance(found, str):
            raise FetchError(found)
        return found

    async def _verdict(self, host: str) -> str | tuple[str, ...]:
        """The host's addresses when all are public, else why it is refused."""
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
        if not addresses:
            return f"cannot resolve {host} (no address)"
        for address in addresses:
            if not is_public(address):
                return (
                    f"refused: {host} resolves to non-public address {address} "
                    "(set crawl.allow_private_addresses to allow)"
                )
        return tuple(addresses)


class SchemeCheck:
    """A replay's check: http(s) URLs only, and no resolving (nothing reaches the network)."""

    async def check(self, url: str) -> None:
        check_scheme(url)


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
