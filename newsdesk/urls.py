"""Tracking parameters: the one list of query keys that never make a URL a different page.

Used by the stories stage (canonical URLs, the links we show) and by the content layer (source
URLs compared between generations of a draft), so both agree on what counts as the same source.

The crawler's ``clean_url`` (crawler/urls.py) keeps a shorter prefix rule of its own: it drops
``mc_*`` but keeps ``msclkid`` or ``amp``. The URLs in crawl databases were cleaned with it, and
the crawler's match keys come from it, so it stays until a change that may alter them.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

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
