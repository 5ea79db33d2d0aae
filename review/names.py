"""Naming a story on the command line: its slug, its file, or a unique beginning of the slug
(the short *name* `review list` shows); close matches when nothing fits.

A slug is up to 80 characters; editors should not have to copy one whole. The name `review
list` shows is the shortest beginning of the slug, in whole words (two at least), that no other
story's slug starts with, so every review command accepts it as it accepts any unique beginning.
A mistyped name gets suggestions matched word by word: a word matches a word of a slug that it
begins, or that is a typo or two away from it (``brightforge-s-tokenrnak`` finds the TokenRank
story). A file that cannot be read is named with the reason and the line, never "no story".
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from newsdesk import content
from newsdesk.content import ContentFile
from newsdesk.errors import ContentError, ReviewError

MIN_BEGINNING = 4  # characters: shorter beginnings match too much to be meant
Scan = tuple[list[ContentFile], list[tuple[Path, ContentError]]]


def words(name: str) -> list[str]:
    return [w for w in name.lower().replace("_", "-").split("-") if w]


def _common(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def handles(slugs: Iterable[str]) -> dict[str, str]:
    """slug -> the shortest beginning of it in whole words (at least two and 4 characters, not
    ending on a one-letter word such as the "s" of "brightforge-s") that no other slug starts
    with; the whole slug when another one starts with all of it."""
    ordered = sorted(set(slugs))
    out: dict[str, str] = {}
    for i, slug in enumerate(ordered):
        # the slug sharing the longest beginning with this one is a neighbour in sorted order
        shared = max(
            _common(slug, ordered[i - 1]) if i else 0,
            _common(slug, ordered[i + 1]) if i + 1 < len(ordered) else 0,
        )
        parts = slug.split("-")
        out[slug] = slug
        for k in range(min(2, len(parts)), len(parts) + 1):
            handle = "-".join(parts[:k])
            whole = k == len(parts)
            if whole or (
                len(handle) > shared and len(handle) >= MIN_BEGINNING and len(parts[k - 1]) > 1
            ):
                out[slug] = handle
                break
    return out


def distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace, swap two neighbours) that turn a into b."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=65536)  # a site's slugs share a vocabulary: each pair is scored once
def _word_score(typed: str, word: str) -> float:
    if typed == word:
        return 1.0
    if len(typed) >= 2 and word.startswith(typed):
        return 0.9
    allowed = 0 if len(typed) <= 3 else 1 if len(typed) <= 7 else 2
    if not allowed or len(word) < len(typed) - allowed:
        return 0.0
    if distance(typed, word[: len(typed) + allowed]) <= allowed:
        return 0.8  # a typo in the word, or in the beginning of it
    return 0.0


def score(typed: str, slug: str) -> float:
    """How well a typed name fits a slug, 0..1: its words matched in order to the slug's."""
    if len(typed) >= MIN_BEGINNING and typed.lower() in slug:
        return 1.0
    want, have = words(typed), words(slug)
    total, at = 0.0, 0
    for w in want:
        for k in range(at, len(have)):
            s = _word_score(w, have[k])
            if s:
                total, at = total + s, k + 1
                break
    return total / len(want) if want else 0.0


def suggest(typed: str, slugs: list[str], n: int = 3) -> list[str]:
    """The slugs a mistyped name most likely meant, best first."""
    scored = sorted(((score(typed, s), s) for s in slugs), key=lambda x: -x[0])
    best = [s for sc, s in scored if sc >= 0.6][:n]
    if not best:
        best = difflib.get_close_matches(typed, slugs, n=n, cutoff=0.5)
    return best


def _broken(path: Path, exc: ContentError) -> ReviewError:
    why = str(exc).removeprefix(f"{path}: ")
    return ReviewError(f"the story file {path} is broken and cannot be read: {why}")


def refuse_copies(files: list[ContentFile], story_id: str | None = None) -> None:
    """Two files holding one story (a copied file; of ``story_id`` only, when given) are
    refused with one line naming both: the build would publish it twice."""
    seen: dict[str, ContentFile] = {}
    for cf in sorted(files, key=lambda f: str(f.path)):
        sid = str(cf.meta.get("story_id") or "")
        if not sid or (story_id is not None and sid != story_id):
            continue
        if sid in seen:
            raise ReviewError(
                f"{seen[sid].path} and {cf.path} hold the same story ({sid}): a copy? remove "
                "one (or give it a story_id of its own)"
            )
        seen[sid] = cf


def find_in(scan: Scan, content_dir: str | Path, name: str) -> ContentFile:
    """The story called ``name`` among the scanned files (see module doc); ReviewError else."""
    found = _find_in(scan, content_dir, name)
    if found.meta.get("story_id"):
        refuse_copies(scan[0], str(found.meta["story_id"]))
    return found


def _find_in(scan: Scan, content_dir: str | Path, name: str) -> ContentFile:
    files, errors = scan
    if name.endswith(".md") and not name.endswith(".proposal.md"):  # the file's name, from ls
        # its path from the content folder names that file: a slug is unique in its month only
        at = [cf for cf in files if cf.path.as_posix().endswith("/" + name.removeprefix("./"))]
        if len(at) == 1:
            return at[0]
        name = Path(name).stem
    for cf in files:  # the slug, the file's name, or the story id its front matter shows
        if name in (cf.slug, cf.path.stem) or name == cf.meta.get("story_id"):
            return cf
    for path, exc in errors:  # the story exists but cannot be read: say why and where
        if path.stem == name:
            raise _broken(path, exc)
    if not files and not errors:
        raise ReviewError(f"no story {name!r}: {content_dir} holds no stories yet")
    by_name: dict[str, ContentFile | tuple[Path, ContentError]] = {cf.slug: cf for cf in files}
    by_name.update({p.stem: (p, exc) for p, exc in errors if p.stem not in by_name})
    starting = [s for s in by_name if s.startswith(name)] if len(name) >= MIN_BEGINNING else []
    if len(starting) == 1:  # a unique beginning of a slug is enough
        found = by_name[starting[0]]
        if isinstance(found, ContentFile):
            return found
        raise _broken(*found)
    if len(starting) > 1:
        names = ", ".join(sorted(starting)[:4])
        raise ReviewError(f"{name!r} could be any of: {names}; give more of the slug")
    close = [
        s if isinstance(by_name[s], ContentFile) else f"{s} (broken file)"
        for s in suggest(name, list(by_name))
    ]
    hint = f"; did you mean: {', '.join(close)}?" if close else "; see 'newsdesk review list'"
    raise ReviewError(f"no story with slug {name!r}{hint}")


def find(content_dir: str | Path, name: str) -> ContentFile:
    """The story with this slug, a unique beginning of it (4+ characters), its story id
    (``story_id`` in its front matter) or its file path;
    ReviewError naming close matches, or the broken file and why, otherwise."""
    as_path = Path(name)
    if name.endswith(".md") and as_path.is_file():
        if not as_path.resolve().is_relative_to(Path(content_dir).resolve()):
            raise ReviewError(
                f"{name} is not in this project's content folder ({content_dir}): review "
                "commands act on its stories only (give the story's slug, or --config the "
                "project the file belongs to)"
            )
        return content.read(as_path)
    return find_in(content.scan_content(content_dir), content_dir, name)
