"""Tracking parameters: the one list of query keys that never make a URL a different page.

Used by the stories stage (canonical URLs, the links we show) and by the content layer (source
URLs compared between generations of a draft), so both agree on what counts as the same source.
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
