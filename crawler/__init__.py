"""The crawl stage: feeds and Hacker News for the configured topics, into the store.

Entry point: :func:`crawl` (returns a :class:`CrawlSummary`, whose ``line()`` is the
one-line run summary).
"""

from __future__ import annotations

from newsdesk.crawler.context import CrawlSummary
from newsdesk.crawler.run import crawl

__all__ = ["CrawlSummary", "crawl"]
