"""The stories stage on the store, skipped when nothing it reads has changed.

:func:`update_stories` hashes everything the grouping reads (the store's articles and
discussions, the ``[stories]``, ``[outlets]`` and ``[[topics]]`` config, this stage's code)
together with the stories as they are saved. When the hash is the one the last run left in the
cycle record (:mod:`newsdesk.cycle_cache`), grouping again would save nothing: the stories'
ids keep their members, so every story would come out as it is. The run then returns that
run's summary (nothing new, nothing updated) without importing the grouping (numpy, scipy,
datasketch). Otherwise :func:`newsdesk.stories.run.update_stories` does the work.

The stage's one-line summary, :class:`StoriesSummary`, is here too: it stays light (the CLI and
the cycle cache build it without importing the grouping's numpy and scipy).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from newsdesk.config import Config
from newsdesk.cycle_cache import CycleCache, code_digest, digest, rows_digest
from newsdesk.store import Store

SECTION = "stories"
# everything the grouping reads from the store, in the order it reads it, and the stories it
# saved (a story changed or removed by other means is not "as the last run left it")
QUERIES = (
    "SELECT * FROM articles ORDER BY fetched_at, id",
    "SELECT hn_id, title, url, author, points, num_comments, created, text, topics"
    " FROM discussions ORDER BY hn_id",
    "SELECT * FROM stories ORDER BY story_id",
    "SELECT * FROM story_items ORDER BY item_id",
    "SELECT * FROM story_duplicates ORDER BY dup_id",
    "SELECT * FROM story_sources ORDER BY story_id, position",
)


@dataclass(frozen=True)
class StoriesSummary:
    stories: int
    new: int
    updated: int
    duplicates: int
    roles: dict[str, int] = field(default_factory=dict)
    excluded: int = 0
    discussions: int = 0
    passing: int = 0  # stories left out: they mention a topic only in passing (relevance.py)
    reused: bool = False  # the inputs were those of the last run: nothing was regrouped

    def line(self) -> str:
        roles = ", ".join(f"{n} {r}" for r, n in self.roles.items())
        return (
            f"stories: {self.stories} ({self.new} new, {self.updated} updated) · "
            f"duplicates: {self.duplicates} · sources: {roles or 'none'}"
            f" · excluded: {self.excluded} · HN discussions attached: {self.discussions}"
            + (f" · left out (topic only in passing): {self.passing}" if self.passing else "")
            + (" · inputs unchanged: not regrouped" if self.reused else "")
        )


def inputs_key(config: Config, store: Store) -> str:
    """The hash of the grouping's inputs and of the stories saved in ``store``."""
    settings = [
        dataclasses.asdict(config.stories),
        dataclasses.asdict(config.outlets),
        [dataclasses.asdict(t) for t in config.topics],
        [(f.url, f.name) for f in config.feeds],  # a feed's name names its outlet
    ]
    code = code_digest("newsdesk.stories", "newsdesk")
    return digest(settings, code, rows_digest(store, QUERIES))


def update_stories(config: Config, store: Store, *, reuse: bool = True) -> StoriesSummary:
    """Group the store's articles into stories (see :mod:`newsdesk.stories.run`), unless the
    inputs are those of the last run (``reuse=False``: group in any case)."""
    cache = CycleCache(config, SECTION, reuse=reuse)
    key = inputs_key(config, store) if cache.path is not None else ""
    last = cache.old.get("summary")
    if key and cache.old.get("key") == key and isinstance(last, dict):
        summary = StoriesSummary(**{**last, "new": 0, "updated": 0, "reused": True})
        run_id = store.start_run("stories")
        store.finish_run(run_id, "ok", summary.__dict__)
        return summary
    from newsdesk.stories.run import update_stories as group_and_save

    summary = group_and_save(config, store)
    if cache.path is not None:
        cache.new = {"key": inputs_key(config, store), "summary": summary.__dict__}
        cache.save()
    return summary
