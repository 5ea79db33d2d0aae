"""The front matter's source list, and when two source URLs are the same page.

Tracking parameters (``TRACKING_PARAMS``, ``utm_*``) are the one list of query keys that never
make a URL a different page. They are used by the stories stage (canonical URLs, the links we
show) and by the content layer (:func:`url_key`: source URLs compared between generations of a
draft), so both agree on what counts as the same source.

The crawler's ``clean_url`` (crawler/urls.py) keeps a shorter prefix rule of its own: it drops
``mc_*`` but keeps ``msclkid`` or ``amp``. The URLs in crawl databases were cleaned with it, and
the crawler's match keys come from it, so it stays until a change that may alter them.

The rest reads the front matter's source list: URL keys for comparing generations,
models.Source, counts.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from newsdesk.models import Source, SourceCounts, count_sources

TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref_src",
        "cmpid",
        "ocid",
        "smid",
        "sr_share",
        "amp",
        "outputtype",
    }
)


def is_tracking(key: str) -> bool:
    """True for ``utm_*`` and the click ids and share markers above (any letter case)."""
    key = key.lower()
    return key.startswith("utm_") or key in TRACKING_PARAMS


def query_without_tracking(query: str) -> list[tuple[str, str]]:
    """The query's (key, value) pairs in order, tracking parameters left out."""
    return [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not is_tracking(k)]


def url_key(url: str) -> str:
    """A URL as compared between generations: scheme, 'www.', default port, fragment, tracking
    parameters, parameter order and a trailing slash do not make a source new."""
    try:
        parts = urlsplit(str(url).strip())
    except ValueError:
        return str(url).strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = sorted(query_without_tracking(parts.query))
    path = parts.path.rstrip("/") or "/"
    return f"//{host}{path}" + (f"?{urlencode(query)}" if query else "")


def source_urls(meta: dict[str, Any]) -> set[str]:
    """Every URL of the front matter's source list (duplicates' also_at included), as url_key."""
    urls: set[str] = set()
    for src in meta.get("sources") or []:
        if isinstance(src, dict):
            if src.get("url"):
                urls.add(url_key(src["url"]))
            urls.update(url_key(u) for u in src.get("also_at") or [] if u)
    return urls


def sources_of(meta: dict[str, Any]) -> list[Source]:
    """The front matter's source list as models.Source (for counting and display)."""
    out = []
    for src in meta.get("sources") or []:
        if not isinstance(src, dict):
            continue
        out.append(
            Source(
                url=str(src.get("url") or ""),
                outlet=str(src.get("outlet") or ""),
                name=str(src.get("name") or src.get("outlet") or ""),
                title=str(src.get("title") or ""),
                role=str(src.get("role") or "coverage"),
                tier=str(src.get("tier") or "unrated"),
                read=bool(src.get("read", True)),
                read_reason=str(src.get("read_reason") or ""),
                published=str(src["published"]) if src.get("published") else None,
                hn_id=src.get("hn_id"),
                points=src.get("points"),
                num_comments=src.get("num_comments"),
            )
        )
    return out


def counts_of(meta: dict[str, Any]) -> SourceCounts:
    """The counts line's numbers, always computed from the source list."""
    return count_sources(sources_of(meta), excluded=int(meta.get("excluded") or 0))
