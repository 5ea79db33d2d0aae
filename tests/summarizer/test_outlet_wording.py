"""The outlet's wording between fragments (issue 12): a retold sentence is told in newsdesk's
words or carries the outlet's words as one quotation; a few short fragments of the outlet's
sentence marked, the rest left in its words, is copying (copying.fragment_runs) and is not
written (paraphrase._one_quotation)."""

from __future__ import annotations

from newsdesk.summarizer import summarize
from newsdesk.summarizer.capitals import capitalised
from newsdesk.summarizer.compose import checker, numbering, source_texts
from newsdesk.summarizer.copying import (
    RUN,
    Shingles,
    copy_ratio,
    in_runs,
    tokens,
    wording_ratio,
)

from newsdesk.config import SummarizerConfig
from newsdesk.models import Item, StoryInput

PIER = (
    "The harbour board has closed the old ferry pier after inspectors found that its timber"
    " piles had rotted below the waterline. Ferries will dock at the container quay until a new"
    " pier opens next spring, the board said. The board did not say how much the repairs would"
    " cost or who would pay for them. Tomas Reyes, who runs a cafe near the pier, said trade had"
    " already fallen."
)
SHUT = (
    "Inspectors found rot in the timber piles of the old ferry pier, and the harbour board shut"
    " it on Monday. Passengers were told to use the container quay, a walk of about ten minutes"
    " from the town centre. The board expects a new pier to open next spring and has asked the"
    " county for help with the bill."
)


def _story() -> StoryInput:
    items = (
        Item(
            "a",
            "https://quaypost.example/pier",
            "Harbour board closes old ferry pier",
            PIER,
            "2026-03-02T08:00:00Z",
            "Quay Post",
        ),
        Item(
            "b",
            "https://tidewatch.example/pier",
            "Rotten piles shut ferry pier",
            SHUT,
            "2026-03-02T11:00:00Z",
            "Tide Watch",
        ),
    )
    return StoryInput(items=items, title="Harbour board closes old ferry pier")


def test_a_run_broken_only_by_short_quoted_fragments_is_copied() -> None:
    shingles = Shingles.of({1: PIER})
    scattered = (
        "Quay Post reported that the harbour board had closed the “old ferry pier” after"
        " inspectors found that “its timber piles” had rotted below the waterline."
    )
    # 15 of the outlet's words stand outside the marks, in one run of its sentence
    assert shingles.copied(scattered) == {1: 15}
    assert shingles.reasons(scattered, {1: "Quay Post"})
    whole = (
        "Quay Post reported that “the harbour board has closed the old ferry pier after"
        " inspectors found that its timber piles had rotted below the waterline”."
    )
    assert shingles.copied(whole) == {}
    # a short quotation beside a few words of the outlet's (fewer than 8 outside the marks) is
    # a quotation, not a collage
    short = "Quay Post said trade near the pier had “already fallen”, a cafe owner said."
    assert shingles.copied(short) == {}
    ours = "Quay Post reported that rotten piles shut the pier until “a new pier opens”."
    assert shingles.copied(ours) == {}


def test_a_long_quotation_is_credited_whole_and_breaks_the_run() -> None:
    """A quotation of FRAGMENT (16) words or more is a passage credited whole: the few words
    around it are judged on their own, as before."""
    shingles = Shingles.of({1: PIER})
    text = (
        "Quay Post reported that the harbour board has closed the old “ferry pier after inspectors"
        " found that its timber piles had rotted below the waterline”."
    )
    assert shingles.copied(text) == {}
    fragment = (
        "Quay Post reported that the harbour board has closed the old “ferry pier after"
        " inspectors” found that its timber piles had rotted below the waterline."
    )
    assert shingles.copied(fragment) == {1: 17}


def test_a_retold_sentence_is_never_a_few_fragments_of_the_outlet_s_sentence() -> None:
    story = _story()
    num = numbering(story)
    texts = source_texts(story, num)
    shingles = Shingles.of(texts)
    names = capitalised(t for t in texts.values() if t)
    first, second = PIER.split(". ")[:2]
    from newsdesk.summarizer.paraphrase import own_words

    def told(sentence: str) -> str | None:
        return own_words(
            sentence, 1, "Quay Post", shingles=shingles, check=checker(num).check, names=names
        )

    # before: '… had closed the “old ferry pier” after inspectors found that “its timber
    # piles” had rotted below the waterline.' (the outlet's sentence, two fragments marked).
    # Each is the outlet's words throughout, and one quotation may be at most half a line
    # (fragments.MAX_QUOTED): no telling is left (the assert read 'None or …', and own_words
    # returns None for every sentence of PIER: the check after "or" was never reached)
    assert told(first + ".") is None and told(second + ".") is None
    # a sentence that can be told is told, in newsdesk's words: the rule leaves tellings
    said = told("Ferries will dock at the container quay, the board said.")
    assert said is not None and said.startswith("Quay Post reported that ferries would dock")
    assert said.count("\u201c") <= 1 and wording_ratio([said], shingles) == 0


