"""A build cache written by an older builder is not served: the summary a file that does not
read left in the cache holds its error message, and that wording changes with the builder
(incremental.VERSION, bumped when it does)."""

from __future__ import annotations

from pathlib import Path

from newsdesk.sitebuilder import build, incremental
from sitekit import story, write_story

_NEW = "unknown status 'DRAFT' (did you mean 'draft'?); the known statuses"
_OLD = "unknown status 'DRAFT'; the known statuses"  # before the suggestion ignored case
_BEFORE = 14  # the cache version whose builder wrote _OLD


def _as_written_by_the_old_builder(out: Path) -> None:
    for name in incremental.BOOKKEEPING:
        path = out / name
        if path.exists():
            text = path.read_text(encoding="utf-8")
            text = text.replace(f'"version":{incremental.VERSION},', f'"version":{_BEFORE},')
            path.write_text(text.replace(_NEW, _OLD), encoding="utf-8")


def test_an_old_builder_s_error_message_is_not_served_from_its_cache(cfg, content_dir) -> None:
    # the file is unchanged between the two builds (same size, mtime and sha256): only the
    # cache version tells that its recorded error was worded by another builder
    write_story(content_dir, story(title="A story that reads", slug="reads", story_id="r"))
    (content_dir / "shouting.md").write_text("---\nstatus: DRAFT\ntitle: T\nslug: s\n---\nB\n")
    (first,) = [w for w in build(cfg).warnings if "shouting.md" in w]
    assert _NEW in first
    out = cfg.path(cfg.build.out)
    _as_written_by_the_old_builder(out)
    assert _OLD in (out / incremental.CACHE).read_text(encoding="utf-8")  # the stale entry
    (again,) = [w for w in build(cfg).warnings if "shouting.md" in w]
    assert _NEW in again and _OLD not in again
