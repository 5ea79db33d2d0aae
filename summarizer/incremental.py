"""Drafts are redone only for stories whose inputs changed (issue 16).

A story's key hashes everything its draft is made from: the story as the stories stage saved
it (members, numbered sources, title, dates), the stored articles behind its sources, its Hacker
News threads with their comments, its topic, the ``[summarizer]`` config and ``outlets.names``,
the strict flag and the code of the summarizer and of the core (which writes the content file).
The cycle record
(:mod:`newsdesk.cycle_cache`) keeps, per story, that key, what the save did, the draft's
sentence counts and the size, mtime and sha256 of the story's content file and proposal as
the run left them (paths relative to the content folder).

When the key is the same and both files are as they were, drafting again would produce the
same draft and :func:`newsdesk.regenerate.save` would decide the same way on the same files:
the story is not drafted again and counts as unchanged (or skipped, if it was). Any change
(an article, the config, the code, an editor saving, approving, rejecting or renaming the
file, a proposal accepted or deleted) drafts it again through the usual path, which never
overwrites an editor's work.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path
from typing import Any

from newsdesk.config import Config
from newsdesk.content import proposal_path
from newsdesk.cycle_cache import (
    CycleCache,
    article_digests,
    code_digest,
    digest,
    file_state,
    still,
)
from newsdesk.models import Discussion, Story
from newsdesk.store import Store

SECTION = "drafts"
PROPOSAL_SUFFIX = ".proposal.md"


def _main_path(path: Path) -> Path:
    """The story's own file, from the path a save reported (its file or its proposal)."""
    if path.name.endswith(PROPOSAL_SUFFIX):
        return path.with_name(path.name[: -len(PROPOSAL_SUFFIX)] + ".md")
    return path


class DraftCache:
    """One drafts run's look-ups and records (see the module docstring)."""

    def __init__(
        self,
        config: Config,
        store: Store,
        discussions: dict[int, Discussion],
        *,
        strict: bool,
        reuse: bool = True,
    ) -> None:
        self.config = config
        self.cache = CycleCache(config, SECTION, reuse=reuse)
        self.active = self.cache.path is not None
        self.discussions = discussions
        self.articles = article_digests(store) if self.active else {}
        self.root = config.path(config.build.content_dir)
        from newsdesk.summarizer import VERSION  # the package's constant: no drafting code

        code = code_digest("newsdesk.summarizer", "newsdesk")
        names = sorted(config.outlets.names.items())  # syndicated copies are named by them
        self.base = digest(dataclasses.asdict(config.summarizer), strict, VERSION, code, names)
        self.reused = 0
        self._keys: dict[str, str] = {}

    def key(self, story: Story) -> str:
        """The hash of the story's inputs: reprs of frozen dataclasses (field order, tuples,
        dicts in the store's order), ~10x faster than dataclasses.asdict at 1,500 stories."""
        known = self._keys.get(story.story_id)
        if known is not None:
            return known
        topic = self.config.topic(story.topic)
        threads = [self.discussions.get(h) for h in story.discussions]
        articles = [self.articles.get(s.item_id or "") for s in story.sources]
        text = repr((self.base, story, articles, threads, topic))
        key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        self._keys[story.story_id] = key
        return key

    def reuse(self, story: Story) -> dict[str, Any] | None:
        """The last run's record of this story when drafting it again would change nothing
        (then kept for the next run), else None."""
        entry = self.cache.old.get(story.story_id)
        if not self.active or not isinstance(entry, dict) or entry.get("key") != self.key(story):
            return None
        files = entry.get("files")
        if not isinstance(files, dict) or not files:
            return None
        now = {rel: still(self.root / rel, state) for rel, state in files.items()}
        if any(v is False for v in now.values()):
            return None
        files = {rel: state if now[rel] is True else now[rel] for rel, state in files.items()}
        self.cache.new[story.story_id] = {**entry, "files": files}
        self.reused += 1
        return entry

    def record(
        self, story: Story, action: str, path: Path, sentences: int = 0, flagged: int = 0
    ) -> None:
        """What drafting ``story`` did (``path``: the file the save reported)."""
        if not self.active:
            return
        main = _main_path(path)
        files = {}
        for p in (main, proposal_path(main)):
            rel = os.path.relpath(p, self.root).replace(os.sep, "/")
            files[rel] = file_state(p)
        self.cache.new[story.story_id] = {
            "key": self.key(story),
            "action": action,
            "sentences": sentences,
            "flagged": flagged,
            "files": files,
        }

    def save(self) -> None:
        if self.active:
            self.cache.save()
