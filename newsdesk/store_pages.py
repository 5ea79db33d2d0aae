"""The store's article and discussion tables (a part of :class:`newsdesk.store.Store`)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from newsdesk.models import Article, Comment, Discussion


def utcnow() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class PageTables:
    """Fetched articles and Hacker News discussions; ``Store`` supplies the connection."""

    db: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:  # Store's
        raise NotImplementedError

    def has_article(self, url: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE url=?", (url,)).fetchone() is not None

    def save_article(self, article: Article, content_hash: str, run_id: int | None = None) -> None:
        now = utcnow()
        with self.transaction():
            self.db.execute(
                "INSERT INTO articles(id, url, canonical_url, final_url, redirects, title, text,"
                " author, site_name, published, language, links, read, read_reason, source,"
                " topics, content_hash, fetched_at, updated_at, run_id, declared_original)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET canonical_url=excluded.canonical_url,"
                " final_url=excluded.final_url, redirects=excluded.redirects,"
                " title=excluded.title, text=excluded.text, author=excluded.author,"
                " site_name=excluded.site_name, published=excluded.published,"
                " language=excluded.language, links=excluded.links, read=excluded.read,"
                " read_reason=excluded.read_reason, topics=excluded.topics,"
                " content_hash=excluded.content_hash, fetched_at=excluded.fetched_at,"
                " declared_original=excluded.declared_original,"
                " updated_at=CASE WHEN articles.content_hash IS excluded.content_hash"
                " THEN articles.updated_at ELSE excluded.updated_at END",
                (
                    article.id,
                    article.url,
                    article.canonical_url,
                    article.final_url,
                    json.dumps(list(article.redirects)),
                    article.title,
                    article.text,
                    article.author,
                    article.site_name,
                    article.published,
                    article.language,
                    json.dumps(list(article.links)),
                    int(article.read),
                    article.read_reason,
                    article.source,
                    json.dumps(list(article.topics)),
                    content_hash,
                    article.fetched_at or now,
                    now,
                    run_id,
                    article.declared_original,
                ),
            )
            # the page as it is now is stored: its entry's revision is caught up
            self.db.execute(
                "UPDATE entries SET revised=NULL WHERE url=? AND revised IS NOT NULL",
                (article.url,),
            )

    def articles(self, topic: str | None = None) -> list[Article]:
        rows = self.db.execute("SELECT * FROM articles ORDER BY fetched_at, id").fetchall()
        out = [_article(r) for r in rows]
        return [a for a in out if topic is None or topic in a.topics]

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        return _article(row) if row else None

    def article_by_url(self, url: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE url=?", (url,)).fetchone()
        return _article(row) if row else None

    def article_by_canonical_url(self, url: str) -> Article | None:
        """The first stored article whose canonical URL is ``url`` (the feed's link may have
        carried "?utm_source=rss", the article's id is made from that link)."""
        row = self.db.execute(
            "SELECT * FROM articles WHERE canonical_url=? ORDER BY fetched_at, id LIMIT 1", (url,)
        ).fetchone()
        return _article(row) if row else None

    # --- Hacker News ----------------------------------------------------------------------

    def save_discussion(self, d: Discussion) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO discussions(hn_id, title, url, author, points, num_comments,"
                " created, text, topics, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(hn_id) DO UPDATE SET title=excluded.title, url=excluded.url,"
                " points=excluded.points, num_comments=excluded.num_comments,"
                " text=excluded.text, topics=excluded.topics, fetched_at=excluded.fetched_at",
                (
                    d.hn_id,
                    d.title,
                    d.url,
                    d.author,
                    d.points,
                    d.num_comments,
                    d.created,
                    d.text,
                    json.dumps(list(d.topics)),
                    utcnow(),
                ),
            )
            self.db.execute("DELETE FROM comments WHERE hn_id=?", (d.hn_id,))
            self.db.executemany(
                "INSERT OR REPLACE INTO comments(id, hn_id, rank, author, text, created)"
                " VALUES (?,?,?,?,?,?)",
                [(c.id, d.hn_id, c.rank, c.author, c.text, c.created) for c in d.comments],
            )

    def discussions(self) -> list[Discussion]:
        out = []
        for r in self.db.execute("SELECT * FROM discussions ORDER BY hn_id").fetchall():
            comments = tuple(
                Comment(
                    id=c["id"],
                    author=c["author"],
                    text=c["text"],
                    created=c["created"],
                    rank=c["rank"],
                )
                for c in self.db.execute(
                    "SELECT * FROM comments WHERE hn_id=? ORDER BY rank", (r["hn_id"],)
                )
            )
            out.append(
                Discussion(
                    hn_id=r["hn_id"],
                    title=r["title"],
                    url=r["url"],
                    author=r["author"],
                    points=r["points"],
                    num_comments=r["num_comments"],
                    created=r["created"],
                    text=r["text"],
                    comments=comments,
                    topics=tuple(json.loads(r["topics"])),
                )
            )
        return out


def _article(r: sqlite3.Row) -> Article:
    return Article(
        id=r["id"],
        url=r["url"],
        canonical_url=r["canonical_url"],
        title=r["title"],
        text=r["text"],
        author=r["author"],
        site_name=r["site_name"],
        published=r["published"],
        language=r["language"],
        links=tuple(json.loads(r["links"])),
        read=bool(r["read"]),
        read_reason=r["read_reason"],
        source=r["source"],
        topics=tuple(json.loads(r["topics"])),
        fetched_at=r["fetched_at"],
        final_url=r["final_url"],
        redirects=tuple(json.loads(r["redirects"])),
        declared_original=r["declared_original"],
    )
