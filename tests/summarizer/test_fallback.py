"""A draft never stands on newsdesk's own lines alone (issue 12): when every line from an outlet
was left out, the fallback opens the draft on one (summarizer/fallback.py), verified, with the
copy rule and the per-source budget kept."""

from __future__ import annotations

from newsdesk.summarizer import summarize, waiting
from newsdesk.summarizer.clauses import dangling
from newsdesk.summarizer.copying import Shingles, copy_ratio, quoted_words
from newsdesk.summarizer.excerpts import hold_share, trim
from newsdesk.summarizer.nounphrase import STRICT

from newsdesk.config import SummarizerConfig
from newsdesk.models import Item, StoryInput

# every sentence carries a colon: none can be told in newsdesk's words (paraphrase.clause), and
# an excerpt of one is more than the quoting share leaves beside the outlet count; the draft
# was the count alone
_TIDEWATER = (
    "The Brackwater harbour board made its choice on Tuesday: the old ferry terminal on Quay "
    "Street will close at the end of the summer. "
    "The reason is simple: the new pier on the east bank can take larger boats."
)
_GAZETTE = (
    "Ferry passengers in Brackwater face a change this autumn: every service will leave from "
    "the new pier on the east bank. "
    "The board gave one figure: the move will cost about 4 million pounds."
)


def _story() -> StoryInput:
    return StoryInput(
        items=(
            Item("a", "https://tidewater.example/a", "Brackwater to close its old terminal",
                 _TIDEWATER, None, "Tidewater Post"),
            Item("b", "https://rivergazette.example/b", "Ferries to move to the new pier",
                 _GAZETTE, None, "River Gazette"),
        ),
        title="Brackwater to close its old ferry terminal",
    )  # fmt: skip


def test_a_draft_that_would_be_the_outlet_count_alone_opens_on_an_outlet_s_line():
    story = _story()
    draft = summarize(story, SummarizerConfig())
    lines = [ln.text for ln in draft.lines()]
    assert any(ln.startswith("Two outlets reported the story") for ln in lines)
    told = [
        ln for ln in draft.synopsis if "Tidewater Post" in ln.text or "River Gazette" in ln.text
    ]
    assert told and draft.flagged == [], draft.report()
    shingles = Shingles.of({n: it.text for n, it in enumerate(story.items, 1)})
    assert copy_ratio(lines, shingles) == 0.0  # the copy rule holds for the fallback's line
    per_source = SummarizerConfig().quote_words_per_source
    assert all(quoted_words(ln.text) <= per_source for ln in told)
    assert waiting.LOOSE.get() == 0 and STRICT.get()  # the looser rules are off again


def test_with_no_quoting_allowed_the_fallback_quotes_nothing():
    draft = summarize(_story(), SummarizerConfig(quote_share=0.0))
    assert not any(quoted_words(ln.text) for ln in draft.lines())


def test_the_share_is_held_around_a_line_it_must_keep():
    groups = {
        "synopsis": [("X reported: \u201cone two three four five six seven eight\u201d", (1,))],
        "takeaways": [("Two outlets reported the story.", (1, 2))],
        "What happened": [("Y reported: \u201cnine ten eleven twelve\u201d", (2,))],
    }
    keep = frozenset([groups["synopsis"][0][0]])
    out, _ = hold_share(groups, [], 0.3, keep)
    assert out["synopsis"] == groups["synopsis"] and out["What happened"] == []
    assert hold_share(groups, [], 0.3)[0]["synopsis"] == []  # without keep it goes


_WAITS = (
    "The Brackwater harbour board confirmed in a letter on Tuesday that the old ferry terminal "
    "on Quay Street would close for good at the end of the summer season once the repairs on "
    "the new pier were finished."
)


def test_the_last_resort_s_looser_cuts_apply_only_while_it_looks():
    ws = _WAITS.split()
    that = ws.index("that")
    assert dangling(ws, that)  # 'confirmed in a letter … | that': the point is cut off
    assert trim(_WAITS) is None  # every clause cut leaves a phrase waiting
    token = waiting.LOOSE.set(1)
    try:
        cut = trim(_WAITS)  # before a phrase: '… would close for good…'
        assert cut and cut.endswith("\u2026") and "that the old ferry terminal" in cut
        assert dangling(ws, that)
        waiting.LOOSE.set(2)
        assert not dangling(ws, that)
    finally:
        waiting.LOOSE.reset(token)
    assert dangling(ws, that)
