"""URL helpers shared by the crawler: stable ids, cleaning, hosts, registered domains."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "mc_", "fbclid", "gclid", "ref_src", "cmpid")


def article_id(url: str) -> str:
    """The stable id of the article found at an entry URL (so reruns never refetch it)."""
    return hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:16]


def clean_url(url: str) -> str:
    """Lowercase scheme and host, drop the fragment and tracking parameters, sort the query."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING_PREFIXES)
    ]
    path = parts.path or "/"
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), path, urlencode(sorted(query)), "")
    )


def host_key(url: str) -> str:
    """host[:port], the unit of the per-host concurrency limit and of robots.txt."""
    parts = urlsplit(url)
    return (parts.netloc or "").lower()


def registered_domain(url: str) -> str:
    """'engineering.brightforge.example' -> 'brightforge.example' (courlan's public suffixes)."""
    import courlan  # on first use: a replay with nothing new never needs it (~0.05 s)

    domain: str | None
    try:
        domain = courlan.get_hostinfo(url)[0]
    except Exception:  # courlan is lenient, but never let a weird URL crash the crawl
        domain = None
    domain = domain or urlsplit(url).hostname or ""
    return domain.lower().removeprefix("www.")


def comparable(url: str) -> str:
    """The key under which two URLs name the same page (scheme, www. and trailing / ignored)."""
    cleaned = clean_url(url)
    parts = urlsplit(cleaned)
    host = parts.netloc.removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}?{parts.query}"
