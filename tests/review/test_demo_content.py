"""The demo's drafts parse unchanged: the one parser gives what yaml's SafeLoader gives, the
typed front matter agrees with it, and writing a file back reproduces it byte for byte."""

from __future__ import annotations

from pathlib import Path

import testkit
import yaml

from newsdesk import content, frontmatter
from newsdesk.content_index import ContentIndex

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = ROOT / "demo" / "tokenmaxxing.warc.gz"
SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def test_the_demo_drafts_parse_unchanged(tmp_path: Path) -> None:
    config = testkit.draft_demo(tmp_path)
    cdir = config.path(config.build.content_dir)
    files = content.iter_content(cdir)
    assert files
    index = ContentIndex(cdir)
    for cf in files:
        text = cf.path.read_text(encoding="utf-8")
        front, body = frontmatter.split(text, cf.path)
        assert cf.meta == yaml.load(front, Loader=SAFE)  # noqa: S506 - SafeLoader
        assert cf.body == body and content.dumps(cf.meta, cf.body) == text
        fm = cf.fm
        assert (fm.title, fm.slug, fm.status) == (cf.meta["title"], cf.slug, cf.status)
        assert list(fm.sources) == cf.meta["sources"] and fm.story_id == cf.meta["story_id"]
        assert fm.body_hash == cf.meta["body_hash"] and not cf.touched
        found = index.find(str(fm.story_id))
        assert found is not None and found.path == cf.path
