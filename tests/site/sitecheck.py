"""Helpers shared by the site tests: parse pages, check links over the whole output."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def target_of(site: Path, page: Path, href: str, base_url: str) -> Path | None:
    """The file an internal link points at (None for external links)."""
    parts = urlsplit(href)
    if parts.scheme in ("http", "https"):
        if not href.startswith(base_url):
            return None
        path = urlsplit(href).path[len(urlsplit(base_url).path) :]
    elif parts.scheme or href.startswith("#"):
        return None
    elif href.startswith("/"):
        base_path = urlsplit(base_url).path
        assert href.startswith(base_path), f"absolute link outside the sub-path: {href}"
        path = href[len(base_path) :]
    else:
        rel = page.parent.relative_to(site).as_posix()
        path = posixpath.normpath(posixpath.join(rel, parts.path))
        assert not path.startswith(".."), f"{page}: link {href} leaves the site"
        if parts.path.endswith("/") and path != ".":
            path += "/"
    if path in (".", ""):
        path = ""
    target = site / path
    if path == "" or path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def broken_links(site: Path, base_url: str) -> list[str]:
    """Every internal link, stylesheet and anchor of every page must resolve inside the site."""
    problems = []
    for page in html_files(site):
        doc = soup(page)
        ids = {el["id"] for el in doc.select("[id]")}
        for el in doc.select("a[href], link[href], img[src], script[src]"):
            ref = el.get("href") or el.get("src")
            if ref.startswith("#"):
                if ref[1:] and ref[1:] not in ids:
                    problems.append(f"{page}: anchor {ref} missing")
                continue
            target = target_of(site, page, ref, base_url)
            if target is not None and not target.is_file():
                problems.append(f"{page.relative_to(site)}: {ref} → {target} missing")
    return problems
