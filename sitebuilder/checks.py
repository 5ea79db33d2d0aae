"""Checks over the rendered output: every internal link and asset must resolve in the site."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

_LINK = re.compile(r'(?:href|src)="([^"]*)"')
_EXTERNAL = ("http://", "https://", "mailto:", "data:", "#")


def resolve(page: str, target: str) -> str | None:
    """The output file a relative link from ``page`` points at, or None if it leaves the site."""
    target = target.split("#", 1)[0].split("?", 1)[0]
    if not target:
        return page
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
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
