"""Regeneration never loses an editor's work: save_generated, proposals and merging."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from newsdesk.review import actions as review

from newsdesk import content
from newsdesk.errors import ReviewError
from newsdesk.regenerate import save_generated


def _edit_body(path: Path, old: str, new: str) -> bytes:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path.read_bytes()


def test_untouched_draft_is_replaced_and_keeps_its_path(project: Path, drafts) -> None:
    cdir = project / "content"
    first = save_generated(cdir, drafts.make_meta(), drafts.BODY)
    assert first.action == "created"
    assert (
        first.path == cdir / "2026" / "05" / "staff-inflate-ai-token-use-to-climb-leaderboards.md"
    )
    again = save_generated(cdir, drafts.make_meta(), drafts.BODY)
    assert again.action == "unchanged"
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    grown = save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    assert (grown.action, grown.path) == ("updated", first.path)
    cf = content.read(first.path)
    assert len(cf.meta["sources"]) == 3 and "Harbor Daily followed" in cf.body
    assert not content.proposal_path(first.path).exists()


def test_two_stories_with_the_same_title_get_distinct_slugs(project: Path, drafts) -> None:
    cdir = project / "content"
    a = save_generated(cdir, drafts.make_meta(story_id="a"), drafts.BODY)
    b = save_generated(cdir, drafts.make_meta(story_id="b"), drafts.BODY)
    assert a.path != b.path
    assert content.read(b.path).slug == b.path.stem == a.path.stem + "-2"


def test_title_fixed_by_hand_counts_as_an_edit(project: Path, drafts) -> None:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    text = path.read_text(encoding="utf-8").replace(
        "title: Staff inflate AI token use to climb leaderboards",
        "title: Staff inflate AI token use to top leaderboards",
    )
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    out = save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    assert out.action == "proposal"
    assert path.read_bytes() == before


def test_an_editors_title_survives_new_headlines_and_accepting(project: Path, drafts) -> None:
    """newsdesk composes the headline anew on each draft (issue 12); the file stays where the
    story's slug put it, and a title an editor wrote stays through redrafts and accepting."""
    cdir = project / "content"
    slug = "staff-inflate-ai-token-use-to-climb-leaderboards"
    path = save_generated(cdir, drafts.make_meta(slug=slug), drafts.BODY).path
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    redrafted = drafts.make_meta(title="Staff game AI token boards", slug=slug, sources=srcs)
    again = save_generated(cdir, redrafted, drafts.body_with(srcs))
    assert (again.action, again.path) == ("updated", path)  # an untouched draft: new headline
    assert content.read(path).meta["title"] == "Staff game AI token boards"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Staff game AI token boards", "title: Ada's title"))
    newer = drafts.make_meta(title="Engineers top token boards", slug=slug, sources=srcs)
    for _ in range(3):
        out = save_generated(cdir, newer, drafts.body_with(srcs) + "\nMore. [1]\n")
        assert out.action in ("proposal", "unchanged")
    assert content.read(path).meta["title"] == "Ada's title"
    review.approve(cdir, path.stem, editor="Ada", at="2026-05-15T10:00:00Z")
    assert content.read(path).meta["title"] == "Ada's title"
    assert sorted(p.name for p in cdir.rglob("*.md")) == [path.name]


def test_ten_regenerations_keep_the_edit_and_accepting_merges_sources(
    project: Path, drafts
) -> None:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    edited = _edit_body(
        path,
        "Staff left agents looping overnight to inflate their counts. [2]",
        "An editor's sentence: staff left agents looping overnight. [2]\n\nA new paragraph. [1]",
    )
    assert content.read(path).edited
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    outcomes = [
        save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
        for _ in range(10)
    ]
    assert path.read_bytes() == edited
    assert outcomes[0].action == "proposal"
    assert {o.action for o in outcomes[1:]} == {"unchanged"}
    prop = content.proposal_path(path)
    assert prop.exists() and content.read(prop).status == "proposal"
    assert content.iter_content(cdir)[0].path == path  # proposals are not stories

    rows = review.list_rows(cdir)
    assert rows[0].edited and rows[0].proposal

    body_before = content.read(path).body
    result = review.approve(cdir, path.stem, editor="Ada", at="2026-05-15T10:00:00Z")
    cf = content.read(path)
    assert cf.body == body_before  # the editor's text, byte for byte
    assert path.read_bytes().endswith(edited.split(b"\n---\n", 1)[1])
    assert cf.status == "published" and cf.meta["updated"] == "2026-05-15T10:00:00Z"
    assert [s["url"] for s in cf.meta["sources"]] == [s["url"] for s in srcs]
    assert [s["n"] for s in cf.meta["sources"]] == [1, 2, 3]
    assert result.diff is not None and len(result.diff.new) == 1
    assert not prop.exists()
    assert content.counts_of(cf.meta).total == 3

    # the accepted generation is not proposed again; the published file stays as it is
    after = path.read_bytes()
    for _ in range(10):
        out = save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
        assert out.action == "unchanged"
    assert path.read_bytes() == after and not prop.exists()


