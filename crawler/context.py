"""What every phase of a crawl shares: the run's settings, store, fetcher and counters.

The crawl job (:mod:`crawler.run`) builds one :class:`CrawlContext` per run and hands it to
each phase it composes (feeds, articles, Hacker News); a phase reads nothing else of the job.
The context is frozen; the counters it carries are the one thing the phases add to.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.crawler.fetch import Fetcher
from newsdesk.crawler.match import TopicMatcher
from newsdesk.crawler.progress import Progress
from newsdesk.crawler.robots import Robots
from newsdesk.crawler.summary import Counts

from newsdesk.config import Config
from newsdesk.store import Store


@dataclass(frozen=True)
class CrawlContext:
    config: Config
    store: Store
    run_id: int
    fetcher: Fetcher
    robots: Robots
    matcher: TopicMatcher
    display: Progress
    counts: Counts
    replaying: bool  # answered from a WARC archive: the lookback does not apply

    def error(self, url: str, kind: str, error: str) -> None:
        """Record why a URL failed (or was set aside) in this run."""
        self.store.record_error(self.run_id, url, kind, error)

    def lookback_days(self) -> int:
        """How many days back a live crawl looks (0: no limit); a replay has no limit."""
        return 0 if self.replaying else self.config.crawl.lookback_days
