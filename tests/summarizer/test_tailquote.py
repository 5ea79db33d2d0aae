"""Session 35 (issue 12, part 2): a sentence with no telling free of an 8-word run is told as
attributed reported speech, its subject in newsdesk's sentence and its verb and predicate one
quotation (tailquote.py); a short relative clause saying what a thing is stays, quoted; a cut
never leaves an amount without what it measures; a lede the share emptied is opened again by a
retold line (lede.reopened)."""

from __future__ import annotations

from newsdesk.summarizer.clauses import backshift
from newsdesk.summarizer.copying import RUN, Shingles, quoted_words, tokens
from newsdesk.summarizer.lede import reopened
from newsdesk.summarizer.paraphrase import clause, own_words
from newsdesk.summarizer.tailquote import clauses, tail_quoted

QUAY = (
    "The Marrow Shipping board has closed the ferry booking office."
    " Marrow has shut a customer portal that listed every passenger by their travel history,"
    " after staff said rivals were copying its fares."
    " Sam Vell, a ticket clerk at Marrow, said the queue had become a daily fight."
    " The Marrow Shipping board has said the new harbour route will add a fifth to its yearly"
    " revenue within a year."
)
FIRST, PORTAL, CLERK, FIFTH = (s if s.endswith(".") else s + "." for s in QUAY.split(". "))


def _own(sentence: str, shingles: Shingles | None = None) -> str | None:
    return own_words(
        sentence,
        1,
        "Hill Courier",
        shingles=shingles or Shingles.of({1: QUAY}),
        check=lambda text, cites: (),
        names={"Marrow", "Shipping", "Sam", "Vell"},
    )


def test_a_sentence_of_one_run_is_told_with_its_predicate_quoted() -> None:
    shingles = Shingles.of({1: QUAY})
    told = _own(FIRST, shingles)
    # before: None (every telling kept a run of 8, and the run quoted whole was most of the line)
    assert told == (
        "Hill Courier reported that the Marrow Shipping board \u201chas closed the ferry booking"
        " office\u201d."
    )
    assert not shingles.copied(told)
    assert told.count("\u201c") == 1 and quoted_words(told) * 2 <= len(tokens(told))
    # the words before the quotation are its subject, fewer than RUN; its verb is quoted as the
    # outlet wrote it (an auxiliary left outside, '… had “closed …”', hid a planted 'not')
    assert len(told.split("\u201c")[0].split("that", 1)[1].split()) < RUN


def test_a_short_relative_clause_says_what_the_thing_is() -> None:
    told = _own(PORTAL)
    # before: 'Hill Courier reported that Marrow had shut a customer portal.' (which one?)
    assert told is not None
    assert told.endswith(
        "shut a customer portal \u201cthat listed every passenger by their travel history\u201d."
    ), told


def test_a_speaker_s_role_at_a_company_stays() -> None:
    body = clause(CLERK, {"Sam", "Vell", "Marrow"})
    # before: 'Sam Vell said …' (the role 'a ticket clerk at Marrow' went with the aside)
    assert body is not None and body.startswith("Sam Vell, a ticket clerk at Marrow, said")


def test_a_cut_never_leaves_an_amount_without_what_it_measures() -> None:
    body = clause(FIFTH, {"Marrow", "Shipping"})
    assert body is not None
    kept = [" ".join(ws) for ws in clauses(body)]
    assert kept and not any(k.endswith("add a fifth") for k in kept), kept
    tellings = tail_quoted("Hill Courier", body, "reported", backshift)
    assert not any(t.endswith("a fifth\u201d.") for t in tellings), tellings


def test_a_lede_the_share_emptied_is_opened_by_a_retold_line() -> None:
    count = ("Two outlets reported the story.", (1, 2))
    retold = ("Hill Courier reported that Marrow had closed \u201cits office\u201d.", (2,))
    lines = {"synopsis": [count], "takeaways": [], "What happened": [retold]}
    out = reopened(lines, {count[0]}, frozenset({2}), {retold[0]})
    assert out["synopsis"] == [retold, count] and out["What happened"] == []
    # a line of newsdesk's about whom an outlet quoted opens nothing
    people = ("Hill Courier quoted Sam Vell.", (2,))
    alone = {"synopsis": [count], "takeaways": [], "What happened": [people]}
    assert reopened(alone, {count[0]}, frozenset({2}), {retold[0]}) == alone
    # a synopsis with an outlet's line is left as it is
    kept = {"synopsis": [retold, count], "takeaways": [], "What happened": []}
    assert reopened(kept, {count[0]}, frozenset({2}), {retold[0]}) == kept
