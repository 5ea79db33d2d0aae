"""The ten-regeneration test through the real pipeline: demo archive → stories → drafts."""

from __future__ import annotations

from pathlib import Path

import testkit
from newsdesk.review import actions as review

from newsdesk import content
from newsdesk.content import url_key
from newsdesk.models import Article
from newsdesk.store import Store

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = ROOT / "demo" / "tokenmaxxing.warc.gz"
NEW_URL = "https://www.harbortimes.example/2026/03/03/brightforge-tokenrank-off.html"
NEW_TEXT = (
    "Brightforge has switched off TokenRank, the internal leaderboard that ranked engineers by "
    "their use of AI coding assistants, after staff described tokenmaxxing: burning tokens on "
    "work that did not need doing to climb the ranking. Engineers at Brightforge told Harbor "
    "Times the leaderboard on office screens made AI usage a status game. The company said total "
    "model spending had risen sharply before TokenRank was switched off. Brightforge said it "
    "would replace the leaderboard with team-level reports that do not rank individuals."
)


def test_demo_story_edited_then_regenerated_ten_times(tmp_path: Path) -> None:
    from newsdesk.summarizer import run as draft_cmd

    from newsdesk import stories

    config = testkit.draft_demo(tmp_path)
    cdir = config.path(config.build.content_dir)
    lead = max(content.iter_content(cdir), key=lambda cf: len(cf.meta.get("sources") or []))
    assert lead.status == "draft" and not lead.touched

    # an editor rewrites the synopsis by hand
    text = lead.path.read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    lead.path.write_text(front + "\n---\nAn editor's own opening line. [1]\n\n" + body, "utf-8")
    edited = lead.path.read_bytes()
    before_urls = content.read(lead.path).source_urls

    # new coverage arrives: an article the stories stage puts into the same story
    with Store(config.path(config.crawl.database)) as store:
        store.save_article(
            Article(
                id="harbor-new-1",
                url=NEW_URL,
                canonical_url=NEW_URL,
                title="Brightforge switches off TokenRank after tokenmaxxing reports",
                text=NEW_TEXT,
                site_name="Harbor Times",
                published="2026-03-03T09:00:00Z",
                source="harbortimes",
                topics=("tokenmaxxing",),
                fetched_at="2026-03-03T10:00:00Z",
            ),
            "hash-new-1",
        )
        stories.update_stories(config, store)
    for _ in range(10):
        draft_cmd.run_drafts(config)
        assert lead.path.read_bytes() == edited
    prop = content.proposal_path(lead.path)
    assert prop.exists()
    assert url_key(NEW_URL) in content.read(prop).source_urls - before_urls

    review.approve(cdir, lead.slug, editor="Ada")  # no flags: no override needed
    merged = content.read(lead.path)
    assert merged.status == "published" and not prop.exists()
    assert url_key(NEW_URL) in merged.source_urls and before_urls <= merged.source_urls
    assert merged.body.startswith("An editor's own opening line. [1]\n\n")
    assert lead.path.read_bytes().endswith(edited.split(b"\n---\n", 1)[1])
    # and the next regeneration has nothing new to propose
    draft_cmd.run_drafts(config)
    assert not prop.exists()
