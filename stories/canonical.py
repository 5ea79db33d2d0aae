"""Canonical URLs and outlet names: the URL level of duplicate detection.

Two entries whose canonical URLs are equal are one article, whichever feed they came from.
``canonical_url`` cleans with courlan (scheme, host case, default ports, fragments, tracking
parameters it knows) and then removes what courlan keeps: every ``utm_*`` parameter and the
click ids below, AMP variants (``amp.`` hosts, ``/amp`` path segments, ``.amp.html``,
``?amp=1``), mobile hosts (``m.``, ``mobile.``), ``www.`` and a trailing slash. When the page
declared ``rel=canonical`` or ``og:url`` the crawler already stored it as
``Article.canonical_url``; it goes through the same cleaning.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlencode, urlsplit, urlunsplit

from courlan import extract_domain, normalize_url

from newsdesk.source_list import query_without_tracking

_HOST_PREFIXES = ("www.", "amp.", "m.", "mobile.")
_AMP_PATH = re.compile(r"(/amp/?$|/amp(?=/)|\.amp(?=\.html?$)|\.amp$)")


@lru_cache(maxsize=200_000)
def canonical_url(url: str) -> str:
    """The cleaned, comparable form of ``url`` (stable: applying it twice changes nothing)."""
    url = url.strip()
    try:
        cleaned = normalize_url(url, strict=False)
    except (ValueError, AttributeError):
        cleaned = url
    parts = urlsplit(cleaned)
    if not parts.netloc:
        return url
    host = parts.hostname or ""
    changed = True
    while changed:
        changed = False
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host = host[len(prefix) :]
                changed = True
    path = _AMP_PATH.sub("", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = query_without_tracking(parts.query)
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    return urlunsplit(("https", host + port, path, urlencode(sorted(query)), ""))


def without_tracking(url: str) -> str:
    """``url`` minus tracking parameters and fragment, otherwise as given: the link we show."""
    parts = urlsplit(url.strip())
    if not parts.query and not parts.fragment:
        return url.strip()
    query = query_without_tracking(parts.query)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


@lru_cache(maxsize=200_000)
def host_of(url: str) -> str:
    """Lower-case host without www./m./amp. prefixes ('' when the URL has none)."""
    host = (urlsplit(url.strip()).hostname or "").lower()
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
    return host


@lru_cache(maxsize=200_000)
def outlet_of(url: str) -> str:
    """The registered domain of ``url`` ("ft.com", "bbc.co.uk"), the key of outlet tiers."""
    host = host_of(url)
    if not host:
        return ""
    return _registered_domain(host)


@lru_cache(maxsize=100_000)
def _registered_domain(host: str) -> str:
    if re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
        return host
    return extract_domain(f"https://{host}/") or host


def domain_in(url: str, domains: list[str] | tuple[str, ...] | frozenset[str]) -> bool:
    """True when the URL's host is one of ``domains`` or a subdomain of one."""
    host = host_of(url)
    outlet = outlet_of(url)
    for d in domains:
        d = d.lower().removeprefix("www.")
        if host == d or host.endswith("." + d) or outlet == d:
            return True
    return False
