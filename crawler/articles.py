"""An entry's page as Article fields: extracted when read, the feed's blurb (and why) when not.

``resp`` is None when robots.txt disallowed the page. Runs in a thread (extraction is CPU).
"""

from __future__ import annotations

from typing import Any

from newsdesk.crawler.extract import extract_page
from newsdesk.crawler.fetch import Response
from newsdesk.crawler.urls import clean_url

from newsdesk.models import Entry


def article_fields(entry: Entry, resp: Response | None) -> dict[str, Any]:
    blurb = {
        "title": entry.title,
        "text": entry.summary,
        "canonical_url": clean_url(resp.final_url if resp else entry.url),
        "author": entry.author,
        "site_name": None,
        "published": entry.published,
        "language": None,
        "links": (),
        "read": False,
        "final_url": resp.final_url if resp else None,
        "redirects": resp.redirects if resp else (),
    }
    if resp is None:
        return blurb | {"read_reason": "robots"}
    if resp.refused:
        return blurb | {"read_reason": resp.error or "refused"}
    if not resp.ok:
        return blurb | {"read_reason": resp.error or f"http {resp.status}"}
    kind = resp.content_type.split(";")[0].strip().lower()
    if kind and "html" not in kind:
        return blurb | {"read_reason": f"not html ({kind})"}
    ex = extract_page(resp.body, url=resp.final_url, content_type=resp.content_type)
    published = ex.published
    if entry.published and (not published or "T" not in published or "T00:00:00" in published):
        published = entry.published
    return {
        "title": ex.title or entry.title,
        "text": ex.text if ex.read else entry.summary,
        "canonical_url": ex.canonical_url,
        "author": ex.author or entry.author,
        "site_name": ex.site_name,
        "published": published,
        "language": ex.language,
        "links": ex.links,
        "read": ex.read,
        "read_reason": ex.read_reason,
        "final_url": resp.final_url,
        "redirects": resp.redirects,
    }
