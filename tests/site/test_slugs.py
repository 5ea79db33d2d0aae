"""Slugs are safe file names: no traversal, no collisions, even for hostile or look-alike titles."""

from __future__ import annotations

from pathlib import Path

from newsdesk.sitebuilder import build, urls, writer
from newsdesk.sitebuilder.models import Summary
from sitekit import story, write_story

from newsdesk import content


def summary(slug: str, date: str | None = "2026-05-12", title: str = "t") -> Summary:
    return Summary(
        slug=slug,
        title=title,
        topic="t",
        date=date,
        updated=None,
        status="published",
        synopsis="",
        counts_line="",
        check_line="",
        reading_time=1,
    )


def test_traversal_and_odd_slugs_become_single_safe_segments() -> None:
    for hostile in (
        "../../etc/passwd",
        "/etc/passwd",
        "..",
        ".",
        "",
        "a/../../b",
        "con\x00nul",
        "C:\\Windows\\x",
        "💥",
    ):
        slug = urls.safe_slug(hostile)
        assert slug and "/" not in slug and ".." not in slug and "\\" not in slug
    assert urls.safe_slug("../../etc/passwd") == "etc-passwd"


def test_unicode_look_alikes_and_duplicates_never_collide() -> None:
    items = [
        summary("Ｔｏｋｅｎｍａｘｘｉｎｇ"),
        summary("tokenmaxxing"),
        summary("tokenmaxxing"),
        summary("tokenmaxxing", date="2026-05-13"),
        summary("tоkenmaxxing"),
    ]  # fullwidth, latin, cyrillic о
    assigned = urls.assign(items)
    paths = [s.url for s in assigned]
    assert len(set(paths)) == len(paths)
    assert all(p.startswith("2026/05/") for p in paths)


def test_writer_refuses_paths_outside_the_output(tmp_path: Path) -> None:
    import pytest

    from newsdesk.errors import BuildError

    for bad in ("../x", "/etc/passwd", "a/../../x", "a\\..\\x", ""):
        with pytest.raises(BuildError):
            writer.safe_rel(bad)


def test_two_stories_with_one_title_get_two_pages(cfg, content_dir) -> None:
    write_story(content_dir, story(story_id="a"))
    write_story(
        content_dir, story(story_id="b", title=story()["title"])
    )  # same slug in front matter too
    evil = story(story_id="c", slug="../../../../etc/passwd", title="../../etc/passwd")
    path = content_dir / "2026" / "05" / "evil.md"
    content.write(path, evil, "Synopsis [1].")
    build(cfg)
    site = cfg.path(cfg.build.out)
    pages = sorted(str(p.relative_to(site)) for p in site.glob("2026/05/*/index.html"))
    assert pages == [
        "2026/05/etc-passwd/index.html",
        "2026/05/lumen-freight-token-leaderboard-2/index.html",
        "2026/05/lumen-freight-token-leaderboard/index.html",
    ]
    assert not (cfg.root.parent / "etc").exists()


def test_root_for_counts_what_pure_posix_path_counts() -> None:
    """root_for counts a plain path's folders by its slashes; what PurePosixPath would drop
    ('', '.') or keep (a leading '/') still goes through it."""
    import random
    from pathlib import PurePosixPath

    rng = random.Random(29)
    for _ in range(20000):
        url = "".join(rng.choice(["a", "/", ".", "..", "b.html", "//", "x/"]) for _ in range(8))
        depth = len(PurePosixPath(urls.file_for(url)).parts) - 1
        assert urls.root_for(url) == "../" * depth, url
