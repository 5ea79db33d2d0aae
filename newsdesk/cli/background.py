"""One job kept up to date in a background thread: `newsdesk serve`'s search index.

The preview's rebuild of the pages takes a fraction of a second, but Pagefind reads every story
page again whenever the stories' summaries change (a headline, a source): seconds at a few
thousand stories. The preview therefore serves the rebuilt pages at once and brings the search
index up to date behind them. Requests made while the job runs coalesce into one more run
after it; ``pause()`` stops the running job (the preview pauses it while a rebuild rewrites the
pages it reads) and ``stop()`` ends them all; either sets the job's cancel event (Pagefind is
killed, the index in place is kept) and waits briefly for the thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

Job = Callable[[threading.Event], Any]


class Background:
    """Runs ``job(cancel)`` in one thread at a time, again when asked while it runs."""

    def __init__(self, job: Job, log: Callable[[str], None]) -> None:
        self.job = job
        self.log = log
        self.cancel = threading.Event()  # set by stop(): no more runs
        self.runs = 0  # finished runs (tests and the log)
        self._lock = threading.Lock()
        self._wanted = False
        self._thread: threading.Thread | None = None
        self._this_run = threading.Event()  # set by stop() or pause(): the running job stops

    def request(self) -> None:
        """Run the job soon: now if it is idle, else once more after the current run."""
        with self._lock:
            if self.cancel.is_set():
                return
            self._wanted = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._lock:
                if not self._wanted or self.cancel.is_set():
                    self._thread = None
                    return
                self._wanted = False
                self._this_run = threading.Event()
            try:
                self.job(self._this_run)
            except Exception as exc:  # noqa: BLE001 - the preview keeps serving its pages
                self.log(f"search index not updated ({type(exc).__name__}: {exc})")
            self.runs += 1

    def busy(self) -> bool:
        with self._lock:
            return self._thread is not None

    def pause(self, timeout: float = 5.0) -> None:
        """Stop the running job, if any, and the run asked for after it, and wait up to
        ``timeout`` seconds for it to end (the preview pauses the index while it rebuilds the
        pages the index reads, then asks for a run)."""
        with self._lock:
            self._this_run.set()
            self._wanted = False  # the caller asks again when the pages are ready
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Cancel the running job, if any, and wait up to ``timeout`` seconds for it to end."""
        with self._lock:
            self.cancel.set()
        self.pause(timeout)
