"""Stories in the store (tables from migration 2): save and load ``Story`` with its sources.

``save_stories`` replaces each given story whole (its members, duplicates and numbered source
list) in one transaction per story; stories not given are left alone. ``delete_stories``
removes stories whole (a story the stories stage no longer publishes). ``load_stories`` returns
stories by first publication (undated last), then id, with sources in their saved order.
"""

from __future__ import annotations

import json
import sqlite3

from newsdesk.models import Source, Story
from newsdesk.store import Store


def save_stories(store: Store, stories: list[Story]) -> None:
    """Save (insert or replace) the stories in one transaction: an interrupted run (Ctrl-C)
    leaves the previous stories, never a mix where an item moved but its old story's lead
    still points at it."""
    with store.transaction() as db:
        for s in stories:
            _save_story(db, s)


def delete_stories(store: Store, story_ids: list[str]) -> None:
    """Remove the stories (their rows, members, duplicates and sources) in one transaction."""
    if not story_ids:
        return
    with store.transaction() as db:
        for table in ("story_items", "story_duplicates", "story_sources", "stories"):
            db.executemany(f"DELETE FROM {table} WHERE story_id=?", [(i,) for i in story_ids])


def _save_story(db: sqlite3.Connection, s: Story) -> None:
    """Replace one story whole: its row, members, duplicates and numbered source list."""
    db.execute("DELETE FROM story_items WHERE story_id=?", (s.story_id,))
    db.execute("DELETE FROM story_duplicates WHERE story_id=?", (s.story_id,))
    db.execute("DELETE FROM story_sources WHERE story_id=?", (s.story_id,))
    db.execute(
        "INSERT INTO stories(story_id, topic, title, lead_item_id, excluded, discussions,"
        " first_published, updated) VALUES (?,?,?,?,?,?,?,?)"
        " ON CONFLICT(story_id) DO UPDATE SET topic=excluded.topic,"
        " title=excluded.title, lead_item_id=excluded.lead_item_id,"
        " excluded=excluded.excluded, discussions=excluded.discussions,"
        " first_published=excluded.first_published, updated=excluded.updated",
        (
            s.story_id,
            s.topic,
            s.title,
            s.lead_item_id,
            s.excluded,
            json.dumps(list(s.discussions)),
            s.first_published,
            s.updated,
        ),
    )
    # an item moves with its story: drop it from any other story first
    db.executemany(
        "INSERT INTO story_items(item_id, story_id, position) VALUES (?,?,?)"
        " ON CONFLICT(item_id) DO UPDATE SET story_id=excluded.story_id,"
        " position=excluded.position",
        [(item, s.story_id, n) for n, item in enumerate(s.item_ids)],
    )
    db.executemany(
        "INSERT INTO story_duplicates(dup_id, kept_id, story_id) VALUES (?,?,?)"
        " ON CONFLICT(dup_id) DO UPDATE SET kept_id=excluded.kept_id,"
        " story_id=excluded.story_id",
        [(dup, kept, s.story_id) for dup, kept in s.duplicates.items()],
    )
    db.executemany(
        "INSERT INTO story_sources(story_id, position, url, outlet, name, title, role,"
        " tier, read, read_reason, published, item_id, cited_by, also_at, hn_id, points,"
        " num_comments) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [_source_row(s.story_id, n, src) for n, src in enumerate(s.sources)],
    )


def _source_row(story_id: str, n: int, src: Source) -> tuple[object, ...]:
    """The story_sources row of the story's source at position n."""
    return (
        story_id,
        n,
        src.url,
        src.outlet,
        src.name,
        src.title,
        src.role,
        src.tier,
        int(src.read),
        src.read_reason,
        src.published,
        src.item_id,
        json.dumps(list(src.cited_by)),
        json.dumps(list(src.also_at)),
        src.hn_id,
        src.points,
        src.num_comments,
    )


def _source(r: sqlite3.Row) -> Source:
    return Source(
        url=r["url"],
        outlet=r["outlet"],
        name=r["name"],
        title=r["title"],
        role=r["role"],
        tier=r["tier"],
        read=bool(r["read"]),
        read_reason=r["read_reason"],
        published=r["published"],
        item_id=r["item_id"],
        cited_by=tuple(json.loads(r["cited_by"])),
        also_at=tuple(json.loads(r["also_at"])),
        hn_id=r["hn_id"],
        points=r["points"],
        num_comments=r["num_comments"],
    )


def load_stories(store: Store, topic: str | None = None) -> list[Story]:
    db = store.db
    where, args = ("WHERE topic=?", (topic,)) if topic is not None else ("", ())
    rows = db.execute(
        f"SELECT * FROM stories {where}"
        " ORDER BY first_published IS NULL, first_published, story_id",
        args,
    ).fetchall()
    items: dict[str, list[str]] = {}
    for r in db.execute("SELECT story_id, item_id FROM story_items ORDER BY story_id, position"):
        items.setdefault(r["story_id"], []).append(r["item_id"])
    dups: dict[str, dict[str, str]] = {}
    for r in db.execute("SELECT * FROM story_duplicates ORDER BY dup_id"):
        dups.setdefault(r["story_id"], {})[r["dup_id"]] = r["kept_id"]
    sources: dict[str, list[Source]] = {}
    for r in db.execute("SELECT * FROM story_sources ORDER BY story_id, position"):
        sources.setdefault(r["story_id"], []).append(_source(r))
    return [
        Story(
            story_id=r["story_id"],
            topic=r["topic"],
            title=r["title"],
            lead_item_id=r["lead_item_id"],
            item_ids=tuple(items.get(r["story_id"], ())),
            duplicates=dups.get(r["story_id"], {}),
            sources=tuple(sources.get(r["story_id"], ())),
            excluded=r["excluded"],
            discussions=tuple(json.loads(r["discussions"])),
            first_published=r["first_published"],
            updated=r["updated"],
        )
        for r in rows
    ]
