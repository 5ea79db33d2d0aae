"""The crawl stage: feeds and Hacker News for the configured topics, into the store.

Entry point: :func:`crawl` (returns a :class:`CrawlSummary`, whose ``line()`` is the
one-line run summary).
"""

from __future__ import annotations

from newsdesk.crawler.run import crawl
from newsdesk.crawler.summary import CrawlSummary

__all__ = ["CrawlSummary", "crawl"]