def test_published_story_gets_updated_coverage_only_when_accepted(project: Path, drafts) -> None:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    review.approve(cdir, path.stem, editor="Ada", at="2026-05-13T10:00:00Z")
    published = path.read_bytes()
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    out = save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    assert out.action == "proposal" and "published" in out.reason
    assert path.read_bytes() == published
    assert "updated" not in content.read(path).meta

    review.accept(cdir, path.stem, editor="Bo", at="2026-05-16T10:00:00Z")
    cf = content.read(path)
    assert cf.meta["updated"] == "2026-05-16T10:00:00Z"
    assert cf.body == drafts.BODY.rstrip() + "\n" or cf.body.rstrip() == drafts.BODY.rstrip()
    assert cf.meta["review"]["action"] == "approved"  # the decision stays the approval
    assert cf.meta["review_log"][-1]["action"] == "accepted"
    assert not cf.touched  # a review action is not a hand edit


def test_rejected_story_is_not_drafted_again_without_new_sources(project: Path, drafts) -> None:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    review.reject(cdir, path.stem, editor="Ada", reason="off topic")
    rejected = path.read_bytes()
    prop = content.proposal_path(path)
    for _ in range(3):
        out = save_generated(cdir, drafts.make_meta(), drafts.BODY + "\nReworded. [2]\n")
        assert out.action == "skipped"
    assert path.read_bytes() == rejected and not prop.exists()

    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    out = save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    assert out.action == "proposal" and prop.exists()
    assert path.read_bytes() == rejected

    # taking the new draft reopens the story as a draft with the new text
    review.accept(cdir, path.stem, editor="Ada")
    cf = content.read(path)
    assert cf.status == "draft" and "Harbor Daily followed" in cf.body
    assert cf.meta["review_log"][-1]["action"] == "reopened"


def test_rejecting_with_a_pending_proposal_rejects_those_sources_too(project: Path, drafts) -> None:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    _edit_body(path, "overnight", "all night")
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    assert save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs)).action == (
        "proposal"
    )
    review.reject(cdir, path.stem, editor="Ada", reason="not news")
    assert not content.proposal_path(path).exists()
    out = save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    assert out.action == "skipped"


def test_hand_written_file_without_hash_is_never_replaced(project: Path, drafts) -> None:
    cdir = project / "content"
    meta = drafts.make_meta()
    path = content.write(content.content_path(cdir, meta["date"], meta["slug"]), meta, "Mine. [1]")
    before = path.read_bytes()
    out = save_generated(cdir, drafts.make_meta(), drafts.BODY)
    assert out.action == "proposal" and path.read_bytes() == before


CRASH = """
import os, sys
from pathlib import Path
from newsdesk import content
target = Path(sys.argv[1])
if sys.argv[2] == "before-rename":
    os.replace = lambda *a: os._exit(9)           # dies after the temp file is complete
else:
    real_fdopen = os.fdopen
    class Half:                                    # dies with half the text on disk
        def __init__(self, *a, **k): self.fh = real_fdopen(*a, **k)
        def __enter__(self): return self
        def __exit__(self, *exc): self.fh.close()
        def write(self, s):
            self.fh.write(s[: len(s) // 2]); self.fh.flush(); os._exit(9)
    os.fdopen = Half
content.write(target, {"title": "New", "slug": "s"}, "new body " * 5000)
"""


def test_a_crash_mid_write_never_leaves_half_a_file(tmp_path: Path) -> None:
    target = tmp_path / "s.md"
    content.write(target, {"title": "Old", "slug": "s"}, "old body")
    old = target.read_bytes()
    for mode in ("before-rename", "mid-write"):
        proc = subprocess.run([sys.executable, "-c", CRASH, str(target), mode], check=False)
        assert proc.returncode == 9
        assert target.read_bytes() == old  # the old file, whole
        assert content.read(target).meta["title"] == "Old"
        assert [c.path for c in content.iter_content(tmp_path)] == [target]  # temp file hidden
    content.write(target, {"title": "New", "slug": "s"}, "new body")
    assert content.read(target).meta["title"] == "New"


