"""What a reader sees on a story page that the markup alone does not say (session 34's look at
the demo in a browser at 390 and 1,280 px)."""

from __future__ import annotations

import re
from pathlib import Path

from newsdesk.sitebuilder import build
from sitecheck import soup
from sitekit import story, write_story


def test_a_story_of_one_source_has_no_how_the_story_spread(cfg, content_dir) -> None:
    """A lone Ask HN thread's page showed "How the story spread" above one entry, the thread
    again, as the source list below it says; with two entries or more the timeline stays."""
    one = story(slug="alone", title="Alone", story_id="st-alone")
    one["timeline"] = one["timeline"][:1]
    write_story(content_dir, one)
    write_story(content_dir, story(slug="spread", title="Spread", story_id="st-spread"))
    site = build(cfg).out
    alone = soup(site / "2026/05/alone/index.html")
    assert alone.select(".timeline") == [] and alone.select("#sources li")
    assert len(soup(site / "2026/05/spread/index.html").select(".timeline li")) == 3


def test_a_comment_s_paragraphs_stand_apart_in_the_stylesheet(cfg, content_dir) -> None:
    """Each paragraph of a comment is its own <p>, but with no margin between them a comment's
    second paragraph read as the first one's next line."""
    write_story(content_dir, story(slug="css", title="Css", story_id="st-css"))
    css = (Path(build(cfg).out) / "assets" / "style.css").read_text()
    rule = re.search(r"\.comments blockquote p \+ p \{([^}]*)\}", css)
    assert rule is not None and re.search(r"margin-top:\s*0?\.\d+rem", rule.group(1))
