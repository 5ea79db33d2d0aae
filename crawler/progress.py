"""Progress: a rich display on a terminal, plain log lines on stderr otherwise.

Messages carry crawled titles and URLs: control characters in them are printed escaped.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Protocol

from newsdesk.text import for_terminal

if TYPE_CHECKING:
    from rich.progress import TaskID


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
