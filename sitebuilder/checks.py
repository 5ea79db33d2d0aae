"""Link checks: every internal link must resolve to a page of the site.

The links the templates make are built from the site's own URL map (and the tests check the
whole output); the links an editor writes into a body are checked at build time here.
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from pathlib import Path

_LINK = re.compile(r'(?:href|src)="([^"]*)"')
_EXTERNAL = ("http://", "https://", "mailto:", "data:", "#")


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


def broken_links(root: Path, pages: list[str], outputs: set[str]) -> list[str]:
    """'page: broken internal link to X' for every relative link that resolves to no output."""
    problems = []
    for page in pages:
        html = (root / page).read_text(encoding="utf-8")
        for target in _LINK.findall(html):
            if target.startswith(_EXTERNAL):
                continue
            found = resolve(page, target)
            if found is None or (found not in outputs and found + "/index.html" not in outputs):
                problems.append(f"{page}: broken internal link to {target!r}")
    return problems


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
