"""Where every page lives, and how pages link to each other.

Pages link with *relative* URLs (``../../about/``), so the site works under any sub-path
(GitHub project Pages: ``https://you.github.io/newsdesk/``) and from a local server at ``/``.
Absolute URLs (canonical, Open Graph, feeds, sitemap, the 404 page, which GitHub serves at
any depth) are ``base_url`` + path. Slugs are file names: ASCII ``[a-z0-9-]``, never ``..``,
never empty, and unique (``-2``, ``-3`` … in a fixed order), so no page overwrites another.

Every internal link must resolve to a page of the site (:func:`resolve`). The links the
templates make are built from the site's own URL map (and the tests check the whole output);
the links an editor writes into a body are checked at build time (:func:`body_links`).
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from newsdesk.sitebuilder.models import Summary

from newsdesk.content import slugify

ASSETS = "assets/"


@lru_cache(maxsize=16384)
def safe_slug(text: str, max_len: int = 80) -> str:
    """A slug that is a safe single path segment whatever the input (``../../etc/passwd``)."""
    slug = slugify(str(text), max_len)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
    return slug


def unique(slugs: Iterable[str]) -> list[str]:
    """Make slugs unique in order: the first keeps its name, the next get -2, -3, …"""
    taken: set[str] = set()
    out = []
    for s in slugs:
        cand, n = s, 2
        while cand in taken:
            cand, n = f"{s}-{n}", n + 1
        taken.add(cand)
        out.append(cand)
    return out


def month_of(date: str | None) -> tuple[str, str] | None:
    m = re.match(r"(\d{4})-(\d{2})", date or "")
    return (m.group(1), m.group(2)) if m else None


def assign(summaries: list[Summary]) -> list[Summary]:
    """Give every story its URL ``yyyy/mm/slug/`` (``undated/slug/``), unique across the site.

    The oldest story keeps a contested slug; the result is in the order of ``summaries``.
    """
    found = story_urls([(s.slug, s.date, s.title) for s in summaries])
    return [dataclasses.replace(s, url=u) for s, u in zip(summaries, found, strict=True)]


def story_urls(stories: list[tuple[str, str | None, str]]) -> list[str]:
    """URLs for (slug, date, title) triples, in their order (see :func:`assign`). Contested
    slugs go in a fixed order: oldest first (undated last), then slug, then title."""
    order = sorted(range(len(stories)), key=lambda i: (stories[i][1] or "9999", *stories[i][::2]))
    dirs = []
    for i in order:
        slug, date, _ = stories[i]
        ym = month_of(date)
        prefix = f"{ym[0]}/{ym[1]}" if ym else "undated"
        dirs.append(f"{prefix}/{safe_slug(slug)}")
    url = dict(zip(order, unique(dirs), strict=True))
    return [url[i] + "/" for i in range(len(stories))]


def outlet_slugs(outlets: Iterable[str]) -> dict[str, str]:
    names = sorted(set(outlets))
    return dict(zip(names, unique(safe_slug(o) for o in names), strict=True))


@lru_cache(maxsize=1024)
def topic_url(slug: str) -> str:
    return f"topics/{safe_slug(slug)}/"


def outlet_url(slug: str) -> str:
    return f"outlets/{slug}/"


def month_url(year: str, month: str) -> str:
    return f"archive/{year}/{month}/"


def page_url(base: str, page: int) -> str:
    return base if page <= 1 else f"{base}page/{page}/"


def file_for(url: str) -> str:
    """Output file of a site path: ``a/b/`` → ``a/b/index.html``; files stay as they are."""
    if url == "" or url.endswith("/"):
        return url + "index.html"
    return url


def page_url_of(path: str) -> str:
    """Output file → site path: 'a/b/index.html' → 'a/b/', 'index.html' → ''."""
    if path == "index.html":
        return ""
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def root_for(url: str) -> str:
    """The relative prefix from a page at site path ``url`` back to the site root."""
    path = file_for(url)
    parts = path.split("/")
    if "" in parts or "." in parts:  # parts PurePosixPath drops (or a leading / it keeps)
        return "../" * (len(PurePosixPath(path).parts) - 1)
    return "../" * (len(parts) - 1)  # (its PurePosixPath parts, without making one)


def base_path(base_url: str) -> str:
    """The path part of base_url, always ending in '/': '/newsdesk/' or '/'."""
    path = urlsplit(base_url).path or "/"
    return path if path.endswith("/") else path + "/"


def absolute(base_url: str, url: str) -> str:
    return base_url.rstrip("/") + "/" + url


def resolve(page: str, target: str) -> str | None:
    """The output file a relative link from ``page`` points at, or None if it leaves the site."""
    if not target.split("#", 1)[0].split("?", 1)[0]:
        return page
    return _resolve(posixpath.dirname(page), target)


@lru_cache(maxsize=65536)
def _resolve(folder: str, target: str) -> str | None:
    target = target.split("#", 1)[0].split("?", 1)[0]
    joined = posixpath.normpath(posixpath.join(folder, target))
    if joined.startswith("../") or joined == ".." or target.startswith("/"):
        return None
    if target.endswith("/") or joined == ".":
        joined = "index.html" if joined == "." else joined + "/index.html"
    return joined


def body_links(stories: list, outputs: set[str]) -> list[str]:
    """'file: broken internal link' for each relative link in a story body that resolves to
    no page of this build."""
    problems = []
    for s in stories:
        page = (s.url or "") + "index.html"
        for target in s.links:
            found = resolve(page, target)
            if found is None or (found not in outputs and found + "/index.html" not in outputs):
                problems.append(f"{s.url}: broken internal link to {target!r}")
    return problems
