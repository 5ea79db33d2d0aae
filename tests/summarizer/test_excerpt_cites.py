"""An excerpt cites only the sources that hold its words: a reader who follows each [n] of
'Circuit Report reported: “…” [2]' finds the quoted words there."""

from __future__ import annotations

from pathlib import Path

import testkit
from newsdesk.summarizer.compose import Numbering
from newsdesk.summarizer.excerpts import carriers

from newsdesk import content

OURS = "Quay Post said the harbour board had voted to close the old ferry terminal by June."
NEAR = "The harbour board voted this week to shut the old ferry terminal before the summer."


def _num() -> Numbering:
    texts: dict[int, str | None] = {1: OURS + " More text.", 2: NEAR + " Other text."}
    return Numbering((1, 2), texts, {1: "a", 2: "b"}, {1: "Quay Post", 2: "Tide Daily"}, (0,))


def test_carriers_keeps_only_the_sources_with_the_words() -> None:
    num = _num()
    assert carriers(OURS, (1, 2), num) == (1,)
    assert carriers(NEAR, (2, 1), num) == (2,)
    assert carriers("Nothing of this is anywhere in either text at all.", (1, 2), num) == ()


def test_demo_excerpts_cite_only_sources_holding_their_words(tmp_path: Path) -> None:
    """The demo's TokenRank excerpt was cited [2][3], and Valley Courier [3] words it otherwise."""
    config = testkit.draft_demo(tmp_path)
    files = content.iter_content(config.path(config.build.content_dir))
    lines = [ln for cf in files for ln in cf.body.splitlines() if "reported: \u201c" in ln]
    assert lines, "the demo has excerpts"
    token = next(ln for ln in lines if "ranked view" in ln)
    assert token.rstrip().endswith("[2]"), token
