"""What the phases of a crawl share and count, the one-line summary they add up to, and the
progress they show while they run.

The crawl job (:mod:`crawler.run`) builds one :class:`CrawlContext` per run and hands it to
each phase it composes (feeds, articles, Hacker News); a phase reads nothing else of the job.
The context is frozen; the :class:`Counts` it carries are the one thing the phases add to,
and become the run's :class:`CrawlSummary` when it ends.

Progress (:func:`make_progress`): a rich display on a terminal, plain log lines on stderr
otherwise. Messages carry crawled titles and URLs: control characters in them are printed
escaped.
"""

from __future__ import annotations

import sys
import time
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any, Protocol

from newsdesk.crawler.fetch import Fetcher
from newsdesk.crawler.guard import Robots
from newsdesk.crawler.intake import TopicMatcher

from newsdesk.config import Config
from newsdesk.store import Store
from newsdesk.text import counted
from newsdesk.unprintable import for_terminal

if TYPE_CHECKING:
    from rich.progress import TaskID


@dataclass(frozen=True)
class CrawlSummary:
    run_id: int
    feeds_fetched: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    feeds_malformed: int = 0
    entries_new: int = 0
    articles_extracted: int = 0
    articles_blurb_only: int = 0
    articles_failed: int = 0
    articles_off_topic: int = 0
    discussions: int = 0
    hn_failed: int = 0
    hn_skipped: int = 0  # malformed hits and comment items, skipped
    entries_too_old: int = 0  # new entries published before crawl.lookback_days: not fetched
    lookback_days: int = 0  # (for the line that says so)
    hn_capped: int = 0  # stories whose comments hit the item-request cap
    requests: int = 0
    seconds: float = 0.0
    problems: tuple[str, ...] = ()  # "feed-id: what went wrong", one per problem feed

    @property
    def every_feed_failed(self) -> bool:
        """Feeds were crawled and not one answered with a feed (`newsdesk crawl` exits 3)."""
        return self.feeds_failed > 0 and not (self.feeds_fetched or self.feeds_not_modified)

    def line(self) -> str:
        """The one-line run summary printed by `newsdesk crawl`."""
        parts = [
            f"feeds: {self.feeds_fetched} fetched, {self.feeds_not_modified} not modified, "
            f"{self.feeds_failed} failed"
            + (f" ({self.feeds_malformed} malformed)" if self.feeds_malformed else ""),
            f"entries: {self.entries_new} new"
            + (
                f" ({self.entries_too_old} older than crawl.lookback_days ({self.lookback_days}),"
                " not fetched)"
                if self.entries_too_old
                else ""
            ),
            f"articles: {self.articles_extracted} extracted, {self.articles_blurb_only} "
            f"blurb-only, {self.articles_failed} failed, {self.articles_off_topic} off-topic",
            f"HN: {counted(self.discussions, 'discussion', 'discussions')}"
            + (f", {self.hn_failed} failed" if self.hn_failed else "")
            + (f", {self.hn_skipped} malformed items skipped" if self.hn_skipped else "")
            + (
                f", {self.hn_capped} with comments cut at the item-request cap"
                if self.hn_capped
                else ""
            ),
        ]
        if self.problems:
            parts.append("problems: " + "; ".join(self.problems))
        return "crawl: " + " · ".join(parts) + f" ({self.seconds:.1f} s)"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Counts:
    """What a running crawl has done so far; its phases add to it, :meth:`summary` freezes it."""

    feeds_fetched: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    feeds_malformed: int = 0
    entries_new: int = 0
    articles_extracted: int = 0
    articles_blurb_only: int = 0
    articles_failed: int = 0
    articles_off_topic: int = 0
    discussions: int = 0
    hn_failed: int = 0
    hn_skipped: int = 0
    hn_capped: int = 0
    entries_too_old: int = 0
    lookback_days: int = 0
    requests: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self, run_id: int) -> CrawlSummary:
        counted = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "problems"}
        return CrawlSummary(run_id=run_id, problems=tuple(self.problems), **counted)


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

    def skipped(self, url: str, why: str) -> None:
        """Record a malformed HN hit or item that was skipped (the crawl goes on)."""
        self.counts.hn_skipped += 1
        self.error(url, "hn", why)

    def lookback_days(self) -> int:
        """How many days back a live crawl looks (0: no limit); a replay has no limit."""
        return 0 if self.replaying else self.config.crawl.lookback_days


class Progress(Protocol):
    def stage(self, name: str, total: int) -> None: ...
    def step(self, message: str, *, failed: bool = False, flagged: bool = False) -> None: ...
    def close(self) -> None: ...


class LogProgress:
    """One plain line per unit of work, with elapsed seconds; for logs and CI."""

    def __init__(self, stream=None, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.started = time.monotonic()
        self.name = ""

    def _emit(self, text: str) -> None:
        if not self.quiet:
            shown = for_terminal(text, newlines=False)  # crawled titles may hold escapes
            print(
                f"[{time.monotonic() - self.started:6.1f}s] {shown}", file=self.stream, flush=True
            )

    def stage(self, name: str, total: int) -> None:
        self.name = name
        self._emit(f"{name}: {total} to do")

    def step(self, message: str, *, failed: bool = False, flagged: bool = False) -> None:
        mark = "FAILED " if failed else "FLAGGED " if flagged else ""
        self._emit(f"{self.name}: {mark}{message}")

    def close(self) -> None:
        pass


class RichProgress:
    """A live progress bar per stage (rich), with failures printed above it."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.console = Console(stderr=True)
        self.bar = Progress(
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[last]}", style="dim"),
            console=self.console,
            transient=False,
        )
        self.bar.start()
        self.task: TaskID | None = None

    def stage(self, name: str, total: int) -> None:
        self.task = self.bar.add_task(name, total=total, last="")

    def step(self, message: str, *, failed: bool = False, flagged: bool = False) -> None:
        from rich.markup import escape

        message = escape(for_terminal(message, newlines=False))  # no escapes, no markup
        if failed:
            self.console.print(f"[red]✗[/red] {message}", highlight=False)
        elif flagged:
            self.console.print(f"[yellow]![/yellow] {message}", highlight=False)
        if self.task is not None:
            self.bar.update(self.task, advance=1, last=message[:60])

    def close(self) -> None:
        self.bar.stop()


def make_progress(enabled: bool | None) -> Progress:
    """None: rich when stderr is a terminal, plain lines otherwise; False: silent."""
    if enabled is False:
        return LogProgress(quiet=True)
    if enabled is None and not sys.stderr.isatty():
        return LogProgress()
    try:
        return RichProgress()
    except Exception:  # no usable terminal
        return LogProgress()
