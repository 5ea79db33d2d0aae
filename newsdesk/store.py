"""The embedded store: SQLite in WAL mode, migrated with PRAGMA user_version.

Each unit of crawl work (one feed, one article) is written in its own transaction, so a
run killed at any point (even kill -9) leaves a consistent database, and the next run
skips what is already stored.
"""

from __future__ import annotations

import json
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsdesk.errors import StoreError, os_error
from newsdesk.migrations import MIGRATIONS
from newsdesk.models import Entry
from newsdesk.store_pages import PageTables, utcnow


def damaged(exc: sqlite3.DatabaseError, path: Path | None = None) -> StoreError:
    """One line for an SQLite error met while working (a corrupt page is only found when it is
    read): the database file, what is wrong, and how to get out of it."""
    where = path or Store.last_opened or Path("the database")
    text = str(exc)
    if "disk is full" in text:
        return StoreError(f"{where}: {text}: free some space and run again")
    if "malformed" in text or "not a database" in text:
        return StoreError(
            f"{where}: the database is damaged ({text}); recover what it holds with "
            f"`sqlite3 {where} .recover | sqlite3 recovered.db`, or move it away and crawl again"
        )
    return StoreError(f"{where}: database error ({text})")


def _refuse_empty(path: Path) -> None:
    """A 0-byte file is not an empty database: SQLite would silently start a new one over
    it, and whatever truncated it (a full disk, a bad copy) would go unnoticed. A folder is
    named as one (SQLite says only "unable to open database file")."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return
    if stat.S_ISDIR(st.st_mode):
        raise StoreError(
            f"{path}: is a folder, not a database file; set crawl.database to a file in it "
            "(such as data/newsdesk.db), or move the folder away"
        )
    if st.st_size == 0:
        raise StoreError(
            f"{path}: the database file is empty (0 bytes), not a newsdesk database; restore it "
            "from a backup, or delete it and crawl again"
        )


class Store(PageTables):
    """A connection to the newsdesk database. Use as a context manager, or call close()."""

    last_opened: Path | None = None  # for damaged(): the file an SQLite error comes from

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        Store.last_opened = self.path
        self._depth = 0  # open transaction() blocks: only the outermost commits
        self._doomed = False  # a nested block failed: the outermost must not commit
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
                _refuse_empty(self.path)
            self.db = sqlite3.connect(str(path), isolation_level=None, timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise damaged(exc, self.path) from None
        except OSError as exc:  # its folder is a file, a name too long, ...: say which
            why = os_error(exc) or f"{path}: {exc.strerror}"
            raise StoreError(f"cannot create the database: {why}") from None

    # --- plumbing -------------------------------------------------------------------------

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: database schema {version} is newer than this newsdesk "
                f"({len(MIGRATIONS)}); upgrade newsdesk"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in script.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (a failed COMMIT too).

        Nested inside another ``transaction()`` it joins the outer one (so several store calls
        can commit together, e.g. a feed's entries with its validators); an exception leaving
        the inner block rolls back the whole outer transaction, even if the caller catches it."""
        if self._depth:
            self._depth += 1
            try:
                yield self.db
            except BaseException:
                self._doomed = True
                raise
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth, self._doomed = 1, False
        try:
            yield self.db
            if self._doomed:
                raise StoreError(f"{self.path}: a nested store write failed; nothing was saved")
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # --- runs -----------------------------------------------------------------------------

    def start_run(self, kind: str) -> int:
        with self.transaction():
            cur = self.db.execute("INSERT INTO runs(kind, started) VALUES (?, ?)", (kind, utcnow()))
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, status: str, summary: dict[str, Any]) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE runs SET finished=?, status=?, summary=? WHERE id=?",
                (utcnow(), status, json.dumps(summary, sort_keys=True), run_id),
            )

    def record_error(self, run_id: int | None, url: str, kind: str, error: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO fetch_errors(run_id, url, kind, error, at) VALUES (?,?,?,?,?)",
                (run_id, url, kind, error, utcnow()),
            )

    # --- feeds ----------------------------------------------------------------------------

    def feed_state(self, feed_id: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM feeds WHERE id=?", (feed_id,)).fetchone()

    def save_feed_state(self, feed_id: str, url: str, **fields: Any) -> None:
        """Upsert a feed's validators and last outcome (etag, last_modified, last_status, ...)."""
        cols = ["url", *fields]
        values = [url, *fields.values()]
        with self.transaction():
            self.db.execute(
                f"INSERT INTO feeds(id, {', '.join(cols)}) VALUES (?{', ?' * len(cols)}) "
                f"ON CONFLICT(id) DO UPDATE SET " + ", ".join(f"{c}=excluded.{c}" for c in cols),
                [feed_id, *values],
            )

    # --- entries --------------------------------------------------------------------------

    def upsert_entry(self, entry: Entry, run_id: int | None = None) -> bool:
        """Store an entry; return True when it is new."""
        now = utcnow()
        with self.transaction():
            existed = self.db.execute(
                "SELECT 1 FROM entries WHERE feed_id=? AND guid=?", (entry.feed_id, entry.guid)
            ).fetchone()
            self.db.execute(
                "INSERT INTO entries(feed_id, guid, url, title, summary, published, author,"
                " topics, first_seen, last_seen, run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(feed_id, guid) DO UPDATE SET url=excluded.url,"
                " title=excluded.title, summary=excluded.summary, published=excluded.published,"
                " author=excluded.author, topics=excluded.topics, last_seen=excluded.last_seen,"
                " revised=CASE WHEN entries.title IS NOT excluded.title"
                " OR entries.summary IS NOT excluded.summary THEN excluded.last_seen"
                " ELSE entries.revised END",
                (
                    entry.feed_id,
                    entry.guid,
                    entry.url,
                    entry.title,
                    entry.summary,
                    entry.published,
                    entry.author,
                    json.dumps(list(entry.topics)),
                    now,
                    now,
                    run_id,
                ),
            )
        return existed is None

    def upsert_entries(self, entries: list[Entry], run_id: int | None = None) -> int:
        """Store a feed's entries in one transaction; return how many were new."""
        now = utcnow()
        rows = [
            (
                e.feed_id,
                e.guid,
                e.url,
                e.title,
                e.summary,
                e.published,
                e.author,
                json.dumps(list(e.topics)) if e.topics else "[]",  # most entries: no topic
                now,
                now,
                run_id,
            )
            for e in entries
        ]
        with self.transaction():
            before = self.db.total_changes
            # total_changes counts only the rows inserted; existing ones are updated below
            self.db.executemany(
                "INSERT INTO entries(feed_id, guid, url, title, summary, published, author,"
                " topics, first_seen, last_seen, run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(feed_id, guid) DO NOTHING",
                rows,
            )
            new = self.db.total_changes - before
            if new == len(rows):  # every row was just inserted with these values
                return new
            self.db.executemany(
                "UPDATE entries SET url=?, title=?, summary=?, published=?, author=?, topics=?,"
                " last_seen=?, revised=CASE WHEN title IS NOT ? OR summary IS NOT ? THEN ?"
                " ELSE revised END WHERE feed_id=? AND guid=?",
                [
                    (r[2], r[3], r[4], r[5], r[6], r[7], now, r[3], r[4], now, r[0], r[1])
                    for r in rows
                ],
            )
        return new

    def entries(self, topic: str | None = None, *, since: str | None = None) -> list[Entry]:
        """Every entry (of a topic); with ``since`` (ISO 8601 UTC) only those published then
        or later, and the undated ones."""
        if since is None:
            rows = self.db.execute("SELECT * FROM entries ORDER BY id").fetchall()
        else:
            rows = self.db.execute(
                "SELECT * FROM entries WHERE coalesce(published, '') = '' OR published >= ?"
                " ORDER BY id",
                (since,),
            ).fetchall()
        out = [
            Entry(
                feed_id=r["feed_id"],
                guid=r["guid"],
                url=r["url"],
                title=r["title"],
                summary=r["summary"],
                published=r["published"],
                author=r["author"],
                topics=tuple(json.loads(r["topics"])),
            )
            for r in rows
        ]
        return [e for e in out if topic is None or topic in e.topics]

    def revised_urls(self) -> set[str]:
        """URLs of stored articles whose feed entry changed (title or summary) since the page
        was saved: an edited headline or an updated story, to be fetched again (saving the
        article clears the mark, so a failed refetch is tried again next crawl)."""
        rows = self.db.execute(
            "SELECT DISTINCT e.url FROM entries e JOIN articles a ON a.url = e.url"
            " WHERE e.revised IS NOT NULL"
        )
        return {r[0] for r in rows}