def test_a_cleaned_up_url_is_not_new_coverage(project: Path, drafts) -> None:
    cdir = project / "content"
    tracked = [dict(drafts.SOURCES[0]), dict(drafts.SOURCES[1])]
    tracked[1]["url"] += "?utm_source=rss&utm_medium=feed"
    path = save_generated(cdir, drafts.make_meta(sources=tracked), drafts.BODY).path
    review.approve(cdir, path.stem, editor="Ada")
    published = path.read_bytes()
    cleaned = [dict(s) for s in drafts.SOURCES]
    cleaned[0]["url"] = cleaned[0]["url"].replace("https://", "http://www.") + "/"
    out = save_generated(cdir, drafts.make_meta(sources=cleaned), drafts.BODY)
    assert out.action == "unchanged"
    assert path.read_bytes() == published and not content.proposal_path(path).exists()

    # with a genuinely new source as well, only that one is proposed and merged
    grown = [*cleaned, drafts.NEW_SOURCE]
    assert save_generated(
        cdir, drafts.make_meta(sources=grown), drafts.body_with(grown)
    ).action == ("proposal")
    review.accept(cdir, path.stem, editor="Ada")
    urls = [s["url"] for s in content.read(path).meta["sources"]]
    assert urls == [tracked[0]["url"], tracked[1]["url"], drafts.NEW_SOURCE["url"]]


def test_accept_replace_text_takes_the_new_text_only_when_nobody_edited_it(
    project: Path, drafts
) -> None:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    review.approve(cdir, path.stem, editor="Ada", at="2026-05-13T10:00:00Z")
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    review.accept(cdir, path.stem, editor="Bo", replace_text=True, at="2026-05-16T10:00:00Z")
    cf = content.read(path)
    assert "Harbor Daily followed the story. [3]" in cf.body
    assert cf.status == "published" and cf.meta["updated"] == "2026-05-16T10:00:00Z"
    assert cf.meta["review"]["editor"] == "Ada" and not cf.touched

    _edit_body(path, "overnight", "all night")
    more = [*srcs, {**drafts.NEW_SOURCE, "n": 4, "url": "https://quay.example/more"}]
    save_generated(cdir, drafts.make_meta(sources=more), drafts.body_with(more))
    edited = path.read_bytes()
    with pytest.raises(ReviewError, match="your edited text would be replaced"):
        review.accept(cdir, path.stem, editor="Bo", replace_text=True)
    assert path.read_bytes() == edited and content.proposal_path(path).exists()


def test_dismissed_sources_are_not_proposed_again(project: Path, drafts) -> None:
    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    review.approve(cdir, path.stem, editor="Ada")
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    review.dismiss(cdir, path.stem, editor="Ada", reason="a different company")
    kept = path.read_bytes()
    prop = content.proposal_path(path)
    assert not prop.exists()
    for _ in range(3):
        out = save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
        assert out.action == "unchanged"
    assert path.read_bytes() == kept and not prop.exists()
    assert [s["n"] for s in content.read(path).meta["sources"]] == [1, 2]
    newer = [*srcs, {**drafts.NEW_SOURCE, "n": 4, "url": "https://quay.example/newer"}]
    out = save_generated(cdir, drafts.make_meta(sources=newer), drafts.body_with(newer))
    assert out.action == "proposal"


def test_an_edit_saved_while_drafting_is_not_overwritten(
    project: Path, drafts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.content_index import ContentIndex

    cdir = project / "content"
    path = save_generated(cdir, drafts.make_meta(), drafts.BODY).path
    stale = content.read(path)  # what the drafting run read ...
    edited = _edit_body(path, "overnight", "through the night")  # ... before the editor saved
    real = ContentIndex.find
    calls: list[int] = []

    def find_then_real(index, story_id):
        calls.append(1)
        return stale if len(calls) == 1 else real(index, story_id)

    monkeypatch.setattr(ContentIndex, "find", find_then_real)
    srcs = [*drafts.SOURCES, drafts.NEW_SOURCE]
    out = save_generated(cdir, drafts.make_meta(sources=srcs), drafts.body_with(srcs))
    assert out.action == "proposal" and path.read_bytes() == edited
