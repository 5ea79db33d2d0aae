from __future__ import annotations

from newsdesk.summarizer import selection as summarize  # the ranker's picks, as written
from newsdesk.summarizer.draft import render_body

from newsdesk.config import SummarizerConfig


def test_one_fact_from_five_outlets_appears_once_with_five_citations(five_outlets):
    draft = summarize(five_outlets, SummarizerConfig())
    cap = [x for x in draft.prose() if "40 million tokens" in x.text]
    assert len(cap) == 1
    assert cap[0].cites == (1, 2, 3, 4, 5)
    assert cap[0].item_ids == ("o0", "o1", "o2", "o3", "o4")
    # the outlets' own details are still there, each cited to its outlet alone
    assert any(
        x.text.startswith("A reporter at the Lakeside Courier") and x.cites == (2,)
        for x in draft.prose()
    )


def test_output_is_deterministic(story):
    a = summarize(story, SummarizerConfig())
    b = summarize(story, SummarizerConfig())
    assert a.to_json() == b.to_json()
    assert render_body(a) == render_body(b)


def test_draft_shape_synopsis_takeaways_sections(story):
    draft = summarize(story, SummarizerConfig())
    assert 2 <= len(draft.synopsis) <= 3
    assert draft.takeaways
    assert draft.headline == "Meta staff game an AI token leaderboard"
    body = render_body(draft)
    first_heading = body.index("## ")
    synopsis = body[:first_heading].strip()
    assert synopsis.endswith("]")
    assert "## Key takeaways\n\n- " in body
    assert "Sign up" not in body and "Read more" not in body
    for line in body.splitlines():
        if line and not line.startswith("#"):
            assert line.rstrip().endswith("]"), line  # every sentence carries its [n]
    assert [t.n for t in draft.timeline] == [1, 2, 3]
    assert draft.reading_time >= 1


def test_original_reporting_is_preferred_for_the_wording(story):
    draft = summarize(story, SummarizerConfig())
    lead = draft.synopsis[0]
    assert lead.cites[0] == 1 and lead.item_ids[0] == "ft"
    assert "according to internal documents seen by the Financial Times" in lead.text