def test_a_draft_keeps_none_of_the_outlet_s_wording_between_fragments() -> None:
    story = _story()
    draft = summarize(story, SummarizerConfig())
    num = numbering(story)
    shingles = Shingles.of(source_texts(story, num))
    lines = [line.text for line in draft.prose()]
    assert lines
    assert copy_ratio(lines, shingles) == 0.0
    # before session 33: 45% of the draft's words were the outlet's, between short quoted
    # fragments. Since session 35 a retold line may keep its subject before one quotation of its
    # verb and predicate (tailquote.py: 'Tide Watch reported that passengers “were told to use
    # the container quay”'): those few words are the outlet's wording, never more than RUN - 1
    # of them and never after the quotation
    for line in lines:
        outside = _unmarked_wording(line, shingles)
        assert len(outside) < RUN and line.count("\u201c") <= 1, line
        opening = [i for i, (_, inside) in enumerate(tokens(line)) if inside][:1]
        assert all(i < opening[0] for i in outside) if outside else True, line
    assert all(line.cites for line in draft.prose())


def _unmarked_wording(line: str, shingles: Shingles) -> list[int]:
    """Word indexes (copying.tokens) outside the marks in a run of a source's words once the
    marks are ignored (what copying.wording_ratio counts)."""
    grams = frozenset().union(*shingles.by_source.values())
    toks = tokens(line)
    hit = in_runs(toks, lambda window: tuple(w for w, _ in window) in grams)
    return [
        i for i, (on, (_, inside)) in enumerate(zip(hit, toks, strict=True)) if on and not inside
    ]


def test_a_retold_sentence_quotes_one_run_whole_where_a_quotation_may_stand() -> None:
    from newsdesk.summarizer.fragments import marked

    shingles = Shingles.of({1: PIER})
    one = (
        "Quay Post reported that with the old pier shut and the harbour road closed to traffic"
        " for the summer, ferries will dock at the container quay until a new pier opens."
    )
    assert marked(one, shingles) == (
        "Quay Post reported that with the old pier shut and the harbour road closed to traffic"
        " for the summer, \u201cferries will dock at the container quay until a new pier"
        " opens\u201d."
    )
    # two runs of the outlet's words: two quotations would be fragments of its sentence
    two = (
        "Quay Post said the harbour board has closed the old ferry pier, and that with the road"
        " shut for the summer, ferries will dock at the container quay until a new pier opens."
    )
    assert marked(two, shingles) == ""
    # a quotation closing on 'the' leaves its phrase waiting outside ('“… and the” new
    # berth'): not made, the line is told another way
    slipway = Shingles.of({1: "Ferries will dock at the container quay and the old slipway."})
    waits = (
        "Quay Post reported that with the old pier shut and the harbour road closed for the"
        " summer, ferries will dock at the container quay and the new berth."
    )
    assert marked(waits, slipway) == ""


def test_the_fallback_line_is_not_told_twice(five_outlets) -> None:
    """A draft whose lede excerpt the share left out is opened by the fallback with that same
    excerpt: it is kept once (before: 'Outlet 0 reported: “…” [1] Outlet 0 reported: “…”
    [1][2][3][4][5]')."""
    texts = [line.text for line in summarize(five_outlets, SummarizerConfig()).lines()]
    assert len(texts) == len(set(texts)), texts


def test_an_editor_s_sentence_is_held_to_the_drafts_copy_rule() -> None:
    """`newsdesk verify` reads an editor's text with the drafts' rule (Shingles.marked): the
    outlet's sentence with two fragments marked is named as copying, the words outside the marks
    counted as one run; the same words quoted whole pass."""
    from newsdesk.summarizer.filecheck import copy_reasons

    shingles = Shingles.of({1: PIER})
    scattered = (
        "Quay Post reported that the harbour board had closed the “old ferry pier” after"
        " inspectors found that “its timber piles” had rotted below the waterline. [1]"
    )
    (reason,) = copy_reasons(scattered, shingles, {1: "Quay Post"})
    assert reason.startswith("copies 15 words of Quay Post [1] word for word")
    # shown as the source writes it (copywords.py): its case, the fragments' words in place
    assert "(“The harbour board has closed the old ferry pier after inspectors found …”)" in reason
    whole = (
        "Quay Post reported that “the harbour board has closed the old ferry pier after"
        " inspectors found that its timber piles had rotted below the waterline”. [1]"
    )
    assert copy_reasons(whole, shingles, {1: "Quay Post"}) == ()
