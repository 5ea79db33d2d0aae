"""Schema migrations, applied in order; ``PRAGMA user_version`` records how many ran.

Append new migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the crawl
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,              -- crawl, stories, draft
        started TEXT NOT NULL,
        finished TEXT,                   -- NULL: running, or killed mid-run
        status TEXT NOT NULL DEFAULT 'running',
        summary TEXT                     -- JSON
    );
    CREATE TABLE feeds (
        id TEXT PRIMARY KEY,             -- the config feed id
        url TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_status INTEGER,
        last_fetched TEXT,
        last_error TEXT,                 -- NULL when the last fetch was fine
        bozo INTEGER NOT NULL DEFAULT 0, -- feedparser flagged the feed as malformed
        bozo_reason TEXT,
        title TEXT
    );
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        feed_id TEXT NOT NULL,
        guid TEXT NOT NULL,
        url TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        published TEXT,
        author TEXT,
        topics TEXT NOT NULL DEFAULT '[]',  -- JSON list of topic slugs
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        run_id INTEGER,
        UNIQUE (feed_id, guid)
    );
    CREATE INDEX entries_url ON entries(url);
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,             -- stable: hash of the entry URL
        url TEXT NOT NULL UNIQUE,
        canonical_url TEXT NOT NULL,
        final_url TEXT,
        redirects TEXT NOT NULL DEFAULT '[]',
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        author TEXT,
        site_name TEXT,
        published TEXT,
        language TEXT,
        links TEXT NOT NULL DEFAULT '[]',
        read INTEGER NOT NULL,
        read_reason TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        topics TEXT NOT NULL DEFAULT '[]',
        content_hash TEXT,               -- hash of the extracted text: an update changes it
        fetched_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        run_id INTEGER
    );
    CREATE INDEX articles_canonical ON articles(canonical_url);
    CREATE TABLE discussions (
        hn_id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        url TEXT,
        author TEXT NOT NULL DEFAULT '',
        points INTEGER NOT NULL DEFAULT 0,
        num_comments INTEGER NOT NULL DEFAULT 0,
        created TEXT,
        text TEXT NOT NULL DEFAULT '',
        topics TEXT NOT NULL DEFAULT '[]',
        fetched_at TEXT NOT NULL
    );
    CREATE INDEX discussions_url ON discussions(url);
    CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        hn_id INTEGER NOT NULL REFERENCES discussions(hn_id),
        rank INTEGER NOT NULL,
        author TEXT NOT NULL,
        text TEXT NOT NULL,
        created TEXT
    );
    CREATE INDEX comments_story ON comments(hn_id, rank);
    CREATE TABLE fetch_errors (
        id INTEGER PRIMARY KEY,
        run_id INTEGER,
        url TEXT NOT NULL,
        kind TEXT NOT NULL,              -- feed, article, hn, robots
        error TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX fetch_errors_url ON fetch_errors(url);
    """,
    # 2: stories (newsdesk/story_store.py)
    """
    CREATE TABLE stories (
        story_id TEXT PRIMARY KEY,       -- stable across runs: from the story's first article
        topic TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        lead_item_id TEXT NOT NULL,
        excluded INTEGER NOT NULL DEFAULT 0,  -- blocked sources left out
        discussions TEXT NOT NULL DEFAULT '[]',  -- JSON list of HN ids
        first_published TEXT,
        updated TEXT
    );
    CREATE INDEX stories_topic ON stories(topic, first_published);
    CREATE TABLE story_items (
        item_id TEXT PRIMARY KEY,        -- an article (or hn-<id>) belongs to one story
        story_id TEXT NOT NULL REFERENCES stories(story_id) ON DELETE CASCADE,
        position INTEGER NOT NULL
    );
    CREATE INDEX story_items_story ON story_items(story_id, position);
    CREATE TABLE story_duplicates (
        dup_id TEXT PRIMARY KEY,
        kept_id TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories(story_id) ON DELETE CASCADE
    );
    CREATE INDEX story_duplicates_story ON story_duplicates(story_id);
    CREATE TABLE story_sources (
        story_id TEXT NOT NULL REFERENCES stories(story_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,       -- source n = position + 1
        url TEXT NOT NULL,
        outlet TEXT NOT NULL,
        name TEXT NOT NULL,
        title TEXT NOT NULL,
        role TEXT NOT NULL,
        tier TEXT NOT NULL,
        read INTEGER NOT NULL,
        read_reason TEXT NOT NULL,
        published TEXT,
        item_id TEXT,
        cited_by TEXT NOT NULL DEFAULT '[]',
        also_at TEXT NOT NULL DEFAULT '[]',
        hn_id INTEGER,
        points INTEGER,
        num_comments INTEGER,
        PRIMARY KEY (story_id, position)
    );
    """,
    # 3: a feed entry whose title or summary changed since its page was fetched (an edited
    # headline, an updated story) has its page fetched again
    """
    ALTER TABLE entries ADD COLUMN revised TEXT;  -- title or summary changed since the page was saved
    """,
    # 4: the original a syndicated copy names (its rel=canonical or og:url on another site): a
    # claim the stories stage weighs, never the article's own URL (NULL: none, or stored before)
    """
    ALTER TABLE articles ADD COLUMN declared_original TEXT;
    """,
]
